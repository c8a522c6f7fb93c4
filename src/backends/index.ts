import { join } from 'node:path';
import type { Storage } from '@google-cloud/storage';
import type { GoogleCredentials } from '../auth/credentials.js';
import { Input, STATE_DIR } from '../constants.js';
import type { Inputs } from '../inputs.js';
import type { RunContext } from '../run-context.js';
import { UserError } from '../util/errors.js';
import { within } from '../util/paths.js';
import { GcsArtifactStore } from './artifacts/gcs.js';
import { LocalArtifactStore } from './artifacts/local.js';
import type { ArtifactStore } from './artifacts/types.js';
import { ActionsCacheBaselineStore, cacheServiceAvailable } from './baseline/actions-cache.js';
import { LocalDirBaselineStore } from './baseline/local-dir.js';
import type { BaselineStore } from './baseline/types.js';
import { RunnerCompute } from './compute/runner.js';
import type { Compute } from './compute/types.js';
import { VertexCompute, type JobData } from './compute/vertex.js';
import { vertexEndpoint } from '../clients/vertex-ai.js';
import { BigQueryClient } from '../clients/bigquery.js';
import { BigQueryDataSource } from './data/bigquery.js';
import { GcsDataSource } from './data/gcs.js';
import { LocalDataSource } from './data/local.js';
import type { DataLocation } from './data/location.js';
import type { DataSource } from './data/types.js';
import { CloudFunctionsDeployer } from './deploy/cloud-functions.js';
import { LocalDeployer } from './deploy/local.js';
import type { Deployer } from './deploy/types.js';
import { CompositeReporter } from './report/composite.js';
import { FileReporter } from './report/file.js';
import { JobSummaryReporter } from './report/job-summary.js';
import { PullRequestCommentReporter } from './report/pr-comment.js';
import type { Reporter } from './report/types.js';

/** The implementations this run uses, picked once from the inputs and the environment. */
export interface Backends {
  /** The training data; null only when train is false. */
  data: DataSource | null;
  /** The rows to predict (the score input); null without one. */
  score: DataSource | null;
  baseline: BaselineStore;
  artifacts: ArtifactStore;
  /** Where the model trains. */
  compute: Compute;
  /** null when deploy is false (or train is false) and the target needs what this run does not have (credentials). */
  deployer: Deployer | null;
  reporter: Reporter;
  /** Where this run's model and records are written before they are published. */
  artifactDir(runId: string): string;
  /** Where the function source for this run is assembled. */
  functionSourceDir(runId: string): string;
  /** Where this run copies the artifacts of the run it rolls back to. */
  rollbackDir(runId: string): string;
}

/** What a run that talks to Google Cloud has once it is authenticated. */
export interface GoogleCloud {
  credentials: GoogleCredentials;
  /** The project-id input, else the key's project_id, else the environment's project. */
  projectId: string | null;
  storage: Storage;
}

/** Whether this run talks to Google Cloud at all: credentials are resolved only then. */
export function needsGoogleCloud(inputs: Inputs): boolean {
  return (
    (inputs.data !== null && inputs.data.kind !== 'local') ||
    (inputs.score !== null && inputs.score.kind !== 'local') ||
    (inputs.artifactBucket !== null && inputs.train) ||
    inputs.compute.kind === 'vertex-ai' ||
    (inputs.deployTarget === 'cloud-functions' && inputs.deploy !== 'false' && inputs.train)
  );
}

/** `warn` reports what goes wrong without failing the run (the Actions cache); main.ts passes core.warning. */
export function chooseBackends(
  inputs: Inputs,
  context: RunContext,
  cloud: GoogleCloud | null,
  warn: (message: string) => void,
): Backends {
  const state = join(context.workspace, STATE_DIR);
  const denied = { projectId: cloud?.projectId ?? null, principal: cloud?.credentials.principal ?? null };
  const { data } = inputs;
  // train: false publishes nothing (its predictions stay in the workspace): no bucket, and no credentials for one.
  const artifactBucket = inputs.train ? (inputs.artifactBucket ?? (data?.kind === 'gcs' ? data.bucket : null)) : null;
  const artifactsRoot = join(state, 'artifacts');
  const dataSource = data && chooseDataSource(data, Input.Data, inputs, context, cloud);
  return {
    data: dataSource,
    score: inputs.score && chooseDataSource(inputs.score, Input.Score, inputs, context, cloud),
    // On a runner the Actions cache keeps baselines between runs; elsewhere (a local run) the workspace does.
    baseline: cacheServiceAvailable(process.env)
      ? new ActionsCacheBaselineStore({ root: join(state, 'baseline-cache'), warn })
      : new LocalDirBaselineStore(join(state, 'baselines'), warn),
    artifacts: artifactBucket ? new GcsArtifactStore(requireCloud(cloud).storage, artifactBucket, { denied }) : new LocalArtifactStore(artifactsRoot),
    compute: chooseCompute(inputs, context, cloud, artifactBucket, dataSource),
    deployer: chooseDeployer(inputs, context, state, cloud),
    reporter: chooseReporter(inputs, context, state, warn),
    // Each name a single segment confined to its own folder, so no run can write over another's.
    artifactDir: (runId) => within(within(artifactsRoot, inputs.functionName), runId),
    functionSourceDir: (runId) => within(within(join(state, 'functions'), inputs.functionName), runId),
    rollbackDir: (runId) => within(within(join(state, 'rollback'), inputs.functionName), runId),
  };
}

