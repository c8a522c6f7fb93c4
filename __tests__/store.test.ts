// The encoded store: rows come back exactly as written, from memory or from its spill file; its files go with
// dispose, also when encoding fails; training chunks are seeded and hold every row once; samples keep each class's
// share and are seeded too.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeToStores } from '../src/data/prepare.js';
import { gatherRows, matrixRows } from '../src/data/rows.js';
import { allocate, sampleRows } from '../src/data/sample.js';
import { EncodedStore, MemoryBudget, SpillFolder } from '../src/data/store.js';
import { MAX_CHUNK_ROWS } from '../src/ml/family.js';
import type { TrainingChunk } from '../src/ml/family.js';
import { mulberry32 } from '../src/ml/random.js';
import type { DataRow } from '../src/formats/read.js';
import type { DataProfile } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import { UserError } from '../src/util/errors.js';

const preprocessing: Preprocessing = {
  formatVersion: 1,
  task: 'classification',
  label: 'y',
  features: [{ kind: 'numeric', name: 'x', mean: 5000, std: 3000 }],
  classes: ['a', 'b'],
  target: null,
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'store-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Row r: features r + 0.25, -r / 7, …, target r (every value exact in float32 below 2²⁴). */
function fill(store: EncodedStore, rows: number): void {
  for (let r = 0; r < rows; r++) {
    store.append(r, (out, offset) => {
      for (let c = 0; c < store.cols; c++) out[offset + c] = c === 0 ? r + 0.25 : Math.fround(-r / (7 * c));
    });
  }
  store.finish();
}

/** Every row's features still those `fill` wrote for its target (one expect: jest's are slow per value). */
function expectRowsIntact(chunk: TrainingChunk): void {
  const { cols } = chunk.x;
  let wrong = 0;
  chunk.y.forEach((r, i) => {
    if (chunk.x.data[i * cols] !== r + 0.25) wrong++;
    for (let c = 1; c < cols; c++) if (chunk.x.data[i * cols + c] !== Math.fround(-r / (7 * c))) wrong++;
  });
  expect(wrong).toBe(0);
}

function bytesOf(chunks: TrainingChunk[]): Buffer {
  return Buffer.concat(chunks.flatMap((chunk) => [Buffer.from(chunk.x.data.buffer), Buffer.from(chunk.y.buffer)]));
}

async function collect(chunks: AsyncIterable<TrainingChunk>): Promise<TrainingChunk[]> {
  const all: TrainingChunk[] = [];
  for await (const chunk of chunks) all.push({ x: { ...chunk.x, data: chunk.x.data.slice() }, y: chunk.y.slice() });
  return all;
}

describe('EncodedStore', () => {
  it.each([
    ['in memory', Infinity],
    ['spilled to disk', 0],
    ['partly spilled', 10 * 4 * 4 * 3],
  ])('gives back every row exactly, %s', async (_, budgetBytes) => {
    const spill = new SpillFolder(root);
    const store = new EncodedStore(3, 'train', new MemoryBudget(budgetBytes), spill, 10);
    fill(store, 95);
    expect(store.spilled).toBe(budgetBytes < 95 * 16);
    const blocks = await collect(store.inOrder());
    expect(blocks.map((block) => block.y.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
    const matrix = await gatherRows(store);
    expect(Array.from(matrix.y)).toEqual(Array.from({ length: 95 }, (_, r) => r));
    expectRowsIntact(matrix);
    spill.dispose();
  });

  it('removes its spill files on dispose, and leaves none when encoding fails half way', async () => {
    const spill = new SpillFolder(root);
    const store = new EncodedStore(2, 'train', new MemoryBudget(0), spill, 4);
    fill(store, 9);
    expect(await readdir(root)).toHaveLength(1);
    spill.dispose();
    expect(await readdir(root)).toEqual([]);

    // 10,000 rows: the failure comes after the first blocks went to disk.
    async function* rows(failAt = Infinity): AsyncGenerator<DataRow> {
      for (let line = 2; line < 10_002; line++) {
        if (line === failAt) throw new Error('the connection dropped');
        yield { values: { x: String(line), y: line % 3 === 0 ? 'a' : 'b' }, file: 'data.csv', line };
      }
    }
    const encode = (from: AsyncIterable<DataRow>) =>
      encodeToStores(from, preprocessing, new HoldoutSplit(0.2, 42), { testRows: 0 } as DataProfile, null, { budget: new MemoryBudget(0), spill: new SpillFolder(root) });
    await expect(encode(rows(9000))).rejects.toThrow('the connection dropped');
    expect(await readdir(root)).toEqual([]);

    const stored = await encode(rows());
    expect(stored.train.spilled && stored.test.spilled).toBe(true);
    expect(await readdir(join(root, (await readdir(root))[0] as string))).toHaveLength(2);
    stored.dispose();
    expect(await readdir(root)).toEqual([]);
  });

  it('says what to do when the data outgrows memory and its temporary folder cannot be made', () => {
    const store = new EncodedStore(2, 'train', new MemoryBudget(0), new SpillFolder(join(root, 'missing')), 4);
    expect(() => fill(store, 4)).toThrow(
      new UserError(
        `The encoded data outgrew memory and cannot go to disk: no temporary folder can be made in ${join(root, 'missing')} (ENOENT). ` +
          'Point RUNNER_TEMP at a writable folder with free space, or unset it to use the system temp folder.',
      ),
    );
  });

  it.each([
    ['in memory', Infinity],
    ['spilled', 0],
  ])('shuffles training chunks by the seed and yields every row once per pass, %s', async (_, budgetBytes) => {
    const rows = 3 * MAX_CHUNK_ROWS + 1234;
    const spill = new SpillFolder(root);
    const store = new EncodedStore(2, 'train', new MemoryBudget(budgetBytes), spill);
    fill(store, rows);
    const first = await collect(store.chunks(mulberry32(7)));
    const again = await collect(store.chunks(mulberry32(7)));
    const other = await collect(store.chunks(mulberry32(8)));
    expect(first.length).toBe(4);
    expect(first.every((chunk) => chunk.y.length <= MAX_CHUNK_ROWS)).toBe(true);
    expect(bytesOf(again).equals(bytesOf(first))).toBe(true);
    expect(bytesOf(other).equals(bytesOf(first))).toBe(false);
    for (const chunk of first) expectRowsIntact(chunk);
    const seen = new Uint8Array(rows);
    for (const chunk of first) for (const r of chunk.y) seen[r] = (seen[r] ?? 0) + 1;
    expect(seen.every((count) => count === 1)).toBe(true);
    // Rows are shuffled within a chunk, not only the blocks: no chunk keeps a block's run of consecutive rows.
    const consecutive = Array.from(first[0]?.y ?? []).filter((r, i, all) => i > 0 && r === (all[i - 1] as number) + 1).length;
    expect(consecutive).toBeLessThan(100);
    spill.dispose();
  });
});

describe('StoredRows.holdBack', () => {
  it('splits whole blocks from anywhere into a seeded validation slice and the rest, every row in one of them', async () => {
    const spill = new SpillFolder(root);
    const store = new EncodedStore(2, 'train', new MemoryBudget(20 * 3 * 4 * 10), spill, 20);
    fill(store, 1990);
    const { kept, heldBack } = await store.holdBack(199, mulberry32(4));
    expect(heldBack.rows).toBe(200);
    expect(kept.rows).toBe(1790);
    const rowsOf = async (rows: typeof kept) => Array.from((await gatherRows(rows)).y);
    const held = await rowsOf(heldBack);
    expect([...(await rowsOf(kept)), ...held].sort((a, b) => a - b)).toEqual(Array.from({ length: 1990 }, (_, r) => r));
    // Blocks from across the data, not one stretch of it.
    expect(Math.max(...held) - Math.min(...held)).toBeGreaterThan(1000);
    expectRowsIntact(await gatherRows(heldBack));
    expect(await rowsOf((await store.holdBack(199, mulberry32(4))).heldBack)).toEqual(held);
    expect(await rowsOf((await store.holdBack(199, mulberry32(5))).heldBack)).not.toEqual(held);
    expect((await store.holdBack(0, mulberry32(4))).heldBack.rows).toBe(0);
    spill.dispose();
  });
});

/** Rows whose target is their class: counts[k] rows of class k, interleaved, one feature holding the row index. */
function classRows(counts: number[]): { x: { data: Float32Array; rows: number; cols: number }; y: Float32Array } {
  const labels = counts.flatMap((count, k) => Array.from({ length: count }, () => k));
  const random = mulberry32(99);
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [labels[i], labels[j]] = [labels[j] as number, labels[i] as number];
  }
  return { x: { data: Float32Array.from(labels, (_, i) => i), rows: labels.length, cols: 1 }, y: Float32Array.from(labels) };
}

describe('sampleRows', () => {
  it('keeps each class in its share of the limit, a rare one too, in the order read, the same for a seed', async () => {
    const data = classRows([9000, 900, 90, 7]);
    const rows = matrixRows(data.x, data.y);
    const sample = await sampleRows(rows, 1000, { strata: 'class', seed: 1 });
    const counts = [0, 1, 2, 3].map((k) => sample.y.filter((y) => y === k).length);
    expect(counts).toEqual([900, 90, 9, 1]);
    expect(sample.rowsRead).toBe(9997);
    const positions = Array.from(sample.x.data);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    positions.forEach((row, i) => expect(sample.y[i]).toBe(data.y[row]));
    expect(await sampleRows(rows, 1000, { strata: 'class', seed: 1 })).toEqual(sample);
    expect((await sampleRows(rows, 1000, { strata: 'class', seed: 2 })).x.data).not.toEqual(sample.x.data);
  });

  it('keeps each tenth of a regression target in its share, reading a spilled store', async () => {
    const spill = new SpillFolder(root);
    const store = new EncodedStore(1, 'train', new MemoryBudget(0), spill, 512);
    const random = mulberry32(3);
    // A skewed target: most rows near 0, a long tail.
    for (let r = 0; r < 20_000; r++) store.append(Math.fround(-Math.log(1 - random())), (out, offset) => (out[offset] = r));
    store.finish();
    const all = (await gatherRows(store)).y;
    const sample = await sampleRows(store, 2000, { strata: 'quantile', seed: 5 });
    expect(sample.y.length).toBe(2000);
    const sorted = Float32Array.from(all).sort();
    for (const share of [0.1, 0.5, 0.9]) {
      const cut = sorted[Math.floor(share * sorted.length)] as number;
      expect(sample.y.filter((y) => y < cut).length / 2000).toBeCloseTo(share, 1);
    }
    spill.dispose();
  });

  it('shares a limit by largest remainders, with at least one row for each stratum that has rows', () => {
    expect(allocate([5, 5, 5], 10)).toEqual([4, 3, 3]);
    expect(allocate([1000, 1, 0], 10)).toEqual([9, 1, 0]);
    expect(allocate([3, 4], 10)).toEqual([3, 4]);
    expect(allocate([10, 10, 10], 2)).toEqual([1, 1, 0]);
  });
});
