import type { MetricName } from './types.js';

export interface ClassMetrics {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMetrics {
  accuracy: number;
  /** Macro averages over the classes that occur in yTrue or in the predictions. */
  precision: number;
  recall: number;
  f1: number;
  /** ROC AUC of the second class; null unless there are exactly two classes and both occur in yTrue. */
  auc: number | null;
  /** Mean negative log probability of the true class, probabilities clipped to [1e-15, 1 − 1e-15]. */
  logloss: number;
  perClass: ClassMetrics[];
  /** confusion[true][predicted] row counts. */
  confusion: number[][];
  classes: string[];
}

export interface RegressionMetrics {
  rmse: number;
  mae: number;
  r2: number;
}

const PROBABILITY_EPSILON = 1e-15;

/**
 * Metrics of predicted class probabilities (row-major, rows × classes) against true class indexes. The
 * predicted class is the most probable one (the lowest index on a tie). A class that is never predicted has
 * precision 0, and one absent from yTrue has recall 0, as scikit-learn's zero_division=0; classes that occur
 * in neither yTrue nor the predictions are left out of the macro averages so they do not drag them to 0.
 */
export function classificationMetrics(
  yTrue: ArrayLike<number>,
  probabilities: Float32Array,
  classes: readonly string[],
): ClassificationMetrics {
  const k = classes.length;
  const rows = yTrue.length;
  if (rows === 0 || k === 0 || probabilities.length !== rows * k) {
    throw new Error(`classificationMetrics: ${rows} labels, ${k} classes, ${probabilities.length} probabilities`);
  }
  const confusion = classes.map(() => new Array<number>(k).fill(0));
  let logLossSum = 0;
  for (let r = 0; r < rows; r++) {
    const actual = classIndex(yTrue[r], k, r);
    let predicted = 0;
    for (let c = 1; c < k; c++) {
      if (at(probabilities, r * k + c) > at(probabilities, r * k + predicted)) predicted = c;
    }
    const actualRow = confusion[actual] as number[];
    actualRow[predicted] = at(actualRow, predicted) + 1;
    const p = Math.min(Math.max(at(probabilities, r * k + actual), PROBABILITY_EPSILON), 1 - PROBABILITY_EPSILON);
    logLossSum -= Math.log(p);
  }

  let correct = 0;
  const perClass: ClassMetrics[] = [];
  const averaged: ClassMetrics[] = [];
  classes.forEach((name, c) => {
    const truePositives = at(confusion[c] as number[], c);
    correct += truePositives;
    const support = sum(confusion[c] as number[]);
    const predictedCount = sum(confusion.map((row) => at(row, c)));
    const precision = predictedCount > 0 ? truePositives / predictedCount : 0;
    const recall = support > 0 ? truePositives / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const metrics = { class: name, precision, recall, f1, support };
    perClass.push(metrics);
    if (support > 0 || predictedCount > 0) averaged.push(metrics);
  });

  const metrics = {
    accuracy: correct / rows,
    precision: mean(averaged.map((m) => m.precision)),
    recall: mean(averaged.map((m) => m.recall)),
    f1: mean(averaged.map((m) => m.f1)),
    auc: k === 2 ? rocAuc(yTrue, Float64Array.from({ length: rows }, (_, r) => at(probabilities, r * 2 + 1))) : null,
    logloss: logLossSum / rows,
    perClass,
    confusion,
    classes: [...classes],
  };
  // A diverged model outputs NaN, which the argmax reads as class 0 and the clipping as 1e-15: the scores
  // would look like a constant model's, so they are NaN instead, and no gate can pass them.
  if (!probabilities.every((p) => Number.isFinite(p))) {
    return { ...metrics, accuracy: NaN, precision: NaN, recall: NaN, f1: NaN, auc: k === 2 ? NaN : null, logloss: NaN };
  }
  return metrics;
}

/** RMSE, MAE and R² (coefficient of determination; 1 for a perfect fit, 0 when yTrue is constant otherwise). */
export function regressionMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionMetrics {
  const rows = yTrue.length;
  if (rows === 0 || yPred.length !== rows) {
    throw new Error(`regressionMetrics: ${rows} targets, ${yPred.length} predictions`);
  }
  let targetSum = 0;
  for (let r = 0; r < rows; r++) targetSum += at(yTrue, r);
  const targetMean = targetSum / rows;
  let squaredError = 0;
  let absoluteError = 0;
  let squaredDeviation = 0;
  for (let r = 0; r < rows; r++) {
    const error = at(yTrue, r) - at(yPred, r);
    squaredError += error * error;
    absoluteError += Math.abs(error);
    squaredDeviation += (at(yTrue, r) - targetMean) ** 2;
  }
  // R² is undefined for a constant target; like scikit-learn, a perfect fit scores 1 and anything else 0.
  const r2 = squaredDeviation > 0 ? 1 - squaredError / squaredDeviation : squaredError === 0 ? 1 : 0;
  return { rmse: Math.sqrt(squaredError / rows), mae: absoluteError / rows, r2 };
}

/**
 * The majority-class baseline: every row gets the training class frequencies, so it predicts the most frequent
 * class (the lowest index on a tie) and its logloss is that of the class prior.
 */
export function majorityClassProbabilities(
  trainLabels: ArrayLike<number>,
  classes: number,
  rows: number,
): Float32Array {
  if (trainLabels.length === 0) throw new Error('majorityClassProbabilities: no training labels');
  const frequencies = new Float64Array(classes);
  for (let r = 0; r < trainLabels.length; r++) {
    const label = classIndex(trainLabels[r], classes, r);
    frequencies[label] = at(frequencies, label) + 1;
  }
  frequencies.forEach((count, c) => (frequencies[c] = count / trainLabels.length));
  const probabilities = new Float32Array(rows * classes);
  for (let r = 0; r < rows; r++) probabilities.set(frequencies, r * classes);
  return probabilities;
}

/** The mean baseline: every row predicts the training targets' mean. */
export function meanPredictions(trainTargets: ArrayLike<number>, rows: number): Float32Array {
  if (trainTargets.length === 0) throw new Error('meanPredictions: no training targets');
  let total = 0;
  for (let r = 0; r < trainTargets.length; r++) total += at(trainTargets, r);
  return new Float32Array(rows).fill(total / trainTargets.length);
}

/**
 * Flat name → value for outputs and comparisons (classification: accuracy, f1, precision, recall, logloss,
 * and auc when it is defined; regression: rmse, mae, r2).
 */
export function flattenMetrics(
  m: ClassificationMetrics | RegressionMetrics,
): Partial<Record<MetricName, number>> & Record<string, number> {
  if ('accuracy' in m) {
    const { accuracy, f1, precision, recall, logloss, auc } = m;
    return { accuracy, f1, precision, recall, logloss, ...(auc === null ? {} : { auc }) };
  }
  return { rmse: m.rmse, mae: m.mae, r2: m.r2 };
}

export const HIGHER_IS_BETTER: Record<MetricName, boolean> = {
  accuracy: true,
  f1: true,
  auc: true,
  logloss: false,
  rmse: false,
  mae: false,
  r2: true,
};

/**
 * Rank-based ROC AUC (Mann–Whitney U) of `scores` for class 1 against class 0; tied scores share their
 * average rank, so a tie between a positive and a negative counts one half. Null when a class is absent.
 */
function rocAuc(yTrue: ArrayLike<number>, scores: Float64Array): number | null {
  const order = Array.from(scores.keys()).sort((a, b) => at(scores, a) - at(scores, b));
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && at(scores, at(order, end)) === at(scores, at(order, start))) end++;
    const averageRank = (start + 1 + end) / 2; // ranks start+1 … end, 1-based
    for (let i = start; i < end; i++) {
      if (yTrue[at(order, i)] === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function classIndex(label: number | undefined, classes: number, row: number): number {
  if (label === undefined || !Number.isInteger(label) || label < 0 || label >= classes) {
    throw new Error(`Label ${label} in row ${row} is not a class index below ${classes}`);
  }
  return label;
}

/** Indexed read for loops whose bounds are already checked (noUncheckedIndexedAccess). */
function at(values: ArrayLike<number>, index: number): number {
  return values[index] as number;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? sum(values) / values.length : 0;
}
