import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawValue } from '../src/backends/data/types.js';
import { LocalDataSource } from '../src/backends/data/local.js';
import { mlp } from '../src/ml/families/mlp.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { decide } from '../src/stages/compare.js';
import { readRows } from '../src/formats/read.js';
import { evaluateModel } from '../src/stages/evaluate.js';
import { encodeRows, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows, summarizeColumns, type DataProfile } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining, type ColumnSelection } from '../src/stages/validate.js';
import { RunningMoments } from '../src/util/statistics.js';
import { editedCsv } from '../test-support/edited-csv.js';
import { rowsOf } from '../test-support/rows.js';
import { REPO } from '../test-support/action.js';
import { columnSelection } from '../test-support/selection.js';
import { matrixRows } from '../src/data/rows.js';

const TIPS = join(REPO, '__fixtures__', 'data', 'tips.csv');
const split = new HoldoutSplit(0.2, 42);
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const select = (label: string, more: Partial<ColumnSelection> = {}): ColumnSelection => columnSelection(label, 'tips.csv', more);

/** tips.csv with some cells edited, read by the real local data source, so messages name real lines. */
async function tips(edits: Parameters<typeof editedCsv>[1]) {
  const dir = await mkdtemp(join(tmpdir(), 'numbers-'));
  dirs.push(dir);
  await writeFile(join(dir, 'tips.csv'), await editedCsv(TIPS, edits));
  const data = new LocalDataSource('tips.csv', dir);
  const files = await data.list();
  const rows = () => readRows(data, files);
  return { rows, profile: await profileRows(rows(), split) };
}

function column(profile: DataProfile, name: string) {
  return summarizeColumns(profile).find((summary) => summary.name === name);
}

/** Mean and sample deviation of tips.csv's total_bill without the listed lines, computed plainly. */
async function totalBillWithout(lines: number[]): Promise<{ mean: number; std: number }> {
  const values = (await editedCsv(TIPS, []))
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }))
    .filter((row) => row.line > 1 && row.text !== '' && !lines.includes(row.line))
    .map((row) => Number(row.text.split(',')[0]));
  expect(values).toHaveLength(244 - lines.length);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, std };
}

describe('RunningMoments', () => {
  it('agrees with the two-pass formulas on ordinary numbers', () => {
    const moments = new RunningMoments();
    for (const value of [2, 4, 4, 4, 5, 5, 7, 9]) moments.add(value);
    expect(moments.mean).toBeCloseTo(5, 12);
    expect(moments.std).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('stays finite on ±1e308, whose squares overflow a double', () => {
    const moments = new RunningMoments();
    for (const value of [1, 1e308, 2, -1e308, 3]) moments.add(value);
    expect(Number.isFinite(moments.mean)).toBe(true);
    expect(Math.abs(moments.mean)).toBeLessThan(1e293);
    // Two values ±1e308 dominate: sqrt(2e616 / 4).
    expect(moments.std / (1e308 / Math.SQRT2)).toBeCloseTo(1, 12);
    const extreme = new RunningMoments();
    for (const value of [Number.MAX_VALUE, -Number.MAX_VALUE]) extreme.add(value);
    expect(extreme.std).toBe(Number.MAX_VALUE);
  });
});

describe('numbers too large to use', () => {
  it('keeps 1e400 in a feature out of the statistics, with a warning naming file:line', async () => {
    const { profile } = await tips([{ line: 12, column: 'total_bill', value: '1e400' }]);
    const expected = await totalBillWithout([12]);
    const bill = column(profile, 'total_bill');
    expect(bill?.type).toBe('numeric');
    expect(bill?.mean).toBeCloseTo(expected.mean, 10);
    expect(bill?.std).toBeCloseTo(expected.std, 10);
    const plan = planTraining(profile, select('tip'));
    expect(plan.numericFeatures.has('total_bill')).toBe(true);
    expect(plan.warnings).toContainEqual(
      "Numbers too large to use (beyond ±3.4e+38, the range of the model's 32-bit floats) are treated as missing in numeric columns: 'total_bill' 1 ('1e400' at tips.csv:12).",
    );
  });

  it('keeps ±1e308 out too, so the deviation is that of the real values', async () => {
    const { profile } = await tips([
      { line: 12, column: 'total_bill', value: '1e308' },
      { line: 40, column: 'total_bill', value: '-1e308' },
    ]);
    const expected = await totalBillWithout([12, 40]);
    expect(column(profile, 'total_bill')?.std).toBeCloseTo(expected.std, 10);
    expect(planTraining(profile, select('tip')).warnings.join('\n')).toContain(
      "'total_bill' 2 ('1e308' at tips.csv:12, '-1e308' at tips.csv:40)",
    );
  });

  let tf: TF;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('cpu', { workspace: tmpdir(), log: () => undefined }));
  });

  it('leaves a row whose regression label is 1e400 out of training, and the metrics stay finite', async () => {
    const { rows, profile } = await tips([{ line: 30, column: 'tip', value: '1e400' }]);
    const plan = planTraining(profile, select('tip'));
    expect(plan.task).toBe('regression');
    expect(plan.warnings).toContainEqual(
      "1 of 244 rows have a 'tip' that cannot be a regression target, and are left out of training and evaluation; too large to use (beyond ±3.4e+38): 1 ('1e400' at tips.csv:30).",
    );
    const preprocessing = fitPreprocessing(plan, profile, 20);
    expect(Number.isFinite(preprocessing.target?.mean)).toBe(true);
    const data = await encodeRows(rows(), preprocessing, split, profile);
    expect(data.train.x.rows + data.test.x.rows).toBe(243);
    expect(data.unseenClassRows).toBe(0);
    expect(data.train.y.every(Number.isFinite) && data.test.y.every(Number.isFinite)).toBe(true);
    const trained = await mlp.train({ tf }, { rows: matrixRows(data.train.x, data.train.y), task: 'regression', classes: 1 }, {
      settings: { ...DEFAULT_TRAINING_SETTINGS, epochs: 30 },
      seed: 42,
    });
    const evaluation = await evaluateModel(trained.model, data, 'rmse');
    trained.model.dispose();
    for (const name of ['rmse', 'mae', 'r2']) expect(Number.isFinite(evaluation.metrics[name])).toBe(true);
    // The model learns something: it beats the training mean.
    expect(evaluation.metrics.rmse).toBeLessThan(evaluation.naive.metrics.rmse ?? 0);
    expect(decide('rmse', evaluation, null, { gate: 'point', minMetric: null, maxRegression: 0, onRegression: 'fail', maxDrift: null, onDrift: 'warn' }).passed).toBe(true);
  });
});

