import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { resolveCredentials } from './auth/credentials.js';
import { encodeToStores, fitPreprocessing, type StoredData } from './data/prepare.js';
import { MemoryBudget, SpillFolder, STORE_MEMORY_BYTES } from './data/store.js';
import { profileRows, type DataProfile } from './data/profile.js';
import { HoldoutSplit } from './data/split.js';
import { readRows } from './formats/read.js';
import { createStorage } from './backends/data/gcs.js';
import { chooseBackends, needsGoogleCloud, type Backends, type GoogleCloud } from './backends/index.js';
import type { BaselineRecord, RestoredBaseline, ServingRef } from './backends/baseline/types.js';
import type { DataFile, DataSource } from './backends/data/types.js';
import { DeploymentRefused, type Deployment, type DeploymentCheck } from './backends/deploy/types.js';
import { BASELINE_EVENTS, Output } from './constants.js';
import { checkMinMetric, readInputs, type Inputs } from './inputs.js';
import { bundleFiles } from './ml/bundle.js';
import type { ModelRuntime, TrainedModel, TrainOptions, Training } from './ml/family.js';
import { loadBundleModel } from './ml/families/index.js';
import { predictRecords } from './ml/predict.js';
import { RecordEncoder } from './ml/preprocess.js';
import { loadTensorFlow } from './ml/tf.js';
import type { MetricName, PermutationImportance } from './ml/types.js';
import { readRunContext, type RunContext } from './run-context.js';
import { writeModelBundle, writePredictorModule, writeRunRecords } from './stages/artifacts.js';
import { checkMemoryBudget } from './stages/budget.js';
import { decide, type Decision } from './stages/compare.js';
import { estimateCost, type ServingConfiguration } from './stages/cost.js';
import { pairedBootstrap, selectRows } from './ml/bootstrap.js';
import { featureDistributions, measureDrift, type DriftReport } from './stages/drift.js';
import { loadChampion, rescoreChampion, type Champion } from './stages/champion.js';
import { evaluateModel, resolvePrimaryMetric, type Evaluation } from './stages/evaluate.js';
import { importanceLine, permutationImportance } from './stages/importance.js';
import { writeFunctionSource } from './stages/package.js';
import { checkInstances, fetchRollbackRun, type RollbackTarget } from './stages/rollback.js';
import { scoreSource, type ScoreReport } from './stages/score.js';
import { featureSchema, renderReport, scoreReasonText, weakModelWarning, type RunReport, type TrainingSummary } from './stages/report.js';
import { planTraining, type TrainingPlan } from './stages/validate.js';
import { Predictor } from './serving/predictor.js';
import { errorMessage, UserError } from './util/errors.js';
import { PassRate, ProgressLog } from './util/progress.js';
import { prepareRunnerFiles } from './util/runner-files.js';

/** How often training prints where it is: an epoch's end, or how far a long epoch got. */
const TRAINING_PROGRESS_MS = 10_000;

/**
 * What a run ends with, whatever path it took: the outputs are set from this alone, in one place. A gate that
 * fails is an outcome with a `failure`, not a throw, so its outputs and report are still there for later steps.
 */
export interface RunOutcome {
  functionName: string;
  fingerprint: string;
  baseline: BaselineRecord | null;
  skipped: boolean;
  /** This run's holdout metrics; on a skipped run, the baseline's. */
  metrics: Record<string, number>;
  primaryMetric: MetricName | null;
  improved: boolean;
  /** This run deployed a new model. */
  deployed: boolean;
  /** What serves predictions after this run: this run's deployment, or the one the baseline recorded. */
  serving: ServingRef | null;
  /** Where this run's own model bundle was published; null when nothing was trained. */
  artifactsUri: string | null;
  /** The step fails with this message, after the outputs and the report are written. */
  failure: string | null;
  /** Where the score rows' predictions were written, when there were any. */
  predictions?: string;
}

/** The backends of a run that trains: it has training data. */
type TrainingBackends = Backends & { data: DataSource };

