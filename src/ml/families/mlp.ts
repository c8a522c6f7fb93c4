import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayersModel, io } from '@tensorflow/tfjs';
import { UserError, errorMessage } from '../../util/errors.js';
import { MODEL_FOLDER, fileProblem } from '../bundle.js';
import { matrixRows } from '../../data/rows.js';
import type { EpochLog, Matrix, ModelFamily, TrainedModel, TrainingRows, TrainOptions } from '../family.js';
import { mulberry32, nextSeed, type Random } from '../random.js';
import type { TF } from '../tf.js';
import type { Task } from '../types.js';
import { ForwardPass, unsupportedLayer } from './mlp/forward.js';
import { fitNetwork } from './mlp/loop.js';

export interface ModelConfig {
  hiddenLayers: number[];
  activation: 'relu' | 'tanh' | 'elu' | 'selu';
  dropout: number;
  l2: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  patience: number;
  minDelta: number;
  validationFraction: number;
}

/**
 * Batch 128 at lr 0.006 rather than 32 at 0.003: in the lean loop a 128-row step costs 1.7 to 2.2× a 32-row one,
 * so an epoch is about 2× cheaper, and on the shared datasets (npm run bench -- quality) the holdout scores
 * moved by a few holdout rows at most (README, "Training speed"); 256 at 0.01 lost 4 points on winequality_red
 * and 16 % RMSE on mpg.
 */
export const DEFAULT_MODEL_CONFIG: ModelConfig = {
  hiddenLayers: [64, 32],
  activation: 'relu',
  dropout: 0.1,
  l2: 0,
  epochs: 100,
  batchSize: 128,
  learningRate: 0.006,
  patience: 10,
  minDelta: 1e-4,
  validationFraction: 0.1,
};

export interface MlpTrainOptions {
  task: Task;
  /** Output units for classification (also 2 for binary); ignored for regression. */
  classes: number;
  config: ModelConfig;
  seed: number;
  onEpoch?: (log: EpochLog, plannedEpochs: number) => void;
  onProgress?: TrainOptions['onProgress'];
  outOfTime?: TrainOptions['outOfTime'];
}

export interface MlpTraining {
  model: LayersModel;
  history: EpochLog[];
  /** The epoch whose weights the model holds (0 only if no epoch ran). */
  bestEpoch: number;
  stoppedEarly: boolean;
}

export interface ModelFiles {
  'model.json': Buffer;
  'weights.bin': Buffer;
}

const MODEL_FILE = 'model.json';
const WEIGHTS_FILE = 'weights.bin';

/** Below this many rows a validation slice would be too small to steer early stopping. */
const MIN_ROWS_FOR_VALIDATION = 10;

/**
 * Trains an MLP on encoded rows: `y` holds class indexes (classification) or standardised targets
 * (regression). Row order, validation split, initial weights and dropout masks all derive from `seed`, so the
 * same seed, backend and data give the same weights. Early stopping watches the validation loss (the training
 * loss when there is no validation slice) and the returned model holds the best epoch's weights. The training
 * itself is the lean loop of mlp/loop.ts, reading `rows` a chunk at a time; the Layers model holds the weights
 * for predict and save.
 */
export async function trainNetwork(tf: TF, rows: TrainingRows, options: MlpTrainOptions): Promise<MlpTraining> {
  const { task, config, seed, onEpoch, onProgress, outOfTime } = options;
  const outputs = task === 'classification' ? options.classes : 1;
  checkTrainingShape(rows, task, outputs);
  const random = mulberry32(seed);
  const model = buildModel(tf, rows.cols, outputs, task, config, random);
  try {
    const { kept, heldBack } = await rows.holdBack(validationRows(rows.rows, config.validationFraction), random);
    const validation = heldBack.rows > 0 ? heldBack : null;
    const fit = await fitNetwork(tf, model, kept, validation, { task, outputs, config, random, onEpoch, onProgress, outOfTime });
    return { model, ...fit };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

/** trainNetwork on the rows of one matrix. */
export function trainModel(tf: TF, x: Matrix, y: Float32Array, options: MlpTrainOptions): Promise<MlpTraining> {
  if (x.data.length !== x.rows * x.cols || y.length !== x.rows) {
    throw new Error(`Training data shape mismatch: a ${x.rows}×${x.cols} matrix of ${x.data.length} values, ${y.length} labels`);
  }
  return trainNetwork(tf, matrixRows(x, y), options);
}

/**
 * Model outputs for every row: classification gives row-major probabilities (rows × classes), regression one
 * value per row in the standardised target space. Computed by the forward pass on the model's weights
 * (mlp/forward.ts); a model predicted many times keeps its pass (MlpModel).
 */
export function predictOutputs(tf: TF, model: LayersModel, x: Matrix): Float32Array {
  const forward = ForwardPass.of(tf, model);
  try {
    return forward.predict(x);
  } finally {
    forward.dispose();
  }
}

/**
 * The model as the standard TensorFlow.js layers files (model.json whose weightsManifest points at
 * weights.bin), so tf.loadLayersModel('file://…/model.json') in tfjs-node and loadModel here both read it.
 */
export async function serializeModel(tf: TF, model: LayersModel): Promise<ModelFiles> {
  let files: ModelFiles | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const modelJson: io.ModelJSON = {
        modelTopology: artifacts.modelTopology ?? {},
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
        ...(artifacts.userDefinedMetadata ? { userDefinedMetadata: artifacts.userDefinedMetadata } : {}),
      };
      files = {
        'model.json': Buffer.from(JSON.stringify(modelJson)),
        'weights.bin': Buffer.from(tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0))),
      };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  if (files === undefined) throw new Error('model.save() returned without calling its save handler');
  return files;
}

