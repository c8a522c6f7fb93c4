import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBaseline, writeRecord } from '../src/backends/baseline/validate.js';
import { mlp } from '../src/ml/families/mlp.js';
import { predictRecords } from '../src/ml/predict.js';
import type { DateEncoding, Preprocessing } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { Predictor } from '../src/serving/predictor.js';
import { writeModelBundle } from '../src/stages/artifacts.js';
import { evaluateModel, type Evaluation } from '../src/stages/evaluate.js';
import { encodeRows, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows, summarizeColumns } from '../src/data/profile.js';
import { renderReport, weakModelWarning } from '../src/stages/report.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining, type ColumnSelection } from '../src/stages/validate.js';
import { dateParts, readDate } from '../src/util/dates.js';
import { rowsOf } from '../test-support/rows.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';
import { matrixRows } from '../src/data/rows.js';

const split = new HoldoutSplit(0.2, 42);
const select = (file: string, label: string, more: Partial<ColumnSelection> = {}): ColumnSelection => ({
  dataDescription: file,
  label,
  features: [],
  exclude: [],
  task: 'auto',
  holdout: 0.2,
  ...more,
});

/** Profile → plan → preprocessing → encoded splits of a fixture, as the pipeline runs them. */
async function prepare(file: string, selection: ColumnSelection) {
  return prepareFixture(file, selection, split);
}

const iso = (text: string) => {
  const reading = readDate(text);
  return reading && new Date(reading.time).toISOString();
};

describe('readDate', () => {
  it('reads year-first dates and date-times, converting offsets to UTC and reading no zone as UTC', () => {
    expect(iso('2011-01-31')).toBe('2011-01-31T00:00:00.000Z');
    expect(iso(' 2011-01-31T17:05 ')).toBe('2011-01-31T17:05:00.000Z');
    expect(iso('2011-01-31 17:05:09.25')).toBe('2011-01-31T17:05:09.250Z');
    expect(iso('2011-01-31T17:05:09Z')).toBe('2011-01-31T17:05:09.000Z');
    expect(iso('2011-01-31T17:05:09+01:00')).toBe('2011-01-31T16:05:09.000Z');
    expect(iso('2011-01-31T23:30-0230')).toBe('2011-02-01T02:00:00.000Z');
    expect(iso('2001/01/01 00:01')).toBe('2001-01-01T00:01:00.000Z');
    expect(iso('2012-02-29')).toBe('2012-02-29T00:00:00.000Z');
    expect(readDate('2011-01-31')?.hasTime).toBe(false);
    expect(readDate('2001/01/01 00:01')?.hasTime).toBe(true);
  });

  it("agrees with JavaScript's Date on every part, from year 1 to 9999", () => {
    for (let time = Date.UTC(1, 0, 1); time < Date.UTC(9999, 11, 31); time += 86_400_000 * 97.3 + 61_000) {
      const date = new Date(time);
      const text = date.toISOString().slice(0, 16);
      expect([text, readDate(text)?.time]).toEqual([text, Math.floor(time / 60_000) * 60_000]);
      expect(dateParts(time, 10)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        weekday: date.getUTCDay(),
        hour: date.getUTCHours() + date.getUTCMinutes() / 60,
        days: time / 86_400_000 - 10,
      });
    }
  });

  it('refuses what is not a real year-first date', () => {
    for (const text of ['2011-02-29', '2011-13-01', '2011-04-31', '2011-01-31T24:00', '2011-01-31T10:60', '2011-01/31', '31/01/2011', '01/31/2011', '2011-1-3', 'soon', '']) {
      expect([text, readDate(text)]).toEqual([text, null]);
    }
    // Numbers are numbers, even when they look like a date.
    expect(readDate(20110131)).toBeNull();
    expect(readDate('20110131')).toBeNull();
  });
});

