// The facts bench/YDF.md records about npm ydf-training 0.0.1 and ydf-inference 0.0.4, measured, not recalled.
// Usage: YDF_DIR=<folder where `npm install ydf-training@0.0.1 ydf-inference@0.0.4 jszip` ran> \
//        node bench/ydf_facts.mjs [DATA_DIR]   (DATA_DIR: the shared datasets, default ../shared/datasets)
// Each measurement runs in a child process of its own: the glue's process handlers and the peak RSS then
// belong to that measurement alone. Prints one JSON object per measurement.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(resolve(process.env.YDF_DIR ?? '.'), 'package.json'));
const [mode, ...args] = process.argv.slice(2);
const SILENT = { print: () => {}, printErr: () => {} };

/** A CSV without quoted fields (the two files used here have none) as column arrays; numbers where they parse. */
function readColumns(path, rows, derive) {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const records = lines.slice(1, rows + 1).map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])));
  const derived = records.map(derive);
  const columns = {};
  for (const name of Object.keys(derived[0])) columns[name] = derived.map((record) => record[name]);
  return columns;
}

const numberOrNaN = (text) => (text === '' ? Number.NaN : Number(text));

/** california_housing (20,640 rows) or flights_1m's first `rows` rows, with the label and task to train them on. */
function dataset(dataDir, name, rows) {
  if (name === 'california') {
    const columns = readColumns(join(dataDir, 'california_housing.csv'), rows, (r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'ocean_proximity' ? v : numberOrNaN(v)])),
    );
    return { columns, label: 'median_house_value' };
  }
  // flights: the date becomes its hour of day; origin and destination stay categories (about 300 airports each).
  const columns = readColumns(join(dataDir, 'flights_1m.csv'), rows, (r) => ({
    hour: Number(r.date.slice(11, 13)) + Number(r.date.slice(14, 16)) / 60,
    distance: Number(r.distance),
    origin: r.origin,
    destination: r.destination,
    delay: Number(r.delay),
  }));
  return { columns, label: 'delay' };
}

