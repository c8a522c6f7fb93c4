import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalDataSource } from '../src/backends/data/local.js';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { readRows, type DataRow } from '../src/formats/read.js';
import { encodeRows, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';

/** Names that are keys of Object.prototype: on a plain `{}` they are inherited or, for __proto__, a setter. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'column-names-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* replay(rows: readonly DataRow[]): AsyncGenerator<DataRow> {
  yield* rows;
}

async function rowsIn(name: string, content: string): Promise<DataRow[]> {
  await writeFile(path.join(dir, name), content);
  const source = new LocalDataSource(name, dir);
  const rows: DataRow[] = [];
  for await (const row of readRows(source, await source.list())) rows.push(row);
  return rows;
}

describe('column names that are keys of Object.prototype', () => {
  it('are plain own columns of a CSV header', async () => {
    const rows = await rowsIn('proto.csv', `${PROTOTYPE_NAMES.join(',')},label\n1,2,3,4,yes\n`);
    expect(Object.keys(rows[0]!.values)).toEqual([...PROTOTYPE_NAMES, 'label']);
    expect(PROTOTYPE_NAMES.map((name) => rows[0]!.values[name])).toEqual(['1', '2', '3', '4']);
  });

  it('read as absent, not as Object.prototype members, when a JSON Lines record omits them', async () => {
    const rows = await rowsIn('omits.jsonl', '{"__proto__": 1, "constructor": "a", "y": 1}\n{"y": 2}\n');
    expect(rows[0]!.values['__proto__']).toBe(1);
    expect(Object.keys(rows[0]!.values)).toEqual(['__proto__', 'constructor', 'y']);
    for (const name of PROTOTYPE_NAMES) expect(rows[1]!.values[name]).toBeUndefined();
  });

  it('survive profiling, encoding and the sample instances sent to the deployed function', async () => {
    // Written as text: an object literal's __proto__ would set its prototype instead of making a key.
    const lines = Array.from(
      { length: 200 },
      (_, i) =>
        `{"__proto__": ${i % 7}, "constructor": "${['a', 'b'][i % 2]}", "toString": ${i % 3}, ` +
        `"label": "${i % 2 === 0 ? 'even' : '__proto__'}"}`,
    );
    const rows = await rowsIn('train.jsonl', `${lines.join('\n')}\n`);
    const split = new HoldoutSplit(0.25, 1);
    const profile = await profileRows(replay(rows), split);
    expect(profile.columns.map((column) => column.name)).toEqual(['__proto__', 'constructor', 'toString', 'label']);
    const plan = planTraining(profile, { dataDescription: 'train.jsonl', label: 'label', features: [], exclude: [], task: 'auto', holdout: 0.25 });
    const preprocessing = fitPreprocessing(plan, profile, 20);
    expect(preprocessing.classes).toEqual(['__proto__', 'even']);
    const data = await encodeRows(replay(rows), preprocessing, split, profile);

    // The function receives the samples as JSON and requires every feature as an own key.
    const sent = JSON.parse(JSON.stringify(data.samples)) as Array<Record<string, unknown>>;
    expect(sent.length).toBeGreaterThan(0);
    for (const instance of sent) expect(Object.keys(instance).sort()).toEqual(['__proto__', 'constructor', 'toString']);

    // A class named __proto__ keeps its probability in the answer.
    const [prediction] = new RecordEncoder(preprocessing).decode(new Float32Array([0.25, 0.75]), 1);
    expect(JSON.stringify(prediction)).toBe('{"label":"even","probabilities":{"__proto__":0.25,"even":0.75}}');
  });
});
