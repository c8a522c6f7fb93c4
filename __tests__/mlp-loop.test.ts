// The MLP's lean training loop (src/ml/families/mlp/): the same maths as the Layers trainOnBatch loop it
// replaced, one device read per epoch, chunked data read once per epoch, and reproducible for a seed.
import { beforeAll, describe, expect, it } from '@jest/globals';
import os from 'node:os';
import type { LayersModel } from '@tensorflow/tfjs';
import { DEFAULT_MODEL_CONFIG, serializeModel, trainModel, type ModelConfig } from '../src/ml/families/mlp.js';
import { matrixRows } from '../src/data/rows.js';
import { fitNetwork } from '../src/ml/families/mlp/loop.js';
import { Network, type Batch } from '../src/ml/families/mlp/network.js';
import type { Matrix, TrainingChunk, TrainingRows } from '../src/ml/family.js';
import { mulberry32, shuffleInPlace } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';

// tfjs's test_util was written for Jasmine: a passing expectArraysClose ends with expect().nothing().
expect.extend({ nothing: () => ({ pass: true, message: () => 'expected nothing' }) });

const SMALL: ModelConfig = { ...DEFAULT_MODEL_CONFIG, hiddenLayers: [8, 6], dropout: 0, epochs: 3, batchSize: 16, learningRate: 0.01 };

/** `rows` rows of `cols` uniform features in [−1, 1]; the label is a class index (of 3) or a noisy sum. */
function rowsOf(rows: number, cols: number, task: 'classification' | 'regression', seed: number): { x: Matrix; y: Float32Array } {
  const random = mulberry32(seed);
  const data = Float32Array.from({ length: rows * cols }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, r) => {
    const score = (data[r * cols] as number) - 0.5 * (data[r * cols + 1] as number);
    return task === 'classification' ? (score < -0.3 ? 0 : score < 0.3 ? 1 : 2) : score + (random() - 0.5) * 0.1;
  });
  return { x: { data, rows, cols }, y };
}

async function weightsOf(model: LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (weight) => (await weight.data()) as Float32Array));
}

// One batch per epoch holding every row, so the row order cannot matter: each epoch is one full-batch Adam step,
// which Layers' trainOnBatch takes from the same initial weights with the same loss and optimiser.
const LAYERS_CASES = [
  ['classification', 'relu', 0],
  ['classification', 'tanh', 0.01],
  ['regression', 'elu', 0],
  ['regression', 'selu', 0.01],
] as const;

async function expectLayersSteps(tf: TF, task: 'classification' | 'regression', activation: ModelConfig['activation'], l2: number): Promise<void> {
  const { x, y } = rowsOf(40, 3, task, 1);
  const config: ModelConfig = { ...SMALL, activation, l2, batchSize: x.rows, validationFraction: 0, minDelta: 0 };
  const options = { task, classes: 3, seed: 5 };
  // Zero epochs: the model exactly as it starts, with the seed's initial weights.
  const initial = await trainModel(tf, x, y, { ...options, config: { ...config, epochs: 0 } });
  const lean = await trainModel(tf, x, y, { ...options, config });
  expect(lean.bestEpoch).toBe(config.epochs);

  initial.model.compile({ optimizer: tf.train.adam(config.learningRate), loss: task === 'classification' ? 'categoricalCrossentropy' : 'meanSquaredError' });
  const xs = tf.tensor2d(x.data, [x.rows, x.cols]);
  const ys = task === 'classification' ? tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), 3), 'float32') : tf.tensor2d(y, [x.rows, 1]);
  const layersLosses: number[] = [];
  for (let epoch = 0; epoch < config.epochs; epoch++) layersLosses.push((await initial.model.trainOnBatch(xs, ys)) as number);
  tf.dispose([xs, ys]);

  const expected = await weightsOf(initial.model);
  const actual = await weightsOf(lean.model);
  actual.forEach((weights, i) => tf.test_util.expectArraysClose(weights, expected[i] as Float32Array, 1e-4));
  // Layers reports the loss with the L2 penalty; the lean loop reports the data's loss.
  if (l2 === 0) tf.test_util.expectArraysClose(lean.history.map((log) => log.loss), layersLosses, 1e-4);
  initial.model.dispose();
  lean.model.dispose();
}

/** A Network's Batch of `rows` rows of `x`, as the loop uploads it (no dropout). */
function batchOf(tf: TF, x: Matrix, targets: Float32Array, outputs: number, first: number, rows: number): Batch {
  const features = x.data.subarray(first * x.cols, (first + rows) * x.cols);
  const transposed = new Float32Array((x.cols + 1) * rows).fill(1);
  for (let r = 0; r < rows; r++) for (let c = 0; c < x.cols; c++) transposed[c * rows + r] = features[r * x.cols + c] as number;
  return {
    x: tf.tensor3d(features, [1, rows, x.cols]),
    xTransposedWithOnes: tf.tensor3d(transposed, [1, x.cols + 1, rows]),
    y: tf.tensor3d(targets.subarray(first * outputs, (first + rows) * outputs), [1, rows, outputs]),
    masks: [],
  };
}