/** Reads a model written by serializeModel (model.json + weights.bin) from `dir`. */
export async function loadModel(tf: TF, dir: string): Promise<LayersModel> {
  const jsonPath = path.join(dir, MODEL_FILE);
  const weightsPath = path.join(dir, WEIGHTS_FILE);
  const modelJson = parseModelJson(await readModelFile(jsonPath), jsonPath);
  const weights = await readModelFile(weightsPath);
  const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);
  const expectedBytes = weightSpecs.reduce((sum, spec) => sum + specBytes(spec), 0);
  if (weights.byteLength !== expectedBytes) {
    throw new UserError(
      `Model file ${weightsPath} has ${weights.byteLength} bytes but ${jsonPath} describes ${expectedBytes}: ` +
        'the two files are from different models or truncated; write them again from one training run.',
    );
  }
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  let model: LayersModel;
  try {
    const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, async () => [weightSpecs, weightData]);
    model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
  } catch (error) {
    throw new UserError(
      `Model file ${jsonPath} is not a TensorFlow.js layers model (${errorMessage(error)}); ` +
        'write it again with this action.',
    );
  }
  const unsupported = unsupportedLayer(model);
  if (unsupported !== null) {
    model.dispose();
    throw new UserError(`Model file ${jsonPath} ${unsupported}; write it again with this action.`);
  }
  return model;
}

function buildModel(
  tf: TF,
  inputs: number,
  outputs: number,
  task: Task,
  config: ModelConfig,
  random: Random,
): LayersModel {
  // Fixed names rather than tfjs's per-process counters, so the same training run writes the same model.json.
  const model = tf.sequential({ name: 'mlp' });
  config.hiddenLayers.forEach((units, index) => {
    model.add(
      tf.layers.dense({
        name: `hidden_${index + 1}`,
        units,
        activation: config.activation,
        kernelInitializer: hiddenInitializer(tf, config.activation, nextSeed(random)),
        kernelRegularizer: config.l2 > 0 ? tf.regularizers.l2({ l2: config.l2 }) : undefined,
        ...(index === 0 ? { inputShape: [inputs] } : {}),
      }),
    );
    if (config.dropout > 0) {
      model.add(tf.layers.dropout({ name: `dropout_${index + 1}`, rate: config.dropout, seed: nextSeed(random) }));
    }
  });
  model.add(
    tf.layers.dense({
      name: 'output',
      units: outputs,
      activation: task === 'classification' ? 'softmax' : 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: nextSeed(random) }),
      ...(config.hiddenLayers.length === 0 ? { inputShape: [inputs] } : {}),
    }),
  );
  return model;
}

/** The initialiser each activation was derived for: He for (e)lu, LeCun for selu, Glorot for tanh. */
function hiddenInitializer(tf: TF, activation: ModelConfig['activation'], seed: number) {
  switch (activation) {
    case 'relu':
    case 'elu':
      return tf.initializers.heNormal({ seed });
    case 'selu':
      return tf.initializers.leCunNormal({ seed });
    case 'tanh':
      return tf.initializers.glorotUniform({ seed });
  }
}

function validationRows(rows: number, fraction: number): number {
  if (rows < MIN_ROWS_FOR_VALIDATION || fraction <= 0) return 0;
  return Math.min(rows - 1, Math.max(1, Math.round(rows * fraction)));
}

/**
 * Encoded inputs are the preprocessing stage's output; a mismatch here is a bug there, not a user error (labels
 * are checked a chunk at a time as the loop reads them).
 */
function checkTrainingShape(rows: TrainingRows, task: Task, outputs: number): void {
  if (rows.rows < 1) throw new Error(`Training data has ${rows.rows} rows`);
  if (task === 'classification' && (!Number.isInteger(outputs) || outputs < 2)) {
    throw new Error(`Classification needs at least 2 classes, got ${outputs}`);
  }
}

/** Bytes per stored element, by weight dtype or, for quantised weights, by quantisation dtype. */
const DTYPE_BYTES: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

function specBytes(spec: io.WeightsManifestEntry): number {
  const elements = spec.shape.reduce((product, size) => product * size, 1);
  return elements * (DTYPE_BYTES[spec.quantization?.dtype ?? spec.dtype] ?? Number.NaN);
}

async function readModelFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UserError(`Model file ${file} cannot be read (${errorMessage(error)}); write it again with this action.`);
  }
}

