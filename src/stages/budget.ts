import type { ModelChoice } from '../ml/families/index.js';
import { MAX_CHUNK_ROWS } from '../ml/family.js';
import { encodedWidth, type Preprocessing } from '../ml/preprocess.js';
import type { TrainingSettings } from '../model-config.js';
import { UserError } from '../util/errors.js';
import type { DataProfile } from '../data/profile.js';

/**
 * The memory one run may plan to use for the encoded data and the model while training. A GitHub-hosted
 * runner has 7 to 16 GB, shared with the runner itself, and the wasm backend cannot address more than 4 GiB;
 * 2 GiB leaves room for both. Documented in README.md (model-config).
 */
export const MEMORY_BUDGET_BYTES = 2 * 1024 ** 3;

const FLOAT_BYTES = 4;
/**
 * A network (mlp, linear) holds one chunk of the training split at a time, read from its store (src/data/store.ts),
 * however many rows there are: the chunk, what it is copied from (the blocks read, or the matrix of a split of one
 * chunk or less) and the tensors TensorFlow.js copies from it. The holdout is read a block at a time and counts
 * for nothing here.
 */
const CHUNK_COPIES = 3;
/**
 * Trees hold every row they learn from, at most maxRowsInMemory (a sample beyond): per encoded value, the sample
 * (4 bytes), YDF's input columns as JavaScript numbers (8) and YDF's own copy (4).
 */
const TREE_BYTES_PER_VALUE = 16;
/** Weights, their gradients, Adam's two moments and the best epoch's copy. */
const PARAMETER_COPIES = 5;
/** Each batch's activations, forward and their gradients backward. */
const ACTIVATION_COPIES = 2;

/** The `model` input: which families will train. */
type ModelName = 'auto' | ModelChoice['name'];

interface MemoryEstimate {
  totalBytes: number;
  dataBytes: number;
  modelBytes: number;
  activationBytes: number;
  /** Training rows held at once, and whether as a network's chunk or as trees' rows. */
  rows: number;
  heldBy: 'chunk' | 'trees';
  width: number;
  parameters: number;
}

/** The rows a family holds at once and their bytes: the larger of the two for choices that train both (auto, blend). */
function heldData(model: ModelName, trainRows: number, width: number, settings: TrainingSettings): Pick<MemoryEstimate, 'rows' | 'heldBy' | 'dataBytes'> {
  const chunk = Math.min(trainRows, MAX_CHUNK_ROWS);
  const byChunk = { rows: chunk, heldBy: 'chunk' as const, dataBytes: chunk * width * FLOAT_BYTES * CHUNK_COPIES };
  const sampled = Math.min(trainRows, settings.maxRowsInMemory);
  const byTrees = { rows: sampled, heldBy: 'trees' as const, dataBytes: sampled * width * TREE_BYTES_PER_VALUE };
  if (model === 'mlp' || model === 'linear') return byChunk;
  if (model === 'gbt') return byTrees;
  return byTrees.dataBytes > byChunk.dataBytes ? byTrees : byChunk;
}

/** What training these settings on this data will hold in memory, from the sizes alone. */
function estimateMemory(preprocessing: Preprocessing, profile: DataProfile, settings: TrainingSettings, model: ModelName): MemoryEstimate {
  const width = encodedWidth(preprocessing);
  const outputs = preprocessing.classes?.length ?? 1;
  const layers = [width, ...settings.hiddenLayers, outputs];
  let parameters = 0;
  for (let index = 1; index < layers.length; index++) parameters += ((layers[index - 1] ?? 0) + 1) * (layers[index] ?? 0);
  const units = layers.reduce((sum, count) => sum + count, 0);
  const { rows, heldBy, dataBytes } = heldData(model, profile.trainRows, width, settings);
  const modelBytes = parameters * FLOAT_BYTES * PARAMETER_COPIES;
  const activationBytes = settings.batchSize * units * FLOAT_BYTES * ACTIVATION_COPIES;
  return { totalBytes: dataBytes + modelBytes + activationBytes, dataBytes, modelBytes, activationBytes, rows, heldBy, width, parameters };
}

/**
 * Refuses settings whose data and model would not fit MEMORY_BUDGET_BYTES, before anything is encoded or
 * allocated: saying how big each part would be and which setting lowers it. The rows count as the families of
 * `model` hold them, not as many as the data has: a network streams them a chunk at a time, trees sample.
 */
export function checkMemoryBudget(preprocessing: Preprocessing, profile: DataProfile, settings: TrainingSettings, model: ModelName): void {
  const estimate = estimateMemory(preprocessing, profile, settings, model);
  if (estimate.totalBytes <= MEMORY_BUDGET_BYTES) return;
  const categorical = preprocessing.features.flatMap((feature) => (feature.kind === 'categorical' ? [feature] : []));
  const widest = [...categorical]
    .sort((a, b) => b.categories.length - a.categories.length)
    .slice(0, 3)
    .map((feature) => `'${feature.name}'`);
  const parts = [
    {
      bytes: estimate.dataBytes,
      text:
        `the encoded training data, ${count(estimate.rows)} rows × ${count(estimate.width)} columns, ${bytes(estimate.dataBytes)} (` +
        (estimate.heldBy === 'chunk'
          ? `a chunk of at most ${count(MAX_CHUNK_ROWS)} rows at a time; `
          : `gbt's rows: lower maxRowsInMemory, now ${count(settings.maxRowsInMemory)}; `) +
        (categorical.length > 0
          ? `${count(categorical.length)} categorical columns one-hot encoded: lower maxCategories, now ` +
            `${settings.maxCategories}, or exclude wide ones such as ${widest.join(', ')})`
          : 'use fewer features)'),
    },
    {
      bytes: estimate.modelBytes,
      text:
        `the model, ${count(estimate.parameters)} parameters, ${bytes(estimate.modelBytes)} while training ` +
        `(lower hiddenLayers, now [${settings.hiddenLayers.join(', ')}]${estimate.width > 1000 ? ', or the encoded columns' : ''})`,
    },
    {
      bytes: estimate.activationBytes,
      text: `each batch's activations, ${bytes(estimate.activationBytes)} (lower batchSize, now ${settings.batchSize})`,
    },
  ]
    .filter((part) => part.bytes >= MEMORY_BUDGET_BYTES / 20)
    .sort((a, b) => b.bytes - a.bytes);
  throw new UserError(
    `Input 'model-config': training would need about ${bytes(estimate.totalBytes)} of memory, over the ` +
      `${bytes(MEMORY_BUDGET_BYTES)} budget: ${parts.map((part) => part.text).join('; ')}.`,
  );
}

function bytes(value: number): string {
  const gib = value / 1024 ** 3;
  return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${Math.max(1, Math.round(value / 1024 ** 2))} MiB`;
}

function count(value: number): string {
  return value.toLocaleString('en');
}
