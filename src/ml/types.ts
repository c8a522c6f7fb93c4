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
  /** The TensorFlow.js backend it was trained on. */
  backend: string;
  commit: string | null;
  /** How much each feature matters to the model on the holdout; absent when it was not measured (older cards too). */
  importance?: PermutationImportance;
  /** How `model: auto` chose it: each candidate's score on training rows it did not train on, and why it won; absent when one was asked for. */
  selection?: ModelSelection;
}

/**
 * Permutation importance on the holdout: how much the primary metric worsens when one feature's values are
 * shuffled across rows (all encoded units of a column together), so the model loses that feature alone.
 */
export interface PermutationImportance {
  metric: MetricName;
  /** The model's metric on the sampled rows, nothing shuffled. */
  score: number;
  /** Holdout rows scored: all of them, or a seeded sample of at most IMPORTANCE_MAX_ROWS. */
  rows: number;
  repeats: number;
  seed: number;
  /** Every feature column, most important first. */
  features: FeatureImportance[];
  /** Wall time of the measurement. */
  seconds: number;
}

export interface FeatureImportance {
  feature: string;
  /** Mean worsening of the metric over the repeats, in its units: positive when the model relies on the feature. */
  drop: number;
  /** Standard deviation of the worsening over the repeats. */
  sd: number;
}

/** `model: auto`'s choice as the card keeps it. */
export interface ModelSelection {
  metric: MetricName;
  /** Each candidate by its `model` name (mlp, linear, gbt, blend). */
  /** logloss: classes only, the score auto chose on (stages/select.ts); weights: the blend's, by member (0: left out). */
  candidates: Array<{ name: string; validationScore: number; logloss?: number; seconds: number; weights?: Record<string, number> }>;
  /** Why the winner won, in one line. */
  reason: string;
}
