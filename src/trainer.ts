// The trainer: what a Vertex AI custom job runs (`node index.js trainer`: the action's bundle, which imports this
// module given that argument, staged beside the run specification). It runs the action's own stages on the job's
// machine: read the gs:// data, encode the training split with the preprocessing the runner fitted, train, and
// write the model's files and a training record to AIP_MODEL_DIR. Its output is the job's log, which the action
// streams from Cloud Logging; a failure exits non-zero, which fails the job with the error's message.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoogleAuth } from 'google-auth-library';
import { CLOUD_PLATFORM_SCOPE } from './auth/credentials.js';
import {
  MODEL_DIR_VARIABLE,
  parseRunSpec,
  RUN_SPEC_VARIABLE,
  splitGcsUri,
  TRAINER_DONE,
  TRAINER_FAILED,
  TRAINING_RECORD_FILE,
  type TrainingRecord,
} from './backends/compute/run-spec.js';
import { createStorage, GcsDataSource } from './backends/data/gcs.js';
import { parseGcsLocation } from './backends/data/location.js';
import { encodeToStores } from './data/prepare.js';
import { HoldoutSplit } from './data/split.js';
import { MemoryBudget, SpillFolder, STORE_MEMORY_BYTES } from './data/store.js';
import { readRows } from './formats/read.js';
import { loadTensorFlow } from './ml/tf.js';
import { trainModel } from './stages/train.js';
import { errorMessage } from './util/errors.js';
import { ProgressLog } from './util/progress.js';

const log = (line: string): void => console.log(line);

try {
  await train(process.env);
  log(TRAINER_DONE);
} catch (error) {
  // One line on stderr: Vertex AI's log keeps it as an ERROR entry, and the action quotes the last lines.
  console.error(`${TRAINER_FAILED}${errorMessage(error)}`);
  process.exitCode = 1;
}

async function train(env: NodeJS.ProcessEnv): Promise<void> {
  const specUri = variable(env, RUN_SPEC_VARIABLE);
  const modelDir = splitGcsUri(variable(env, MODEL_DIR_VARIABLE));
  if (!modelDir) throw new Error(`${MODEL_DIR_VARIABLE} is not a gs:// URI: set baseOutputDirectory on the job.`);
  // Application Default Credentials: the job's service account, from the metadata server (none with an emulator).
  const storage = createStorage({ authClient: new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] }), projectId: null });
  const specAt = splitGcsUri(specUri);
  if (!specAt) throw new Error(`${RUN_SPEC_VARIABLE} is not a gs:// URI.`);
  const [specBytes] = await storage.bucket(specAt.bucket).file(specAt.name).download();
  const spec = parseRunSpec(specBytes.toString('utf8'));
  log(`Run specification ${specUri}: data ${spec.data}, model ${spec.choice.model}, seed ${spec.seed}.`);

  const source = new GcsDataSource(parseGcsLocation(spec.data), storage);
  const out = await mkdtemp(join(tmpdir(), 'ml-pipeline-trainer-'));
  let disposeData = () => {};
  try {
    const files = await source.list();
    if ((await source.fingerprint(files)) !== spec.fingerprint) {
      throw new Error(`The data under ${spec.data} changed after the runner read it: rerun the workflow, so both read the same data.`);
    }
    const { tf, backend } = await loadTensorFlow(spec.backend, { workspace: process.cwd(), network: spec.choice.settings, log });
    const progress = new ProgressLog(log);
    const rows = readRows(source, files, {
      onProgress: (p) => progress.maybe(`Encoding: ${p.rows.toLocaleString('en')} rows (${(p.bytes / 1e6).toFixed(1)} MB) read, now ${p.file}`),
    });
    const split = new HoldoutSplit(spec.holdout, spec.seed);
    // As on the runner: the rows go into a store (memory up to a budget, the job's temp folder beyond), and
    // training reads it a chunk at a time.
    const stores = { budget: new MemoryBudget(STORE_MEMORY_BYTES), spill: new SpillFolder(tmpdir()) };
    const data = await encodeToStores(rows, spec.preprocessing, split, { trainRows: spec.rows.train, testRows: spec.rows.test }, null, stores);
    disposeData = data.dispose;
    log(`Encoded ${data.train.rows.toLocaleString('en')} training rows × ${data.train.cols} columns.`);

    const started = Date.now();
    const model = { preprocessing: spec.preprocessing, primaryMetric: spec.primaryMetric };
    const selection = await trainModel({ tf }, spec.choice, data.train, model, {
      log,
      onEpoch: (epoch, planned) =>
        progress.maybe(
          `Epoch ${epoch.epoch}/${planned}: loss ${epoch.loss.toFixed(4)}` +
            (Number.isFinite(epoch.valLoss) ? `, validation loss ${epoch.valLoss.toFixed(4)}` : ''),
        ),
    });
    const { trained, choice } = selection;
    const seconds = (Date.now() - started) / 1000;
    log(`Trained ${choice.name} on ${backend} in ${seconds.toFixed(1)} s (${trained.history.length} rounds).`);

    await trained.model.save(out);
    const record: TrainingRecord = {
      model: choice.name,
      settings: selection.settings,
      candidates: selection.candidates,
      reason: selection.reason,
      history: trained.history,
      bestEpoch: trained.bestEpoch,
      stoppedEarly: trained.stoppedEarly,
      seconds,
      backend,
      trainRows: data.train.rows,
    };
    await writeFile(join(out, TRAINING_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    const prefix = modelDir.name.endsWith('/') || modelDir.name === '' ? modelDir.name : `${modelDir.name}/`;
    for (const name of (await readdir(out)).sort()) {
      await storage.bucket(modelDir.bucket).file(`${prefix}${name}`).save(await readFile(join(out, name)), {
        resumable: false,
        // Written once: the precondition also lets the client retry the upload safely.
        preconditionOpts: { ifGenerationMatch: 0 },
      });
    }
    log(`Wrote ${choice.name}'s files and ${TRAINING_RECORD_FILE} to gs://${modelDir.bucket}/${prefix}.`);
  } finally {
    disposeData();
    await source.dispose?.();
    await rm(out, { recursive: true, force: true });
  }
}

function variable(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: this program runs as a Vertex AI custom job that the action creates.`);
  return value;
}
