import type { EncodedSplit } from '../data/prepare.js';
import { orderedRows, sampleRows, type OrderedRows } from '../data/sample.js';
import type { TrainedModel, TrainingChunk } from '../ml/family.js';
import { HIGHER_IS_BETTER } from '../ml/metrics.js';
import { featureWidth, type Preprocessing } from '../ml/preprocess.js';
import { mulberry32, permutation } from '../ml/random.js';
import type { FeatureImportance, MetricName, PermutationImportance } from '../ml/types.js';
import { format } from './compare.js';
import { scoreModel } from './evaluate.js';

/**
 * Holdout rows importance scores at most: its cost is 1 + features × repeats predictions of this many rows, a few
 * seconds at most beside training on the shared datasets (README, Feature importance).
 */
export const IMPORTANCE_MAX_ROWS = 2000;
/** Shuffles per feature: enough to show the spread of a drop, few enough to keep the cost a few predictions per feature. */
export const IMPORTANCE_REPEATS = 3;
/** Features the log, the job summary and the pull-request comment name: the most important; the card has them all. */
export const IMPORTANCE_SHOWN = 5;
/** Mixed into the seed so the sample and the shuffles are not the streams of the split or the validation slice. */
const IMPORTANCE_SALT = 0x1a9071;

export interface ImportanceOptions {
  primaryMetric: MetricName;
  seed: number;
}

/**
 * Permutation importance of `model` on the holdout `test`, through the model port alone: for each feature column
 * (a plan feature: a category's one-hot units and a date's parts move together, so the column is shuffled as a
 * whole), the rows' values of that column are shuffled among the sampled rows, the model is scored again, and the
 * worsening of the primary metric is averaged over the repeats. Seeded: the same seed gives the same figures.
 * Null when the model's scores are not finite numbers (a diverged model), which no drop can be measured from.
 */
export async function permutationImportance(
  model: TrainedModel,
  preprocessing: Preprocessing,
  test: OrderedRows | TrainingChunk,
  options: ImportanceOptions,
): Promise<PermutationImportance | null> {
  const started = Date.now();
  const seed = (options.seed ^ IMPORTANCE_SALT) >>> 0;
  const random = mulberry32(seed);
  // A uniform seeded sample, read a block at a time: the holdout need not fit in memory.
  const sample = await sampleRows(orderedRows(test), IMPORTANCE_MAX_ROWS, { strata: 'none', seed });
  const metric = options.primaryMetric;
  const score = (split: EncodedSplit) => scoreModel(model, preprocessing, split).metrics[metric] ?? Number.NaN;
  const intact = score(sample);
  if (!Number.isFinite(intact)) return null;
  const worsening = (shuffled: number) => (HIGHER_IS_BETTER[metric] ? intact - shuffled : shuffled - intact);

  const { cols, rows } = sample.x;
  const shuffled: EncodedSplit = { x: { data: Float32Array.from(sample.x.data), rows, cols }, y: sample.y };
  const inPlace = Uint32Array.from({ length: rows }, (_, row) => row);
  const features: FeatureImportance[] = [];
  let offset = 0;
  for (const feature of preprocessing.features) {
    const span = { cols, offset, width: featureWidth(feature) };
    const drops: number[] = [];
    for (let repeat = 0; repeat < IMPORTANCE_REPEATS; repeat++) {
      copyColumn(sample.x.data, shuffled.x.data, span, permutation(rows, random));
      const drop = worsening(score(shuffled));
      if (!Number.isFinite(drop)) return null;
      drops.push(drop);
    }
    copyColumn(sample.x.data, shuffled.x.data, span, inPlace);
    features.push({ feature: feature.name, ...meanAndSd(drops) });
    offset += span.width;
  }
  // Stable: equal drops keep the plan's order.
  features.sort((a, b) => b.drop - a.drop);
  return { metric, score: intact, rows, repeats: IMPORTANCE_REPEATS, seed: options.seed, features, seconds: (Date.now() - started) / 1000 };
}

/** The log line: the top features with how much the metric worsens without each, or why nothing was measured. */
export function importanceLine(importance: PermutationImportance | null): string {
  if (importance === null) return 'Feature importance: not measured, as the model scores no finite metric on the holdout.';
  const { metric, rows, repeats, features, seconds } = importance;
  const top = features.slice(0, IMPORTANCE_SHOWN).map((f) => `${f.feature} ${format(f.drop)}`);
  const more = features.length > IMPORTANCE_SHOWN ? `, and ${features.length - IMPORTANCE_SHOWN} more in the model card` : '';
  return `Feature importance (how much ${metric} worsens with the feature shuffled over ${rows} holdout rows, mean of ${repeats}; ${seconds.toFixed(1)} s): ${top.join(', ')}${more}.`;
}

/** All rows when there are at most `max`, else a seeded sample of `max` of them, in their holdout order. */
/**
 * Row r of `into` gets the encoded units [offset, offset + width) of row order[r] of `from`: one feature column
 * moved as a whole, so a one-hot block stays one category and a date's parts stay one date.
 */
function copyColumn(from: Float32Array, into: Float32Array, span: { cols: number; offset: number; width: number }, order: Uint32Array): void {
  const { cols, offset, width } = span;
  order.forEach((source, row) => {
    into.set(from.subarray(source * cols + offset, source * cols + offset + width), row * cols + offset);
  });
}

function meanAndSd(values: number[]): { drop: number; sd: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { drop: mean, sd: Math.sqrt(variance) };
}
