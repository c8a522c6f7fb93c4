import {
  classificationMetrics,
  flattenMetrics,
  majorityClassProbabilities,
  meanPredictions,
  regressionMetrics,
  type ClassificationMetrics,
  type RegressionMetrics,
} from '../ml/metrics.js';
import type { HoldoutOutputs } from '../ml/bootstrap.js';
import type { TrainedModel } from '../ml/family.js';
import type { Preprocessing } from '../ml/preprocess.js';
import type { MetricName, Task } from '../ml/types.js';
import { UserError } from '../util/errors.js';
import type { EncodedSplit } from '../data/prepare.js';
import { orderedRows, type OrderedRows } from '../data/sample.js';

export interface Evaluation {
  task: Task;
  primaryMetric: MetricName;
  /** Holdout metrics, flat, in the label's own units. */
  metrics: Record<string, number>;
  details: ClassificationMetrics | RegressionMetrics;
  /** What a model that ignores the features scores: majority class, or the training mean. */
  naive: { name: string; metrics: Record<string, number> };
  holdoutRows: number;
  /** The model's outputs on each holdout row, for a paired comparison with the baseline's model. */
  outputs: HoldoutOutputs;
}

const CLASSIFICATION_METRICS: readonly MetricName[] = ['accuracy', 'f1', 'auc', 'logloss'];

/** Rejects a metric that cannot measure the task, e.g. rmse for classes. */
export function checkMetricFits(metric: MetricName | 'auto', task: Task): void {
  if (metric === 'auto') return;
  if (CLASSIFICATION_METRICS.includes(metric) !== (task === 'classification')) {
    const choices = task === 'classification' ? 'accuracy, f1 or auc' : 'rmse, mae or r2';
    throw new UserError(`Input 'metric': ${metric} does not measure ${task}. Use ${choices}, or auto.`);
  }
}

/** The primary metric for the gate, checked against the task before anything is trained. */
export function resolvePrimaryMetric(requested: MetricName | 'auto', task: Task, classes: number): MetricName {
  if (requested === 'auto') return task === 'classification' ? 'accuracy' : 'rmse';
  checkMetricFits(requested, task);
  if (requested === 'auc' && classes !== 2) {
    throw new UserError(
      `Input 'metric': auc is defined for two classes, and the label has ${classes}. Use accuracy or f1.`,
    );
  }
  return requested;
}

/** Encoded splits to evaluate on: stores (the action), or matrices in memory (tests, benchmarks). */
export interface EvaluationData {
  encoder: { preprocessing: Preprocessing };
  train: OrderedRows | EncodedSplit;
  test: OrderedRows | EncodedSplit;
}

/**
 * Scores a model on the holdout, beside the naive baseline; regression metrics are in the label's units. The
 * holdout is predicted a block at a time: memory holds its outputs, not its encoded rows.
 */
export async function evaluateModel(model: TrainedModel, data: EvaluationData, primaryMetric: MetricName): Promise<Evaluation> {
  const preprocessing = data.encoder.preprocessing;
  const { details, outputs, truth: testY } = await scoreRows(model, preprocessing, orderedRows(data.test));
  const rows = testY.length;
  const trainY = await targetsOf(orderedRows(data.train));
  if (preprocessing.classes) {
    const classes = preprocessing.classes;
    const naive = classificationMetrics(testY, majorityClassProbabilities(trainY, classes.length, rows), classes);
    return result('classification', primaryMetric, details, { name: 'majority class', metrics: flattenMetrics(naive) }, outputs);
  }
  const truth = toLabelUnits(testY, preprocessing);
  const naive = regressionMetrics(truth, toLabelUnits(meanPredictions(trainY, rows), preprocessing));
  return result('regression', primaryMetric, details, { name: 'training mean', metrics: flattenMetrics(naive) }, outputs);
}

/** Metrics, in the label's units, and the outputs they were computed from. */
type Scored = { details: ClassificationMetrics | RegressionMetrics; metrics: Record<string, number>; outputs: HoldoutOutputs };

/** One model's metrics on encoded holdout rows: the new model, or the baseline's on the same rows. */
export function scoreModel(model: TrainedModel, preprocessing: Preprocessing, test: EncodedSplit): Scored {
  return scoreOutputs(model.predict(test.x), preprocessing, test.y);
}

/** Metrics of outputs already predicted (row-major probabilities, or standardised values) against encoded labels `y`. */
/** scoreModel over rows read a block at a time; also gives the encoded targets it read. */
export async function scoreRows(model: TrainedModel, preprocessing: Preprocessing, test: OrderedRows): Promise<Scored & { truth: Float32Array }> {
  const width = preprocessing.classes?.length ?? 1;
  const predicted = new Float32Array(test.rows * width);
  const truth = new Float32Array(test.rows);
  let at = 0;
  for await (const block of test.inOrder()) {
    predicted.set(model.predict(block.x), at * width);
    truth.set(block.y, at);
    at += block.y.length;
  }
  return { ...scoreOutputs(predicted, preprocessing, truth), truth };
}

export function scoreOutputs(predicted: Float32Array, preprocessing: Preprocessing, y: Float32Array): Scored {
  if (preprocessing.classes) {
    const details = classificationMetrics(y, predicted, preprocessing.classes);
    const outputs = { task: 'classification', truth: y, probabilities: predicted, classes: preprocessing.classes.length } as const;
    return { details, metrics: flattenMetrics(details), outputs };
  }
  const truth = toLabelUnits(y, preprocessing);
  const predictions = toLabelUnits(predicted, preprocessing);
  const details = regressionMetrics(truth, predictions);
  return { details, metrics: flattenMetrics(details), outputs: { task: 'regression', truth, predictions } };
}

/** The encoded targets of every row, in order (4 bytes a row): what the naive baseline is fitted on. */
async function targetsOf(rows: OrderedRows): Promise<Float32Array> {
  const targets = new Float32Array(rows.rows);
  let at = 0;
  for await (const block of rows.inOrder()) {
    targets.set(block.y, at);
    at += block.y.length;
  }
  return targets;
}

function result(
  task: Task,
  primaryMetric: MetricName,
  details: ClassificationMetrics | RegressionMetrics,
  naive: Evaluation['naive'],
  outputs: HoldoutOutputs,
): Evaluation {
  const holdoutRows = outputs.truth.length;
  return { task, primaryMetric, metrics: flattenMetrics(details), details, naive, holdoutRows, outputs };
}

function toLabelUnits(standardised: Float32Array, preprocessing: Preprocessing): Float64Array {
  const { mean, std } = preprocessing.target ?? { mean: 0, std: 1 };
  return Float64Array.from(standardised, (value) => value * std + mean);
}
