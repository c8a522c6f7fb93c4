import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import { UserError } from '../../../util/errors.js';
import type { EpochLog, TrainingChunk, TrainingRows, TrainOptions } from '../../family.js';
import { permutation, type Random } from '../../random.js';
import type { TF } from '../../tf.js';
import type { Task } from '../../types.js';
import type { ModelConfig } from '../mlp.js';
import type { RowChunk } from './chunks.js';
import { Network, type Batch } from './network.js';

export interface FitOptions {
  task: Task;
  outputs: number;
  config: ModelConfig;
  /** The run's PRNG: chunk order, row order and dropout masks come from it. */
  random: Random;
  onEpoch?: (log: EpochLog, plannedEpochs: number) => void;
  onProgress?: TrainOptions['onProgress'];
  outOfTime?: TrainOptions['outOfTime'];
}

export interface Fit {
  history: EpochLog[];
  /** The epoch whose weights the model holds (0 only if no epoch ran). */
  bestEpoch: number;
  stoppedEarly: boolean;
}

/**
 * Trains the Dense stack `model` (built with its initial weights) on `train`, and leaves the best epoch's weights
 * in it. Each epoch reads every training chunk once, in an order `train` draws from the run's PRNG (from memory or
 * from a store on disk: one chunk is held at a time), and draws its batches in a shuffled order; the validation
 * rows are read a block at a time; nothing is read back from the device until the epoch's losses, in one read at
 * its end. Early stopping watches the validation loss (the training loss without a validation slice); a
 * non-finite loss before any good epoch is a UserError.
 */
export async function fitNetwork(tf: TF, model: LayersModel, train: TrainingRows, validation: TrainingRows | null, options: FitOptions): Promise<Fit> {
  const { config, random, onEpoch, onProgress, outOfTime } = options;
  const network = new Network(
    tf,
    { ...config, inputs: model.inputs[0]?.shape[1] ?? Number.NaN, outputs: options.outputs, task: options.task },
    model.getWeights(),
  );
  const history: EpochLog[] = [];
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights: Tensor | null = null;
  let epochsSinceBest = 0;
  let stoppedEarly = false;
  try {
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
      let rowsDone = 0;
      for await (const chunk of train.chunks(random)) {
        checkTargets(chunk, options.outputs);
        trainOnChunk(tf, network, chunk, options);
        rowsDone += chunk.x.rows;
        onProgress?.({ rows: rowsDone, totalRows: train.rows, epoch, plannedEpochs: config.epochs });
      }
      for await (const block of validation?.inOrder() ?? []) {
        checkTargets(block, options.outputs);
        const features = tf.tensor3d(block.x.data, [1, block.x.rows, block.x.cols]);
        const targets = targetsTensor(tf, block.y, null, options.outputs);
        try {
          network.addValidationLoss(features, targets);
        } finally {
          tf.dispose([features, targets]);
        }
      }
      const [trainingSum, validationSum] = await network.takeLossSums();
      const loss = trainingSum / train.rows;
      const valLoss = validation ? validationSum / validation.rows : Number.NaN;
      const log = { epoch, loss, valLoss };
      history.push(log);
      onEpoch?.(log, config.epochs);

      if (!Number.isFinite(loss)) {
        if (bestWeights === null) {
          throw new UserError(
            `Training diverged: the loss was ${loss} in epoch ${epoch}. Lower learningRate in model-config ` +
              `(now ${config.learningRate}) or check the features for extreme values.`,
          );
        }
        stoppedEarly = epoch < config.epochs;
        break;
      }
      const monitored = validation ? valLoss : loss;
      if (monitored < best - config.minDelta) {
        best = monitored;
        bestEpoch = epoch;
        bestWeights?.dispose();
        bestWeights = network.snapshot();
        epochsSinceBest = 0;
      } else if (++epochsSinceBest >= config.patience) {
        stoppedEarly = epoch < config.epochs;
        break;
      }
      // max-training-time: the epoch just finished counts; the model keeps the best epoch so far.
      if (outOfTime?.()) {
        stoppedEarly = epoch < config.epochs;
        break;
      }
    }
    if (bestWeights !== null && bestEpoch !== history.length) network.restore(bestWeights);
    const weights = network.weights();
    model.setWeights(weights);
    tf.dispose(weights);
  } finally {
    bestWeights?.dispose();
    network.dispose();
  }
  return { history, bestEpoch, stoppedEarly };
}

/**
 * One epoch's pass over a chunk: its rows in a fresh order, a batch at a time. Each batch is gathered on the host
 * and uploaded: a few microseconds, where wasm's Gather kernel takes about 170 for 256 rows (measured, whatever
 * the source's size) and its Slice copies its whole input first, so a chunk kept on the device could be neither
 * gathered nor sliced cheaply.
 */