function withoutLabel(columns, label, rows) {
  return Object.fromEntries(Object.entries(columns).filter(([k]) => k !== label).map(([k, v]) => [k, v.slice(0, rows)]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(work) {
  const started = performance.now();
  const result = work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** Milliseconds per call of predict() on a batch of `rows`: the median of `repeats` calls. */
function predictMs(model, features, rows, repeats) {
  const batch = withoutLabel(features, '', rows);
  return median(Array.from({ length: repeats }, () => time(() => model.predict(batch)).seconds * 1000));
}

const children = {
  /** What loading and using the glue does to the process: handlers, console, stderr, save(), two packages. */
  async glue(dataDir) {
    const listeners = () => ({
      uncaughtException: process.listenerCount('uncaughtException'),
      unhandledRejection: process.listenerCount('unhandledRejection'),
    });
    const before = listeners();
    const logged = [];
    const warned = [];
    const original = { log: console.log, warn: console.warn };
    // The glue binds console.log/console.warn when the factory runs, as its default print and printErr.
    console.log = (...parts) => logged.push(parts.join(' '));
    console.warn = (...parts) => warned.push(parts.join(' '));
    const ydf = await require('ydf-training')();
    const after = listeners();
    const { columns, label } = dataset(dataDir, 'california', 2000);
    const fromColumns = new ydf.GradientBoostedTreesLearner(label, 'REGRESSION').train(columns);
    const logAfterColumns = logged.length;
    const csv = readFileSync(join(dataDir, 'california_housing.csv'), 'utf8').split('\n').slice(0, 2001).join('\n');
    new ydf.GradientBoostedTreesLearner(label, 'REGRESSION').train(csv).unload();
    const logAfterCsv = logged.slice(logAfterColumns);
    let saveWithoutJsZip;
    try {
      await fromColumns.save();
      saveWithoutJsZip = 'saved';
    } catch (error) {
      saveWithoutJsZip = `${error.name}: ${error.message}`;
    }
    globalThis.JSZip = require('jszip');
    const beforeSave = logged.length;
    const blob = await fromColumns.save();
    const saveLogged = logged.slice(beforeSave);
    const features = withoutLabel(columns, label, 500);
    const reloaded = await ydf.loadModelFromZipBlob(blob);
    const sameAfterReload = JSON.stringify(reloaded.predict(features)) === JSON.stringify(fromColumns.predict(features));
    Object.assign(console, original);
    const init = new ydf.InternalLearner();
    let hyperparameters;
    try {
      init.init('GRADIENT_BOOSTED_TREES', label, 'REGRESSION', { num_trees: 10 });
      hyperparameters = 'accepted a fourth argument';
    } catch (error) {
      hyperparameters = error.message;
    }
    init.delete();
    return {
      listenersBeforeLoad: before,
      listenersAfterLoad: after,
      stdoutWhileTrainingFromColumns: logged.slice(0, logAfterColumns),
      stdoutWhileTrainingFromCsv: logAfterCsv,
      stderrLines: warned.length,
      stderrSample: warned.slice(0, 3),
      saveWithoutJsZip,
      stdoutWhileSaving: saveLogged,
      reloadedPredictionsIdentical: sameAfterReload,
      learnerMethods: Object.getOwnPropertyNames(ydf.InternalLearner.prototype),
      initWithHyperparameters: hyperparameters,
    };
  },

  /** Training time, peak RSS, model size, prediction time and determinism on `rows` rows. */
  async scale(dataDir, name, rowsText, zipPath) {
    const rows = Number(rowsText);
    const ydf = await require('ydf-training')(SILENT);
    globalThis.JSZip = require('jszip');
    const { columns, label } = dataset(dataDir, name, rows);
    const task = 'REGRESSION';
    const rssBeforeTraining = process.memoryUsage.rss();
    const first = time(() => new ydf.GradientBoostedTreesLearner(label, task).train(columns));
    const model = first.result;
    const blob = await model.save();
    const zip = Buffer.from(await blob.arrayBuffer());
    if (zipPath) writeFileSync(zipPath, zip);
    const probe = withoutLabel(columns, label, 1000);
    const predictions = model.predict(probe);
    if (zipPath) writeFileSync(`${zipPath}.json`, JSON.stringify(predictions));
    const second = time(() => new ydf.GradientBoostedTreesLearner(label, task).train(columns));
    const identical = JSON.stringify(second.result.predict(probe)) === JSON.stringify(predictions);
    second.result.unload();
    const trees = /Number of trees: (\d+)/.exec(model.describe())?.[1] ?? null;
    const facts = {
      data: name,
      rows: columns[label].length,
      trainSeconds: [first.seconds, second.seconds],
      trees,
      rssBeforeTrainingMB: Math.round(rssBeforeTraining / 1e6),
      peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
      zipBytes: zip.length,
      predictMsOneRow: predictMs(model, columns, 1, 200),
      predictMs1000Rows: predictMs(model, columns, 1000, 20),
      secondTrainingIdentical: identical,
    };
    model.unload();
    return facts;
  },

  /**
   * Both packages in one process. Each factory adopts the object it is given as its Emscripten Module, so one
   * options object handed to both makes embind register 'InternalModel' twice on it.
   */
  async both(sharing) {
    const trainingOptions = { print: () => {}, printErr: () => {} };
    await require('ydf-training')(trainingOptions);
    const inferenceOptions = sharing === 'shared' ? trainingOptions : { print: () => {}, printErr: () => {} };
    try {
      const ydf = await require('ydf-inference')(inferenceOptions);
      return { options: sharing, inferenceLoaded: typeof ydf.loadModelFromZipBlob === 'function' };
    } catch (error) {
      return { options: sharing, inferenceLoaded: false, error: `${error.name}: ${error.message}` };
    }
  },

  /** The model zip loaded by ydf-inference alone, in a process that never loaded ydf-training. */
  async infer(dataDir, name, rowsText, zipPath) {
    const ydf = await require('ydf-inference')(SILENT);
    const model = await ydf.loadModelFromZipBlob(readFileSync(zipPath));
    const { columns, label } = dataset(dataDir, name, Number(rowsText));
    const expected = readFileSync(`${zipPath}.json`, 'utf8');
    const identical = JSON.stringify(model.predict(withoutLabel(columns, label, 1000))) === expected;
    return {
      inferenceIdenticalToTraining: identical,
      inferencePredictMsOneRow: predictMs(model, columns, 1, 200),
      inferencePredictMs1000Rows: predictMs(model, columns, 1000, 20),
    };
  },
};

/** After the factory ran: an error nobody catches, thrown or rejected. The parent reports the exit and stderr. */
async function crash(kind) {
  await require('ydf-training')(SILENT);
  if (kind === 'reject') void Promise.reject(new Error('a rejected promise nobody handled'));
  else setTimeout(() => {
    throw new Error('an uncaught throw');
  }, 0);
}

if (mode === 'crash') {
  await crash(args[0]);
} else if (mode in children) {
  const facts = await children[mode](...args);
  process.stdout.write(`${JSON.stringify({ mode, ...facts })}\n`);
} else {
  const dataDir = resolve(mode ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared', 'datasets'));
  const scratch = mkdtempSync(join(tmpdir(), 'ydf-facts-'));
  const run = (...childArgs) => {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...childArgs], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    process.stdout.write(last.startsWith('{') ? `${last}\n` : `${JSON.stringify({ mode: childArgs[0], failed: child.status, stderr: child.stderr.slice(-2000) })}\n`);
  };
  try {
    run('glue', dataDir);
    for (const kind of ['throw', 'reject']) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'crash', kind], { encoding: 'utf8' });
      const stderr = child.stderr.trimEnd().split('\n');
      const facts = { mode: 'crash', kind, exitCode: child.status, stderrBytes: child.stderr.length, stderrLongestLine: Math.max(...stderr.map((line) => line.length)), error: stderr.find((line) => line.startsWith('Error:')) };
      process.stdout.write(`${JSON.stringify(facts)}\n`);
    }
    run('both', 'shared');
    run('both', 'separate');
    const zip = join(scratch, 'california.zip');
    run('scale', dataDir, 'california', '20640', zip);
    run('infer', dataDir, 'california', '20640', zip);
    for (const rows of (process.env.YDF_FACTS_ROWS ?? '100000,1000000').split(',')) run('scale', dataDir, 'flights', rows);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