function chooseCompute(
  inputs: Inputs,
  context: RunContext,
  cloud: GoogleCloud | null,
  bucket: string | null,
  source: DataSource | null,
): Compute {
  const { compute, data } = inputs;
  const choice = { model: inputs.model, settings: inputs.settings, seed: inputs.seed };
  if (compute.kind === 'runner') return new RunnerCompute(choice);
  // readInputs refused vertex-ai with local data, and with BigQuery data but no artifact-bucket to stage it in.
  const jobData: JobData | null =
    data?.kind === 'gcs'
      ? data
      : source instanceof BigQueryDataSource
        ? { kind: 'staged', rows: () => source.rows() }
        : null;
  if (jobData === null || bucket === null) throw new Error('compute: vertex-ai reached chooseBackends without gs:// or BigQuery data and a bucket');
  const { credentials, projectId } = requireCloud(cloud);
  if (!projectId) {
    throw new UserError(
      `Input 'project-id': no Google Cloud project is known for the Vertex AI job (compute: vertex-ai). Set project-id, use a key that has project_id, or set GOOGLE_CLOUD_PROJECT.`,
    );
  }
  const { machineType, image, serviceAccount, timeoutMs } = compute;
  return new VertexCompute({
    machineType,
    image,
    serviceAccount,
    timeoutMs,
    project: projectId,
    location: inputs.region,
    authClient: credentials.authClient,
    storage: requireCloud(cloud).storage,
    bucket,
    functionName: inputs.functionName,
    data: jobData,
    holdout: inputs.holdout,
    choice,
    backend: inputs.backend,
    trainerBundle: context.trainerBundle,
    vertexEndpoint: vertexEndpoint(inputs.region),
    denied: { projectId, principal: credentials.principal },
  });
}

/** Training data and rows to score are read the same way; messages name the input (`input`) that named them. */
function chooseDataSource(location: DataLocation, input: Input, inputs: Inputs, context: RunContext, cloud: GoogleCloud | null): DataSource {
  if (location.kind === 'local') {
    return new LocalDataSource(location.path, context.workspace, { allowOutsideWorkspace: inputs.allowOutsideWorkspace, input });
  }
  const { storage, credentials, projectId } = requireCloud(cloud);
  const denied = { projectId, principal: credentials.principal };
  if (location.kind === 'gcs') return new GcsDataSource(location, storage, { denied, input });
  return new BigQueryDataSource(location, new BigQueryClient({ authClient: credentials.authClient }), {
    jobProject: projectId,
    maxBytesBilled: inputs.maxBytesBilled,
    denied,
  });
}

/** The job summary (a file off a runner), and on a pull request also its comment when comment and a token allow. */
function chooseReporter(inputs: Inputs, context: RunContext, state: string, warn: (message: string) => void): Reporter {
  const summary = context.hasStepSummary ? new JobSummaryReporter() : new FileReporter(within(join(state, 'reports'), `${context.runId}.md`));
  const pr = context.pullRequest;
  if (!inputs.comment || !pr || inputs.githubToken === '') return summary;
  const comment = new PullRequestCommentReporter({
    token: inputs.githubToken,
    apiUrl: context.apiUrl,
    owner: pr.owner,
    repo: pr.repo,
    pullNumber: pr.number,
    functionName: inputs.functionName,
    fromFork: pr.fromFork,
    warn,
  });
  return new CompositeReporter([summary, comment]);
}

function chooseDeployer(inputs: Inputs, context: RunContext, state: string, cloud: GoogleCloud | null): Deployer | null {
  if (inputs.deployTarget === 'local') {
    return new LocalDeployer({ stateDir: join(state, 'serve'), frameworkCli: context.frameworkCli });
  }
  // train: false deploys nothing: it needs no deployer, nor the credentials for one.
  if (inputs.deploy === 'false' || !inputs.train) return null;
  const { credentials, projectId } = requireCloud(cloud);
  if (!projectId) {
    throw new UserError(
      `Input 'project-id': no Google Cloud project is known for the deploy. Set project-id, use a key that has project_id, or set GOOGLE_CLOUD_PROJECT.`,
    );
  }
  return new CloudFunctionsDeployer({
    project: projectId,
    region: inputs.region,
    functionName: inputs.functionName,
    runtime: inputs.runtime,
    memory: inputs.memory,
    maxInstances: inputs.maxInstances,
    environmentVariables: inputs.envVars,
    minInstances: inputs.minInstances,
    serviceAccount: inputs.serviceAccount,
    ingress: inputs.ingress,
    timeoutSeconds: inputs.timeoutSeconds,
    concurrency: inputs.concurrency,
    canaryPercent: inputs.canaryPercent,
    allowUnauthenticated: inputs.allowUnauthenticated,
    deadlineMs: inputs.deployTimeoutMs,
    authClient: credentials.authClient,
    principal: credentials.principal,
  });
}

/** needsGoogleCloud decided this run authenticates exactly when a backend below needs it. */
function requireCloud(cloud: GoogleCloud | null): GoogleCloud {
  if (!cloud) throw new Error('A Google Cloud backend was chosen without credentials');
  return cloud;
}