describe('the lean loop (cpu)', () => {
  let tf: TF;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('cpu', { workspace: os.tmpdir(), log: () => undefined }));
  });

  it.each(LAYERS_CASES)('takes the steps a Layers trainOnBatch loop takes: %s, %s, l2 %s', (task, activation, l2) => expectLayersSteps(tf, task, activation, l2));

  // A chunk's last batch is shorter than batchSize; its gradient must be scaled to the same multiple of the mean's
  // gradient as a full batch's, or Adam's moments would mix two scales.
  it.each(['classification', 'regression'] as const)('takes the Layers steps on a full batch and then a shorter one: %s', async (task) => {
    const { x, y } = rowsOf(30, 3, task, 8);
    const outputs = task === 'classification' ? 3 : 1;
    const targets = task === 'classification' ? Float32Array.from({ length: 30 * 3 }, (_, i) => (y[Math.floor(i / 3)] === i % 3 ? 1 : 0)) : y;
    const model = tf.sequential({
      layers: [tf.layers.dense({ units: 5, activation: 'relu', inputShape: [3] }), tf.layers.dense({ units: outputs, activation: task === 'classification' ? 'softmax' : 'linear' })],
    });
    const network = new Network(
      tf,
      { inputs: 3, hiddenLayers: [5], outputs, activation: 'relu', task, learningRate: 0.05, l2: 0, batchSize: 20 },
      model.getWeights(),
    );
    for (const [first, rows] of [[0, 20], [20, 10], [0, 20], [20, 10]] as const) {
      const batch = batchOf(tf, x, targets, outputs, first, rows);
      network.trainStep(batch);
      tf.dispose([batch.x, batch.xTransposedWithOnes, batch.y]);
    }
    const lean = network.weights();
    model.compile({ optimizer: tf.train.adam(0.05), loss: task === 'classification' ? 'categoricalCrossentropy' : 'meanSquaredError' });
    for (const [first, rows] of [[0, 20], [20, 10], [0, 20], [20, 10]] as const) {
      const xs = tf.tensor2d(x.data.subarray(first * 3, (first + rows) * 3), [rows, 3]);
      const ys = tf.tensor2d(targets.subarray(first * outputs, (first + rows) * outputs), [rows, outputs]);
      await model.trainOnBatch(xs, ys);
      tf.dispose([xs, ys]);
    }
    const expected = await weightsOf(model);
    for (const [i, weights] of lean.entries()) tf.test_util.expectArraysClose(await weights.data(), expected[i] as Float32Array, 1e-4);
    tf.dispose(lean);
    network.dispose();
    model.dispose();
  });

  it('reads from the device once per epoch, not once per batch', async () => {
    const { x, y } = rowsOf(200, 3, 'classification', 2);
    const engine = tf.engine();
    const { read, readSync } = engine;
    let reads = 0;
    engine.read = (...args) => (reads++, read.apply(engine, args));
    engine.readSync = (...args) => (reads++, readSync.apply(engine, args));
    try {
      // 180 training rows in batches of 16: 12 steps an epoch, and a validation slice evaluated each epoch.
      const trained = await trainModel(tf, x, y, { task: 'classification', classes: 3, config: SMALL, seed: 3 });
      expect(trained.history).toHaveLength(SMALL.epochs);
      expect(reads).toBe(SMALL.epochs);
      trained.model.dispose();
    } finally {
      engine.read = read;
      engine.readSync = readSync;
    }
  });

  it('reads every chunk once per epoch, in the order the rows draw from the run\'s PRNG, and trains as well as from one chunk', async () => {
    const { x, y } = rowsOf(90, 3, 'regression', 4);
    const whole = matrixRows(x, y);
    const reads: number[] = [];
    // The same rows as three chunks of 30, as a store on disk would hand them over.
    const pieces: TrainingChunk[] = [0, 1, 2].map((i) => ({ x: { data: x.data.slice(i * 90, (i + 1) * 90), rows: 30, cols: 3 }, y: y.slice(i * 30, (i + 1) * 30) }));
    const chunked: TrainingRows = {
      rows: x.rows,
      cols: x.cols,
      async *chunks(random) {
        for (const index of shuffleInPlace([0, 1, 2], random)) {
          reads.push(index);
          yield pieces[index] as TrainingChunk;
        }
      },
      async *inOrder() {
        yield* pieces;
      },
      holdBack: () => Promise.reject(new Error('the loop never splits its rows')),
    };
    const fit = async (train: TrainingRows) => {
      const model = tf.sequential({
        layers: [tf.layers.dense({ units: 8, activation: 'relu', inputShape: [3] }), tf.layers.dense({ units: 1 })],
      });
      const config = { ...SMALL, hiddenLayers: [8], epochs: 20, learningRate: 0.02 };
      const result = await fitNetwork(tf, model, train, null, { task: 'regression', outputs: 1, config, random: mulberry32(9) });
      model.dispose();
      return result;
    };
    const fromChunks = await fit(chunked);
    expect(reads).toHaveLength(3 * 20);
    const epochs = Array.from({ length: 20 }, (_, epoch) => reads.slice(epoch * 3, epoch * 3 + 3));
    for (const order of epochs) expect([...order].sort()).toEqual([0, 1, 2]);
    expect(new Set(epochs.map((order) => order.join())).size).toBeGreaterThan(1);
    const fromOne = await fit(whole);
    const last = (history: { loss: number }[]) => history.at(-1)?.loss ?? Number.NaN;
    // Both learn the same function: the loss falls to a small fraction of the first epoch's, and they end near each other.
    for (const result of [fromChunks, fromOne]) expect(last(result.history)).toBeLessThan(0.2 * (result.history[0]?.loss ?? 0));
    expect(last(fromChunks.history)).toBeCloseTo(last(fromOne.history), 1);
  });

  it('reports rows done after each chunk, and stops after the epoch in which max-training-time runs out', async () => {
    const { x, y } = rowsOf(200, 3, 'classification', 7);
    const progress: Array<{ rows: number; totalRows: number; epoch: number }> = [];
    let checks = 0;
    // The budget (an injected clock, not wall time) runs out at the second check: after epoch 2 of 10.
    const outOfTime = () => ++checks >= 2;
    const trained = await trainModel(tf, x, y, {
      task: 'classification',
      classes: 3,
      config: { ...SMALL, epochs: 10, patience: 10, validationFraction: 0 },
      seed: 2,
      outOfTime,
      onProgress: ({ rows, totalRows, epoch }) => progress.push({ rows, totalRows, epoch }),
    });
    expect(trained.history).toHaveLength(2);
    expect(trained.stoppedEarly).toBe(true);
    expect(progress.map((p) => p.epoch)).toEqual([1, 2]);
    expect(progress.every((p) => p.rows === 200 && p.totalRows === 200)).toBe(true);
    trained.model.dispose();
  });

  it('saves the Layers files serving reads, with the layer and weight names of before', async () => {
    const { x, y } = rowsOf(30, 3, 'classification', 6);
    const trained = await trainModel(tf, x, y, { task: 'classification', classes: 3, config: { ...SMALL, dropout: 0.2 }, seed: 1 });
    const modelJson = JSON.parse((await serializeModel(tf, trained.model))['model.json'].toString('utf8'));
    const layers = modelJson.modelTopology.config.layers.map((layer: { config: { name: string } }) => layer.config.name);
    expect(layers).toEqual(['hidden_1', 'dropout_1', 'hidden_2', 'dropout_2', 'output']);
    const weights = modelJson.weightsManifest[0].weights.map((spec: { name: string }) => spec.name);
    expect(weights).toEqual(['hidden_1/kernel', 'hidden_1/bias', 'hidden_2/kernel', 'hidden_2/bias', 'output/kernel', 'output/bias']);
    trained.model.dispose();
  });
});

