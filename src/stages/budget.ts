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
 * The training split's encoded matrix, plus the tensors TensorFlow.js copies from it (validation slice, batches);
 * the holdout is read from its store a block at a time (src/data/store.ts) and counts for nothing here.
 */
const DATA_COPIES = 2;
/** Weights, their gradients, Adam's two moments and the best epoch's copy. */
const PARAMETER_COPIES = 5;
/** Each batch's activations, forward and their gradients backward. */
const ACTIVATION_COPIES = 2;

interface MemoryEstimate {
  totalBytes: number;
  dataBytes: number;
  modelBytes: number;
  activationBytes: number;
  rows: number;
  width: number;
  parameters: number;
}

/** What training these settings on this data will hold in memory, from the sizes alone. */
function estimateMemory(preprocessing: Preprocessing, profile: DataProfile, settings: TrainingSettings): MemoryEstimate {
  const width = encodedWidth(preprocessing);
  const rows = profile.trainRows;
  const outputs = preprocessing.classes?.length ?? 1;
  const layers = [width, ...settings.hiddenLayers, outputs];
  let parameters = 0;
  for (let index = 1; index < layers.length; index++) parameters += ((layers[index - 1] ?? 0) + 1) * (layers[index] ?? 0);
  const units = layers.reduce((sum, count) => sum + count, 0);
  const dataBytes = rows * width * FLOAT_BYTES * DATA_COPIES;
  const modelBytes = parameters * FLOAT_BYTES * PARAMETER_COPIES;
  const activationBytes = settings.batchSize * units * FLOAT_BYTES * ACTIVATION_COPIES;
  return { totalBytes: dataBytes + modelBytes + activationBytes, dataBytes, modelBytes, activationBytes, rows, width, parameters };
}

/**
 * Refuses settings whose data and model would not fit MEMORY_BUDGET_BYTES, before anything is encoded or
 * allocated: saying how big each part would be and which setting lowers it.
 */
export function checkMemoryBudget(preprocessing: Preprocessing, profile: DataProfile, settings: TrainingSettings): void {
  const estimate = estimateMemory(preprocessing, profile, settings);
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
        `the encoded training data, ${count(estimate.rows)} rows × ${count(estimate.width)} columns, ${bytes(estimate.dataBytes)}` +
        (categorical.length > 0
          ? ` (${count(categorical.length)} categorical columns one-hot encoded: lower maxCategories, now ` +
            `${settings.maxCategories}, or exclude wide ones such as ${widest.join(', ')})`
          : ' (use fewer rows or features)'),
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
