import type { Matrix } from '../ml/family.js';
import { featureWidth, type FeatureEncoding, type Preprocessing } from '../ml/preprocess.js';

/**
 * A feature that alone predicts this share of the holdout (accuracy, or R² for regression) is almost certainly
 * the label in disguise: derived from it, or recorded after it.
 */
export const LEAK_SCORE = 0.99;
/** Classification: the feature must also make at most this share of the naive model's errors. */
const LEAK_ERROR_SHARE = 0.1;
/** Fewer holdout rows than this, and a feature scores 0.99 by chance (iris: 30 rows, one good feature). */
const MIN_HOLDOUT_ROWS = 100;
/** Numbers (and date parts) are cut into up to this many bins at the training split's quantiles. */
const BINS = 100;
/** Training values the quantiles are taken from, evenly spaced through the split. */
const QUANTILE_SAMPLE = 10_000;

export interface Leak {
  feature: string;
  metric: 'accuracy' | 'r2';
  /** What the feature alone scores on the holdout. */
  score: number;
  /** What predicting without any feature scores (majority class; R² 0). */
  naive: number;
}

interface Split {
  x: Matrix;
  y: Float32Array;
}

/**
 * Features that alone predict the label almost perfectly: each feature's values (categories, or bins of a
 * number) are mapped to the training split's majority class (or mean) and scored on the holdout. One pass
 * over each encoded column, deterministic, no model.
 */
export function findLeaks(preprocessing: Preprocessing, train: Split, test: Split): Leak[] {
  if (test.x.rows < MIN_HOLDOUT_ROWS) return [];
  const classes = preprocessing.classes?.length ?? 0;
  const naive = classes > 0 ? majorityScore(train, test, classes) : 0;
  const leaks: Leak[] = [];
  let offset = 0;
  for (const feature of preprocessing.features) {
    const width = featureWidth(feature);
    let best = -Infinity;
    for (const keys of keyings(feature, offset, width, train.x, test.x)) {
      const score = classes > 0 ? accuracyAlone(keys, train, test, classes) : r2Alone(keys, train, test);
      if (score > best) best = score;
    }
    offset += width;
    const leaking = classes > 0 ? best >= LEAK_SCORE && 1 - best <= (1 - naive) * LEAK_ERROR_SHARE : best >= LEAK_SCORE;
    if (leaking) leaks.push({ feature: feature.name, metric: classes > 0 ? 'accuracy' : 'r2', score: best, naive });
  }
  return leaks;
}

/** The one warning line for the leaks found, or null. */
export function leakWarning(leaks: readonly Leak[]): string | null {
  if (leaks.length === 0) return null;
  const named = leaks.map(
    (leak) =>
      `'${leak.feature}' (${leak.metric} ${leak.score.toFixed(3)} alone` +
      (leak.metric === 'accuracy' ? `, against ${leak.naive.toFixed(3)} for the majority class)` : ')'),
  );
  return (
    `A single feature predicts the label almost perfectly on the holdout, which usually means it is derived from the label or recorded after it (a leak): ${named.join('; ')}. ` +
    `Check how it is produced; if it is not known when a prediction is asked for, add it to 'exclude'.`
  );
}

/** Row keys per encoded view of the feature: the category slot, or the bin of each numeric column. */
function* keyings(feature: FeatureEncoding, offset: number, width: number, train: Matrix, test: Matrix): Generator<Keys> {
  if (feature.kind === 'categorical') {
    yield { train: hotSlots(train, offset, width), test: hotSlots(test, offset, width), count: width };
    return;
  }
  for (let column = offset; column < offset + width; column++) {
    const edges = quantileEdges(train, column);
    yield { train: bins(train, column, edges), test: bins(test, column, edges), count: edges.length + 1 };
  }
}

interface Keys {
  train: Int32Array;
  test: Int32Array;
  count: number;
}

function hotSlots(matrix: Matrix, offset: number, width: number): Int32Array {
  const keys = new Int32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) {
    const start = row * matrix.cols + offset;
    let slot = 0;
    while (slot < width - 1 && matrix.data[start + slot] !== 1) slot++;
    keys[row] = slot;
  }
  return keys;
}