function trainOnChunk(tf: TF, network: Network, chunk: RowChunk, options: FitOptions): void {
  const { batchSize, dropout, hiddenLayers } = options.config;
  const { cols } = chunk.x;
  const order = permutation(chunk.x.rows, options.random);
  const maskedLayers = dropout > 0 ? hiddenLayers : [];
  const full = new BatchBuffers(Math.min(batchSize, order.length), cols, options.outputs, maskedLayers);
  for (let start = 0; start < order.length; start += batchSize) {
    const rows = order.subarray(start, start + batchSize);
    const buffers = rows.length === full.rows ? full : new BatchBuffers(rows.length, cols, options.outputs, maskedLayers);
    buffers.fill(chunk, rows, options.outputs);
    const batch: Batch = {
      x: tf.tensor3d(buffers.x, [1, rows.length, cols]),
      xTransposedWithOnes: tf.tensor3d(buffers.xTransposedWithOnes, [1, cols + 1, rows.length]),
      y: tf.tensor3d(buffers.y, [1, rows.length, options.outputs]),
      masks: buffers.masks.map((mask, layer) => {
        fillDropoutMask(mask, dropout, options.random);
        return tf.tensor3d(mask, [1, rows.length, maskedLayers[layer] as number]);
      }),
    };
    try {
      network.trainStep(batch);
    } finally {
      tf.dispose([batch.x, batch.xTransposedWithOnes, batch.y, ...batch.masks]);
    }
  }
}

/**
 * The host arrays of one batch's uploads, reused from batch to batch: an upload is copied to the device (wasm,
 * tensorflow) or held by its tensor only (cpu), and each step disposes its tensors before the next batch fills
 * them again. Gathering the rows and transposing them in one pass, into arrays made once, took a third of the
 * time of a copy, a transpose and new arrays per batch.
 */
class BatchBuffers {
  readonly x: Float32Array;
  /** xᵀ with a row of ones below it, [cols + 1, rows]: the first layer's gradient product takes it so. */
  readonly xTransposedWithOnes: Float32Array;
  readonly y: Float32Array;
  readonly masks: Float32Array[];

  constructor(
    readonly rows: number,
    private readonly cols: number,
    outputs: number,
    maskedLayers: readonly number[],
  ) {
    this.x = new Float32Array(rows * cols);
    this.xTransposedWithOnes = new Float32Array((cols + 1) * rows).fill(1, cols * rows);
    this.y = new Float32Array(rows * outputs);
    this.masks = maskedLayers.map((units) => new Float32Array(rows * units));
  }

  /** The features and targets of `rows` of the chunk: one-hot targets for classification. */
  fill(chunk: RowChunk, rows: Uint32Array, outputs: number): void {
    const { x, xTransposedWithOnes, y, cols } = this;
    const source = chunk.x.data;
    if (outputs > 1) y.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      for (let c = 0; c < cols; c++) {
        const value = source[row * cols + c] as number;
        x[i * cols + c] = value;
        xTransposedWithOnes[c * rows.length + i] = value;
      }
      const target = chunk.y[row] as number;
      if (outputs === 1) y[i] = target;
      else y[i * outputs + target] = 1;
    }
  }
}

/**
 * Targets are the preprocessing stage's output, read a chunk at a time as training reads them: a class index out
 * of range is a bug there, not a user error.
 */
function checkTargets(chunk: TrainingChunk, outputs: number): void {
  if (outputs === 1) return;
  const bad = chunk.y.findIndex((label) => !Number.isInteger(label) || label < 0 || label >= outputs);
  if (bad >= 0) throw new Error(`Label ${chunk.y[bad]} of a training row is not a class index below ${outputs}`);
}

/** The targets of `rows` (all, in order, for null) as [1, rows, outputs]: one-hot rows for classification. */
function targetsTensor(tf: TF, y: Float32Array, rows: Uint32Array | null, outputs: number): Tensor {
  const count = rows?.length ?? y.length;
  const targets = new Float32Array(count * outputs);
  for (let i = 0; i < count; i++) {
    const target = y[rows ? (rows[i] as number) : i] as number;
    if (outputs === 1) targets[i] = target;
    else targets[i * outputs + target] = 1;
  }
  return tf.tensor3d(targets, [1, count, outputs]);
}


/**
 * Inverted dropout's mask, drawn from the run's PRNG on the host: uploading it costs less than the kernels that
 * would draw it on the device, and makes the masks a function of the seed on every backend.
 */
function fillDropoutMask(mask: Float32Array, rate: number, random: Random): void {
  const kept = 1 / (1 - rate);
  for (let i = 0; i < mask.length; i++) mask[i] = random() < rate ? 0 : kept;
}
