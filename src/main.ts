import * as core from '@actions/core';
import { resolveCredentials } from './auth/credentials.js';
import { createStorage } from './backends/data/gcs.js';
import { chooseBackends, needsGoogleCloud, type Backends, type GoogleCloud } from './backends/index.js';
import type { BaselineRecord } from './backends/baseline/types.js';
import { BASELINE_EVENTS, Output } from './constants.js';
import { readInputs, type Inputs } from './inputs.js';
import { trainModel } from './ml/model.js';
import { predictRecords } from './ml/predict.js';
import { loadTensorFlow } from './ml/tf.js';
import { readRunContext, type RunContext } from './run-context.js';
import { writeModelBundle, writeRunRecords } from './stages/artifacts.js';
import { decide } from './stages/compare.js';
import { readRows } from './stages/data.js';
import { loadChampion, rescoreChampion } from './stages/champion.js';
import { evaluateModel, resolvePrimaryMetric } from './stages/evaluate.js';
import { writeFunctionSource } from './stages/package.js';
import { encodeRows, fitPreprocessing } from './stages/prepare.js';
import { profileRows } from './stages/profile.js';
import { featureSchema, renderReport, type RunReport } from './stages/report.js';
import { HoldoutSplit } from './stages/split.js';
import { planTraining } from './stages/validate.js';
import { errorMessage, UserError } from './util/errors.js';
import { ProgressLog } from './util/progress.js';

