import type { RestoredBaseline } from '../backends/baseline/types.js';
import type { EncodedSplit } from '../data/prepare.js';
import { orderedRows, type OrderedRows } from '../data/sample.js';
import type { HoldoutOutputs } from '../ml/bootstrap.js';
import type { DataProfile } from '../data/profile.js';
import type { ModelRuntime, TrainedModel } from '../ml/family.js';
import { loadBundleModel } from '../ml/families/index.js';
import { RecordEncoder, type Preprocessing } from '../ml/preprocess.js';
import { errorMessage } from '../util/errors.js';
import { scoreRows } from './evaluate.js';
import type { TrainingPlan } from './validate.js';

/**
 * The baseline's model, ready to be scored on this run's holdout. Metrics measured on different data are
 * not comparable, and data grows between runs: the fair comparison is both models on the same rows.
 */
export interface Champion {
  runId: string;
  model: TrainedModel;
  encoder: RecordEncoder;
}

export type ChampionLoad = { champion: Champion } | { reason: string };

/**
 * Loads the baseline's model and preprocessing, or says why it cannot be re-evaluated on this data; null when
 * its bundle is unusable, which the store has already warned about.
 */
export async function loadChampion(
  runtime: ModelRuntime,
  baseline: RestoredBaseline,
  profile: DataProfile,
  plan: TrainingPlan,
): Promise<ChampionLoad | null> {
  if (baseline.bundle === null) return null;
  const { dir, preprocessing } = baseline.bundle;
  if (preprocessing.task !== plan.task || preprocessing.label !== plan.label) {
    return {
      reason: `it predicts '${preprocessing.label}' by ${preprocessing.task}, this run '${plan.label}' by ${plan.task}`,
    };
  }
  const changed = schemaChanges(preprocessing, profile);
  if (changed.length > 0) return { reason: `the schema changed: ${changed.join(', ')}` };
  try {
    const model = await loadBundleModel(runtime, dir);
    return { champion: { runId: baseline.record.runId, model, encoder: new RecordEncoder(preprocessing) } };
  } catch (error) {
    return { reason: `its model could not be loaded (${errorMessage(error)})` };
  }
}

/**
 * The champion's metrics (and per-row outputs) on this run's holdout when they can be trusted, else null after one warning.
 * Trusted means a finite re-evaluation: every metric scoreRows derives from the champion's outputs is a finite
 * number. That covers the outputs themselves: a softmax turns any non-finite logit into a row of NaN, which makes
 * logloss NaN; regression's rmse sums every row's error. (The store has already refused non-finite weights.)
 */
export async function rescoreChampion(
  champion: Champion,
  test: OrderedRows | EncodedSplit,
  warn: (message: string) => void,
): Promise<{ metrics: Record<string, number>; outputs: HoldoutOutputs } | null> {
  const { metrics, outputs } = await scoreRows(champion.model, champion.encoder.preprocessing, orderedRows(test));
  const broken = Object.entries(metrics).filter(([, value]) => !Number.isFinite(value));
  if (broken.length === 0) return { metrics, outputs };
  warn(
    `The baseline's model (run ${champion.runId}) scores ${broken.map(([name, value]) => `${name} ${value}`).join(', ')} on this holdout: ` +
      'it is not trusted, and this run compares with its stored metrics. The next accepted run replaces it.',
  );
  return null;
}

/** The baseline's features that this data no longer has, or has with another type. */
function schemaChanges(preprocessing: Preprocessing, profile: DataProfile): string[] {
  const kinds = new Map(profile.columns.map((column) => [column.name, column.kind]));
  return preprocessing.features.flatMap((feature) => {
    const kind = kinds.get(feature.name);
    if (kind === undefined || kind === 'empty') return [`'${feature.name}' is gone`];
    if (feature.kind === 'numeric' && kind !== 'numeric') return [`'${feature.name}' is no longer numeric`];
    if (feature.kind === 'date' && kind !== 'date') return [`'${feature.name}' no longer holds dates`];
    return [];
  });
}