/** Distinct cut points at the training column's quantiles, ascending. */
function quantileEdges(matrix: Matrix, column: number): Float64Array {
  const step = Math.max(1, Math.floor(matrix.rows / QUANTILE_SAMPLE));
  const sample: number[] = [];
  for (let row = 0; row < matrix.rows; row += step) sample.push(matrix.data[row * matrix.cols + column] ?? 0);
  sample.sort((a, b) => a - b);
  const edges: number[] = [];
  for (let bin = 1; bin < BINS; bin++) {
    const edge = sample[Math.floor((bin * sample.length) / BINS)];
    if (edge !== undefined && edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return Float64Array.from(edges);
}

/** Each row's bin: the number of edges at or below its value. */
function bins(matrix: Matrix, column: number, edges: Float64Array): Int32Array {
  const keys = new Int32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) {
    const value = matrix.data[row * matrix.cols + column] ?? 0;
    let low = 0;
    let high = edges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((edges[middle] ?? 0) <= value) low = middle + 1;
      else high = middle;
    }
    keys[row] = low;
  }
  return keys;
}

/** Holdout accuracy of predicting each key's majority training class (the overall majority for unseen keys). */
function accuracyAlone(keys: Keys, train: Split, test: Split, classes: number): number {
  const counts = new Int32Array(keys.count * classes);
  for (let row = 0; row < train.x.rows; row++) increment(counts, (keys.train[row] ?? 0) * classes + (train.y[row] ?? 0));
  const fallback = majorityClass(train, classes);
  const majority = new Int32Array(keys.count);
  for (let key = 0; key < keys.count; key++) {
    let best = -1;
    let most = 0;
    for (let label = 0; label < classes; label++) {
      const count = counts[key * classes + label] ?? 0;
      if (count > most) [best, most] = [label, count];
    }
    majority[key] = best < 0 ? fallback : best;
  }
  let right = 0;
  for (let row = 0; row < test.x.rows; row++) if (majority[keys.test[row] ?? 0] === test.y[row]) right++;
  return test.x.rows === 0 ? 0 : right / test.x.rows;
}

/** Holdout R² of predicting each key's mean training target (the overall mean for unseen keys). */
function r2Alone(keys: Keys, train: Split, test: Split): number {
  const sums = new Float64Array(keys.count);
  const counts = new Int32Array(keys.count);
  let total = 0;
  for (let row = 0; row < train.x.rows; row++) {
    const key = keys.train[row] ?? 0;
    sums[key] = (sums[key] ?? 0) + (train.y[row] ?? 0);
    increment(counts, key);
    total += train.y[row] ?? 0;
  }
  const fallback = train.x.rows === 0 ? 0 : total / train.x.rows;
  let testMean = 0;
  for (let row = 0; row < test.x.rows; row++) testMean += (test.y[row] ?? 0) / test.x.rows;
  let residual = 0;
  let spread = 0;
  for (let row = 0; row < test.x.rows; row++) {
    const key = keys.test[row] ?? 0;
    const count = counts[key] ?? 0;
    const predicted = count > 0 ? (sums[key] ?? 0) / count : fallback;
    const y = test.y[row] ?? 0;
    residual += (y - predicted) ** 2;
    spread += (y - testMean) ** 2;
  }
  return spread > 0 ? 1 - residual / spread : 0;
}

function majorityClass(train: Split, classes: number): number {
  const counts = new Int32Array(classes);
  for (let row = 0; row < train.x.rows; row++) increment(counts, train.y[row] ?? 0);
  let best = 0;
  for (let label = 1; label < classes; label++) if ((counts[label] ?? 0) > (counts[best] ?? 0)) best = label;
  return best;
}

function majorityScore(train: Split, test: Split, classes: number): number {
  const majority = majorityClass(train, classes);
  let right = 0;
  for (let row = 0; row < test.x.rows; row++) if (test.y[row] === majority) right++;
  return test.x.rows === 0 ? 0 : right / test.x.rows;
}

function increment(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] ?? 0) + 1;
}