/** The action: read inputs → choose backends → fetch data → validate → train → evaluate → compare → deploy → report → save the baseline. */
export async function run(): Promise<void> {
  try {
    await pipeline(readRunContext());
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

async function pipeline(context: RunContext): Promise<void> {
  const inputs = await readInputs(context.workspace);
  const cloud = needsGoogleCloud(inputs) ? await connectGoogleCloud(inputs) : null;
  try {
    const backends = chooseBackends(inputs, context, cloud, core.warning);
    try {
      await runStages(inputs, context, backends);
    } finally {
      await backends.data.dispose?.();
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
      (process.env.STORAGE_EMULATOR_HOST ? ` (Cloud Storage emulator at ${process.env.STORAGE_EMULATOR_HOST})` : ''),
  );
  return { credentials, projectId, storage: createStorage({ authClient: credentials.authClient, projectId }) };
}

async function runStages(inputs: Inputs, context: RunContext, backends: Backends): Promise<void> {
  core.setOutput(Output.FunctionName, inputs.functionName);

  const files = await backends.data.list();
  core.info(`Data: ${backends.data.description}: ${files.length} file(s).`);
  const fingerprint = await backends.data.fingerprint(files);
  core.setOutput(Output.DataFingerprint, fingerprint);
  const baseline = await backends.baseline.restore(inputs.baselineKey);
  core.info(
    baseline
      ? `Baseline: run ${baseline.record.runId} (${baseline.record.primaryMetric} ${baseline.record.metrics[baseline.record.primaryMetric]}) from ${baseline.source}.`
      : `Baseline: none under key '${inputs.baselineKey}' in ${backends.baseline.description}: this is a first run.`,
  );
  core.setOutput(Output.BaselineMetrics, baseline ? JSON.stringify(baseline.record.metrics) : '');
  const report: RunReport = {
    functionName: inputs.functionName,
    runId: context.runId,
    dataDescription: backends.data.description,
    fingerprint,
    baseline: baseline?.record ?? null,
  };

  if (inputs.skipUnchanged && baseline?.record.dataFingerprint === fingerprint) {
    const reason = `The data is unchanged since run ${baseline.record.runId} (fingerprint ${fingerprint.slice(0, 19)}…) and skip-unchanged is true: training skipped.`;
    core.info(reason);
    setSkippedOutputs(baseline.record);
    await backends.reporter.publish(renderReport({ ...report, skipReason: reason }));
    return;
  }
  core.setOutput(Output.Skipped, 'false');

  const { tf, backend } = await loadTensorFlow(inputs.backend, { workspace: context.workspace, log: core.info });
  const split = new HoldoutSplit(inputs.holdout, inputs.seed);
  const readProgress = new ProgressLog(core.info);
  const rowsOf = (pass: string) =>
    readRows(backends.data, files, {
      onProgress: (p) => readProgress.maybe(`${pass}: ${p.rows.toLocaleString('en')} rows (${(p.bytes / 1e6).toFixed(1)} MB) read, now ${p.file}`),
      onFile: (f) => {
        if (f.format === 'csv' && f.delimiter !== ',') core.info(`${f.file}: detected delimiter ${JSON.stringify(f.delimiter)}.`);
      },
    });

  const profile = await profileRows(rowsOf('Profiling'), split);
  const plan = planTraining(profile, { ...inputs, dataDescription: backends.data.description });
  report.profile = profile;
  report.plan = plan;
  core.info(`${plan.taskReason}; ${plan.features.length} features; ${profile.rows} rows: ${profile.trainRows} train, ${profile.testRows} holdout.`);
  for (const warning of plan.warnings) core.warning(warning);
  const preprocessing = fitPreprocessing(plan, profile, inputs.settings.maxCategories);
  const primaryMetric = resolvePrimaryMetric(inputs.metric, plan.task, preprocessing.classes?.length ?? 0);

  const championLoad = baseline ? await loadChampion(tf, baseline, profile, plan) : null;
  if (championLoad && 'reason' in championLoad) {
    core.warning(
      `The baseline's model (run ${baseline?.record.runId}) cannot be re-evaluated on this data: ${championLoad.reason}. Comparing with its stored metrics, which were measured on other data.`,
    );
  }
  const champion = championLoad && 'champion' in championLoad ? championLoad.champion : null;
  const data = await encodeRows(rowsOf('Encoding'), preprocessing, split, profile, champion?.encoder ?? null);
  if (data.unseenClassRows > 0) {
    core.warning(`${data.unseenClassRows} holdout rows have a class that never occurs in training; they are left out of evaluation.`);
  }
  if (data.test.x.rows === 0) {
    throw new UserError(
      `Input 'holdout': no holdout row has a class seen in training, so the model cannot be evaluated. Add rows, or raise 'holdout'.`,
    );
  }
  const trainProgress = new ProgressLog(core.info);
  const started = Date.now();
  const trained = await trainModel(tf, data.train.x, data.train.y, {
    task: plan.task,
    classes: preprocessing.classes?.length ?? 1,
    config: inputs.settings,
    seed: inputs.seed,
    onEpoch: (epoch, planned) =>
      trainProgress.maybe(
        `Epoch ${epoch.epoch}/${planned}: loss ${epoch.loss.toFixed(4)}` +
          (Number.isFinite(epoch.valLoss) ? `, validation loss ${epoch.valLoss.toFixed(4)}` : ''),
      ),
  });
  const seconds = (Date.now() - started) / 1000;
  report.training = {
    backend,
    epochs: trained.history.length,
    bestEpoch: trained.bestEpoch,
    stoppedEarly: trained.stoppedEarly,
    seconds,
    samplesPerSecond: (data.train.x.rows * trained.history.length) / Math.max(seconds, 1e-3),
    history: trained.history,
  };
  core.info(
    `Trained ${trained.history.length} epochs on ${backend} in ${seconds.toFixed(1)} s${trained.stoppedEarly ? `; stopped early, best epoch ${trained.bestEpoch}` : ''}.`,
  );

  const evaluation = evaluateModel(tf, trained.model, data, primaryMetric);
  report.evaluation = evaluation;
  // Champion against challenger: both models scored on this run's holdout, when the baseline's model can be.
  const rematch = champion && data.championTest ? rescoreChampion(tf, champion, data.championTest, core.warning) : null;
  report.championMetrics = rematch ?? undefined;
  if (rematch) {
    core.info(
      `Baseline (run ${champion?.runId}) re-evaluated on this holdout: ${primaryMetric} ${rematch[primaryMetric]} (stored: ${baseline?.record.metrics[primaryMetric]}).`,
    );
  }
  const opponent = baseline && {
    task: baseline.record.task,
    metrics: rematch ?? baseline.record.metrics,
    runId: baseline.record.runId,
    basis: rematch ? ('re-evaluated' as const) : ('stored' as const),
  };
  const decision = decide(primaryMetric, evaluation, opponent, inputs);
  report.decision = decision;
  core.info(decision.reason);

  const record: BaselineRecord = {
    formatVersion: 1,
    key: inputs.baselineKey,
    runId: context.runId,
    commit: context.commit,
    createdAt: new Date().toISOString(),
    task: plan.task,
    primaryMetric,
    metrics: evaluation.metrics,
    dataFingerprint: fingerprint,
    rows: profile.rows,
    schema: featureSchema(plan),
  };
  const artifactDir = backends.artifactDir(context.runId);
  const modelDir = await writeModelBundle(tf, artifactDir, trained.model, preprocessing, {
    name: inputs.functionName,
    version: context.runId,
    trainedAt: record.createdAt,
    primaryMetric,
    evaluation,
    profile,
    plan,
    fingerprint,
    backend,
    commit: context.commit,
  });
  await writeRunRecords(artifactDir, record, evaluation, profile, plan);
  const modelUri = await backends.artifacts.publish(artifactDir, inputs.functionName, context.runId);
  core.info(`Artifacts: ${modelUri}`);
  core.setOutput(Output.ModelUri, modelUri);

  const deployReason = deployBlocker(inputs, context, decision.action);
  if (deployReason === null && backends.deployer) {
    const source = await writeFunctionSource({
      outDir: backends.functionSourceDir(context.runId),
      modelDir,
      servingBundle: context.servingBundle,
      functionName: inputs.functionName,
    });
    const expected = predictRecords(tf, trained.model, data.encoder, data.samples);
    report.deployment = await backends.deployer.deploy(
      source,
      { instances: data.samples, expected },
      (message) => core.info(message),
    );
    core.info(`Deployed ${inputs.functionName} (${backends.deployer.target}): ${report.deployment.url}`);
  } else {
    report.deployNote = deployReason ?? undefined;
    if (deployReason) core.info(deployReason);
  }

  const deployed = report.deployment !== undefined;
  core.setOutput(Output.TriggerUrl, report.deployment?.url ?? '');
  core.setOutput(Output.Accuracy, evaluation.metrics.accuracy?.toString() ?? '');
  core.setOutput(Output.Metric, String(evaluation.metrics[primaryMetric]));
  core.setOutput(Output.Metrics, JSON.stringify(evaluation.metrics));
  core.setOutput(Output.Improved, String(decision.improved));
  core.setOutput(Output.Deployed, String(deployed));
  await backends.reporter.publish(renderReport(report));

  // The baseline moves only to a model that is accepted: deployed, or passed when deploying was not asked for.
  const accepted = deployed || (decision.passed && inputs.deploy === 'false');
  if (accepted && BASELINE_EVENTS.has(context.eventName) && (await backends.baseline.save(record, modelDir))) {
    core.info(`Baseline '${inputs.baselineKey}' is now run ${context.runId} (${backends.baseline.description}).`);
  }
  if (decision.action === 'fail') {
    throw new UserError(
      `${decision.reason} Improve the model (model-config) or the data, or allow it with max-regression or on-regression: warn.`,
    );
  }
}

/** Why this run does not deploy, or null when it does. */
function deployBlocker(inputs: Inputs, context: RunContext, action: 'ship' | 'skip-deploy' | 'fail'): string | null {
  if (inputs.deploy === 'false') return 'Not deployed: deploy is false.';
  if (action !== 'ship') return 'Not deployed: the gate did not pass.';
  if (inputs.deploy === 'auto' && context.isPullRequest) {
    return 'Not deployed: deploy: auto never deploys from a pull request; it deploys after the merge.';
  }
  return null;
}

function setSkippedOutputs(baseline: BaselineRecord): void {
  core.setOutput(Output.Skipped, 'true');
  core.setOutput(Output.Metrics, JSON.stringify(baseline.metrics));
  core.setOutput(Output.Metric, String(baseline.metrics[baseline.primaryMetric] ?? ''));
  core.setOutput(Output.Accuracy, baseline.metrics.accuracy?.toString() ?? '');
  core.setOutput(Output.Improved, 'false');
  core.setOutput(Output.Deployed, 'false');
  core.setOutput(Output.TriggerUrl, '');
}
