/**
 * `npm run bench -- score`: the score stage streaming generated penguin rows (100,000, then 1,000,000) through an
 * MLP bundle of the default size on the wasm backend, as the action scores them: rows a second and peak RSS, whose flatness
 * from 0.1M to 1M rows is the streaming property (the budget for 1M rows: peak RSS under 600 MB).
 * scripts/bench.mjs compiles and runs it with the repository root as its argument; figures go to stdout.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { LocalDataSource } from '../src/backends/data/local.js';
import { CARD_FILE, PREPROCESSING_FILE } from '../src/ml/bundle.js';
import { mlp } from '../src/ml/families/mlp.js';
import { RecordEncoder, type Preprocessing } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import type { ModelCard } from '../src/ml/types.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { Predictor } from '../src/serving/predictor.js';
import { scoreSource } from '../src/stages/score.js';
import { matrixRows } from '../src/data/rows.js';

const ROWS = [100_000, 1_000_000];
const ISLANDS = ['Biscoe', 'Dream', 'Torgersen'];

function emit(name: string, subject: string, values: string[]): void {
  process.stdout.write(`${JSON.stringify({ name, subject, values })}\n`);
}

/** `rows` penguin-like rows, one in a thousand with a bill that is not a number (refused, as the function would). */
async function writeRows(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,island,bill_length_mm,flipper_length_mm\n');
  for (let row = 0; row < rows; row++) {
    const bill = row % 1000 === 999 ? 'n/k' : (32 + (row % 280) / 10).toFixed(1);
    if (!out.write(`${row},${ISLANDS[row % 3]},${bill},${170 + (row % 60)}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}

const CLASSES = ['Adelie', 'Chinstrap', 'Gentoo'];

/**
 * A bundle of the default MLP (64 and 32 units) over two numbers and a category, trained one epoch on generated
 * rows: what it predicts does not matter here, only what scoring a row costs.
 */
async function writeBundle(tf: TF, dir: string): Promise<void> {
  const preprocessing: Preprocessing = {
    formatVersion: 1,
    task: 'classification',
    label: 'species',
    features: [
      { kind: 'numeric', name: 'bill_length_mm', mean: 44, std: 5 },
      { kind: 'numeric', name: 'flipper_length_mm', mean: 200, std: 14 },
      { kind: 'categorical', name: 'island', categories: ISLANDS },
    ],
    classes: CLASSES,
    target: null,
  };
  const encoder = new RecordEncoder(preprocessing);
  const rows = 600;
  const x = new Float32Array(rows * encoder.width);
  for (let row = 0; row < rows; row++) {
    encoder.encodeFeatures({ island: ISLANDS[row % 3] ?? null, bill_length_mm: 35 + (row % 20), flipper_length_mm: 180 + (row % 40) }, x, row * encoder.width);
  }
  const y = Float32Array.from({ length: rows }, (_, row) => row % 3);
  const { model } = await mlp.train(
    { tf },
    { rows: matrixRows({ data: x, rows, cols: encoder.width }, y), task: 'classification', classes: 3 },
    { settings: { ...DEFAULT_TRAINING_SETTINGS, epochs: 1 }, seed: 1 },
  );
  const card: ModelCard = {
    name: 'bench-score',
    version: 'bench',
    trainedAt: new Date(0).toISOString(),
    task: 'classification',
    label: 'species',
    features: [
      { name: 'bill_length_mm', type: 'numeric' },
      { name: 'flipper_length_mm', type: 'numeric' },
      { name: 'island', type: 'categorical', categories: ISLANDS },
    ],
    ignoredColumns: [],
    classes: CLASSES,
    metrics: {},
    primaryMetric: 'accuracy',
    data: { rows, trainRows: rows, testRows: 0, fingerprint: 'bench' },
    backend: tf.getBackend(),
    commit: null,
  };
  await mkdir(dir, { recursive: true });
  await model.save(dir);
  model.dispose();
  await writeFile(join(dir, PREPROCESSING_FILE), JSON.stringify(preprocessing));
  await writeFile(join(dir, CARD_FILE), JSON.stringify(card));
}

const work = await mkdtemp(join(tmpdir(), 'ml-pipeline-bench-score-'));
try {
  const { tf, backend } = await loadTensorFlow('wasm', { workspace: process.argv[2] ?? '.', log: () => undefined });
  await writeBundle(tf, join(work, 'model'));
  const predictor = await Predictor.load({ tf }, join(work, 'model'), { log: () => undefined });
  for (const rows of ROWS) {
    const dir = await mkdtemp(join(work, 'run-'));
    await writeRows(join(dir, 'rows.csv'), rows);
    const size = (await stat(join(dir, 'rows.csv'))).size;
    const before = process.memoryUsage.rss();
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    const started = performance.now();
    const report = await scoreSource(predictor, new LocalDataSource('rows.csv', dir), {
      dir,
      idColumn: 'id',
      onProgress: () => (peak = Math.max(peak, process.memoryUsage.rss())),
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    emit('score', `${rows.toLocaleString('en')} rows (${(size / 1e6).toFixed(0)} MB CSV), ${backend}`, [
      `${Math.round(rows / seconds).toLocaleString('en')} rows/s`,
      `${seconds.toFixed(1)} s`,
      `peak RSS ${(peak / 1e6).toFixed(0)} MB`,
      `+${((peak - before) / 1e6).toFixed(0)} MB over the start`,
      `${report.scored.toLocaleString('en')} scored, ${report.refused.toLocaleString('en')} refused`,
    ]);
    await rm(dir, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
