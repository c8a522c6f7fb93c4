import type { Prediction } from '../../ml/preprocess.js';
import type { FunctionSource } from '../../stages/package.js';
import type { RawValue } from '../data/types.js';
import { UserError } from '../../util/errors.js';

export interface Deployment {
  url: string;
  functionName: string;
  /** Which deploy answers: the function source directory's name locally, the revision name on Cloud Functions. */
  revision: string;
  /** How long the check's prediction request took, end to end; absent when no prediction was checked. */
  checkLatencyMs?: number;
}

/** Instances to send to the new deployment, and the predictions the pipeline computed for them in-process. */
export interface DeploymentCheck {
  instances: Record<string, RawValue>[];
  expected: Prediction[];
}

/**
 * Where a model is served. deploy() resolves only once the new deployment answers `check` as expected; until
 * then, and when it fails, the previous deployment of the function keeps serving.
 */
export interface Deployer {
  readonly target: 'local' | 'cloud-functions';
  deploy(source: FunctionSource, check: DeploymentCheck, onProgress: (message: string) => void): Promise<Deployment>;
  /**
   * Whether `url` still answers with the model card of run `runId`. Absent where deployments outlive the job
   * (Cloud Functions); a local server lives only as long as the machine that started it.
   */
  answers?(url: string, runId: string): Promise<boolean>;
  /** Moves all traffic to the canary an earlier deploy left (Cloud Functions with canary-percent); absent locally. */
  promote?(onProgress: (message: string) => void): Promise<Deployment>;
  /**
   * Moves all traffic back to an earlier `revision` once it answers `check`; null when that revision is gone
   * (redeploy its bundle instead). Absent locally, where each deploy starts a new server.
   */
  restore?(revision: string, check: DeploymentCheck, onProgress: (message: string) => void): Promise<Deployment | null>;
}

/**
 * The new deployment did not answer its check: the step fails, the baseline stays, and (except on a first deploy,
 * which had nothing to keep) the previous deployment keeps all the traffic. The message says which.
 */
export class DeploymentRefused extends UserError {}