describe('the lean loop (wasm)', () => {
  let tf: TF;
  beforeAll(async () => {
    ({ tf } = await loadTensorFlow('wasm', { workspace: os.tmpdir(), log: () => undefined }));
  });

  // wasm multiplies transposed operands its own way (blockGradient): the same maths on its path too.
  it.each(LAYERS_CASES)('takes the steps a Layers trainOnBatch loop takes: %s, %s, l2 %s', (task, activation, l2) => expectLayersSteps(tf, task, activation, l2));

  it('is deterministic for a seed with dropout on, and the seed decides the dropout masks', async () => {
    const { x, y } = rowsOf(120, 3, 'classification', 7);
    const config = { ...SMALL, dropout: 0.3 };
    const train = (seed: number, settings: ModelConfig = config) => trainModel(tf, x, y, { task: 'classification', classes: 3, config: settings, seed });
    const first = await train(11);
    const second = await train(11);
    const without = await train(11, { ...config, dropout: 0 });
    const other = await train(12);
    expect(await weightsOf(second.model)).toEqual(await weightsOf(first.model));
    expect(second.history).toEqual(first.history);
    // Dropout's masks are applied (the same seed without dropout ends elsewhere) and come from the seed.
    expect(await weightsOf(without.model)).not.toEqual(await weightsOf(first.model));
    expect(await weightsOf(other.model)).not.toEqual(await weightsOf(first.model));
    for (const trained of [first, second, without, other]) trained.model.dispose();
  });
});
