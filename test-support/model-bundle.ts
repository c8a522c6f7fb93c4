import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineRecord } from '../src/backends/baseline/types.js';
import type { RawValue } from '../src/backends/data/types.js';
import { CARD_FILE, PREPROCESSING_FILE } from '../src/ml/bundle.js';
import type { TrainedModel } from '../src/ml/family.js';
import { mlp } from '../src/ml/families/mlp.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { RecordEncoder, type Preprocessing } from '../src/ml/preprocess.js';
import type { TF } from '../src/ml/tf.js';
import type { ModelCard, Task } from '../src/ml/types.js';
import { parseNumber } from '../src/util/values.js';
import { REPO } from './action.js';
import { matrixRows } from '../src/data/rows.js';

export const PENGUINS_CSV = join(REPO, 'examples', 'penguins', 'penguins.csv');

export interface TinyBundle {
  model: TrainedModel;
  preprocessing: Preprocessing;
  card: ModelCard;
  /** Penguin records as the CSV reader gives them (strings, null for NA), label and other columns included. */
  records: Array<Record<string, RawValue>>;
}

/**
 * A small MLP on examples/penguins, trained in seconds and written as a model bundle into
 * `dir`: species from island, bill and flipper length (classification), or body mass from them (regression).
 */
export async function writeTinyBundle(tf: TF, dir: string, task: Task, name = 'penguins'): Promise<TinyBundle> {
  const records = await penguinRecords();
  const label = task === 'classification' ? 'species' : 'body_mass_g';
  const numeric = ['bill_length_mm', 'flipper_length_mm'];
  const preprocessing: Preprocessing = {
    formatVersion: 1,
    task,
    label,
    features: [
      ...numeric.map((feature) => ({ kind: 'numeric' as const, name: feature, ...meanAndStd(records.map((r) => parseNumber(r[feature]))) })),
      { kind: 'categorical', name: 'island', categories: ['Biscoe', 'Dream', 'Torgersen'] },
    ],
    classes: task === 'classification' ? ['Adelie', 'Chinstrap', 'Gentoo'] : null,
    target: task === 'regression' ? meanAndStd(records.map((r) => parseNumber(r[label]))) : null,
  };
  const encoder = new RecordEncoder(preprocessing);
  const usable = records.filter((record) => encoder.encodeLabel(record[label]) !== null);
  const x = new Float32Array(usable.length * encoder.width);
  usable.forEach((record, row) => encoder.encodeFeatures(record, x, row * encoder.width));
  const y = Float32Array.from(usable, (record) => encoder.encodeLabel(record[label]) as number);
  const { model } = await mlp.train(
    { tf },
    { rows: matrixRows({ data: x, rows: usable.length, cols: encoder.width }, y), task, classes: preprocessing.classes?.length ?? 0 },
    { settings: { ...DEFAULT_TRAINING_SETTINGS, hiddenLayers: [8], dropout: 0, epochs: 5 }, seed: 7 },
  );
  const card: ModelCard = {
    name,
    version: 'test-1',
    trainedAt: '2026-01-01T00:00:00.000Z',
    task,
    label,
    features: preprocessing.features.map((feature) =>
      feature.kind === 'categorical'
        ? { name: feature.name, type: 'categorical', categories: feature.categories }
        : { name: feature.name, type: feature.kind },
    ),
    ignoredColumns: Object.keys(records[0] ?? {}).filter((column) => !['island', ...numeric].includes(column)),
    classes: preprocessing.classes,
    metrics: {},
    primaryMetric: task === 'classification' ? 'accuracy' : 'rmse',
    data: { rows: records.length, trainRows: usable.length, testRows: 0, fingerprint: 'test' },
    backend: tf.getBackend(),
    commit: null,
  };
  await mkdir(dir, { recursive: true });
  await model.save(dir);
  await writeFile(join(dir, PREPROCESSING_FILE), JSON.stringify(preprocessing));
  await writeFile(join(dir, CARD_FILE), JSON.stringify(card));
  return { model, preprocessing, card, records };
}

/**
 * A copy of the bundle in `from` as run `runId` of baseline `key` wrote it (card.json's version is the run), and
 * the record main.ts would save with it: what a baseline store is given.
 */
export async function baselineOf(
  from: string,
  to: string,
  bundle: TinyBundle,
  key: string,
  runId: string,
): Promise<{ record: BaselineRecord; modelDir: string }> {
  await cp(from, to, { recursive: true });
  await writeFile(join(to, CARD_FILE), JSON.stringify({ ...bundle.card, version: runId }));
  const record: BaselineRecord = {
    formatVersion: 1,
    key,
    runId,
    commit: 'a'.repeat(40),
    createdAt: '2026-01-02T03:04:05.000Z',
    task: bundle.card.task,
    primaryMetric: bundle.card.primaryMetric,
    metrics: bundle.card.task === 'classification' ? { accuracy: 0.97, logloss: 0.1 } : { rmse: 300, mae: 250, r2: 0.8 },
    dataFingerprint: `sha256:${'0'.repeat(64)}`,
    rows: bundle.records.length,
    schema: { island: 'categorical', bill_length_mm: 'numeric', flipper_length_mm: 'numeric' },
  };
  return { record, modelDir: to };
}

/** The example CSV has no quoted fields; NA marks a missing value. */
export async function penguinRecords(): Promise<Array<Record<string, RawValue>>> {
  const [header, ...lines] = (await readFile(PENGUINS_CSV, 'utf8')).trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] === 'NA' ? null : (cells[index] ?? null)]));
  });
}

function meanAndStd(values: Array<number | null>): { mean: number; std: number } {
  const present = values.filter((value): value is number => value !== null);
  const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
  const variance = present.reduce((sum, value) => sum + (value - mean) ** 2, 0) / present.length;
  return { mean, std: Math.sqrt(variance) || 1 };
}
