import * as core from '@actions/core';
import { maskCredentials } from './auth/credentials.js';
import { parseDataLocation, type DataLocation } from './backends/data/location.js';
import { BASELINE_KEY_PREFIX, Input } from './constants.js';
import type { IngressSettings } from './clients/cloud-functions.js';
import type { BackendChoice } from './ml/tf.js';
import type { MetricName, Task } from './ml/types.js';
import { checkMetricFits } from './stages/evaluate.js';
import type { RollbackTarget } from './stages/rollback.js';
import type { RegressionPolicy } from './stages/compare.js';
import { checkColumnSelection } from './stages/validate.js';
import { DEFAULT_TRAINING_SETTINGS, readTrainingSettings, type TrainingSettings } from './model-config.js';
import { UserError } from './util/errors.js';
import { parseBoolean, parseChoice, parseDuration, parseList, parseNumberInput } from './util/parse.js';
import { safeSegment } from './util/paths.js';
import { checkInsideWorkspace } from './util/workspace.js';

export type DeployMode = 'auto' | 'true' | 'false';
export type DeployTarget = 'cloud-functions' | 'local';

/** Where the model trains: in this process, or in a Vertex AI custom job. */
export type ComputeChoice =
  | { kind: 'runner' }
  | {
      kind: 'vertex-ai';
      machineType: string;
      image: string;
      /** The job's identity; null: Vertex AI's default. */
      serviceAccount: string | null;
      timeoutMs: number;
    };

/** A Node.js image from Docker Hub, which Vertex AI pulls from as it does from Artifact Registry. */
export const DEFAULT_TRAINING_IMAGE = 'docker.io/library/node:24-slim';

/** Every input, parsed and cross-checked: the only place that calls core.getInput. */
export interface Inputs {
  /** false: nothing is trained; the baseline's model scores `score`. */
  train: boolean;
  /** The data input, or the query input's BigQuery query; null only when train is false. */
  data: DataLocation | null;
  /** A BigQuery query processing more (by its dry run) is refused, and BigQuery bills at most this; null: no cap. */
  maxBytesBilled: number | null;
  /** The column to predict; empty only when train is false. */
  label: string;
  /** Rows to predict once the model is trained (or, train false, with the baseline's model); null: none. */
  score: DataLocation | null;
  /** A column of `score` copied into each prediction, to join them back. */
  scoreIdColumn: string | null;
  features: string[];
  exclude: string[];
  task: Task | 'auto';
  settings: TrainingSettings;
  /** max-training-time in seconds, over every candidate family; null: no limit. */
  maxTrainingSeconds: number | null;
  /** Paths (data, model-config) may resolve outside the workspace; false refuses them. */
  allowOutsideWorkspace: boolean;
  seed: number;
  holdout: number;
  backend: BackendChoice;
  compute: ComputeChoice;
  /** The model to train, or auto: each, keeping the best on rows of the training split it did not train on. */
  model: 'auto' | 'mlp' | 'linear' | 'gbt' | 'blend';
  metric: MetricName | 'auto';
  minMetric: number | null;
  maxRegression: number;
  onRegression: RegressionPolicy;
  /** point: the point difference decides; significant: the paired bootstrap interval of it. */
  gate: 'point' | 'significant';
  /** Of the paired interval, e.g. 0.95. */
  confidence: number;
  /** The distribution distance (0 to 1) beyond which a feature counts as drifted; null reports drift only. */
  maxDrift: number | null;
  onDrift: 'warn' | 'fail';
  baselineKey: string;
  skipUnchanged: boolean;
  deploy: DeployMode;
  deployTarget: DeployTarget;
  functionName: string;
  region: string;
  projectId: string | null;
  /** The service-account key, already registered as a secret; null means Application Default Credentials. */
  credentials: string | null;
  runtime: string;
  memory: string;
  maxInstances: number | null;
  /** null leaves the function's variables as they are; {} clears them. */
  envVars: Record<string, string> | null;
  /** The next five: null leaves the function's setting as it is. */
  minInstances: number | null;
  /** The function's runtime service account (an email). */
  serviceAccount: string | null;
  ingress: IngressSettings | null;
  /** Per request, in seconds. */
  timeoutSeconds: number | null;
  concurrency: number | null;
  /** The share of traffic a checked new revision takes (0: all of it), until `promote` or a later deploy. */
  canaryPercent: number;
  /** Move all traffic to the canary an earlier run left, instead of training. */
  promote: boolean;
  /** Redeploy an earlier run's model instead of training: the one that served before the current one, or a run id. */
  rollbackTo: RollbackTarget | null;
  deployTimeoutMs: number;
  allowUnauthenticated: boolean;
  artifactBucket: string | null;
  githubToken: string;
  comment: boolean;
}