/** The action: read inputs → authenticate → choose backends → fetch data → validate → train → evaluate → compare → deploy → report → save the baseline. */
/** `context` is read from the environment unless given (tests run the pipeline in process with their own). */
export async function run(context?: RunContext): Promise<void> {
  try {
    prepareRunnerFiles(process.env, core.warning);
    const outcome = await pipeline(context ?? readRunContext());
    setOutputs(outcome);
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (thrown) {
    if (thrown instanceof UserError) {
      core.setFailed(thrown.message);
    } else {
      if (thrown instanceof Error && thrown.stack) core.debug(thrown.stack);
      core.setFailed(
        `Unexpected error: ${errorMessage(thrown)}. This is a bug in ml-pipeline-action: please report it with this log (re-run with debug logging for the stack trace).`,
      );
    }
  }
}

async function pipeline(context: RunContext): Promise<RunOutcome> {
  const inputs = await readInputs(context.workspace);
  const cloud = needsGoogleCloud(inputs) ? await connectGoogleCloud(inputs) : null;
  try {
    const backends = chooseBackends(inputs, context, cloud, core.warning);
    try {
      if (!inputs.train) return await scoreWithBaseline(inputs, context, backends);
      if (!backends.data) throw new Error('a run that trains reached no data source');
      return await retrain(inputs, context, { ...backends, data: backends.data });
    } finally {
      await backends.data?.dispose?.();
      await backends.score?.dispose?.();
    }
  } finally {
    await cloud?.credentials.dispose();
  }
}

/** Authenticates with the key in `credentials`, or Application Default Credentials (Workload Identity Federation). */
async function connectGoogleCloud(inputs: Inputs): Promise<GoogleCloud> {
  const credentials = await resolveCredentials(inputs.credentials, { registerSecret: core.setSecret });
  const projectId = inputs.projectId ?? credentials.projectId;
  core.info(
    `Google Cloud: ${credentials.principal ?? 'Application Default Credentials'}` +
      (projectId ? `, project ${projectId}` : ', no project set') +
      (process.env.STORAGE_EMULATOR_HOST ? ` (Cloud Storage emulator at ${process.env.STORAGE_EMULATOR_HOST})` : '') +
      (process.env.BIGQUERY_EMULATOR_HOST ? ` (BigQuery emulator at ${process.env.BIGQUERY_EMULATOR_HOST})` : ''),
  );
  return { credentials, projectId, storage: createStorage({ authClient: credentials.authClient, projectId }) };
}

/** fetch data → validate → train → evaluate → compare → deploy → report → save the baseline. */
async function retrain(inputs: Inputs, context: RunContext, backends: TrainingBackends): Promise<RunOutcome> {
  const { files, scoreFiles, fingerprint, baseline } = await fetchData(inputs, backends);
  const report: RunReport = {
    functionName: inputs.functionName,
    runId: context.runId,
    dataDescription: backends.data.description,
    fingerprint,
    baseline: baseline?.record ?? null,
  };
  if (inputs.promote) return promote(inputs, context, backends, report, fingerprint, baseline?.record ?? null);
  if (inputs.rollbackTo) return rollback(inputs, context, backends, report, fingerprint, baseline?.record ?? null, inputs.rollbackTo);
  if (inputs.skipUnchanged && baseline?.record.dataFingerprint === fingerprint) {
    const reason = `The data is unchanged since run ${baseline.record.runId} (fingerprint ${fingerprint.slice(0, 19)}…) and skip-unchanged is true: training skipped.`;
    core.info(reason);
    await backends.reporter.publish(renderReport({ ...report, skipReason: reason }));
    return skippedOutcome(inputs, fingerprint, baseline.record, await stillServing(backends, baseline.record.serving));
  }

  const { tf, backend } = await loadTensorFlow(inputs.backend, {
    workspace: context.workspace,
    network: inputs.settings,
    log: core.info,
  });
  const runtime: ModelRuntime = { tf, debug: core.debug };
  const prepared = await prepareData(runtime, inputs, backends, files, baseline);
  Object.assign(report, { profile: prepared.profile, plan: prepared.plan, dataWarnings: prepared.data.warnings });
  const { trained, summary, judged } = await trainAndJudge(runtime, inputs, backends, { prepared, fingerprint, runId: context.runId, backend }, baseline);
  Object.assign(report, { training: summary }, judged);

  const record = baselineRecord(inputs, context, prepared, judged, fingerprint);
  const { modelDir, artifactsUri, scored } = await publishArtifacts(inputs, context, backends, { runtime, prepared, trained, summary, judged, record, backend, scoreFiles });
  if (scored) report.score = scored;

  const shipped = await deploy(inputs, context, backends, judged.decision, modelDir, trained, prepared.data);
  if ('deployment' in shipped) report.deployment = shipped.deployment;
  else report.deployNote = shipped.note;
  report.cost = estimateCost(process.uptime(), servingConfiguration(inputs, shipped));
  await backends.reporter.publish(renderReport(report));

  const deployed = 'deployment' in shipped;
  const serving = await saveBaseline(inputs, context, backends, { record, modelDir, baseline, judged, artifactsUri, deployment: deployed ? shipped.deployment : null });
  return {
    functionName: inputs.functionName,
    fingerprint,
    baseline: baseline?.record ?? null,
    skipped: false,
    metrics: judged.evaluation.metrics,
    primaryMetric: prepared.primaryMetric,
    improved: judged.decision.improved,
    deployed,
    serving,
    artifactsUri,
    ...(scored && { predictions: scored.uri }),
    failure:
      ('failure' in shipped ? shipped.failure : null) ??
      (judged.decision.action === 'fail' ? `${judged.decision.reason} ${judged.decision.remedy ?? ''}`.trim() : null),
  };
}

/** train → evaluate → compare; the encoded stores are freed once the models are judged, whatever happens. */
async function trainAndJudge(
  runtime: ModelRuntime,
  inputs: Inputs,
  backends: TrainingBackends,
  run: { prepared: Prepared; fingerprint: string; runId: string; backend: string },
  baseline: RestoredBaseline | null,
): Promise<{ trained: Training; summary: TrainingSummary; judged: Judged }> {
  try {
    const { trained, summary } = await train(runtime, inputs, backends, run);
    return { trained, summary, judged: await judge(inputs, run.prepared, trained, baseline) };
  } finally {
    run.prepared.data.dispose();
  }
}

/**
 * save the baseline: it follows what ships (a deployed model, or one that passed when deploying was not asked
 * for) and records what serves after this run; returns that.
 */
async function saveBaseline(
  inputs: Inputs,
  context: RunContext,
  backends: TrainingBackends,
  run: { record: BaselineRecord; modelDir: string; baseline: RestoredBaseline | null; judged: Judged; artifactsUri: string; deployment: Deployment | null },
): Promise<ServingRef | null> {
  const { record, baseline, deployment } = run;
  const serving = deployment ? servingRef(inputs, context.runId, deployment, run.artifactsUri) : await stillServing(backends, baseline?.record.serving);
  record.serving = serving;
  record.previousServing = deployment ? (baseline?.record.serving ?? null) : (baseline?.record.previousServing ?? null);
  const accepted = deployment !== null || (run.judged.decision.passed && inputs.deploy === 'false');
  if (accepted && BASELINE_EVENTS.has(context.eventName) && (await backends.baseline.save(record, run.modelDir))) {
    core.info(`Baseline '${inputs.baselineKey}' is now run ${context.runId} (${backends.baseline.description}).`);
  }
  return serving;
}

/** fetch data: list the files, fingerprint them, and restore the baseline they will be compared with. */
async function fetchData(
  inputs: Inputs,
  backends: TrainingBackends,
): Promise<{ files: DataFile[]; scoreFiles: DataFile[] | null; fingerprint: string; baseline: RestoredBaseline | null }> {
  const files = await backends.data.list();
  core.info(`Data: ${backends.data.description}: ${files.length} file(s).`);
  // Listed now, so a score location that cannot be read is refused before any training.
  const scoreFiles = backends.score ? await backends.score.list() : null;
  const fingerprint = await backends.data.fingerprint(files);
  const baseline = await backends.baseline.restore(inputs.baselineKey);
  core.info(
    baseline
      ? `Baseline: run ${baseline.record.runId} (${baseline.record.primaryMetric} ${baseline.record.metrics[baseline.record.primaryMetric]}) from ${baseline.source}.`
      : `Baseline: none under key '${inputs.baselineKey}' in ${backends.baseline.description}: this is a first run.`,
  );
  return { files, scoreFiles, fingerprint, baseline };
}

/** The model bundle, the run's records and the score rows' predictions, written and published whether or not the model ships. */
async function publishArtifacts(
  inputs: Inputs,
  context: RunContext,
  backends: Backends,
  run: {
    runtime: ModelRuntime;
    prepared: Prepared;
    trained: Training;
    summary: TrainingSummary;
    judged: Judged;
    record: BaselineRecord;
    backend: string;
    scoreFiles: DataFile[] | null;
  },
): Promise<{ modelDir: string; artifactsUri: string; scored: (ScoreReport & { uri: string }) | null }> {
  const { prepared, trained, summary, judged, record } = run;
  const artifactDir = backends.artifactDir(context.runId);
  const modelDir = await writeModelBundle(artifactDir, trained.model, prepared.data.encoder.preprocessing, {
    name: inputs.functionName,
    version: context.runId,
    trainedAt: record.createdAt,
    primaryMetric: prepared.primaryMetric,
    evaluation: judged.evaluation,
    profile: prepared.profile,
    plan: prepared.plan,
    fingerprint: record.dataFingerprint,
    backend: run.backend,
    commit: context.commit,
    settings: summary.settings,
    model: summary.model,
    importance: judged.importance,
    ...(summary.choice && { selection: { metric: prepared.primaryMetric, candidates: summary.candidates ?? [], reason: summary.choice } }),
  });
  await writePredictorModule(modelDir, context.servingBundle, trained.model.family);
  await writeRunRecords(artifactDir, record, judged, prepared.profile, prepared.plan);
  const scored = backends.score && (await score(run.runtime, inputs, { source: backends.score, files: run.scoreFiles }, modelDir, artifactDir));
  const artifactsUri = await backends.artifacts.publish(artifactDir, inputs.functionName, context.runId);
  core.info(`Artifacts: ${artifactsUri}`);
  return { modelDir, artifactsUri, scored: scored && { ...scored, uri: artifactLocation(artifactsUri, scored.fileName) } };
}

/** score: the model in `modelDir`, through the function's own Predictor, predicts the score rows into `dir`. */
async function score(
  runtime: ModelRuntime,
  inputs: Inputs,
  rows: { source: DataSource; files: DataFile[] | null },
  modelDir: string,
  dir: string,
): Promise<ScoreReport> {
  const scorer = await Predictor.load(runtime, modelDir, { log: core.warning });
  const progress = new ProgressLog(core.info);
  const scored = await scoreSource(scorer, rows.source, {
    dir,
    ...(rows.files && { files: rows.files }),
    idColumn: inputs.scoreIdColumn,
    onProgress: (p) => progress.maybe(`Scoring: ${p.rows.toLocaleString('en')} rows (${(p.bytes / 1e6).toFixed(1)} MB) read, now ${p.file}`),
  });
  const refused = scored.reasons.map((reason) => `${reason.rows} ${scoreReasonText(reason)}`).join('; ');
  core.info(`Scored ${scored.scored} of ${scored.rows} rows of ${scored.description}${refused && `; refused: ${refused}`}.`);
  return scored;
}

/** A file in the published artifacts: gs://bucket/<function>/<run>/ ends with a slash, a local folder does not. */
function artifactLocation(artifactsUri: string, fileName: string): string {
  return artifactsUri.endsWith('/') ? `${artifactsUri}${fileName}` : join(artifactsUri, fileName);
}

/** train: false: the baseline's model scores the rows; nothing is trained, deployed or saved. */
async function scoreWithBaseline(inputs: Inputs, context: RunContext, backends: Backends): Promise<RunOutcome> {
  if (!backends.score) throw new Error('a run without training reached no rows to score');
  const baseline = await backends.baseline.restore(inputs.baselineKey);
  if (!baseline?.bundle) {
    throw new UserError(
      `Input 'train': false scores with the baseline's model, but ${baseline ? `the baseline (run ${baseline.record.runId}) has no usable model bundle` : `there is no baseline under key '${inputs.baselineKey}'`} in ${backends.baseline.description}. Run with training first, or set baseline-key to the key the training step uses.`,
    );
  }
  const { record } = baseline;
  const { tf } = await loadTensorFlow(inputs.backend, { workspace: context.workspace, network: inputs.settings, log: core.info });
  // Written in the workspace, not published: a run's published artifacts are a trained model's.
  const dir = backends.artifactDir(context.runId);
  await mkdir(dir, { recursive: true });
  const scored = await score({ tf, debug: core.debug }, inputs, { source: backends.score, files: null }, baseline.bundle.dir, dir);
  const predictions = join(dir, scored.fileName);
  await backends.reporter.publish(
    renderReport({
      functionName: inputs.functionName,
      runId: context.runId,
      dataDescription: scored.description,
      fingerprint: '',
      baseline: record,
      skipReason: `train is false: the baseline's model (run ${record.runId}) scored the rows; nothing was trained or deployed.`,
      score: { ...scored, uri: predictions },
    }),
  );
  return {
    ...skippedOutcome(inputs, '', record, await stillServing(backends, record.serving)),
    predictions,
  };
}

interface Prepared {
  profile: DataProfile;
  plan: TrainingPlan;
  primaryMetric: MetricName;
  data: StoredData;
  champion: Champion | null;
}

/** validate: profile every row, plan the features, fit preprocessing on the training split, encode both splits. */
async function prepareData(
  runtime: ModelRuntime,
  inputs: Inputs,
  backends: TrainingBackends,
  files: DataFile[],
  baseline: RestoredBaseline | null,
): Promise<Prepared> {
  const split = new HoldoutSplit(inputs.holdout, inputs.seed);
  const readProgress = new ProgressLog(core.info);
  const rowsOf = (pass: string) =>
    readRows(backends.data, files, {
      onProgress: (p) => readProgress.maybe(`${pass}: ${p.rows.toLocaleString('en')} rows (${(p.bytes / 1e6).toFixed(1)} MB) read, now ${p.file}`),
      onFile: (f) => {
        if (f.format === 'csv' && f.delimiter !== ',') core.info(`${f.file}: detected delimiter ${JSON.stringify(f.delimiter)}.`);
      },
    });

  const profile = await profileRows(rowsOf('Profiling'), split, inputs.label);
  const plan = planTraining(profile, { ...inputs, dataDescription: backends.data.description });
  core.info(`${plan.taskReason}; ${plan.features.length} features; ${profile.rows} rows: ${profile.trainRows} train, ${profile.testRows} holdout.`);
  for (const warning of plan.warnings) core.warning(warning);
  const preprocessing = fitPreprocessing(plan, profile, inputs.settings.maxCategories);
  checkMemoryBudget(preprocessing, profile, inputs.settings, inputs.model);
  const primaryMetric = resolvePrimaryMetric(inputs.metric, plan.task, preprocessing.classes?.length ?? 0);
  checkMinMetric(primaryMetric, inputs.minMetric);

  const championLoad = baseline ? await loadChampion(runtime, baseline, profile, plan) : null;
  if (championLoad && 'reason' in championLoad) {
    core.warning(
      `The baseline's model (run ${baseline?.record.runId}) cannot be re-evaluated on this data: ${championLoad.reason}. Comparing with its stored metrics, which were measured on other data.`,
    );
  }
  const champion = championLoad && 'champion' in championLoad ? championLoad.champion : null;
  const storage = { budget: new MemoryBudget(STORE_MEMORY_BYTES), spill: new SpillFolder() };
  const data = await encodeToStores(rowsOf('Encoding'), preprocessing, split, profile, champion?.encoder ?? null, storage);
  if (data.train.spilled || data.test.spilled) core.info(`Encoded rows beyond ${STORE_MEMORY_BYTES / 1024 ** 2} MiB are kept on disk under ${storage.spill.path}.`);
  for (const warning of data.warnings) core.warning(warning);
  if (data.unseenClassRows > 0) {
    core.warning(`${data.unseenClassRows} holdout rows have a class that never occurs in training; they are left out of evaluation.`);
  }
  if (data.test.rows === 0) {
    data.dispose();
    throw new UserError(
      `Input 'holdout': no holdout row has a class seen in training, so the model cannot be evaluated. Add rows, or raise 'holdout'.`,
    );
  }
  return { profile, plan, primaryMetric, data, champion };
}

/** train, on the compute chosen (this runner, or a Vertex AI job): the same model and summary either way. */
async function train(
  runtime: ModelRuntime,
  inputs: Inputs,
  backends: Backends,
  run: { prepared: Prepared; fingerprint: string; runId: string; backend: string },
): Promise<{ trained: Training; summary: TrainingSummary }> {
  const { data, profile, primaryMetric } = run.prepared;
  const started = Date.now();
  const budget = inputs.maxTrainingSeconds;
  const outOfTime = budget === null ? undefined : () => Date.now() - started >= budget * 1000;
  if (inputs.compute.kind !== 'runner') core.info(`Training on ${backends.compute.description}.`);
  const request = { data, rows: { train: profile.trainRows, test: profile.testRows }, primaryMetric, fingerprint: run.fingerprint, runId: run.runId, runnerBackend: run.backend };
  const { trained, choice, settings, candidates, reason, skipped, seconds, backend, where } = await backends.compute.train(runtime, request, {
    log: core.info,
    warn: core.warning,
    ...trainingProgress(),
    outOfTime,
  });
  if (reason) core.info(reason);
  const { family } = choice;
  const rows = trained.sample?.rows ?? data.train.rows;
  core.info(
    (family.name === 'mlp'
      ? `Trained ${trained.history.length} epochs on ${backend} in ${seconds.toFixed(1)} s${trained.stoppedEarly ? `; stopped early, best epoch ${trained.bestEpoch}` : ''}`
      : `Trained ${family.name} in ${seconds.toFixed(1)} s`) +
      (trained.sample ? `, on a stratified sample of ${rows.toLocaleString('en')} of ${data.train.rows.toLocaleString('en')} training rows (maxRowsInMemory).` : '.'),
  );
  const ranOut = outOfTime?.() ?? false;
  if (ranOut) core.info(`max-training-time (${budget} s) ran out: the model is the best one trained so far.`);
  const summary: TrainingSummary = {
    family: family.name,
    model: choice.name,
    candidates,
    choice: reason,
    backend,
    epochs: trained.history.length,
    bestEpoch: trained.bestEpoch,
    stoppedEarly: trained.stoppedEarly,
    seconds,
    ...(trained.sample && { sample: trained.sample }),
    ...(budget !== null && { timeBudget: { seconds: budget, ranOut, skipped } }),
    samplesPerSecond: (rows * trained.history.length) / Math.max(seconds, 1e-3),
    history: trained.history,
    settings,
    where,
  };
  return { trained, summary };
}

/** Progress lines while training: one per epoch, and inside long epochs rows done, samples/s and the time left. */
function trainingProgress(): Pick<TrainOptions, 'onEpoch' | 'onProgress'> {
  const progress = new ProgressLog(core.info, TRAINING_PROGRESS_MS);
  const rate = new PassRate();
  return {
    onEpoch: (epoch, planned) =>
      progress.maybe(
        `Epoch ${epoch.epoch}/${planned}: loss ${epoch.loss.toFixed(4)}` +
          (Number.isFinite(epoch.valLoss) ? `, validation loss ${epoch.valLoss.toFixed(4)}` : ''),
      ),
    onProgress: ({ rows, totalRows, epoch, plannedEpochs }) => {
      const { rowsPerSecond, secondsLeft } = rate.measure(epoch, rows, totalRows);
      progress.maybe(
        `Epoch ${epoch}/${plannedEpochs}: ${rows.toLocaleString('en')} of ${totalRows.toLocaleString('en')} rows, ` +
          `${Math.round(rowsPerSecond).toLocaleString('en')} samples/s, the epoch ends in about ${Math.ceil(secondsLeft)} s`,
      );
    },
  };
}

interface Judged {
  evaluation: Evaluation;
  /** How much the chosen model relies on each feature, on the holdout; null when its scores are not finite. */
  importance: PermutationImportance | null;
  /** The baseline's model scored on this run's holdout, when it could be. */
  championMetrics?: Record<string, number>;
  /** This run's data against the baseline's, when the baseline recorded its distributions. */
  drift?: DriftReport;
  decision: Decision;
}

/** evaluate → compare: champion against challenger on this run's holdout, then the gate. */
async function judge(inputs: Inputs, prepared: Prepared, trained: Training, baseline: RestoredBaseline | null): Promise<Judged> {
  const { data, champion, primaryMetric } = prepared;
  const evaluation = await evaluateModel(trained.model, data, primaryMetric);
  const weak = weakModelWarning(evaluation);
  if (weak) core.warning(weak);
  const importance = await permutationImportance(trained.model, data.encoder.preprocessing, data.test, { primaryMetric, seed: inputs.seed });
  core.info(importanceLine(importance));
  const rematch = champion && data.championTest ? await rescoreChampion(champion, data.championTest, core.warning) : null;
  if (rematch) {
    core.info(
      `Baseline (run ${champion?.runId}) re-evaluated on this holdout: ${primaryMetric} ${rematch.metrics[primaryMetric]} (stored: ${baseline?.record.metrics[primaryMetric]}).`,
    );
  }
  const interval =
    rematch && data.championTestRows
      ? pairedBootstrap(primaryMetric, selectRows(evaluation.outputs, data.championTestRows), rematch.outputs, inputs)
      : null;
  const opponent = baseline && {
    task: baseline.record.task,
    metrics: rematch?.metrics ?? baseline.record.metrics,
    runId: baseline.record.runId,
    basis: rematch ? ('re-evaluated' as const) : ('stored' as const),
    interval,
  };
  const reference = baseline?.record.distributions;
  const drift = reference && measureDrift(baseline.record.runId, reference, prepared.profile, prepared.plan, inputs.maxDrift);
  const decision = decide(primaryMetric, evaluation, opponent, inputs, drift);
  if (decision.driftWarning) core.warning(decision.driftWarning);
  // on-regression: warn ships a model that failed the gate: that must stand out in the log, not only in the summary.
  if (!decision.passed && decision.action === 'ship') core.warning(decision.reason);
  else core.info(decision.reason);
  return { evaluation, importance, championMetrics: rematch?.metrics, drift, decision };
}

function baselineRecord(inputs: Inputs, context: RunContext, prepared: Prepared, judged: Judged, fingerprint: string): BaselineRecord {
  return {
    formatVersion: 1,
    key: inputs.baselineKey,
    runId: context.runId,
    commit: context.commit,
    createdAt: new Date().toISOString(),
    task: prepared.plan.task,
    primaryMetric: prepared.primaryMetric,
    metrics: judged.evaluation.metrics,
    dataFingerprint: fingerprint,
    rows: prepared.profile.rows,
    schema: featureSchema(prepared.plan),
    distributions: featureDistributions(prepared.profile, prepared.plan),
  };
}

/** deploy: the new deployment once it answers as the model does in process, or why this run does not deploy. */
async function deploy(
  inputs: Inputs,
  context: RunContext,
  backends: Backends,
  decision: Decision,
  modelDir: string,
  trained: Training,
  data: StoredData,
): Promise<Shipped> {
  const blocker = deployBlocker(inputs, context, decision.action);
  if (blocker !== null || !backends.deployer) {
    const note = blocker ?? 'Not deployed: no deploy target.';
    core.info(note);
    return { note, failure: null };
  }
  const expected = predictRecords(trained.model, data.encoder, data.samples);
  return ship(inputs, context, backends, { modelDir, model: trained.model }, { instances: data.samples, expected });
}

/**
 * Writes the function source of the bundle in `modelDir` and deploys it; it takes traffic once it answers `check`.
 * With `earlierRevision` (a rollback), traffic moves back to that revision instead while it still exists (faster).
 */
async function ship(
  inputs: Inputs,
  context: RunContext,
  backends: Backends,
  bundle: { modelDir: string; model: TrainedModel; earlierRevision?: string },
  check: DeploymentCheck,
): Promise<Shipped> {
  const { deployer } = backends;
  if (!deployer) throw new Error('ship reached no deployer');
  const log = (message: string) => core.info(message);
  try {
    const { earlierRevision } = bundle;
    const restored = earlierRevision && deployer.restore ? await deployer.restore(earlierRevision, check, log) : null;
    if (earlierRevision && restored === null) core.info(`Revision ${earlierRevision} no longer exists: deploying its model bundle again.`);
    const deployment =
      restored ??
      (await deployer.deploy(
        await writeFunctionSource({
          outDir: backends.functionSourceDir(context.runId),
          modelDir: bundle.modelDir,
          modelFiles: bundleFiles(bundle.model.family),
          servingBundle: context.servingBundle,
          servingFiles: bundle.model.family.servingFiles,
          functionName: inputs.functionName,
        }),
        check,
        log,
      ));
    core.info(`Deployed ${inputs.functionName} (${deployer.target}): ${deployment.url}`);
    return { deployment };
  } catch (error) {
    // A revision that failed its check never took traffic: the report says so, then the step fails.
    if (error instanceof DeploymentRefused) return { note: `**Not deployed.** ${error.message}`, failure: error.message };
    throw error;
  }
}

/** What deploy did: the new deployment, or why there is none (and whether that fails the step). */
type Shipped = { deployment: Deployment } | { note: string; failure: string | null };

/** What the cost line prices: a Cloud Functions deployment whose check measured a prediction's latency. */
function servingConfiguration(inputs: Inputs, shipped: Shipped): ServingConfiguration | null {
  const checkLatencyMs = 'deployment' in shipped && inputs.deployTarget === 'cloud-functions' ? shipped.deployment.checkLatencyMs : undefined;
  if (checkLatencyMs === undefined) return null;
  return { memory: inputs.memory, minInstances: inputs.minInstances, concurrency: inputs.concurrency, checkLatencyMs };
}

/** promote: all traffic to the canary an earlier run deployed and checked; nothing is trained. */
async function promote(
  inputs: Inputs,
  context: RunContext,
  backends: Backends,
  report: RunReport,
  fingerprint: string,
  baseline: BaselineRecord | null,
): Promise<RunOutcome> {
  const blocker = deployBlocker(inputs, context, 'ship');
  if (!backends.deployer?.promote) throw new Error(`promote reached a ${backends.deployer?.target ?? 'missing'} deployer`);
  const deployment = blocker === null ? await backends.deployer.promote((message) => core.info(message)) : null;
  const note = deployment
    ? `Promoted the canary: revision ${deployment.revision} serves all traffic at ${deployment.url}.`
    : (blocker ?? '').replace('Not deployed', 'Not promoted');
  core.info(note);
  await backends.reporter.publish(renderReport({ ...report, skipReason: `promote is true, so nothing was trained. ${note}` }));
  return {
    functionName: inputs.functionName,
    fingerprint,
    baseline,
    skipped: true,
    metrics: baseline?.metrics ?? {},
    primaryMetric: baseline?.primaryMetric ?? null,
    improved: false,
    deployed: deployment !== null,
    serving: baseline?.serving ?? null,
    artifactsUri: null,
    failure: null,
  };
}

/** rollback-to: an earlier run's model serves again, from its old revision or redeployed, checked like a new one; nothing is trained. */
async function rollback(
  inputs: Inputs,
  context: RunContext,
  backends: Backends,
  report: RunReport,
  fingerprint: string,
  baseline: BaselineRecord | null,
  target: RollbackTarget,
): Promise<RunOutcome> {
  const where = { functionName: inputs.functionName, baselineKey: inputs.baselineKey, into: backends.rollbackDir(context.runId) };
  const run = await fetchRollbackRun(target, baseline, backends.artifacts, where);
  const { record, preprocessing } = run;
  core.info(`Rolling back to run ${run.runId} (${record.primaryMetric} ${record.metrics[record.primaryMetric]}) from ${run.fetched.uri}.`);
  const blocker = deployBlocker(inputs, context, 'ship');
  let shipped: Shipped = { note: (blocker ?? '').replace('Not deployed', 'Not rolled back'), failure: null };
  if (blocker === null) {
    const { tf } = await loadTensorFlow(inputs.backend, { workspace: context.workspace, network: inputs.settings, log: core.info });
    const model = await loadBundleModel({ tf }, run.modelDir);
    try {
      const instances = checkInstances(preprocessing);
      const expected = predictRecords(model, new RecordEncoder(preprocessing), instances);
      // The revision that served it, when the baseline remembers one (the run serving now, or the one before).
      const earlier = [baseline?.serving, baseline?.previousServing].find((ref) => ref?.runId === run.runId && ref.target === inputs.deployTarget);
      const bundle = { modelDir: run.modelDir, model, earlierRevision: earlier?.revision };
      shipped = await ship(inputs, context, backends, bundle, { instances, expected });
    } finally {
      model.dispose();
    }
  }
  const deployment = 'deployment' in shipped ? shipped.deployment : null;
  const deployed = deployment !== null;
  const note = 'deployment' in shipped ? `Rolled back to run ${run.runId}: its model serves at ${shipped.deployment.url}.` : shipped.note;
  core.info(note);
  const named = target.kind === 'previous' ? `previous (run ${run.runId})` : run.runId;
  await backends.reporter.publish(renderReport({ ...report, skipReason: `rollback-to is ${named}, so nothing was trained. ${note}` }));
  const serving: ServingRef | null = deployment
    ? servingRef(inputs, run.runId, deployment, run.fetched.uri)
    : await stillServing(backends, baseline?.serving);
  // The next run compares with the model that serves: the rolled-back run's record, remembering what it replaced.
  const rolledBack: BaselineRecord = { ...record, serving, previousServing: baseline?.serving ?? null };
  if (deployed && BASELINE_EVENTS.has(context.eventName) && (await backends.baseline.save(rolledBack, run.modelDir))) {
    core.info(`Baseline '${inputs.baselineKey}' is now run ${run.runId} (${backends.baseline.description}).`);
  }
  return {
    functionName: inputs.functionName,
    fingerprint,
    baseline,
    skipped: true,
    metrics: record.metrics,
    primaryMetric: record.primaryMetric,
    improved: false,
    deployed,
    serving,
    artifactsUri: null,
    failure: 'failure' in shipped ? shipped.failure : null,
  };
}

/** What serves after `deployment` of run `runId`; on Cloud Functions with its revision, which a rollback can return to. */
function servingRef(inputs: Inputs, runId: string, deployment: Deployment, modelUri: string): ServingRef {
  const { url, revision } = deployment;
  return { runId, target: inputs.deployTarget, url, modelUri, ...(inputs.deployTarget === 'cloud-functions' && { revision }) };
}

/** Why this run does not deploy, or null when it does. */
function deployBlocker(inputs: Inputs, context: RunContext, action: Decision['action']): string | null {
  if (inputs.deploy === 'false') return 'Not deployed: deploy is false.';
  if (action !== 'ship') return 'Not deployed: the gate did not pass.';
  if (inputs.deploy === 'auto' && context.isPullRequest) {
    return 'Not deployed: deploy: auto never deploys from a pull request; it deploys after the merge.';
  }
  return null;
}

/** What the baseline recorded as serving, if it still answers (a local server may have gone with its machine). */
async function stillServing(backends: Backends, recorded: ServingRef | null | undefined): Promise<ServingRef | null> {
  if (!recorded || recorded.target !== 'local') return recorded ?? null;
  const deployer = backends.deployer;
  const answers = deployer?.target === 'local' && deployer.answers ? await deployer.answers(recorded.url, recorded.runId) : false;
  return answers ? recorded : null;
}

function skippedOutcome(inputs: Inputs, fingerprint: string, baseline: BaselineRecord, serving: ServingRef | null): RunOutcome {
  return {
    functionName: inputs.functionName,
    fingerprint,
    baseline,
    skipped: true,
    metrics: baseline.metrics,
    primaryMetric: baseline.primaryMetric,
    improved: false,
    deployed: false,
    serving,
    artifactsUri: null,
    failure: null,
  };
}

/** Every output, from the outcome alone. */
function setOutputs(outcome: RunOutcome): void {
  const primary = outcome.primaryMetric ? outcome.metrics[outcome.primaryMetric] : undefined;
  const outputs: Record<Output, string> = {
    [Output.FunctionName]: outcome.functionName,
    [Output.DataFingerprint]: outcome.fingerprint,
    [Output.BaselineMetrics]: outcome.baseline ? JSON.stringify(outcome.baseline.metrics) : '',
    [Output.Skipped]: String(outcome.skipped),
    [Output.Metrics]: JSON.stringify(outcome.metrics),
    [Output.Metric]: primary === undefined ? '' : String(primary),
    [Output.Accuracy]: outcome.metrics.accuracy?.toString() ?? '',
    [Output.Improved]: String(outcome.improved),
    [Output.Deployed]: String(outcome.deployed),
    [Output.TriggerUrl]: outcome.serving?.url ?? '',
    [Output.ModelUri]: outcome.serving?.modelUri ?? '',
    [Output.ServingRun]: outcome.serving?.runId ?? '',
    [Output.ArtifactsUri]: outcome.artifactsUri ?? '',
    [Output.Predictions]: outcome.predictions ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
