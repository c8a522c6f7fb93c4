import type { ModelRuntime, TrainingRows } from '../../ml/family.js';
import type { RecordEncoder } from '../../ml/preprocess.js';
import type { MetricName } from '../../ml/types.js';
import type { Selection } from '../../stages/select.js';
import type { TrainCallbacks } from '../../stages/train.js';

/** Where a model was trained, as the report shows it. */
export type TrainedWhere =
  | { kind: 'runner' }
  | {
      kind: 'vertex-ai';
      /** The CustomJob's resource name. */
      job: string;
      machineType: string;
      /** From the job's creation to its end, queueing included: what the machine-hours are billed from (roughly). */
      jobSeconds: number;
    };

/** What any compute needs to train this run's model. */
export interface TrainRequest {
  /** The encoded data: its training split is what a runner trains on; a job encodes the same rows itself. */
  data: { encoder: RecordEncoder; train: TrainingRows };
  /** The split's sizes, from the profile: a job sizes its buffers with them. */
  rows: { train: number; test: number };
  primaryMetric: MetricName;
  /** The data's fingerprint: a job refuses data that changed since the runner read it. */
  fingerprint: string;
  runId: string;
  /** The TensorFlow.js backend loaded on the runner (a job loads its own). */
  runnerBackend: string;
}

export interface ComputeResult extends Selection {
  /** Training time, on the machine that trained. */
  seconds: number;
  /** The TensorFlow.js backend it trained on. */
  backend: string;
  where: TrainedWhere;
}

/** The compute port: the runner itself, or a Vertex AI custom job; chosen once in backends/index.ts. */
export interface Compute {
  /** For logs: "this runner", "Vertex AI (n2-standard-4, us-central1)". */
  readonly description: string;
  train(runtime: ModelRuntime, request: TrainRequest, callbacks: TrainCallbacks): Promise<ComputeResult>;
}
