// The blend family: mlp, linear and gbt trained on the same rows, saved each in a folder of its own, loaded again
// to identical outputs that are the weighted mean of its members' (equal for `model: blend`, and for a bundle
// written before blends had weights); a member of weight 0 is neither trained nor saved; and a bundle whose
// members differ is refused, naming why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blend, weightedBlend } from '../src/ml/families/blend.js';
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

  it('predicts the weighted mean of its members of positive weight, trains and saves only those, and round-trips the weights', async () => {
    const dir = join(root, 'weighted');
    await mkdir(dir);
    const family = weightedBlend({ mlp: 0.75, linear: 0, gbt: 0.25 });
    // mlp and linear are both the MLP family: each training of one starts again at epoch 1.
    const firstEpochs: number[] = [];
    const { model } = await family.train(runtime, data, { ...options, onEpoch: (log) => (log.epoch === 1 ? firstEpochs.push(1) : undefined) });
    expect(firstEpochs).toHaveLength(1);
    await model.save(dir);
    expect(await filesBelow(dir)).toEqual([...family.files].sort());
    expect(family.files.some((file) => file.startsWith('linear/'))).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'blend.json'), 'utf8'))).toEqual({ members: ['mlp', 'gbt'], weights: [0.75, 0.25] });
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBeNull();

    // The registry's blend loads whatever weights the bundle records, and its model lists only the files it has.
    const loaded = await blend.load(runtime, dir);
    const predicted = model.predict(data.x);
    expect(Array.from(loaded.predict(data.x))).toEqual(Array.from(predicted));
    expect(loaded.family.files).toEqual(family.files);
    expect(model.family.files).toEqual(family.files);
    const [mlpOutputs, gbtOutputs] = [await mlp.load(runtime, join(dir, 'mlp')), await gbt.load(runtime, join(dir, 'gbt'))].map((member) => {
      const outputs = member.predict(data.x);
      member.dispose();
      return outputs;
    });
    predicted.forEach((value, i) => expect(value).toBeCloseTo(0.75 * (mlpOutputs?.[i] as number) + 0.25 * (gbtOutputs?.[i] as number), 6));
    model.dispose();
    loaded.dispose();
  });

  it('loads a bundle written before blends had weights as the equal mean of all three', async () => {
    const dir = join(root, 'unweighted');
    await mkdir(dir);
    const { model } = await blend.train(runtime, data, options);
    await model.save(dir);
    expect(JSON.parse(await readFile(join(dir, 'blend.json'), 'utf8'))).toEqual({ members: ['mlp', 'linear', 'gbt'], weights: [1 / 3, 1 / 3, 1 / 3] });
    await writeFile(join(dir, 'blend.json'), '{"members":["mlp","linear","gbt"]}\n');
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBeNull();
    const loaded = await blend.load(runtime, dir);
    const [equal, old] = [model.predict(data.x), loaded.predict(data.x)];
    old.forEach((value, i) => expect(value).toBeCloseTo(equal[i] as number, 6));
    model.dispose();
    loaded.dispose();
  });

  it('refuses a bundle whose blend.json names other members, or whose member is damaged', async () => {
    const dir = join(root, 'damaged');
    await mkdir(dir);
    const { model } = await blend.train(runtime, data, options);
    await model.save(dir);
    model.dispose();
    await writeFile(join(dir, 'gbt', 'gbt.json'), '{"inputs":999,"task":"classification"}');
    expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBe(`its gbt member: gbt.json records 999 inputs, preprocessing.json encodes ${data.x.cols}`);
    const refused = 'blend.json does not name some of the members mlp, linear, gbt, in that order';
    for (const members of ['["gbt","mlp"]', '["mlp","forest"]', '[]', '"mlp"']) {
      await writeFile(join(dir, 'blend.json'), `{"members":${members}}`);
      expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBe(refused);
    }
    for (const weights of ['[1]', '[0.5,0]', '[0.5,"0.5"]', '{}']) {
      await writeFile(join(dir, 'blend.json'), `{"members":["mlp","gbt"],"weights":${weights}}`);
      expect(await blend.checkFiles(dir, { inputs: data.x.cols, outputs: 3 })).toBe('blend.json does not give each of its 2 members a positive weight');
    }
    await writeFile(join(dir, 'blend.json'), '{"members":["gbt","mlp"]}');
    const failure = blend.load(runtime, dir);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/blend\.json does not name some of the members mlp, linear, gbt, in that order; write it again with this action\./);
  });
});
