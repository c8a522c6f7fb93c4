// The blend family: mlp, linear and gbt trained on the same rows, saved each in a folder of its own, loaded again
// to identical outputs that are the mean of its members'; and a bundle whose members differ is refused, naming why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blend } from '../src/ml/families/blend.js';
import { gbt } from '../src/ml/families/gbt.js';
import { mlp } from '../src/ml/families/mlp.js';
import type { ModelRuntime, TrainingChunk, TrainingData } from '../src/ml/family.js';
import { loadTensorFlow } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { UserError } from '../src/util/errors.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';
import { matrixRows } from '../src/data/rows.js';

let runtime: ModelRuntime;
let root = '';
/** The family's input, and the same rows as a matrix to predict. */
let data: TrainingData & TrainingChunk;
const options = { settings: { ...DEFAULT_TRAINING_SETTINGS, epochs: 5 }, seed: 42 };

beforeAll(async () => {
  const { tf } = await loadTensorFlow('cpu', { workspace: tmpdir(), log: () => undefined });
  runtime = { tf, debug: () => undefined };
  root = await mkdtemp(join(tmpdir(), 'blend-'));
  const { plan, preprocessing, data: prepared } = await prepareFixture('iris.csv', 'species');
  data = { ...prepared.train, rows: matrixRows(prepared.train.x, prepared.train.y), task: plan.task, classes: preprocessing.classes?.length ?? 1 };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file below `dir`, as slash-separated relative paths. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

describe('the blend family', () => {
  it('saves its members in folders, loads to identical probabilities, and predicts their mean', async () => {
    const dir = join(root, 'iris');
    await mkdir(dir);
    const { model } = await blend.train(runtime, data, options);
    await model.save(dir);
    expect(await filesBelow(dir)).toEqual([...blend.files].sort());
    expect(blend.servingFiles).toEqual(gbt.servingFiles);
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBeNull();

    const loaded = await blend.load(runtime, dir);
    const predicted = model.predict(data.x);
    expect(Array.from(loaded.predict(data.x))).toEqual(Array.from(predicted));
    expect(loaded.describe()).toEqual({ family: 'blend', inputs: data.x.cols, outputs: 3 });

    const members = [await mlp.load(runtime, join(dir, 'mlp')), await mlp.load(runtime, join(dir, 'linear')), await gbt.load(runtime, join(dir, 'gbt'))];
    const outputs = members.map((member) => member.predict(data.x));
    const mean = Float32Array.from(outputs[0] as Float32Array, (_, i) => outputs.reduce((sum, o) => sum + (o[i] as number), 0) / 3);
    predicted.forEach((value, i) => expect(value).toBeCloseTo(mean[i] as number, 6));
    // linear has no hidden layer: its only kernel maps the inputs to the classes.
    expect(members[1]?.describe()).toEqual({ family: 'mlp', inputs: data.x.cols, outputs: 3 });
    for (const member of [...members, model, loaded]) member.dispose();
  });

  it('refuses a bundle whose blend.json names other members, or whose member is damaged', async () => {
    const dir = join(root, 'damaged');
    await mkdir(dir);
    const { model } = await blend.train(runtime, data, options);
    await model.save(dir);
    model.dispose();
    await writeFile(join(dir, 'gbt', 'gbt.json'), '{"inputs":999,"task":"classification"}');
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBe(`its gbt member: gbt.json records 999 inputs, preprocessing.json encodes ${data.x.cols}`);
    await writeFile(join(dir, 'blend.json'), '{"members":["mlp","gbt"]}');
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBe('blend.json does not name the members mlp, linear, gbt');
    const failure = blend.load(runtime, dir);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/blend\.json does not name the members mlp, linear, gbt; write it again with this action\./);
  });
});