describe('date columns', () => {
  it('derives year, month, weekday and days since the first training day from ISO dates, not categories', async () => {
    const { profile, plan, preprocessing, data } = await prepare('bike_sharing_hour_every29th.csv', select('bike', 'cnt'));
    expect(summarizeColumns(profile).find((column) => column.name === 'dteday')).toMatchObject({
      type: 'date',
      earliest: '2011-01-01T00:00:00Z',
      latest: '2012-12-31T00:00:00Z',
    });
    expect([...plan.dateFeatures]).toEqual(['dteday']);
    const dteday = preprocessing.features.find((feature) => feature.name === 'dteday') as DateEncoding;
    expect(dteday.kind).toBe('date');
    expect(dteday.reference).toBe('2011-01-01');
    // Dates alone carry no time of day, so no hour part.
    expect(dteday.parts.map((part) => part.part)).toEqual(['year', 'month', 'weekday', 'days']);
    // Thursday 2012-06-14 is day 530 after 2011-01-01, in June of 2012: the encoder writes exactly these, standardised.
    const offset = preprocessing.features.slice(0, preprocessing.features.indexOf(dteday)).length;
    const encoded = new Float32Array(data.encoder.width);
    expect(data.encoder.encodeFeatures({ dteday: '2012-06-14' }, encoded, 0)).toBeNull();
    const raw = { year: 2012, month: 6, weekday: 4, days: 530 } as Record<string, number>;
    dteday.parts.forEach(({ part, mean, std }, index) => {
      expect(encoded[offset + index]).toBeCloseTo(((raw[part] ?? NaN) - mean) / std, 5);
    });
    // Not a date: encoded as missing, and named for the serving function's 400.
    expect(data.encoder.encodeFeatures({ dteday: '14/06/2012' }, encoded, 0)).toBe('dteday');
  });

  it('adds an hour part for date-times ("YYYY/MM/DD HH:MM"), and keeps a date that differs in every row', async () => {
    const { plan, preprocessing } = await prepare('flights_every2500th.csv', select('flights', 'delay'));
    expect(plan.features).toContain('date');
    expect(plan.idColumns).toEqual([]);
    const date = preprocessing.features.find((feature) => feature.name === 'date') as DateEncoding;
    expect(date.parts.map((part) => part.part)).toEqual(['year', 'month', 'weekday', 'hour', 'days']);
    expect(date.reference).toBe('2001-01-01');
  });

  it('warns about values that are not dates in a date column, and treats them as missing', async () => {
    const records = Array.from({ length: 100 }, (_, i) => ({
      day: i === 7 ? 'unknown' : `2020-03-${String((i % 28) + 1).padStart(2, '0')}`,
      y: i % 2 ? 'a' : 'b',
    }));
    const plan = planTraining(await profileRows(rowsOf(records), split), select('data.csv', 'y'));
    expect(plan.dateFeatures.has('day')).toBe(true);
    expect(plan.warnings).toContain("Values that are not dates are treated as missing in date columns: 'day' 1 ('unknown' at data.csv:9).");
  });
});

