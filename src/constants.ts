/** Input names: the action's public interface, spelled exactly as action.yml declares them. */
export enum Input {
  Data = 'data',
  Query = 'query',
  MaxBytesBilled = 'max-bytes-billed',
  Label = 'label',
  Features = 'features',
  Exclude = 'exclude',
  Task = 'task',
  Model = 'model',
  ModelConfig = 'model-config',
  AllowOutsideWorkspace = 'allow-outside-workspace',
  Epochs = 'epochs',
  MaxTrainingTime = 'max-training-time',
  Seed = 'seed',
  Holdout = 'holdout',
  Backend = 'backend',
  Compute = 'compute',
  MachineType = 'machine-type',
  TrainingImage = 'training-image',
  TrainingServiceAccount = 'training-service-account',
  TrainingTimeout = 'training-timeout',
  Metric = 'metric',
  MinMetric = 'min-metric',
  MaxRegression = 'max-regression',
  OnRegression = 'on-regression',
  Gate = 'gate',
  Confidence = 'confidence',
  MaxDrift = 'max-drift',
  OnDrift = 'on-drift',
  BaselineKey = 'baseline-key',
  SkipUnchanged = 'skip-unchanged',
  Deploy = 'deploy',
  DeployTarget = 'deploy-target',
  FunctionName = 'function-name',
  Region = 'region',
  ProjectId = 'project-id',
  Credentials = 'credentials',
  Runtime = 'runtime',
  Memory = 'memory',
  MaxInstances = 'max-instances',
  EnvVars = 'env-vars',
  MinInstances = 'min-instances',
  ServiceAccount = 'service-account',
  Ingress = 'ingress',
  Timeout = 'timeout',
  Concurrency = 'concurrency',
  CanaryPercent = 'canary-percent',
  Promote = 'promote',
  RollbackTo = 'rollback-to',
  DeployTimeout = 'deploy-timeout',
  AllowUnauthenticated = 'allow-unauthenticated',
  ArtifactBucket = 'artifact-bucket',
  GithubToken = 'github-token',
  Comment = 'comment',
  Train = 'train',
  Score = 'score',
  ScoreIdColumn = 'score-id-column',
}

export enum Output {
  TriggerUrl = 'trigger-url',
  Accuracy = 'accuracy',
  Metric = 'metric',
  Metrics = 'metrics',
  BaselineMetrics = 'baseline-metrics',
  Improved = 'improved',
  Deployed = 'deployed',
  ModelUri = 'model-uri',
  FunctionName = 'function-name',
  DataFingerprint = 'data-fingerprint',
  Skipped = 'skipped',
  ServingRun = 'serving-run',
  ArtifactsUri = 'artifacts-uri',
  Predictions = 'predictions',
}

/** Everything the action keeps in the workspace lives under this folder (add it to .gitignore). */
export const STATE_DIR = '.ml-pipeline';

/** Baseline keys default to this prefix and the function name. */
export const BASELINE_KEY_PREFIX = 'ml-pipeline-';

/**
 * Events after which an accepted model becomes the baseline: the default branch's own runs ('local' is a run
 * outside Actions). Pull requests compare with it but never move it.
 */
export const BASELINE_EVENTS: ReadonlySet<string> = new Set(['push', 'schedule', 'workflow_dispatch', 'local']);
