import type { Preprocessing } from '../../ml/preprocess.js';
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
  /**
   * What serves predictions for this key as of this record: the run whose model is live, its URL and model-uri.
   * Kept so that a run that does not deploy (skipped, gate failed) can still say what is serving. Absent in
   * records written before it existed, null when nothing has been deployed yet.
   */
  serving?: ServingRef | null;
  /**
   * What served before `serving` took over: what `rollback-to: previous` serves again. Absent when nothing did,
   * or in records written before it existed.
   */
  previousServing?: ServingRef | null;
  /** Each feature's distribution over this run's rows, for the next run's drift check; absent in older records. */
  distributions?: Record<string, FeatureDistribution>;
}

/**
 * Compact by design: a numeric feature is its quantile bin edges and the share of rows in each bin
 * (shares.length = edges.length + 1); a categorical one is the shares of its most frequent values, keyed by a hash
 * of the value (src/data/profile.ts textKey) so that no cell of the data is kept, and the share of all the others.
 */
export type FeatureDistribution =
  | { kind: 'numeric'; edges: number[]; shares: number[] }
  | { kind: 'categorical'; shares: Record<string, number>; other: number };

/** A deployed model: where it answers and where its artifacts are. */
export interface ServingRef {
  runId: string;
  /** Cloud Functions outlive the job; a local server lives only as long as the machine that started it. */
  target: 'cloud-functions' | 'local';
  url: string;
  modelUri: string;
  /** Cloud Functions: the Cloud Run revision that serves it, so a rollback can move traffic back to it. */
  revision?: string;
}

/** A baseline as a store hands it out: checked whole by readBaseline (validate.ts) before anything trusts it. */
export interface RestoredBaseline {
  record: BaselineRecord;
  /**
   * The baseline's model bundle (src/ml/bundle.ts) and its preprocessing;
   * null when the bundle is unusable (already warned): the run compares with the record's stored metrics.
   */
  bundle: { dir: string; preprocessing: Preprocessing } | null;
  /** Where it came from, for the log. */
  source: string;
}

/** Where baselines live: a folder in the workspace locally, the Actions cache on a runner. */
export interface BaselineStore {
  readonly description: string;
  /** The key's baseline, or null for a first run (also when it is unusable: that is warned). */
  restore(key: string): Promise<RestoredBaseline | null>;
  /** True when the baseline now is this record; false when saving failed (already reported as a warning). */
  save(record: BaselineRecord, modelDir: string): Promise<boolean>;
}
