import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportSplit } from '../bench/split-export.js';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { RawValue } from '../src/backends/data/types.js';
import { readRows } from '../src/formats/read.js';
import { type EncodedSplit } from '../src/data/prepare.js';
import { emptyRecord } from '../src/util/values.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';

const fixtures = resolve('__fixtures__/data');

/** A fixture through the stages the action runs, as bench/quality.ts runs them. */
async function prepare(file: string, label: string) {
  const { rows, split, data } = await prepareFixture(file, label);
  return { rows, split, data };
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
