import type { ModelConfig } from './families/mlp.js';

/** What the model predicts. */
export type Task = 'classification' | 'regression';

/** Metric names, as the `metric` input and the `metrics` output spell them. */
export type MetricName = 'accuracy' | 'f1' | 'auc' | 'logloss' | 'rmse' | 'mae' | 'r2';

/**
 * What a deployed model says about itself (GET on the function) and what the baseline store keeps:
 * enough to know what answers, how good it was, and on what data.
 */
export interface ModelCard {
  /** The function name the model serves under. */
  name: string;
  /** The model family that wrote the bundle (src/ml/families); absent from cards written before families: an MLP. */
  family?: string;
  /** The run that trained it: `<run id>-<attempt>` on Actions, a timestamp locally. */
  version: string;
  trainedAt: string;
  task: Task;
  label: string;
  features: Array<{ name: string; type: 'numeric' | 'categorical' | 'date'; categories?: string[] }>;
  /** Columns of the data the model does not use (the label, excluded ones): a request may carry them. */
  ignoredColumns: string[];
  classes: string[] | null;
  /** Holdout metrics, flat: accuracy, f1, ... or rmse, mae, r2. */
  metrics: Record<string, number>;
  primaryMetric: MetricName;
  data: { rows: number; trainRows: number; testRows: number; fingerprint: string };
  /**
   * The settings it was trained with, after defaults, model-config and the epochs input. Absent from cards
   * written before they were recorded.
   */
  settings?: ModelConfig & { maxCategories: number };
  /** The `model` choice it is (mlp, linear, gbt, blend); absent from cards written before there were choices. */
  model?: string;
  /** How `model: auto` chose it: each candidate's score on training rows it did not train on, and why it won. */
  selection?: { candidates: Array<{ name: string; validationScore: number; seconds: number }>; reason: string };
  /** The TensorFlow.js backend it was trained on. */
  backend: string;
  commit: string | null;
}