const METRICS: readonly (MetricName | 'auto')[] = ['auto', 'accuracy', 'f1', 'auc', 'rmse', 'mae', 'r2'];

/** Cloud Functions v2 names: a letter first, then lower-case letters, digits and hyphens, no hyphen last. */
const FUNCTION_NAME = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
const RUNTIME = /^nodejs[0-9]+$/;
const MEMORY = /^[0-9]+(?:Mi|Gi|M|G)$/;
const BUCKET = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** Every service account's email ends so: iam. (user-made), developer. (Compute Engine default), appspot. */
/** Compute Engine machine types as Vertex AI takes them: n2-standard-4, e2-highmem-16, a2-highgpu-1g. */
const MACHINE_TYPE = /^[a-z][a-z0-9]*-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SERVICE_ACCOUNT = /^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.gserviceaccount\.com$/;
/** ingress as gcloud's --ingress-settings spells it → the API's enum. */
const INGRESS: Record<string, IngressSettings> = {
  all: 'ALLOW_ALL',
  'internal-only': 'ALLOW_INTERNAL_ONLY',
  'internal-and-gclb': 'ALLOW_INTERNAL_AND_GCLB',
};

export async function readInputs(workspace: string): Promise<Inputs> {
  const text = (name: Input): string => core.getInput(name).trim();
  // Secrets first, in every form a file read later could echo: registered before any other input is read.
  const credentials = core.getInput(Input.Credentials);
  maskCredentials(credentials, core.setSecret);
  const githubToken = core.getInput(Input.GithubToken);
  if (githubToken !== '') core.setSecret(githubToken);

  const train = parseBoolean(Input.Train, text(Input.Train) || 'true');
  const score = text(Input.Score) === '' ? null : parseDataLocation(text(Input.Score), Input.Score);
  const scoreIdColumn = text(Input.ScoreIdColumn) || null;
  if (scoreIdColumn !== null && score === null) {
    throw new UserError(`Input '${Input.ScoreIdColumn}' names a column of the rows to score, but 'score' is empty. Set score, or remove score-id-column.`);
  }
  if (!train && score === null) {
    throw new UserError(`Input '${Input.Train}': false trains nothing, so it needs 'score' (rows for the baseline's model to predict). Set score, or set train to true.`);
  }
  // Without training, the training data and label are not read: a scoring step need not name them.
  const { data, maxBytesBilled } = readDataInputs(text, train);
  const label = train ? required(Input.Label, text(Input.Label)) : '';
  const features = parseList(text(Input.Features));
  const exclude = parseList(text(Input.Exclude));
  checkColumnSelection(label, features, exclude);
  const task = parseChoice(Input.Task, text(Input.Task) || 'auto', ['auto', 'classification', 'regression'] as const);

  const allowOutsideWorkspace = parseBoolean(Input.AllowOutsideWorkspace, text(Input.AllowOutsideWorkspace) || 'false');
  const configPath = text(Input.ModelConfig);
  const settings = configPath
    ? await readTrainingSettings(
        await checkInsideWorkspace({ workspace, allowOutside: allowOutsideWorkspace }, Input.ModelConfig, configPath),
        configPath,
      )
    : { ...DEFAULT_TRAINING_SETTINGS };
  const epochs = text(Input.Epochs);
  if (epochs !== '') settings.epochs = parseNumberInput(Input.Epochs, epochs, { integer: true, min: 1, max: 10_000 });

  const maxTrainingText = text(Input.MaxTrainingTime);
  // A job runs for at most 6 hours on GitHub-hosted runners.
  const maxTrainingSeconds = maxTrainingText === '' ? null : parseDuration(Input.MaxTrainingTime, maxTrainingText, { min: 1, max: 6 * 3600 });

  const metric = parseChoice(Input.Metric, text(Input.Metric) || 'auto', METRICS);
  if (metric !== 'auto' && task !== 'auto') checkMetricFits(metric, task);
  const minMetricText = text(Input.MinMetric);
  const minMetric = minMetricText === '' ? null : parseNumberInput(Input.MinMetric, minMetricText);
  // The metric is known now unless both are auto; then main.ts checks once the task is inferred.
  const knownMetric = metric !== 'auto' ? metric : task === 'auto' ? null : DEFAULT_METRIC[task];
  if (knownMetric) checkMinMetric(knownMetric, minMetric);

  const functionName = text(Input.FunctionName) || 'ml-model';
  if (!FUNCTION_NAME.test(functionName)) {
    throw new UserError(
      `Input 'function-name': '${functionName}' is not a valid function name. Use lower-case letters, digits and hyphens, starting with a letter, at most 63 characters (e.g. penguins-classifier).`,
    );
  }
  const deployTarget = parseChoice(Input.DeployTarget, text(Input.DeployTarget) || 'cloud-functions', [
    'cloud-functions',
    'local',
  ] as const);
  const deploy = parseChoice(Input.Deploy, text(Input.Deploy) || 'auto', ['auto', 'true', 'false'] as const);

  const region = text(Input.Region) || 'us-central1';
  matches(Input.Region, region, REGION, 'a region such as us-central1 or europe-west1');
  const runtime = text(Input.Runtime) || 'nodejs22';
  matches(Input.Runtime, runtime, RUNTIME, 'a Node.js runtime id such as nodejs22');
  const memory = text(Input.Memory) || '512Mi';
  matches(Input.Memory, memory, MEMORY, 'a size such as 512Mi or 1Gi');
  const projectId = text(Input.ProjectId) || null;
  if (projectId) matches(Input.ProjectId, projectId, PROJECT_ID, 'a project id such as my-project-123');
  const artifactBucket = text(Input.ArtifactBucket).replace(/^gs:\/\//, '').replace(/\/$/, '') || null;
  if (artifactBucket) matches(Input.ArtifactBucket, artifactBucket, BUCKET, 'a bucket name such as my-models');

  const optionalInteger = (input: Input, min: number, max: number): number | null =>
    text(input) === '' ? null : parseNumberInput(input, text(input), { integer: true, min, max });
  const maxInstances = optionalInteger(Input.MaxInstances, 1, 1000);
  const minInstances = optionalInteger(Input.MinInstances, 0, 1000);
  if (minInstances !== null && maxInstances !== null && minInstances > maxInstances) {
    throw new UserError(
      `Input '${Input.MinInstances}': ${minInstances} is more than max-instances (${maxInstances}). Lower min-instances or raise max-instances.`,
    );
  }
  const serviceAccount = text(Input.ServiceAccount) || null;
  if (serviceAccount) {
    matches(Input.ServiceAccount, serviceAccount, SERVICE_ACCOUNT, 'a service account email such as predictor@my-project.iam.gserviceaccount.com');
  }
  const ingressText = text(Input.Ingress);
  const ingress = ingressText === '' ? null : INGRESS[parseChoice(Input.Ingress, ingressText, Object.keys(INGRESS))] ?? null;

  const canaryPercent = optionalInteger(Input.CanaryPercent, 0, 99) ?? 0;
  const promote = parseBoolean(Input.Promote, text(Input.Promote) || 'false');
  if ((canaryPercent > 0 || promote) && deployTarget !== 'cloud-functions') {
    const input = promote ? Input.Promote : Input.CanaryPercent;
    throw new UserError(`Input '${input}' splits Cloud Run traffic: it needs deploy-target: cloud-functions, not ${deployTarget}.`);
  }
  if (promote && deploy === 'false') {
    throw new UserError(`Input 'promote': true moves traffic, which deploy: false forbids. Set deploy to auto or true.`);
  }
  const rollbackText = text(Input.RollbackTo);
  const rollbackTo: RollbackTarget | null =
    rollbackText === ''
      ? null
      : rollbackText === 'previous'
        ? { kind: 'previous' }
        : { kind: 'run', runId: safeSegment(`Input '${Input.RollbackTo}' (previous or a run id)`, rollbackText) };
  if (rollbackTo && promote) {
    throw new UserError(`Input '${Input.RollbackTo}' and promote: true both say what serves: set only one of them.`);
  }
  if (rollbackTo && deploy === 'false') {
    throw new UserError(`Input '${Input.RollbackTo}' deploys an earlier run's model, which deploy: false forbids. Set deploy to auto or true.`);
  }

  const compute = data === null ? { kind: 'runner' as const } : readCompute(text, data, artifactBucket);
  if (!train && (promote || rollbackTo)) {
    throw new UserError(`Input '${Input.Train}': false scores with the baseline's model; promote and rollback-to change what serves instead. Set only one of them.`);
  }

  const inputs: Inputs = {
    train,
    data,
    maxBytesBilled,
    label,
    score,
    scoreIdColumn,
    features,
    exclude,
    task,
    settings,
    maxTrainingSeconds,
    allowOutsideWorkspace,
    seed: parseNumberInput(Input.Seed, text(Input.Seed) || '42', { integer: true, min: 0, max: 2 ** 31 - 1 }),
    holdout: parseNumberInput(Input.Holdout, text(Input.Holdout) || '0.2', { min: 0.05, max: 0.5 }),
    backend: parseChoice(Input.Backend, text(Input.Backend) || 'auto', ['auto', 'tensorflow', 'wasm', 'cpu'] as const),
    compute,
    model: parseChoice(Input.Model, text(Input.Model) || 'auto', ['auto', 'mlp', 'linear', 'gbt', 'blend'] as const),
    metric,
    minMetric,
    maxRegression: parseNumberInput(Input.MaxRegression, text(Input.MaxRegression) || '0', { min: 0 }),
    onRegression: parseChoice(Input.OnRegression, text(Input.OnRegression) || 'fail', [
      'fail',
      'skip-deploy',
      'warn',
    ] as const),
    gate: parseChoice(Input.Gate, text(Input.Gate) || 'point', ['point', 'significant'] as const),
    confidence: parseNumberInput(Input.Confidence, text(Input.Confidence) || '0.95', { min: 0.5, max: 0.999 }),
    maxDrift: text(Input.MaxDrift) ? parseNumberInput(Input.MaxDrift, text(Input.MaxDrift), { min: 0, max: 1 }) : null,
    onDrift: parseChoice(Input.OnDrift, text(Input.OnDrift) || 'warn', ['warn', 'fail'] as const),
    baselineKey: text(Input.BaselineKey) || `${BASELINE_KEY_PREFIX}${functionName}`,
    skipUnchanged: parseBoolean(Input.SkipUnchanged, text(Input.SkipUnchanged) || 'false'),
    deploy,
    deployTarget,
    functionName,
    region,
    projectId,
    credentials: credentials.trim() === '' ? null : credentials.trim(),
    runtime,
    memory,
    maxInstances,
    envVars: text(Input.EnvVars) ? parseEnvVars(text(Input.EnvVars)) : null,
    minInstances,
    serviceAccount,
    ingress,
    // 2nd gen HTTP functions take up to 60 minutes per request.
    timeoutSeconds: optionalInteger(Input.Timeout, 1, 3600),
    concurrency: optionalInteger(Input.Concurrency, 1, 1000),
    canaryPercent,
    promote,
    rollbackTo,
    deployTimeoutMs:
      parseNumberInput(Input.DeployTimeout, text(Input.DeployTimeout) || '900', { integer: true, min: 30, max: 3600 }) * 1000,
    allowUnauthenticated: parseBoolean(Input.AllowUnauthenticated, text(Input.AllowUnauthenticated) || 'false'),
    artifactBucket,
    githubToken,
    comment: parseBoolean(Input.Comment, text(Input.Comment) || 'true'),
  };
  // The key names a folder whose save replaces it whole: '.' or '..' would replace every other baseline.
  safeSegment(`Input '${Input.BaselineKey}'`, inputs.baselineKey);
  return inputs;
}

/** compute and the inputs of a Vertex AI job: one block, read only when compute is vertex-ai. */
function readCompute(text: (name: Input) => string, data: DataLocation, artifactBucket: string | null): ComputeChoice {
  const kind = parseChoice(Input.Compute, text(Input.Compute) || 'runner', ['runner', 'vertex-ai'] as const);
  if (kind === 'runner') return { kind };
  if (data.kind === 'local') {
    throw new UserError(
      `Input '${Input.Compute}': vertex-ai trains in Google Cloud, where the job reads the data from Cloud Storage, but data is the local path '${data.path}'. ` +
        'Copy the data to a bucket (gcloud storage cp) and set data to its gs:// location, or use compute: runner.',
    );
  }
  if (data.kind !== 'gcs' && artifactBucket === null) {
    const named = data.kind === 'bigquery-table' ? `data is the BigQuery table ${data.uri}` : 'the data is a BigQuery query';
    throw new UserError(
      `Input '${Input.ArtifactBucket}': compute: vertex-ai hands the job BigQuery data as a copy of the rows the runner read, staged in the artifact bucket, ` +
        `and ${named}, so there is no data bucket to stage it in. Set artifact-bucket to a bucket the job's service account can read (e.g. my-models), or use compute: runner.`,
    );
  }
  const machineType = text(Input.MachineType) || 'n2-standard-4';
  matches(Input.MachineType, machineType, MACHINE_TYPE, 'a Compute Engine machine type such as n2-standard-4 or n2-highmem-16');
  const image = text(Input.TrainingImage) || DEFAULT_TRAINING_IMAGE;
  if (/\s/.test(image)) throw new UserError(`Input '${Input.TrainingImage}': '${image}' is not a container image URI (it holds a space).`);
  const serviceAccount = text(Input.TrainingServiceAccount) || null;
  if (serviceAccount) {
    matches(Input.TrainingServiceAccount, serviceAccount, SERVICE_ACCOUNT, 'a service account email such as trainer@my-project.iam.gserviceaccount.com');
  }
  // Vertex AI's own limit on a custom job is 7 days.
  const timeoutSeconds = parseNumberInput(Input.TrainingTimeout, text(Input.TrainingTimeout) || '3600', { integer: true, min: 60, max: 604_800 });
  return { kind, machineType, image, serviceAccount, timeoutMs: timeoutSeconds * 1000 };
}

/** What each metric can be: a bar outside it could never pass, or always would. */
const METRIC_RANGES: Record<MetricName, { min: number; max: number; hint: string }> = {
  accuracy: { min: 0, max: 1, hint: 'a share: 0.9 means 90%' },
  f1: { min: 0, max: 1, hint: 'a share: 0.8 is good for most tasks' },
  auc: { min: 0, max: 1, hint: '0.5 is chance, 1 perfect' },
  logloss: { min: 0, max: Number.POSITIVE_INFINITY, hint: 'lower is better' },
  rmse: { min: 0, max: Number.POSITIVE_INFINITY, hint: "in the label's units, lower is better" },
  mae: { min: 0, max: Number.POSITIVE_INFINITY, hint: "in the label's units, lower is better" },
  r2: { min: Number.NEGATIVE_INFINITY, max: 1, hint: '1 is perfect, 0 no better than the mean' },
};

/** The metric the gate uses under metric: auto, once the task is known (as resolvePrimaryMetric decides). */
const DEFAULT_METRIC: Record<Task, MetricName> = { classification: 'accuracy', regression: 'rmse' };

/** Refuses a min-metric the metric can never reach (accuracy 5) or can never miss (rmse -1), before training. */
export function checkMinMetric(metric: MetricName, minMetric: number | null): void {
  if (minMetric === null) return;
  const { min, max, hint } = METRIC_RANGES[metric];
  if (minMetric < min || minMetric > max) {
    const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : min === Number.NEGATIVE_INFINITY ? `at most ${max}` : `from ${min} to ${max}`;
    throw new UserError(
      `Input 'min-metric': ${minMetric} is not a possible ${metric}, which is ${range} (${hint}). Set min-metric in that range.`,
    );
  }
}

/** KEY=VALUE per line or comma; keys as Cloud Run accepts them. Values may hold '=' but not ',' (use lines). */
function parseEnvVars(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  parseList(text).forEach((item, index) => {
    const equals = item.indexOf('=');
    const key = equals > 0 ? item.slice(0, equals).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      // The value is not echoed: environment variables often carry secrets.
      throw new UserError(
        `Input 'env-vars': item ${index + 1} is not KEY=VALUE with a key of letters, digits and underscores. Write one KEY=VALUE per line.`,
      );
    }
    variables[key] = item.slice(equals + 1).trim();
  });
  return variables;
}

