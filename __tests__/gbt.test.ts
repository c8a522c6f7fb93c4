// The gradient-boosted trees family (YDF, WebAssembly): trains on a real fixture through the port, saves its zip,
// loads it again to identical predictions, trains deterministically, and leaves the process as it found it: no
// global error handlers of its own, and none of its log lines on stdout or stderr.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gbt } from '../src/ml/families/gbt.js';
import type { ModelRuntime, TrainingChunk, TrainingData } from '../src/ml/family.js';
import type { TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { UserError } from '../src/util/errors.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';
import { matrixRows } from '../src/data/rows.js';

const debugLines: string[] = [];
// The family never touches TensorFlow.js.
const runtime: ModelRuntime = { tf: {} as TF, debug: (line) => debugLines.push(line) };
const options = { settings: DEFAULT_TRAINING_SETTINGS, seed: 42 };
let root = '';

/** A fixture's encoded training split, through the stages the action runs. */
async function trainingData(file: string, label: string): Promise<TrainingData & TrainingChunk> {
  const { plan, preprocessing, data } = await prepareFixture(file, label);
  return { ...data.train, rows: matrixRows(data.train.x, data.train.y), task: plan.task, classes: preprocessing.classes?.length ?? 1 };
}

/** Everything written to stdout and stderr while `action` runs. */
async function captured(action: () => Promise<void>): Promise<string> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let text = '';
  const capture = (chunk: unknown) => ((text += String(chunk)), true);
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    await action();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return text;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gbt-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the gbt family', () => {
  it('trains on titanic, saves its zip, loads to identical probabilities, and trains the same trees twice', async () => {
    const data = await trainingData('titanic.csv', 'survived');
    const handlers = { uncaught: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
    let output = '';
    const dir = join(root, 'titanic');
    await mkdir(dir);
    const { model } = await gbt.train(runtime, data, options);
    output += await captured(() => model.save(dir));
    expect((await readdir(dir)).sort()).toEqual([...gbt.files].sort());
    expect(await gbt.checkFiles(dir, { inputs: data.x.cols, outputs: 2 })).toBeNull();

    const loaded = await gbt.load(runtime, dir);
    const predicted = model.predict(data.x);
    expect(predicted).toHaveLength(data.x.rows * 2);
    expect(Array.from(loaded.predict(data.x))).toEqual(Array.from(predicted));
    expect(loaded.describe()).toEqual({ family: 'gbt', inputs: data.x.cols, outputs: 2 });
    // Probabilities, and better than chance on the rows it learnt from.
    const correct = Array.from({ length: data.x.rows }, (_, r) => Number((predicted[2 * r + 1] as number) > 0.5) === data.y[r]);
    expect(correct.filter(Boolean).length / data.x.rows).toBeGreaterThan(0.8);

    let again: Float32Array = new Float32Array();
    output += await captured(async () => {
      const second = await gbt.train(runtime, data, options);
      again = second.model.predict(data.x);
      second.model.dispose();
    });
    expect(Array.from(again)).toEqual(Array.from(predicted));
    model.dispose();
    loaded.dispose();

    // YDF's factory installs rethrowing process handlers (exit code 7 and 148 kB of source for any stray error):
    // they are gone, and its absl and console lines went to the debug callback, not stdout or stderr.
    expect(process.listeners('uncaughtException')).toEqual(handlers.uncaught);
    expect(process.listeners('unhandledRejection')).toEqual(handlers.rejection);
    expect(output).toBe('');
    expect(debugLines.some((line) => line.startsWith('YDF: '))).toBe(true);
  });

  it('regression on tips: one value per row, the same after the round trip', async () => {
    const data = await trainingData('tips.csv', 'tip');
    const dir = join(root, 'tips');
    await mkdir(dir);
    const { model } = await gbt.train(runtime, data, options);
    await model.save(dir);
    const loaded = await gbt.load(runtime, dir);
    expect(loaded.describe()).toEqual({ family: 'gbt', inputs: data.x.cols, outputs: 1 });
    const predicted = model.predict(data.x);
    expect(predicted).toHaveLength(data.x.rows);
    expect(Array.from(loaded.predict(data.x))).toEqual(Array.from(predicted));
    model.dispose();
    loaded.dispose();
  });

  it('a damaged zip is named, never quoted, by the baseline check and the loader', async () => {
    const dir = join(root, 'damaged');
    await mkdir(dir);
    await writeFile(join(dir, 'model.zip'), 'PK secret-token-value');
    await writeFile(join(dir, 'gbt.json'), '{"inputs":1,"task":"regression"}');
    expect(await gbt.checkFiles(dir, { inputs: 1, outputs: 1 })).toBe('model.zip is not a zip file (cut short or damaged)');
    const failure = gbt.load(runtime, dir);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.not.toThrow(/secret-token-value/);
  });
});
