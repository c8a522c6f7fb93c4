import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { RawValue } from '../src/backends/data/types.js';
import type { BaselineRecord, RestoredBaseline } from '../src/backends/baseline/types.js';
import { loadChampion } from '../src/stages/champion.js';
import { scoreModel } from '../src/stages/evaluate.js';
import { encodeRows, fitPreprocessing } from '../src/stages/prepare.js';
import { profileRows } from '../src/stages/profile.js';
import { HoldoutSplit } from '../src/stages/split.js';
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
  modelDir,
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
    const load = await loadChampion(tf, baseline(), profile, plan);
    if (!('champion' in load)) throw new Error(`no champion: ${load.reason}`);
    expect(load.champion.runId).toBe('7-1');
    const preprocessing = fitPreprocessing(plan, profile, 20);
    const data = await encodeRows(rowsOf(bundle.records), preprocessing, split, profile, load.champion.encoder);
    expect(data.championTest?.x.cols).toBe(load.champion.encoder.width);
    expect(data.championTest?.x.rows).toBe(data.test.x.rows);
    const { metrics } = scoreModel(tf, load.champion.model, load.champion.encoder.preprocessing, data.championTest!);
    expect(metrics.accuracy).toBeGreaterThan(0.5);
  });

  it('names the columns that are gone or no longer numeric', async () => {
    const records = bundle.records.map(({ island: _island, ...rest }, i) => ({
      ...rest,
      flipper_length_mm: i % 2 ? 'long' : 'short',
    }));
    const { profile, plan } = await planFor(records);
    expect(await loadChampion(tf, baseline(), profile, plan)).toEqual({
      reason: "the schema changed: 'flipper_length_mm' is no longer numeric, 'island' is gone",
    });
  });

  it('refuses a baseline of another label, and one whose files are damaged', async () => {
    const other = await planFor(bundle.records, 'sex');
    expect(await loadChampion(tf, baseline(), other.profile, other.plan)).toEqual({
      reason: "it predicts 'species' by classification, this run 'sex' by classification",
    });
    const damaged = await mkdtemp(join(tmpdir(), 'champion-damaged-'));
    try {
      await writeFile(join(damaged, 'preprocessing.json'), '{not json');
      const { profile, plan } = await planFor(bundle.records);
      expect(await loadChampion(tf, baseline(damaged), profile, plan)).toEqual({
        reason: expect.stringMatching(/^its preprocessing could not be read/),
      });
    } finally {
      await rm(damaged, { recursive: true, force: true });
    }
  });
});
