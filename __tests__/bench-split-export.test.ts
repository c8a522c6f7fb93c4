import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportSplit } from '../bench/split-export.js';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { RawValue } from '../src/backends/data/types.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { readRows } from '../src/formats/read.js';
import { encodeRows, fitPreprocessing, type EncodedSplit } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';
import { emptyRecord } from '../src/util/values.js';

const fixtures = resolve('__fixtures__/data');

/** A fixture through the stages the action runs, as bench/quality.ts runs them. */
async function prepare(file: string, label: string) {
  const source = new LocalDataSource(file, fixtures);
  const files = await source.list();
  const split = new HoldoutSplit(0.2, 42);
  const profile = await profileRows(readRows(source, files), split, label);
  const plan = planTraining(profile, { dataDescription: source.description, label, features: [], exclude: [], task: 'auto', holdout: 0.2 });
  const preprocessing = fitPreprocessing(plan, profile, DEFAULT_TRAINING_SETTINGS.maxCategories);
  const data = await encodeRows(readRows(source, files), preprocessing, split, profile);
  return { rows: () => readRows(source, files), split, data };
}

async function exported(dir: string, name: string): Promise<RawValue[][]> {
  const text = await readFile(join(dir, name), 'utf8');
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as RawValue[]);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'split-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportSplit', () => {
  it.each([
    ['titanic.csv', 'survived'],
    ['tips.csv', 'tip'],
  ])('exports %s as exactly the rows, sides and values the model was trained and scored on', async (file, label) => {
    const { rows, split, data } = await prepare(file, label);
    const spec = await exportSplit(dir, rows(), split, data);
    expect(JSON.parse(await readFile(join(dir, 'spec.json'), 'utf8'))).toEqual(spec);
    const { encoder } = data;
    // Re-encoding each exported row must give the encoded matrices row for row: same rows, order and values.
    const check = (exportedRows: RawValue[][], encoded: EncodedSplit) => {
      expect(exportedRows).toHaveLength(encoded.x.rows);
      const width = encoder.width;
      const features = new Float32Array(width);
      exportedRows.forEach((values, r) => {
        const record = emptyRecord();
        spec.features.forEach((feature, index) => (record[feature.name] = values[index] ?? null));
        encoder.encodeFeatures(record, features, 0);
        expect(Array.from(features)).toEqual(Array.from(encoded.x.data.subarray(r * width, (r + 1) * width)));
        expect(Math.fround(encoder.encodeLabel(values.at(-1)) ?? Number.NaN)).toBe(encoded.y[r]);
      });
    };
    check(await exported(dir, 'train.jsonl'), data.train);
    check(await exported(dir, 'holdout.jsonl'), data.test);
  });

  it('refuses rows other than those encoded', async () => {
    const { split, data } = await prepare('tips.csv', 'tip');
    const fewer = async function* (all: ReturnType<typeof readRows>) {
      let kept = 0;
      for await (const row of all) if (kept++ % 2 === 0) yield row;
    };
    const source = new LocalDataSource('tips.csv', fixtures);
    await expect(exportSplit(dir, fewer(readRows(source, await source.list())), split, data)).rejects.toThrow(
      /differ from those encoded/,
    );
  });
});
