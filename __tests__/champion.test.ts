import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { RawValue } from '../src/backends/data/types.js';
import type { BaselineRecord, RestoredBaseline } from '../src/backends/baseline/types.js';
import { loadChampion, rescoreChampion, type Champion } from '../src/stages/champion.js';
import { scoreModel } from '../src/stages/evaluate.js';
import { encodeRows, fitPreprocessing, type EncodedSplit } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';
import { writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';
import { rowsOf } from '../test-support/rows.js';

let dir = '';
let bundle: TinyBundle;
const split = new HoldoutSplit(0.3, 42);

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = await mkdtemp(join(tmpdir(), 'champion-'));
  bundle = await writeTinyBundle(tf, dir, 'classification');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const baseline = (modelDir = dir): RestoredBaseline => ({
  record: { runId: '7-1' } as BaselineRecord,
  bundle: { dir: modelDir, preprocessing: bundle.preprocessing },
  source: 'test',
});

async function planFor(records: Array<Record<string, RawValue>>, label = 'species') {
  const profile = await profileRows(rowsOf(records), split);
  const plan = planTraining(profile, { dataDescription: 'd', label, features: [], exclude: [], task: 'auto', holdout: 0.3 });
  return { profile, plan };
}

describe('loadChampion', () => {
  it('scores the baseline model on this run’s holdout, encoded its own way', async () => {
    const { profile, plan } = await planFor(bundle.records);
    const load = await loadChampion({ tf }, baseline(), profile, plan);
    if (load === null || !('champion' in load)) throw new Error(`no champion: ${load?.reason}`);
    expect(load.champion.runId).toBe('7-1');
    const preprocessing = fitPreprocessing(plan, profile, 20);
    const data = await encodeRows(rowsOf(bundle.records), preprocessing, split, profile, load.champion.encoder);
    expect(data.championTest?.x.cols).toBe(load.champion.encoder.width);
    expect(data.championTest?.x.rows).toBe(data.test.x.rows);
    const { metrics } = scoreModel(load.champion.model, load.champion.encoder.preprocessing, data.championTest!);
    expect(metrics.accuracy).toBeGreaterThan(0.5);
  });

  it('pairs each holdout row it scores with the same row of the new model, when rows of a class it never saw are left out', async () => {
    // Every third record is of a class the baseline never saw: its holdout rows count for the new model only.
    const records = bundle.records.map((record, i) => (i % 3 === 0 ? { ...record, species: 'Unseen' } : record));
    const { profile, plan } = await planFor(records);
    const load = await loadChampion({ tf }, baseline(), profile, plan);
    if (load === null || !('champion' in load)) throw new Error(`no champion: ${load?.reason}`);
    const preprocessing = fitPreprocessing(plan, profile, 20);
    const data = await encodeRows(rowsOf(records), preprocessing, split, profile, load.champion.encoder);
    const rows = data.championTestRows;
    expect(rows?.length).toBe(data.championTest?.y.length);
    expect(rows?.length).toBeLessThan(data.test.y.length);
    const championClasses = load.champion.encoder.preprocessing.classes ?? [];
    const classes = preprocessing.classes ?? [];
    rows?.forEach((row, i) => {
      expect(classes[data.test.y[row] as number]).toBe(championClasses[data.championTest?.y[i] as number]);
    });
  });

  it('names the columns that are gone or no longer numeric', async () => {
    const records = bundle.records.map(({ island: _island, ...rest }, i) => ({
      ...rest,
      flipper_length_mm: i % 2 ? 'long' : 'short',
    }));
    const { profile, plan } = await planFor(records);
    expect(await loadChampion({ tf }, baseline(), profile, plan)).toEqual({
      reason: "the schema changed: 'flipper_length_mm' is no longer numeric, 'island' is gone",
    });
  });

  it('refuses a baseline of another label', async () => {
    const other = await planFor(bundle.records, 'sex');
    expect(await loadChampion({ tf }, baseline(), other.profile, other.plan)).toEqual({
      reason: "it predicts 'species' by classification, this run 'sex' by classification",
    });
  });

  it('is null, with nothing more to say, when the store found the bundle unusable (it has warned)', async () => {
    const { profile, plan } = await planFor(bundle.records);
    expect(await loadChampion({ tf }, { ...baseline(), bundle: null }, profile, plan)).toBeNull();
  });

  it('says why when the model files cannot be loaded', async () => {
    const damaged = await mkdtemp(join(tmpdir(), 'champion-damaged-'));
    try {
      await writeFile(join(damaged, 'model.json'), '{not json');
      const { profile, plan } = await planFor(bundle.records);
      expect(await loadChampion({ tf }, baseline(damaged), profile, plan)).toEqual({
        reason: expect.stringMatching(/^its model could not be loaded/),
      });
    } finally {
      await rm(damaged, { recursive: true, force: true });
    }
  });
});

describe('rescoreChampion', () => {
  async function championFrom(modelDir: string): Promise<{ champion: Champion; test: EncodedSplit }> {
    const { profile, plan } = await planFor(bundle.records);
    const load = await loadChampion({ tf }, baseline(modelDir), profile, plan);
    if (load === null || !('champion' in load)) throw new Error('no champion');
    const data = await encodeRows(rowsOf(bundle.records), fitPreprocessing(plan, profile, 20), split, profile, load.champion.encoder);
    return { champion: load.champion, test: data.championTest! };
  }

  it('gives the metrics of a sound model, without a warning', async () => {
    const warnings: string[] = [];
    const { champion, test } = await championFrom(dir);
    const rescored = await rescoreChampion(champion, test, (message) => warnings.push(message));
    expect(rescored?.metrics.accuracy).toBeGreaterThan(0.5);
    expect(warnings).toEqual([]);
  });

  it('does not trust a model whose finite weights overflow: NaN outputs would score as the majority class', async () => {
    const huge = await mkdtemp(join(tmpdir(), 'champion-huge-'));
    try {
      await cp(dir, huge, { recursive: true });
      // Every weight 3.4e38, the largest float32: finite, so the store lets it through, but the outputs are not.
      const size = (await readFile(join(dir, 'weights.bin'))).byteLength;
      await writeFile(join(huge, 'weights.bin'), new Uint8Array(size).fill(0x7f));
      const warnings: string[] = [];
      const { champion, test } = await championFrom(huge);
      expect(await rescoreChampion(champion, test, (message) => warnings.push(message))).toBeNull();
      expect(warnings).toEqual([
        expect.stringMatching(
          /^The baseline's model \(run 7-1\) scores (?:.*, )?logloss NaN on this holdout: it is not trusted, and this run compares with its stored metrics\./,
        ),
      ]);
    } finally {
      await rm(huge, { recursive: true, force: true });
    }
  });
});
