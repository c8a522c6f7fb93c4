import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BaselineRecord } from '../backends/baseline/types.js';
import { summarizeColumns, type DataProfile } from '../data/profile.js';
import { CARD_FILE, MODEL_FOLDER, PREPROCESSING_FILE, predictorFiles } from '../ml/bundle.js';
import type { ModelFamily, TrainedModel } from '../ml/family.js';
import { errorMessage } from '../util/errors.js';
import type { Preprocessing } from '../ml/preprocess.js';
import type { TrainingSettings } from '../model-config.js';
import type { MetricName, ModelCard, PermutationImportance } from '../ml/types.js';
import type { Evaluation } from './evaluate.js';
import type { TrainingPlan } from './validate.js';

export interface CardFacts {
  name: string;
  version: string;
  trainedAt: string;
  primaryMetric: MetricName;
  evaluation: Evaluation;
  profile: DataProfile;
  plan: TrainingPlan;
  fingerprint: string;
  settings: TrainingSettings;
  /** The `model` choice it is; the family's name when absent. */
  model?: string;
  selection?: ModelCard['selection'];
  backend: string;
  commit: string | null;
  /** Absent or null when it was not measured. */
  importance?: PermutationImportance | null;
}

/**
 * Writes the model bundle — the family's files, preprocessing.json, card.json — into `<dir>/model`: the unit that
 * the function serves, the baseline keeps and the next run re-evaluates.
 */
export async function writeModelBundle(
  dir: string,
  model: TrainedModel,
  preprocessing: Preprocessing,
  facts: CardFacts,
): Promise<string> {
  const modelDir = join(dir, MODEL_FOLDER);
  await mkdir(modelDir, { recursive: true });
  const card: ModelCard = {
    name: facts.name,
    family: model.family.name,
    version: facts.version,
    trainedAt: facts.trainedAt,
    task: preprocessing.task,
    label: preprocessing.label,
    features: preprocessing.features.map((feature) =>
      feature.kind === 'categorical'
        ? { name: feature.name, type: 'categorical', categories: feature.categories }
        : { name: feature.name, type: feature.kind },
    ),
    ignoredColumns: facts.profile.columns.map((c) => c.name).filter((name) => !facts.plan.features.includes(name)),
    classes: preprocessing.classes,
    metrics: facts.evaluation.metrics,
    primaryMetric: facts.primaryMetric,
    data: {
      rows: facts.profile.rows,
      trainRows: facts.profile.trainRows,
      testRows: facts.profile.testRows,
      fingerprint: facts.fingerprint,
    },
    settings: facts.settings,
    model: facts.model ?? model.family.name,
    ...(facts.selection && { selection: facts.selection }),
    backend: facts.backend,
    commit: facts.commit,
    ...(facts.importance && { importance: facts.importance }),
  };
  await Promise.all([
    model.save(modelDir),
    writeFile(join(modelDir, PREPROCESSING_FILE), json(preprocessing)),
    writeFile(join(modelDir, CARD_FILE), json(card)),
  ]);
  return modelDir;
}

/**
 * Copies the predictor module, its licence notices and the files `family` loads from beside it (YDF's binary)
 * from the action's dist/ (the folder of `servingBundle`) into the bundle in `modelDir`, so an
 * application can `import { load } from './model/predict.mjs'` with nothing to install.
 */
export async function writePredictorModule(modelDir: string, servingBundle: string, family: ModelFamily): Promise<void> {
  const from = dirname(servingBundle);
  for (const file of predictorFiles(family)) {
    try {
      await copyFile(join(from, file), join(modelDir, file));
    } catch (error) {
      throw new Error(`Cannot copy the predictor module's ${file} from ${from} (build it with \`npm run bundle\`): ${errorMessage(error)}`, {
        cause: error,
      });
    }
  }
}

/** The run's records beside the model: what was measured and what the data looked like. */
export async function writeRunRecords(
  dir: string,
  record: BaselineRecord,
  measured: { evaluation: Evaluation; importance: PermutationImportance | null },
  profile: DataProfile,
  plan: TrainingPlan,
): Promise<void> {
  const { evaluation, importance } = measured;
  await Promise.all([
    writeFile(join(dir, 'metrics.json'), json({ run: record, naive: evaluation.naive, details: evaluation.details, importance })),
    writeFile(
      join(dir, 'data-report.json'),
      json({
        rows: profile.rows,
        trainRows: profile.trainRows,
        testRows: profile.testRows,
        files: profile.files,
        columns: summarizeColumns(profile),
        task: plan.taskReason,
        features: plan.features,
        warnings: plan.warnings,
      }),
    ),
  ]);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
