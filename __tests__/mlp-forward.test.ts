import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import { loadModel, serializeModel, type ModelConfig } from '../src/ml/families/mlp.js';
import { ForwardPass } from '../src/ml/families/mlp/forward.js';
import type { Matrix } from '../src/ml/family.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { UserError } from '../src/util/errors.js';

const INPUTS = 5;
const ACTIVATIONS: ReadonlyArray<ModelConfig['activation']> = ['relu', 'tanh', 'elu', 'selu'];

/** A Dense stack as the family builds it, with random weights (training is not what is under test). */
function denseStack(tf: TF, options: { activation: ModelConfig['activation']; outputs: number; dropout: boolean; seed: number }): LayersModel {
  const model = tf.sequential();
  [7, 4].forEach((units, index) => {
    model.add(
      tf.layers.dense({
        units,
        activation: options.activation,
        kernelInitializer: tf.initializers.randomNormal({ stddev: 1, seed: options.seed + index }),
        biasInitializer: tf.initializers.randomNormal({ stddev: 0.5, seed: options.seed + 10 + index }),
        ...(index === 0 ? { inputShape: [INPUTS] } : {}),
      }),
    );
    if (options.dropout) model.add(tf.layers.dropout({ rate: 0.3, seed: options.seed }));
  });
  model.add(
    tf.layers.dense({
      units: options.outputs,
      activation: options.outputs > 1 ? 'softmax' : 'linear',
      kernelInitializer: tf.initializers.randomNormal({ stddev: 1, seed: options.seed + 20 }),
      biasInitializer: tf.initializers.randomNormal({ stddev: 0.5, seed: options.seed + 21 }),
    }),
  );
  return model;
}

function rows(count: number, seed: number): Matrix {
  const random = mulberry32(seed);
  return { data: Float32Array.from({ length: count * INPUTS }, () => (random() - 0.5) * 6), rows: count, cols: INPUTS };
}

function layersPredict(tf: TF, model: LayersModel, x: Matrix): Float32Array {
  return tf.tidy(() => (model.predict(tf.tensor2d(x.data, [x.rows, x.cols])) as Tensor).dataSync() as Float32Array);
}

/** Within 1e-6, relative above 1 (outputs of random weights reach tens); on cpu and wasm they are in fact bit-identical. */
function expectWithin(actual: Float32Array, expected: Float32Array, tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  const worst = actual.reduce((max, value, index) => {
    const want = expected[index] as number;
    return Math.max(max, Math.abs(value - want) / Math.max(1, Math.abs(want)));
  }, 0);
  expect(worst).toBeLessThanOrEqual(tolerance);
}

describe.each(['cpu', 'wasm'] as const)('the MLP forward pass on %s', (backend) => {
  let tf: TF;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow(backend, { workspace: os.tmpdir(), log: () => undefined }));
  });

  describe.each(ACTIVATIONS)('%s hidden layers', (activation) => {
    it.each([
      ['classification (softmax), with dropout layers', 3, true],
      ['classification (softmax), without dropout layers', 3, false],
      ['regression (linear), with dropout layers', 1, true],
      ['regression (linear), without dropout layers', 1, false],
    ] as const)('answers as LayersModel.predict to 1e-6: %s', (_, outputs, dropout) => {
      const model = denseStack(tf, { activation, outputs, dropout, seed: 3 });
      const forward = ForwardPass.of(tf, model);
      for (const count of [1, 8, 300]) {
        const x = rows(count, count);
        expectWithin(forward.predict(x), layersPredict(tf, model, x), 1e-6);
      }
      forward.dispose();
      model.dispose();
    });
  });

  it('splits a matrix past its rows per pass and leaks no tensors', () => {
    const model = denseStack(tf, { activation: 'relu', outputs: 3, dropout: true, seed: 5 });
    const x = rows(4096 * 2 + 17, 9);
    const before = tf.memory().numTensors;
    const forward = ForwardPass.of(tf, model);
    expectWithin(forward.predict(x), layersPredict(tf, model, x), 1e-6);
    forward.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('loading an MLP the forward pass cannot compute', () => {
  let tf: TF;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlp-forward-'));
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('cpu', { workspace: tmp, log: () => undefined }));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function saved(model: LayersModel): Promise<string> {
    const files = await serializeModel(tf, model);
    const dir = mkdtempSync(path.join(tmp, 'model-'));
    writeFileSync(path.join(dir, 'model.json'), files['model.json']);
    writeFileSync(path.join(dir, 'weights.bin'), files['weights.bin']);
    model.dispose();
    return dir;
  }

  it('is a UserError naming model.json and the layer', async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ name: 'hidden', units: 4, inputShape: [INPUTS] }));
    model.add(tf.layers.batchNormalization({ name: 'norm' }));
    model.add(tf.layers.dense({ units: 1 }));
    const dir = await saved(model);
    const loading = loadModel(tf, dir);
    await expect(loading).rejects.toThrow(UserError);
    await expect(loadModel(tf, dir)).rejects.toThrow(
      `Model file ${path.join(dir, 'model.json')} has a BatchNormalization layer ('norm'): MLP models are Dense and Dropout layers; write it again with this action.`,
    );
  });

  it('names an activation MLP models do not use', async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ name: 'hidden', units: 4, activation: 'sigmoid', inputShape: [INPUTS] }));
    model.add(tf.layers.dense({ units: 1 }));
    const dir = await saved(model);
    await expect(loadModel(tf, dir)).rejects.toThrow(`has a Dense layer ('hidden') with the activation 'sigmoid', which MLP models do not use`);
  });
});