describe('serving a model with a date feature', () => {
  let tf: TF;
  let root: string;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('cpu', { workspace: process.cwd(), log: () => undefined }));
    root = await mkdtemp(join(tmpdir(), 'ml-pipeline-columns-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('derives the same features as training, answers 400 for a date it cannot read, and keeps the bundle a valid baseline', async () => {
    const { profile, plan, preprocessing, data } = await prepare('bike_sharing_hour_every29th.csv', select('bike', 'cnt'));
    const settings = { ...DEFAULT_TRAINING_SETTINGS, hiddenLayers: [8], epochs: 2 };
    const { model } = await mlp.train({ tf }, { rows: matrixRows(data.train.x, data.train.y), task: 'regression', classes: 1 }, { settings, seed: 1 });
    const evaluation = await evaluateModel(model, data, 'rmse');
    const modelDir = await writeModelBundle(root, model, preprocessing, {
      name: 'bikes',
      version: '1-1',
      trainedAt: '2026-01-01T00:00:00.000Z',
      primaryMetric: 'rmse',
      evaluation,
      profile,
      plan,
      fingerprint: 'sha256:test',
      settings,
      backend: 'cpu',
      commit: null,
    });
    const saved = JSON.parse(await readFile(join(modelDir, 'preprocessing.json'), 'utf8')) as Preprocessing;
    expect(saved.features.find((feature) => feature.name === 'dteday')).toEqual(preprocessing.features.find((feature) => feature.name === 'dteday'));

    const predictor = await Predictor.load({ tf }, modelDir);
    const instance = { ...data.samples[0], dteday: '2012-06-14' };
    const answer = predictor.handle('POST', { instances: [instance] });
    expect(answer.status).toBe(200);
    expect((answer.body as { predictions: number[] }).predictions).toEqual(predictRecords(model, data.encoder, [instance]));
    const refused = predictor.handle('POST', { instances: [{ ...instance, dteday: '14/06/2012' }] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('instances[0].dteday: expected a date written year first');

    // The baseline store reads the bundle back: the new 'date' kind is a known one.
    await writeRecord(root, {
      formatVersion: 1,
      key: 'bikes',
      runId: '1-1',
      commit: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      task: 'regression',
      primaryMetric: 'rmse',
      metrics: evaluation.metrics,
      dataFingerprint: 'sha256:test',
      rows: profile.rows,
      schema: { dteday: 'date' },
    });
    const check = await checkBaseline(root, 'bikes');
    expect(check.record && 'problems' in check ? check.problems : check).toEqual([]);
    expect(check.record && 'preprocessing' in check ? check.preprocessing?.features.some((f) => f.kind === 'date') : false).toBe(true);

    // A date feature whose reference day cannot be read is refused, and the run compares with the stored metrics.
    const broken = { ...saved, features: saved.features.map((f) => (f.kind === 'date' ? { ...f, reference: '01/01/2011' } : f)) };
    await writeFile(join(modelDir, 'preprocessing.json'), JSON.stringify(broken));
    const refusedBundle = await checkBaseline(root, 'bikes');
    expect(refusedBundle.record && 'preprocessing' in refusedBundle ? refusedBundle.preprocessing : 'no record').toBeNull();
    expect(JSON.stringify(refusedBundle)).toContain('has reference \\"01/01/2011\\", expected a date such as \\"2011-01-01\\"');
  });
});

describe('id-like columns', () => {
  it('leaves out a row counter by default, says how to keep it, and keeps it when listed in features', async () => {
    const { plan } = await prepare('bike_sharing_hour_every29th.csv', select('bike', 'cnt'));
    expect(plan.idColumns).toEqual(['instant']);
    expect(plan.features).not.toContain('instant');
    expect(plan.warnings).toContain(
      "Columns that look like ids are left out of the features: 'instant' (whole numbers rising row by row, a row counter). To keep one, list it with the other features in 'features'.",
    );
    const listed = await prepare('bike_sharing_hour_every29th.csv', select('bike', 'cnt', { features: ['instant', 'temp'] }));
    expect(listed.plan.features).toEqual(['instant', 'temp']);
    expect(listed.plan.idColumns).toEqual([]);
  });

  it('leaves out UUIDs and unique text, but keeps unique measurements and unsorted whole numbers', async () => {
    const records = Array.from({ length: 60 }, (_, i) => ({
      uuid: `${(0x10000000 + i * 7919).toString(16)}-1b2c-4d3e-8f40-${String(i).padStart(12, '0')}`,
      name: `passenger ${i}`,
      weight: String(50 + i * 0.37),
      code: String((i * 37) % 61),
      group: ['a', 'b', 'c'][i % 3] ?? 'a',
      y: i % 2 ? 'yes' : 'no',
    }));
    const plan = planTraining(await profileRows(rowsOf(records), split), select('data.csv', 'y'));
    expect(plan.idColumns).toEqual(['uuid', 'name']);
    expect(plan.features).toEqual(['weight', 'code', 'group']);
    expect(plan.warnings[0]).toContain("'uuid' (a different UUID in every row); 'name' (a different text in every row)");
  });

  it('says ids were left out when nothing else is left', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ id: String(i + 1), y: i % 2 ? 'yes' : 'no' }));
    const profile = await profileRows(rowsOf(records), split);
    expect(() => planTraining(profile, select('data.csv', 'y'))).toThrow(
      "Inputs 'features'/'exclude': no feature columns are left besides the label 'y' and the id-like columns 'id'. Keep at least one column to learn from, or list the columns to use in 'features'.",
    );
  });
});

