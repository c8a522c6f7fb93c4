import { mulberry32 } from './random.js';
import type { MetricName } from './types.js';

/** One model's outputs on holdout rows, beside the truth as that model encodes it: what its metrics came from. */
export type HoldoutOutputs =
  | { task: 'classification'; truth: ArrayLike<number>; probabilities: Float32Array; classes: number }
  | { task: 'regression'; truth: Float64Array; predictions: Float64Array };

/** A confidence interval of the challenger's metric minus the champion's, on the same rows. */
export interface PairedInterval {
  low: number;
  high: number;
  confidence: number;
  resamples: number;
  rows: number;
}

export const BOOTSTRAP_RESAMPLES = 2000;

/** The rows of `outputs` at `rows`, in that order: the challenger's outputs on the rows the champion was scored on. */
export function selectRows(outputs: HoldoutOutputs, rows: Uint32Array): HoldoutOutputs {
  if (outputs.task === 'regression') {
    return {
      task: 'regression',
      truth: Float64Array.from(rows, (r) => outputs.truth[r] as number),
      predictions: Float64Array.from(rows, (r) => outputs.predictions[r] as number),
    };
  }
  const k = outputs.classes;
  const probabilities = new Float32Array(rows.length * k);
  rows.forEach((r, i) => probabilities.set(outputs.probabilities.subarray(r * k, r * k + k), i * k));
  return { task: 'classification', truth: Float64Array.from(rows, (r) => outputs.truth[r] as number), probabilities, classes: k };
}

/**
 * Paired percentile bootstrap over rows: each resample draws the rows with replacement (as counts per row) and
 * recomputes the metric of both models on the same draw, so row-to-row difficulty cancels out of the difference.
 * Metrics that are not means over rows (rmse, r2, f1, auc) are recomputed whole per draw, from per-row parts
 * prepared once. Null when the metric cannot be computed on these rows (auc without both classes).
 */
export function pairedBootstrap(
  metric: MetricName,
  challenger: HoldoutOutputs,
  champion: HoldoutOutputs,
  options: { seed: number; confidence: number; resamples?: number },
): PairedInterval | null {
  const rows = challenger.truth.length;
  if (rows === 0 || champion.truth.length !== rows) return null;
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const ofChallenger = weightedMetric(metric, challenger);
  const ofChampion = weightedMetric(metric, champion);
  const random = mulberry32(options.seed);
  const weights = new Uint32Array(rows);
  const differences: number[] = [];
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < rows; i++) {
      const row = Math.floor(random() * rows);
      weights[row] = (weights[row] as number) + 1;
    }
    const difference = ofChallenger(weights) - ofChampion(weights);
    // A draw without a class leaves auc undefined: it is left out rather than counted as any value.
    if (Number.isFinite(difference)) differences.push(difference);
  }
  if (differences.length < resamples / 2) return null;
  differences.sort((a, b) => a - b);
  const tail = (1 - options.confidence) / 2;
  return {
    low: quantile(differences, tail),
    high: quantile(differences, 1 - tail),
    confidence: options.confidence,
    resamples,
    rows,
  };
}

type Weights = Uint32Array;