describe('column typing', () => {
  // A real case: car model names, 86 words and 7 numbers ("100", "323").
  const words = ['Golf', 'Polo', 'Passat', 'Civic', 'Accord', 'Corolla', 'Camry', 'Focus', 'Fiesta', 'Clio', 'Megane'];
  const numbers = ['100', '323', '626', '929', '300', '500', '850'];
  const cars = Array.from({ length: 93 }, (_, i) => ({
    Model: i % 13 === 6 ? (numbers[Math.floor(i / 13)] ?? '') : (words[i % words.length] ?? ''),
    Price: String(10 + ((i * 7) % 31)),
    Type: i % 3 === 0 ? 'Small' : 'Midsize',
  }));

  it('reads a column of mostly text with a few numbers as categorical', async () => {
    expect(cars.filter((car) => numbers.includes(car.Model))).toHaveLength(7);
    const plan = planTraining(await profileRows(rowsOf(cars, 'cars.csv'), split), select('Type'));
    expect(plan.features).toContain('Model');
    expect(plan.numericFeatures.has('Model')).toBe(false);
    expect(plan.numericFeatures.has('Price')).toBe(true);
  });
});

describe('summarised warnings', () => {
  it('gives one line per kind of warning, with the count and the first few places', async () => {
    const records: Array<Record<string, RawValue>> = Array.from({ length: 8000 }, (_, i) => ({
      x: i % 20 === 3 && i < 7940 ? 'unknown' : String(i),
      z: i === 10 || i === 11 ? '?' : String(i % 9),
      y: i % 2 ? 'a' : 'b',
    }));
    const plan = planTraining(await profileRows(rowsOf(records), split), select('y'));
    const strays = plan.warnings.filter((warning) => warning.includes('not numbers'));
    expect(strays).toEqual([
      "Values that are not numbers are treated as missing in numeric columns: 'x' 397 ('unknown' at data.csv:5, 'unknown' at data.csv:25, 'unknown' at data.csv:45, and 394 more); 'z' 2 ('?' at data.csv:12, '?' at data.csv:13).",
    ]);
  });

  it('names the first few columns of a kind, then how many more', async () => {
    const records = Array.from({ length: 100 }, (_, i) =>
      Object.fromEntries([...Array.from({ length: 8 }, (_, c) => [`id${c}`, `row-${c}-${i}`]), ['y', i % 2 ? 'a' : 'b']]),
    );
    const features = Array.from({ length: 8 }, (_, c) => `id${c}`);
    const plan = planTraining(await profileRows(rowsOf(records), split), { ...select('y'), features });
    expect(plan.warnings).toEqual([
      "Columns that look like ids or free text, so only their most frequent values are encoded: 'id0' (100 distinct values in 100 rows); 'id1' (100 distinct values in 100 rows); 'id2' (100 distinct values in 100 rows); 'id3' (100 distinct values in 100 rows); 'id4' (100 distinct values in 100 rows); and 3 more columns. Add them to 'exclude' if they carry no signal.",
    ]);
  });
});
