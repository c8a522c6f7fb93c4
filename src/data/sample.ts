import type { TrainingChunk } from '../ml/family.js';
import { mulberry32 } from '../ml/random.js';
import { matrixRows } from './rows.js';

/** Rows that can be read in their order, a block at a time: an EncodedStore, or a matrix (data/rows.ts matrixRows: one block, lent). */
export interface OrderedRows {
  readonly rows: number;
  readonly cols: number;
  inOrder(): AsyncIterable<TrainingChunk>;
}

/** Rows as OrderedRows, whether a store already or a split in memory. */
export function orderedRows(rows: OrderedRows | TrainingChunk): OrderedRows {
  return 'inOrder' in rows ? rows : matrixRows(rows.x, rows.y);
}

/**
 * How a sample keeps the data's make-up: each class in its share (classification), each tenth of the target's
 * range in its share (regression: deciles of y), or plain uniform.
 */
export type Strata = 'class' | 'quantile' | 'none';

/** Regression strata: the target's deciles. */
const QUANTILE_STRATA = 10;
/** Targets the deciles are cut from: every n-th row, enough to place each cut within about 1 % of the rows. */
const QUANTILE_SAMPLE = 4096;

export interface Sample extends TrainingChunk {
  /** Rows the sample was drawn from. */
  rowsRead: number;
}

/**
 * At most `limit` of the rows, drawn without replacement and kept in their order: every stratum gets its share of
 * the limit (largest remainders round it) and at least one row, so a rare class is never lost; within a stratum
 * each row is equally likely (selection sampling, Knuth's algorithm S, seeded). Memory is the sample alone: the
 * rows are read in passes (for quantiles, one more), never held.
 */
export async function sampleRows(rows: OrderedRows, limit: number, options: { strata: Strata; seed: number }): Promise<Sample> {
  const random = mulberry32(options.seed);
  const stratumOf = await strataOf(rows, options.strata);
  const seen: number[] = [];
  for await (const block of rows.inOrder()) {
    for (const target of block.y) {
      const stratum = stratumOf(target);
      seen[stratum] = (seen[stratum] ?? 0) + 1;
    }
  }
  const counts = Array.from(seen, (count) => count ?? 0);
  const wanted = allocate(counts, Math.min(limit, rows.rows));
  const kept = wanted.reduce((sum, count) => sum + count, 0);
  const left = [...counts];
  const x = new Float32Array(kept * rows.cols);
  const y = new Float32Array(kept);
  let taken = 0;
  for await (const block of rows.inOrder()) {
    for (let row = 0; row < block.y.length; row++) {
      const target = block.y[row] as number;
      const stratum = stratumOf(target);
      const need = wanted[stratum] ?? 0;
      const remaining = left[stratum] ?? 0;
      left[stratum] = remaining - 1;
      if (need === 0 || random() * remaining >= need) continue;
      wanted[stratum] = need - 1;
      x.set(block.x.data.subarray(row * rows.cols, (row + 1) * rows.cols), taken * rows.cols);
      y[taken++] = target;
    }
  }
  return { x: { data: x, rows: kept, cols: rows.cols }, y, rowsRead: rows.rows };
}

/** The stratum of a target: its class, its decile (cut at an evenly spaced sample of the targets), or 0. */
async function strataOf(rows: OrderedRows, strata: Strata): Promise<(target: number) => number> {
  if (strata === 'class') return (target) => target;
  if (strata === 'none') return () => 0;
  const every = Math.max(1, Math.floor(rows.rows / QUANTILE_SAMPLE));
  const picked: number[] = [];
  let row = 0;
  for await (const block of rows.inOrder()) for (const target of block.y) if (row++ % every === 0) picked.push(target);
  const sorted = Float64Array.from(picked).sort();
  const cuts = Array.from({ length: QUANTILE_STRATA - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / QUANTILE_STRATA)] ?? 0);
  return (target) => {
    let stratum = 0;
    while (stratum < cuts.length && target >= (cuts[stratum] as number)) stratum++;
    return stratum;
  };
}

/**
 * `limit` rows shared among strata in proportion to `counts`, rounded by largest remainders, with at least one
 * row for every stratum that has rows (when the limit allows one each).
 */
export function allocate(counts: readonly number[], limit: number): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= limit) return [...counts];
  const present = counts.filter((count) => count > 0).length;
  const floor = limit >= present ? 1 : 0;
  const exact = counts.map((count) => (count * limit) / total);
  const wanted = counts.map((count, i) => (count > 0 ? Math.max(floor, Math.floor(exact[i] as number)) : 0));
  let spare = limit - wanted.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (spare <= 0) break;
    if ((wanted[i] as number) < (counts[i] as number)) {
      wanted[i] = (wanted[i] as number) + 1;
      spare--;
    }
  }
  // The floor of one row may overshoot: take the excess back from the largest strata.
  while (spare < 0) {
    const largest = wanted.indexOf(Math.max(...wanted));
    wanted[largest] = (wanted[largest] as number) - 1;
    spare++;
  }
  return wanted;
}