/** The metric as a function of per-row weights; all weights 1 gives the metric as src/ml/metrics.ts computes it. */
export function weightedMetric(metric: MetricName, outputs: HoldoutOutputs): (weights: Weights) => number {
  if (outputs.task === 'regression') {
    const { truth, predictions } = outputs;
    const errors = Float64Array.from(truth, (y, r) => y - (predictions[r] as number));
    if (metric === 'mae') return meanOf(errors.map(Math.abs));
    if (metric === 'rmse') {
      const meanSquare = meanOf(errors.map((error) => error * error));
      return (w) => Math.sqrt(meanSquare(w));
    }
    return (w) => {
      let total = 0;
      let sum = 0;
      let squares = 0;
      let squaredError = 0;
      for (let r = 0; r < w.length; r++) {
        const weight = w[r] as number;
        if (weight === 0) continue;
        const y = truth[r] as number;
        total += weight;
        sum += weight * y;
        squares += weight * y * y;
        squaredError += weight * (errors[r] as number) ** 2;
      }
      const deviation = squares - (sum * sum) / total;
      // As regressionMetrics: a constant target scores 1 for a perfect fit, else 0.
      return deviation > 1e-12 * Math.max(1, squares) ? 1 - squaredError / deviation : squaredError === 0 ? 1 : 0;
    };
  }
  const { truth, probabilities, classes: k } = outputs;
  const rows = truth.length;
  const actual = Int32Array.from({ length: rows }, (_, r) => truth[r] as number);
  const predicted = Int32Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let c = 1; c < k; c++) if ((probabilities[r * k + c] as number) > (probabilities[r * k + best] as number)) best = c;
    return best;
  });
  if (metric === 'accuracy') return meanOf(Float64Array.from(actual, (c, r) => (c === predicted[r] ? 1 : 0)));
  if (metric === 'logloss') {
    return meanOf(Float64Array.from(actual, (c, r) => -Math.log(Math.min(Math.max(probabilities[r * k + c] as number, 1e-15), 1 - 1e-15))));
  }
  if (metric === 'f1') return (w) => macroF1(w, actual, predicted, k);
  // auc is of two classes only (resolvePrimaryMetric); a baseline of more classes has none to pair with.
  if (k !== 2) return () => Number.NaN;
  const scores = Float64Array.from({ length: rows }, (_, r) => probabilities[r * 2 + 1] as number);
  return aucOfWeights(actual, scores);
}

/** The weighted mean of per-row values. */
function meanOf(values: Float64Array): (weights: Weights) => number {
  return (weights) => {
    let sum = 0;
    let total = 0;
    for (let r = 0; r < weights.length; r++) {
      const weight = weights[r] as number;
      sum += weight * (values[r] as number);
      total += weight;
    }
    return sum / total;
  };
}

/** Macro F1 over the classes that occur in the truth or the predictions, as classificationMetrics averages it. */
function macroF1(weights: Weights, actual: Int32Array, predicted: Int32Array, k: number): number {
  const hits = new Float64Array(k);
  const support = new Float64Array(k);
  const predictedCount = new Float64Array(k);
  for (let r = 0; r < weights.length; r++) {
    const weight = weights[r] as number;
    if (weight === 0) continue;
    const a = actual[r] as number;
    const p = predicted[r] as number;
    support[a] = (support[a] as number) + weight;
    predictedCount[p] = (predictedCount[p] as number) + weight;
    if (a === p) hits[a] = (hits[a] as number) + weight;
  }
  let sum = 0;
  let counted = 0;
  for (let c = 0; c < k; c++) {
    const s = support[c] as number;
    const n = predictedCount[c] as number;
    if (s === 0 && n === 0) continue;
    const precision = n > 0 ? (hits[c] as number) / n : 0;
    const recall = s > 0 ? (hits[c] as number) / s : 0;
    sum += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    counted++;
  }
  return sum / counted;
}

/**
 * Weighted Mann–Whitney AUC: the rows are ordered by score once, so each draw is one pass; a tie between a
 * positive and a negative counts one half, as rocAuc does. NaN when a draw lacks a class.
 */
function aucOfWeights(actual: Int32Array, scores: Float64Array): (weights: Weights) => number {
  const order = Uint32Array.from(scores.keys()).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  return (weights) => {
    let negativesBelow = 0;
    let positives = 0;
    let pairs = 0;
    for (let start = 0; start < order.length; ) {
      let end = start;
      let groupPositives = 0;
      let groupNegatives = 0;
      const score = scores[order[start] as number];
      while (end < order.length && scores[order[end] as number] === score) {
        const row = order[end] as number;
        const weight = weights[row] as number;
        if (actual[row] === 1) groupPositives += weight;
        else groupNegatives += weight;
        end++;
      }
      pairs += groupPositives * (negativesBelow + groupNegatives / 2);
      negativesBelow += groupNegatives;
      positives += groupPositives;
      start = end;
    }
    return pairs / (positives * negativesBelow);
  };
}

/** Linear interpolation between the order statistics of sorted `values`. */
function quantile(values: number[], q: number): number {
  const position = q * (values.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, values.length - 1);
  return (values[below] as number) + ((values[above] as number) - (values[below] as number)) * (position - below);
}