describe('leaks', () => {
  it("names a feature that alone predicts the label on the holdout: titanic's 'alive' is 'survived' in words", async () => {
    const { data } = await prepare('titanic.csv', select('titanic', 'survived'));
    expect(data.warnings).toHaveLength(1);
    expect(data.warnings[0]).toMatch(
      /^A single feature predicts the label almost perfectly on the holdout, .*: 'alive' \(accuracy 1\.000 alone, against 0\.\d{3} for the majority class\)\. .*add it to 'exclude'\.$/,
    );
    // The honest features, strong as sex and class are, do not warn.
    const honest = await prepare('titanic.csv', select('titanic', 'survived', { exclude: ['alive'] }));
    expect(honest.data.warnings).toEqual([]);
  });

  it('finds a numeric leak in regression and stays quiet on real features', async () => {
    const { data } = await prepare('bike_sharing_hour_every29th.csv', select('bike', 'cnt'));
    expect(data.warnings).toEqual([]);
    const records = Array.from({ length: 600 }, (_, i) => {
      const cnt = (i * 7919) % 1000;
      return { noise: String((i * 104729) % 997), cnt_in_hundreds: String(cnt / 100), cnt: String(cnt) };
    });
    const profile = await profileRows(rowsOf(records), split, 'cnt');
    const plan = planTraining(profile, select('data.csv', 'cnt'));
    const encoded = await encodeRows(rowsOf(records), fitPreprocessing(plan, profile, 20), split, profile);
    expect(encoded.warnings).toHaveLength(1);
    expect(encoded.warnings[0]).toMatch(/\(a leak\): 'cnt_in_hundreds' \(r2 (0\.99\d|1\.000) alone\)\. /);
  });
});

describe('a model that barely beats the naive baseline', () => {
  const evaluation = (accuracy: number): Evaluation => ({
    task: 'classification',
    primaryMetric: 'accuracy',
    metrics: { accuracy },
    details: { accuracy } as unknown as Evaluation['details'],
    naive: { name: 'majority class', metrics: { accuracy: 0.6 } },
    holdoutRows: 200,
    outputs: { task: 'classification', truth: [], probabilities: new Float32Array(), classes: 2 },
  });

  it('is named in the report, and a model that learned something is not', () => {
    const warning = weakModelWarning(evaluation(0.62));
    expect(warning).toBe(
      'The model barely beats the naive baseline: accuracy 0.62 against 0.6 for the majority class (5% of the way from it to a perfect score; under 10% warns). The features carry little signal about the label: check the data, or add columns that bear on it.',
    );
    expect(weakModelWarning(evaluation(0.55))).toContain('does not beat the naive baseline');
    expect(weakModelWarning(evaluation(0.8))).toBeNull();
    const report = renderReport({ functionName: 'f', runId: '1-1', dataDescription: 'd', fingerprint: 'sha256:x', baseline: null, evaluation: evaluation(0.62) });
    expect(report).toContain(`⚠️ ${warning ?? ''}`);
  });

  it('reads lower-is-better metrics the other way round', () => {
    const regression: Evaluation = {
      task: 'regression',
      primaryMetric: 'rmse',
      metrics: { rmse: 9.5 },
      details: {} as Evaluation['details'],
      naive: { name: 'training mean', metrics: { rmse: 10 } },
      holdoutRows: 200,
      outputs: { task: 'regression', truth: new Float64Array(), predictions: new Float64Array() },
    };
    expect(weakModelWarning(regression)).toContain('rmse 9.5 against 10 for the training mean (5% of its error removed');
    expect(weakModelWarning({ ...regression, metrics: { rmse: 5 } })).toBeNull();
  });
});
