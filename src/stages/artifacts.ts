import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineRecord } from '../backends/baseline/types.js';
import { summarizeColumns, type DataProfile } from '../data/profile.js';
import { CARD_FILE, MODEL_FOLDER, PREPROCESSING_FILE } from '../ml/bundle.js';
import type { TrainedModel } from '../ml/family.js';
import type { Preprocessing } from '../ml/preprocess.js';
import type { TrainingSettings } from '../model-config.js';
import type { MetricName, ModelCard } from '../ml/types.js';
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
  };
  await Promise.all([
    model.save(modelDir),
    writeFile(join(modelDir, PREPROCESSING_FILE), json(preprocessing)),
    writeFile(join(modelDir, CARD_FILE), json(card)),
  ]);
  return modelDir;
}

/** The run's records beside the model: what was measured and what the data looked like. */
export async function writeRunRecords(
  dir: string,
  record: BaselineRecord,
  evaluation: Evaluation,
  profile: DataProfile,
  plan: TrainingPlan,
): Promise<void> {
  await Promise.all([
    writeFile(join(dir, 'metrics.json'), json({ run: record, naive: evaluation.naive, details: evaluation.details })),
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
