import type { MetricName, Task } from '../../ml/types.js';

/** The last accepted run: what the next run is compared with. */
export interface BaselineRecord {
  formatVersion: 1;
  key: string;
  runId: string;
  commit: string | null;
  createdAt: string;
  task: Task;
  primaryMetric: MetricName;
  metrics: Record<string, number>;
  dataFingerprint: string;
  rows: number;
  /** Column name → numeric | categorical, to name what changed between runs. */
  schema: Record<string, string>;
}

export interface RestoredBaseline {
  record: BaselineRecord;
  /** The baseline's model bundle (model.json, weights.bin, preprocessing.json, card.json). */
  modelDir: string;
  /** Where it came from, for the log. */
  source: string;
}

/** Where baselines live: a folder in the workspace locally, the Actions cache on a runner. */
export interface BaselineStore {
  readonly description: string;
  restore(key: string): Promise<RestoredBaseline | null>;
  /** True when the baseline now is this record; false when saving failed (already reported as a warning). */
  save(record: BaselineRecord, modelDir: string): Promise<boolean>;
}