/** data, or query (BigQuery standard SQL) instead of it, and max-bytes-billed, which caps a query. */
/** data or query, and the cap on a query; without training (train: false) neither is read. */
function readDataInputs(text: (name: Input) => string, train: boolean): { data: DataLocation | null; maxBytesBilled: number | null } {
  if (!train) return { data: null, maxBytesBilled: null };
  const query = text(Input.Query);
  const dataText = text(Input.Data);
  if (query !== '' && dataText !== '') {
    throw new UserError(
      `Input 'query': query and data both say where the data is: set data to a path, gs:// or bq:// location, or query to a BigQuery query, not both.`,
    );
  }
  const data: DataLocation = query === '' ? parseDataLocation(required(Input.Data, dataText)) : { kind: 'bigquery-query', query };
  const capText = text(Input.MaxBytesBilled);
  const maxBytesBilled = capText === '' ? null : parseByteSize(Input.MaxBytesBilled, capText);
  return { data, maxBytesBilled };
}

const BYTE_UNITS: Record<string, number> = { '': 1, B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KIB: 2 ** 10, MIB: 2 ** 20, GIB: 2 ** 30, TIB: 2 ** 40 };

/** A byte count: 10000000000, 10GB, 500 MB or 1TiB (KB, MB, GB, TB decimal as BigQuery bills; KiB... binary). */
function parseByteSize(input: Input, text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text);
  const factor = BYTE_UNITS[(match?.[2] ?? '').toUpperCase()];
  const bytes = match && factor !== undefined ? Math.floor(Number(match[1]) * factor) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UserError(
      `Input '${input}': '${text}' is not a byte count. Write a number of bytes or one with a unit: 10GB, 500MB, 1TB (decimal, as BigQuery bills) or 10GiB.`,
    );
  }
  return bytes;
}

function required(input: Input, value: string): string {
  if (value === '') {
    const alternative = input === Input.Data ? ' (or set query to a BigQuery query instead)' : '';
    throw new UserError(`Input '${input}' is required and was empty. Set it in the step's 'with:' block${alternative}.`);
  }
  return value;
}

function matches(input: Input, value: string, pattern: RegExp, expected: string): void {
  if (!pattern.test(value)) throw new UserError(`Input '${input}': '${value}' is not ${expected}.`);
}
