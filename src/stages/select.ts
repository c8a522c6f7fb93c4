import type { EncodedSplit } from '../data/prepare.js';
import type { ModelFamily, ModelRuntime, TrainingData, TrainOptions, Training } from '../ml/family.js';
import { HIGHER_IS_BETTER } from '../ml/metrics.js';
import type { Preprocessing } from '../ml/preprocess.js';
import { mulberry32, permutation } from '../ml/random.js';
import type { MetricName } from '../ml/types.js';
import { scoreModel } from './evaluate.js';

/** One family's try in `model: auto`: its primary metric on the validation slice and its training time. */
export interface Candidate {
  family: string;
  validationScore: number;
  seconds: number;
}

export interface Selection {
  trained: Training;
  family: ModelFamily;
  /** Empty when one family was asked for. */
  candidates: Candidate[];
  /** Why the winner won, in one line; null when one family was asked for. */
  reason: string | null;
  /** Families left untrained because max-training-time ran out before their turn. */
  skipped: string[];
}

/** The share of the training split `auto` holds back to choose on (the holdout is never looked at). */
export const VALIDATION_FRACTION = 0.1;
/**
 * Below this many validation rows a choice is noise (one row of 27 is 4 points of accuracy: on penguins a tie on
 * 27 rows handed the default run to trees 5 points worse on the holdout): auto then trains the first family alone.
 */
export const MIN_VALIDATION_ROWS = 100;
/** Mixed into the seed so the validation slice is not the MLP's own early-stopping slice of the same rows. */
const VALIDATION_SALT = 0x5e1ec7;

/**
 * Trains the one family asked for on the whole training split; or, given several, trains each on the training
 * split less a validation slice (a seeded 10 % of its rows), scores each there by the primary metric, and keeps
 * the best as trained (ties go to the faster). The holdout is touched later, once, by the winner alone.
 */
export async function selectModel(
  runtime: ModelRuntime,
  families: readonly ModelFamily[],
  data: TrainingData,
  options: TrainOptions & { primaryMetric: MetricName; preprocessing: Preprocessing; log: (message: string) => void },
): Promise<Selection> {
  const [first] = families;
  if (first === undefined) throw new Error('selectModel needs at least one family');
  const validationRows = Math.round(data.x.rows * VALIDATION_FRACTION);
  if (families.length === 1 || validationRows < MIN_VALIDATION_ROWS) {
    if (families.length > 1) options.log(`model auto: ${data.x.rows} training rows leave too few to choose on; training ${first.name} alone.`);
    return { trained: await first.train(runtime, data, options), family: first, candidates: [], reason: null, skipped: [] };
  }
  const order = permutation(data.x.rows, mulberry32((options.seed ^ VALIDATION_SALT) >>> 0));
  const fit = { ...data, ...rowsOf(data, order.subarray(validationRows)) };
  const validation = rowsOf(data, order.subarray(0, validationRows));
  const higher = HIGHER_IS_BETTER[options.primaryMetric];
  let best: { trained: Training; family: ModelFamily; candidate: Candidate } | null = null;
  const candidates: Candidate[] = [];
  const skipped: string[] = [];
  for (const family of families) {
    if (best !== null && options.outOfTime?.()) {
      skipped.push(family.name);
      continue;
    }
    const started = Date.now();
    const trained = await family.train(runtime, fit, options);
    const seconds = (Date.now() - started) / 1000;
    const score = scoreModel(trained.model, options.preprocessing, validation).metrics[options.primaryMetric] ?? Number.NaN;
    const candidate = { family: family.name, validationScore: score, seconds };
    candidates.push(candidate);
    options.log(`model auto: ${family.name} scored ${options.primaryMetric} ${score.toFixed(4)} on ${validationRows} validation rows, trained in ${seconds.toFixed(1)} s.`);
    if (best === null || beats(candidate, best.candidate, higher)) {
      best?.trained.model.dispose();
      best = { trained, family, candidate };
    } else {
      trained.model.dispose();
    }
  }
  if (best === null) throw new Error('no candidate trained');
  if (skipped.length > 0) options.log(`model auto: max-training-time ran out; not trained: ${skipped.join(', ')}.`);
  return { trained: best.trained, family: best.family, candidates, reason: reasonFor(best.candidate, candidates, options.primaryMetric), skipped };
}

/** A better validation score wins; an equal one (or both non-finite) goes to the faster. */
function beats(challenger: Candidate, holder: Candidate, higher: boolean): boolean {
  const a = challenger.validationScore;
  const b = holder.validationScore;
  if (Number.isFinite(a) !== Number.isFinite(b)) return Number.isFinite(a);
  if (Number.isFinite(a) && a !== b) return higher ? a > b : a < b;
  return challenger.seconds < holder.seconds;
}

function reasonFor(winner: Candidate, candidates: Candidate[], metric: MetricName): string {
  const others = candidates.filter((candidate) => candidate !== winner);
  if (others.length === 0) return `${winner.family} is the only family trained before max-training-time ran out.`;
  const tied = others.filter((other) => other.validationScore === winner.validationScore);
  if (tied.length > 0) return `${winner.family} won: it tied ${tied.map((t) => t.family).join(', ')} on validation ${metric} and trained faster (${winner.seconds.toFixed(1)} s).`;
  const shown = others.map((other) => `${other.family} ${other.validationScore.toFixed(4)}`).join(', ');
  return `${winner.family} won on validation ${metric}: ${winner.validationScore.toFixed(4)} against ${shown}.`;
}

/** The given rows of a split, copied. */
function rowsOf(data: EncodedSplit, rows: Uint32Array): EncodedSplit {
  const { cols } = data.x;
  const x = new Float32Array(rows.length * cols);
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    x.set(data.x.data.subarray(row * cols, (row + 1) * cols), i * cols);
    y[i] = data.y[row] as number;
  });
  return { x: { data: x, rows: rows.length, cols }, y };
}
