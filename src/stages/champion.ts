import type { LayersModel } from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RestoredBaseline } from '../backends/baseline/types.js';
import { loadModel } from '../ml/model.js';
import { RecordEncoder, type Preprocessing } from '../ml/preprocess.js';
import type { TF } from '../ml/tf.js';
import { errorMessage } from '../util/errors.js';
import type { DataProfile } from './profile.js';
import type { TrainingPlan } from './validate.js';

/**
 * The baseline's model, ready to be scored on this run's holdout. Metrics measured on different data are
 * not comparable, and data grows between runs: the fair comparison is both models on the same rows.
 */
export interface Champion {
  runId: string;
  model: LayersModel;
  encoder: RecordEncoder;
}

export type ChampionLoad = { champion: Champion } | { reason: string };

/** Loads the baseline's model and preprocessing, or says why it cannot be re-evaluated on this data. */
export async function loadChampion(
  tf: TF,
  baseline: RestoredBaseline,
  profile: DataProfile,
  plan: TrainingPlan,
): Promise<ChampionLoad> {
  let preprocessing: Preprocessing;
  try {
    preprocessing = JSON.parse(await readFile(join(baseline.modelDir, 'preprocessing.json'), 'utf8')) as Preprocessing;
  } catch (error) {
    return { reason: `its preprocessing could not be read (${errorMessage(error)})` };
  }
  if (preprocessing.formatVersion !== 1) {
    return { reason: `its preprocessing has format version ${String(preprocessing.formatVersion)}, this action reads 1` };
  }
  if (preprocessing.task !== plan.task || preprocessing.label !== plan.label) {
    return {
      reason: `it predicts '${preprocessing.label}' by ${preprocessing.task}, this run '${plan.label}' by ${plan.task}`,
    };
  }
  const changed = schemaChanges(preprocessing, profile);
  if (changed.length > 0) return { reason: `the schema changed: ${changed.join(', ')}` };
  try {
    const model = await loadModel(tf, baseline.modelDir);
    return { champion: { runId: baseline.record.runId, model, encoder: new RecordEncoder(preprocessing) } };
  } catch (error) {
    return { reason: `its model could not be loaded (${errorMessage(error)})` };
  }
}

/** The baseline's features that this data no longer has, or has with another type. */
function schemaChanges(preprocessing: Preprocessing, profile: DataProfile): string[] {
  const kinds = new Map(profile.columns.map((column) => [column.name, column.kind]));
  return preprocessing.features.flatMap((feature) => {
    const kind = kinds.get(feature.name);
    if (kind === undefined || kind === 'empty') return [`'${feature.name}' is gone`];
    if (feature.kind === 'numeric' && kind !== 'numeric') return [`'${feature.name}' is no longer numeric`];
    return [];
  });
}
