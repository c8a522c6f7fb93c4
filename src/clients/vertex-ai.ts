import type { AuthClient } from 'google-auth-library';
import { apiEndpoint, callGoogleApi, type RpcStatus } from './google-api.js';

/**
 * Vertex AI custom jobs (https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs):
 * create, get and cancel, through the one request helper the other Google clients use. Nothing here logs.
 */

/** A CustomJob's state; the last four are terminal for a job that does not resume. */
export type JobState =
  | 'JOB_STATE_UNSPECIFIED'
  | 'JOB_STATE_QUEUED'
  | 'JOB_STATE_PENDING'
  | 'JOB_STATE_RUNNING'
  | 'JOB_STATE_CANCELLING'
  | 'JOB_STATE_PAUSED'
  | 'JOB_STATE_UPDATING'
  | 'JOB_STATE_SUCCEEDED'
  | 'JOB_STATE_FAILED'
  | 'JOB_STATE_CANCELLED'
  | 'JOB_STATE_EXPIRED'
  | 'JOB_STATE_PARTIALLY_SUCCEEDED';

export const TERMINAL_STATES: ReadonlySet<JobState> = new Set([
  'JOB_STATE_SUCCEEDED',
  'JOB_STATE_FAILED',
  'JOB_STATE_CANCELLED',
  'JOB_STATE_EXPIRED',
  'JOB_STATE_PARTIALLY_SUCCEEDED',
]);

export interface EnvVar {
  name: string;
  value: string;
}

export interface WorkerPoolSpec {
  machineSpec: { machineType: string };
  /** int64, which the JSON mapping writes as a string. */
  replicaCount: string;
  containerSpec: { imageUri: string; command?: string[]; args?: string[]; env?: EnvVar[] };
}

export interface CustomJobSpec {
  workerPoolSpecs: WorkerPoolSpec[];
  /** Sets AIP_MODEL_DIR (`<prefix>/model/`), AIP_CHECKPOINT_DIR and AIP_TENSORBOARD_LOG_DIR in the container. */
  baseOutputDirectory?: { outputUriPrefix: string };
  /** The identity the job runs as; the caller needs iam.serviceAccounts.actAs on it. */
  serviceAccount?: string;
  /** A Duration such as "3600s": Vertex AI cancels the job when it runs longer. */
  scheduling?: { timeout?: string };
}

export interface CustomJob {
  /** Output only: `projects/{project number}/locations/{location}/customJobs/{id}`. */
  name?: string;
  displayName: string;
  jobSpec: CustomJobSpec;
  labels?: Record<string, string>;
  state?: JobState;
  /** Set when the job failed or was cancelled (code 1, CANCELLED). */
  error?: RpcStatus;
  createTime?: string;
  startTime?: string;
  endTime?: string;
  updateTime?: string;
}

/** The regional endpoint Vertex AI serves a location from, e.g. https://us-central1-aiplatform.googleapis.com/. */
export function vertexEndpoint(location: string, env: NodeJS.ProcessEnv = process.env): string {
  return apiEndpoint('AIPLATFORM', `https://${location}-aiplatform.googleapis.com/`, env);
}

export class VertexAiClient {
  private readonly authClient: AuthClient;
  private readonly endpoint: string;

  constructor(options: { authClient: AuthClient; endpoint: string }) {
    this.authClient = options.authClient;
    this.endpoint = options.endpoint;
  }

  /** Creates the job in `parent` (`projects/{p}/locations/{l}`); Vertex AI queues it at once. */
  createCustomJob(parent: string, job: CustomJob): Promise<CustomJob> {
    return callGoogleApi<CustomJob>(this.authClient, 'POST', this.url(`${parent}/customJobs`), job);
  }

  getCustomJob(name: string): Promise<CustomJob> {
    return callGoogleApi<CustomJob>(this.authClient, 'GET', this.url(name));
  }

  /** Asks for cancellation; the job becomes JOB_STATE_CANCELLED when it succeeds (best effort, asynchronous). */
  async cancelCustomJob(name: string): Promise<void> {
    await callGoogleApi<unknown>(this.authClient, 'POST', this.url(`${name}:cancel`), {});
  }

  private url(path: string): string {
    return `${this.endpoint}v1/${path}`;
  }
}
