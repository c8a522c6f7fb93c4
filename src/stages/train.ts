import { gatherRows, matrixRows } from '../data/rows.js';
import { MAX_CHUNK_ROWS, type ModelRuntime, type TrainingRows, type TrainOptions } from '../ml/family.js';
import { modelChoices, type ModelChoice } from '../ml/families/index.js';
import type { Preprocessing } from '../ml/preprocess.js';
import type { MetricName } from '../ml/types.js';
import type { TrainingSettings } from '../model-config.js';
import { selectModel, type Selection } from './select.js';

/** What decides how a model is trained, whichever machine trains it: the same on the runner and in a job. */
export interface TrainingChoice {
  /** auto: every family, the MLP first (what a training split too small to choose on gets). */
  model: 'auto' | ModelChoice['name'];
  settings: TrainingSettings;
  seed: number;
}

export interface TrainCallbacks {
  log: (message: string) => void;
  /** What goes wrong around training without failing it (a job's log that cannot be read). */
  warn?: (message: string) => void;
  onEpoch?: TrainOptions['onEpoch'];
  /** Inside an epoch: rows done, for a progress line. */
  onProgress?: TrainOptions['onProgress'];
  /** True once max-training-time has run out: no family starts after it. */
  outOfTime?: TrainOptions['outOfTime'];
}

/**
 * train: the family (or families) asked for, on the encoded training split; the one stage the runner and a job
 * share. A split of one chunk or less is copied into a matrix and trains from memory, a row at a time as it always
 * has; a larger one trains from its store a chunk at a time (the MLP), or from a sample of it (trees).
 */
export async function trainModel(
  runtime: ModelRuntime,
  choice: TrainingChoice,
  split: TrainingRows,
  model: { preprocessing: Preprocessing; primaryMetric: MetricName },
  callbacks: TrainCallbacks,
): Promise<Selection> {
  const { preprocessing } = model;
  const rows = split.rows <= MAX_CHUNK_ROWS ? await inMemory(split) : split;
  const training = { rows, task: preprocessing.task, classes: preprocessing.classes?.length ?? 1 };
  return selectModel(runtime, modelChoices(choice.model), training, {
    settings: choice.settings,
    seed: choice.seed,
    primaryMetric: model.primaryMetric,
    preprocessing,
    log: callbacks.log,
    onEpoch: callbacks.onEpoch,
    onProgress: callbacks.onProgress,
    outOfTime: callbacks.outOfTime,
  });
}

async function inMemory(split: TrainingRows): Promise<TrainingRows> {
  const { x, y } = await gatherRows(split);
  return matrixRows(x, y);
}
