import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_MODEL_CONFIG,
  loadModel,
  predictOutputs,
  serializeModel,
  trainModel,
  type ModelConfig,
  type MlpTrainOptions as TrainOptions,
} from '../src/ml/families/mlp.js';
import type { Matrix } from '../src/ml/family.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { UserError } from '../src/util/errors.js';

// tfjs's test_util was written for Jasmine: a passing expectArraysClose ends with expect().nothing(); a failing
// one throws its own Error.
expect.extend({ nothing: () => ({ pass: true, message: () => 'expected nothing' }) });

const SMALL: ModelConfig = { ...DEFAULT_MODEL_CONFIG, hiddenLayers: [8], epochs: 40, batchSize: 16, learningRate: 0.02 };

/** Three well-separated 2-D blobs, `perClass` rows each; y is the blob index. */
function blobs(perClass: number, seed: number): { x: Matrix; y: Float32Array } {
  const random = mulberry32(seed);
  const centres = [[-2, 0], [2, 0], [0, 3]];
  const rows = perClass * centres.length;
  const data = new Float32Array(rows * 2);
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const centre = centres[r % 3] as number[];
    data[r * 2] = (centre[0] as number) + random() - 0.5;
    data[r * 2 + 1] = (centre[1] as number) + random() - 0.5;
    y[r] = r % 3;
  }
  return { x: { data, rows, cols: 2 }, y };
}

/** y = 2·a − b + small noise, a and b uniform in [−1, 1]. */
function line(rows: number, seed: number): { x: Matrix; y: Float32Array } {
  const random = mulberry32(seed);
  const data = Float32Array.from({ length: rows * 2 }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, r) => 2 * (data[r * 2] as number) - (data[r * 2 + 1] as number) + (random() - 0.5) * 0.05);
  return { x: { data, rows, cols: 2 }, y };
}

function accuracy(probabilities: Float32Array, y: Float32Array, classes: number): number {
  let correct = 0;
  y.forEach((label, r) => {
    const row = Array.from(probabilities.subarray(r * classes, (r + 1) * classes));
    if (row.indexOf(Math.max(...row)) === label) correct++;
  });
  return correct / y.length;
}

async function weightsOf(tf: TF, model: import('@tensorflow/tfjs').LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (weight) => (await weight.data()) as Float32Array));
}

describe.each(['cpu', 'wasm'] as const)('trainModel on %s', (backend) => {
  let tf: TF;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow(backend, { workspace: os.tmpdir(), log: () => undefined }));
  });

  it('learns three classes and predicts a probability row per input row', async () => {
    const { x, y } = blobs(30, 1);
    const epochs: number[] = [];
    const trained = await trainModel(tf, x, y, {
      task: 'classification',
      classes: 3,
      config: SMALL,
      seed: 7,
      onEpoch: (log, planned) => {
        expect(planned).toBe(SMALL.epochs);
        epochs.push(log.epoch);
      },
    });
    expect(epochs).toEqual(trained.history.map((log) => log.epoch));
    expect(epochs[0]).toBe(1);
    expect(trained.history.every((log) => Number.isFinite(log.loss) && Number.isFinite(log.valLoss))).toBe(true);

    const probabilities = predictOutputs(tf, trained.model, x);
    expect(probabilities).toHaveLength(x.rows * 3);
    for (let r = 0; r < x.rows; r++) {
      expect(probabilities[r * 3]! + probabilities[r * 3 + 1]! + probabilities[r * 3 + 2]!).toBeCloseTo(1, 5);
    }
    expect(accuracy(probabilities, y, 3)).toBeGreaterThanOrEqual(0.95);
    trained.model.dispose();
  });

  it('fits a regression with one output per row', async () => {
    const { x, y } = line(80, 2);
    const trained = await trainModel(tf, x, y, { task: 'regression', classes: 0, config: SMALL, seed: 7 });
    const predictions = predictOutputs(tf, trained.model, x);
    expect(predictions).toHaveLength(x.rows);
    const meanSquaredError = y.reduce((sum, target, r) => sum + (target - predictions[r]!) ** 2, 0) / y.length;
    // The targets' variance is about 5/3; a fitted line leaves a small fraction of it.
    expect(meanSquaredError).toBeLessThan(0.1);
    trained.model.dispose();
  });
});