function parseModelJson(bytes: Buffer, file: string): io.ModelJSON {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UserError(
      `Model file ${file} is not valid JSON (${errorMessage(error)}); write it again with this action.`,
    );
  }
  const json = parsed as Partial<io.ModelJSON> | null;
  if (typeof json !== 'object' || json === null || !json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new UserError(
      `Model file ${file} has no modelTopology or weightsManifest: it is not a TensorFlow.js layers model; ` +
        'write it again with this action.',
    );
  }
  return json as io.ModelJSON;
}

/** The multilayer perceptron on TensorFlow.js: model.json and weights.bin, the standard layers-model files. */
export const mlp: ModelFamily = {
  name: 'mlp',
  files: [MODEL_FILE, WEIGHTS_FILE],
  servingFiles: [],
  async train({ tf }, data, { settings, seed, onEpoch, onProgress, outOfTime }) {
    const options = { task: data.task, classes: data.classes, config: settings, seed, onEpoch, onProgress, outOfTime };
    const { model, ...training } = await trainNetwork(tf, data.rows, options);
    return { model: new MlpModel(tf, model), ...training };
  },
  async load({ tf }, dir) {
    return new MlpModel(tf, await loadModel(tf, dir));
  },
  checkFiles,
};

class MlpModel implements TrainedModel {
  readonly family = mlp;
  /** Built once the weights are final (trained or loaded): every predict reuses it. */
  private readonly forward: ForwardPass;

  constructor(
    private readonly tf: TF,
    private readonly model: LayersModel,
  ) {
    this.forward = ForwardPass.of(tf, model);
  }

  predict(x: Matrix): Float32Array {
    return this.forward.predict(x);
  }

  async save(dir: string): Promise<void> {
    const files = await serializeModel(this.tf, this.model);
    await Promise.all([writeFile(path.join(dir, MODEL_FILE), files[MODEL_FILE]), writeFile(path.join(dir, WEIGHTS_FILE), files[WEIGHTS_FILE])]);
  }

  describe() {
    const output = this.model.outputs[0]?.shape;
    return { family: mlp.name, inputs: this.model.inputs[0]?.shape[1] ?? Number.NaN, outputs: output?.[output.length - 1] ?? Number.NaN };
  }

  dispose(): void {
    this.forward.dispose();
    this.model.dispose();
  }
}

/**
 * The files agree with each other and with the shape, read without TensorFlow.js: the family's models are Dense
 * stacks, so the first kernel's rows are the input width and the last kernel's columns the output width; and every
 * weight must be a finite float32, so a NaN or random-bytes model never gets to score (NaN outputs pick class 0 on
 * every row, which passes for a model).
 */
async function checkFiles(dir: string, shape: { inputs: number; outputs: number }): Promise<string | null> {
  let modelJson: unknown;
  try {
    modelJson = JSON.parse(await readFile(path.join(dir, MODEL_FILE), 'utf8'));
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${MODEL_FILE}`, error);
  }
  const manifest = (modelJson as { weightsManifest?: unknown } | null)?.weightsManifest;
  const specs = Array.isArray(manifest) ? manifest.flatMap((group: { weights?: unknown }) => group?.weights ?? []) : [];
  if (!Array.isArray(manifest) || specs.length === 0 || !specs.every(isFloat32Spec)) {
    return `${MODEL_FILE} has no weights manifest of float32 weights`;
  }
  let weights: Buffer;
  try {
    weights = await readFile(path.join(dir, WEIGHTS_FILE));
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${WEIGHTS_FILE}`, error);
  }
  const expected = specs.reduce((sum, spec) => sum + 4 * spec.shape.reduce((a, b) => a * b, 1), 0);
  if (weights.byteLength !== expected) return `${WEIGHTS_FILE} has ${weights.byteLength} bytes, ${MODEL_FILE} describes ${expected}`;
  const floats = new Float32Array(new Uint8Array(weights).buffer);
  const bad = floats.findIndex((weight) => !Number.isFinite(weight));
  if (bad >= 0) return `${WEIGHTS_FILE} holds a non-finite weight (${floats[bad]} at index ${bad})`;

  const kernels = specs.filter((spec) => spec.shape.length === 2);
  const inputs = kernels[0]?.shape[0];
  const outputs = kernels.at(-1)?.shape[1];
  if (inputs !== shape.inputs) return `${MODEL_FILE} takes ${inputs} inputs, preprocessing.json encodes ${shape.inputs}`;
  if (outputs !== shape.outputs) {
    return `${MODEL_FILE} has ${outputs} outputs for ${shape.outputs} ${shape.outputs === 1 ? 'target' : 'classes'}`;
  }
  return null;
}

function isFloat32Spec(value: unknown): value is { name: string; shape: number[]; dtype: 'float32' } {
  if (typeof value !== 'object' || value === null) return false;
  const spec = value as Partial<io.WeightsManifestEntry>;
  return (
    typeof spec.name === 'string' &&
    spec.dtype === 'float32' &&
    Array.isArray(spec.shape) &&
    spec.shape.every((n) => Number.isSafeInteger(n) && n > 0)
  );
}
