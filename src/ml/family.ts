import type { TrainingSettings } from '../model-config.js';
import type { Random } from './random.js';
import type { TF } from './tf.js';
import type { Task } from './types.js';

/**
 * The model port: what evaluate, champion, artifacts, serving, report and bench know of a model. Only the
 * family modules under families/ know the library behind it (TensorFlow.js, YDF); adding a family is one module
 * there and one line in families/index.ts.
 */

/** A dense row-major matrix: row r, column c is data[r * cols + c]. */
export interface Matrix {
  data: Float32Array;
  rows: number;
  cols: number;
}

/** What a family may need from the run to train or load: the loaded TensorFlow.js (src/ml/tf.ts). */
export interface ModelRuntime {
  tf: TF;
  /** Where a family's library logs go (core.debug in the action): never stdout, where they could read as commands. */
  debug?: (message: string) => void;
}

/**
 * The most rows a training chunk holds (the MLP loop uploads a chunk to the device at once): a chunk of 65,536
 * rows × 100 encoded columns is 26 MB, and larger chunks would not make a step cheaper.
 */
export const MAX_CHUNK_ROWS = 65_536;

/** Encoded training rows: `y` holds class indexes (classification) or standardised targets (regression). */
export interface TrainingData {
  rows: TrainingRows;
  task: Task;
  /** Output units for classification (also 2 for binary); ignored for regression. */
  classes: number;
}

/** Some encoded training rows: row r of `x` has target `y[r]`. */
export interface TrainingChunk {
  x: Matrix;
  y: Float32Array;
}

/**
 * Encoded training rows that need not fit in memory: a store (src/data/store.ts keeps them in memory up to a
 * budget and on disk beyond it), a matrix (src/data/rows.ts, for small data and tests), or some rows of either.
 * A family reads them a chunk or a block at a time, never all at once, unless it needs them all (trees, from a
 * sample). A chunk or block handed out may be lent: read only.
 */
export interface TrainingRows {
  readonly rows: number;
  readonly cols: number;
  /**
   * Every row once per call, in chunks of at most MAX_CHUNK_ROWS rows; the chunk order (and for a store the rows
   * in each) is drawn from `random`, so a seed gives the same sequence. A loop still shuffles within a chunk.
   */
  chunks(random: Random): AsyncIterable<TrainingChunk>;
  /** Every row once, in a fixed order, a block at a time: for sampling, a validation slice's loss, scoring. */
  inOrder(): AsyncIterable<TrainingChunk>;
  /**
   * About `rows` of the rows, drawn by `random` (single rows from a matrix, whole blocks from a store), and the
   * rest: a validation slice that needs no copy. `random` is drawn from even for 0 rows.
   */
  holdBack(rows: number, random: Random): Promise<{ kept: TrainingRows; heldBack: TrainingRows }>;
}

/** Where training stands inside an epoch (or a family's round), for a progress line. */
export interface TrainingProgress {
  /** Rows trained on so far in this epoch, and the epoch's rows. */
  rows: number;
  totalRows: number;
  epoch: number;
  plannedEpochs: number;
}

/** One round's mean training loss and validation loss (an epoch of a network); rounds count from 1. */
export interface EpochLog {
  epoch: number;
  loss: number;
  /** NaN when there is no validation slice. */
  valLoss: number;
}

export interface TrainOptions {
  /** Every family's settings; each family reads its own section. */
  settings: TrainingSettings;
  seed: number;
  onEpoch?: (log: EpochLog, plannedEpochs: number) => void;
  /** Called as chunks finish inside an epoch; a family that cannot report progress (YDF) never calls it. */
  onProgress?: (progress: TrainingProgress) => void;
  /**
   * The time budget (max-training-time): true once it is spent. A family checks it after each epoch and then
   * stops with its best epoch so far, as early stopping does; a family trained in one call (YDF) cannot stop.
   */
  outOfTime?: () => boolean;
}

/** A finished training run: the model and how it got there. */
export interface Training {
  model: TrainedModel;
  history: EpochLog[];
  /** The round whose state the model holds (0 only if no round ran). */
  bestEpoch: number;
  stoppedEarly: boolean;
  /** Set when the family trained on a sample of the rows it was given (a row budget): how many, of how many. */
  sample?: { rows: number; of: number };
}

/** What a model says of itself, for checks and messages. */
export interface ModelDescription {
  family: string;
  /** Encoded input width. */
  inputs: number;
  /** Output width: classes, or 1 for regression. */
  outputs: number;
}

/** A model, trained in this run or loaded from a bundle. */
export interface TrainedModel {
  readonly family: ModelFamily;
  /**
   * Outputs for every encoded row: classification gives row-major probabilities (rows × classes), regression one
   * value per row in the standardised target space.
   */
  predict(x: Matrix): Float32Array;
  /** Writes the family's files (ModelFamily.files) into `dir`, which exists. */
  save(dir: string): Promise<void>;
  describe(): ModelDescription;
  /** Frees what the library holds (tensors, wasm memory); the model is unusable after. */
  dispose(): void;
}

/** One kind of model: how it trains, which files it keeps in a bundle, how it loads them again. */
export interface ModelFamily {
  /** As card.json records it: the loader picks the family from the bundle by this name. */
  readonly name: string;
  /** The files it writes into a bundle, beside preprocessing.json and card.json (src/ml/bundle.ts). */
  readonly files: readonly string[];
  /** Files the serving bundle loads from its own folder for this family (a library's WebAssembly), copied into the function source. */
  readonly servingFiles: readonly string[];
  train(runtime: ModelRuntime, data: TrainingData, options: TrainOptions): Promise<Training>;
  /** Reads a model its save() wrote into `dir`; a damaged file is a UserError. */
  load(runtime: ModelRuntime, dir: string): Promise<TrainedModel>;
  /**
   * What is wrong with its files in `dir` for a model of `shape`, read without the library (a baseline is checked
   * before TensorFlow.js is loaded), or null. The message names the file, never quotes its content.
   */
  checkFiles(dir: string, shape: { inputs: number; outputs: number }): Promise<string | null>;
}