describe('trainModel (cpu)', () => {
  let tf: TF;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ml-model-'));
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('cpu', { workspace: tmp, log: () => undefined }));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const classification = (seed: number, config: ModelConfig = SMALL): TrainOptions => ({
    task: 'classification',
    classes: 3,
    config,
    seed,
  });

  it('is deterministic: the same seed and data give identical weights and files, another seed other weights', async () => {
    const { x, y } = blobs(20, 3);
    // Dropout on, so the per-batch masks are part of what must reproduce.
    const config = { ...SMALL, dropout: 0.3, epochs: 5 };
    const first = await trainModel(tf, x, y, classification(11, config));
    const second = await trainModel(tf, x, y, classification(11, config));
    const other = await trainModel(tf, x, y, classification(12, config));
    expect(await weightsOf(tf, second.model)).toEqual(await weightsOf(tf, first.model));
    expect(second.history).toEqual(first.history);
    expect(await weightsOf(tf, other.model)).not.toEqual(await weightsOf(tf, first.model));
    expect(await serializeModel(tf, second.model)).toEqual(await serializeModel(tf, first.model));
    for (const trained of [first, second, other]) trained.model.dispose();
  });

  it('stops when the validation loss plateaus and restores the best epoch’s weights', async () => {
    // One feature of signal under as much noise: validation loss falls while the network learns the signal,
    // then rises as it memorises the noise (with this seed: best epoch 12 of 17).
    const random = mulberry32(5);
    const data = Float32Array.from({ length: 60 * 4 }, () => random() * 2 - 1);
    const x: Matrix = { data, rows: 60, cols: 4 };
    const y = Float32Array.from({ length: 60 }, (_, r) => data[r * 4]! + random() * 2 - 1);
    const config: ModelConfig = { ...SMALL, hiddenLayers: [32, 32], dropout: 0, epochs: 200, patience: 5, learningRate: 0.003 };
    const options: TrainOptions = { task: 'regression', classes: 0, config, seed: 9 };
    const stopped = await trainModel(tf, x, y, options);

    expect(stopped.stoppedEarly).toBe(true);
    expect(stopped.bestEpoch).toBeGreaterThan(1);
    expect(stopped.history).toHaveLength(stopped.bestEpoch + config.patience);
    const bestValLoss = stopped.history[stopped.bestEpoch - 1]!.valLoss;
    for (const log of stopped.history.slice(stopped.bestEpoch)) {
      expect(log.valLoss).toBeGreaterThan(bestValLoss - config.minDelta);
    }
    // The same run cut at the best epoch ends with that epoch's weights (it is its best and last epoch).
    const cut = await trainModel(tf, x, y, { ...options, config: { ...config, epochs: stopped.bestEpoch } });
    expect(cut.stoppedEarly).toBe(false);
    expect(cut.bestEpoch).toBe(stopped.bestEpoch);
    expect(await weightsOf(tf, stopped.model)).toEqual(await weightsOf(tf, cut.model));
    stopped.model.dispose();
    cut.model.dispose();
  });

  it('skips validation below 10 rows and then watches the training loss', async () => {
    const { x, y } = line(8, 4);
    const trained = await trainModel(tf, x, y, { task: 'regression', classes: 0, config: { ...SMALL, epochs: 3 }, seed: 1 });
    expect(trained.history).toHaveLength(3);
    expect(trained.history.every((log) => Number.isNaN(log.valLoss) && Number.isFinite(log.loss))).toBe(true);
    trained.model.dispose();
  });

  it('a loss that overflows in the first epoch is a UserError pointing at the learning rate', async () => {
    const { x } = line(20, 5);
    const y = new Float32Array(20).fill(1e30); // squared, beyond float32: the loss is Infinity at once
    const training = trainModel(tf, x, y, { task: 'regression', classes: 0, config: SMALL, seed: 1 });
    await expect(training).rejects.toThrow(UserError);
    await expect(training).rejects.toThrow(/^Training diverged: the loss was Infinity in epoch 1\. Lower learningRate in model-config/);
  });

  it('leaks no tensors through training, prediction and serialisation', async () => {
    const { x, y } = blobs(20, 6);
    // Dropout and early stopping both on, so the weight snapshots and their restore are exercised.
    const config = { ...SMALL, dropout: 0.2, epochs: 30, patience: 2 };
    const run = async (): Promise<void> => {
      const trained = await trainModel(tf, x, y, classification(3, config));
      predictOutputs(tf, trained.model, x);
      await serializeModel(tf, trained.model);
      trained.model.dispose();
    };
    await run(); // tfjs caches a few constant tensors on first use; count from the second run.
    const before = tf.memory().numTensors;
    await run();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('serialises to model.json + weights.bin that load back with identical predictions', async () => {
    const { x, y } = blobs(20, 8);
    const trained = await trainModel(tf, x, y, classification(5, { ...SMALL, epochs: 10 }));
    const files = await serializeModel(tf, trained.model);
    const modelJson = JSON.parse(files['model.json'].toString('utf8'));
    expect(modelJson.weightsManifest).toEqual([{ paths: ['weights.bin'], weights: expect.any(Array) }]);
    expect(modelJson.modelTopology.class_name).toBe('Sequential');

    const dir = mkdtempSync(path.join(tmp, 'model-'));
    writeFileSync(path.join(dir, 'model.json'), files['model.json']);
    writeFileSync(path.join(dir, 'weights.bin'), files['weights.bin']);
    const loaded = await loadModel(tf, dir);
    tf.test_util.expectArraysClose(predictOutputs(tf, loaded, x), predictOutputs(tf, trained.model, x));
    loaded.dispose();
    trained.model.dispose();
  });

  describe('loadModel errors name the file', () => {
    let saved: string;
    beforeAll(async () => {
      const { x, y } = blobs(5, 9);
      const trained = await trainModel(tf, x, y, classification(1, { ...SMALL, epochs: 1 }));
      const files = await serializeModel(tf, trained.model);
      trained.model.dispose();
      saved = mkdtempSync(path.join(tmp, 'saved-'));
      writeFileSync(path.join(saved, 'model.json'), files['model.json']);
      writeFileSync(path.join(saved, 'weights.bin'), files['weights.bin']);
    });

    function copyWith(name: string, contents: string | Buffer): string {
      const dir = mkdtempSync(path.join(tmp, 'broken-'));
      for (const file of ['model.json', 'weights.bin']) {
        writeFileSync(path.join(dir, file), file === name ? contents : readFileSync(path.join(saved, file)));
      }
      return dir;
    }

    it('missing model.json', async () => {
      const dir = mkdtempSync(path.join(tmp, 'empty-'));
      const loading = loadModel(tf, dir);
      await expect(loading).rejects.toThrow(UserError);
      await expect(loading).rejects.toThrow(`Model file ${path.join(dir, 'model.json')} cannot be read`);
    });

    it('model.json that is not JSON', async () => {
      const dir = copyWith('model.json', '{"modelTopology": ');
      await expect(loadModel(tf, dir)).rejects.toThrow(`Model file ${path.join(dir, 'model.json')} is not valid JSON`);
    });

    it('model.json that is JSON but not a layers model', async () => {
      const dir = copyWith('model.json', '{"hello": "world"}');
      await expect(loadModel(tf, dir)).rejects.toThrow(`Model file ${path.join(dir, 'model.json')} has no modelTopology`);
    });

    it('truncated weights.bin', async () => {
      const dir = copyWith('weights.bin', readFileSync(path.join(saved, 'weights.bin')).subarray(0, 10));
      await expect(loadModel(tf, dir)).rejects.toThrow(`Model file ${path.join(dir, 'weights.bin')} has 10 bytes`);
    });
  });
});
