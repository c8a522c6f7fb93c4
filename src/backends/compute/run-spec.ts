import type { TrainingSettings } from '../../model-config.js';
import type { Preprocessing } from '../../ml/preprocess.js';
import type { EpochLog } from '../../ml/family.js';
import type { BackendChoice } from '../../ml/tf.js';
import type { MetricName } from '../../ml/types.js';
import type { Candidate } from '../../stages/select.js';
import type { TrainingChoice } from '../../stages/train.js';

/**
 * What the action and its trainer (src/trainer.ts, run in a Vertex AI custom job) agree on: the run specification
 * the action uploads, the variable that names it, and the record the trainer writes beside the model it saved to
 * AIP_MODEL_DIR. Defined once, so both sides read and write the same fields.
 */

/**
 * The argument that makes the action's bundle (dist/index.js) run as the trainer: the job's command is
 * `node <staged dist>/index.js trainer`.
 */
export const TRAINER_ARGUMENT = 'trainer';
/** The container variable holding the run specification's gs:// URI. */
export const RUN_SPEC_VARIABLE = 'ML_PIPELINE_RUN_SPEC';
/** Vertex AI sets it from baseOutputDirectory: `<outputUriPrefix>/model/`. */
export const MODEL_DIR_VARIABLE = 'AIP_MODEL_DIR';
/** In AIP_MODEL_DIR beside the family's files: how training went. */
export const TRAINING_RECORD_FILE = 'training.json';
/** The trainer's last line once everything is uploaded; or, when it fails, its last line starts with TRAINER_FAILED. */
export const TRAINER_DONE = 'ml-pipeline trainer: done';
export const TRAINER_FAILED = 'ml-pipeline trainer failed: ';

export interface RunSpec {
  formatVersion: 1;
  /** The data input, a gs:// location, as the runner read it. */
  data: string;
  /** The runner's fingerprint of it: the trainer refuses data that has changed since. */
  fingerprint: string;
  /** Fitted on the runner from the training split's statistics: the job encodes with exactly these. */
  preprocessing: Preprocessing;
  rows: { train: number; test: number };
  holdout: number;
  seed: number;
  choice: TrainingChoice;
  primaryMetric: MetricName;
  backend: BackendChoice;
}

export interface TrainingRecord {
  /** The `model` choice trained (mlp, linear, gbt, blend), and the settings it trained with. */
  model: string;
  settings: TrainingSettings;
  candidates: Candidate[];
  reason: string | null;
  history: EpochLog[];
  bestEpoch: number;
  stoppedEarly: boolean;
  seconds: number;
  backend: string;
  trainRows: number;
}

/** The run specification in `text`, or what is wrong with it. */
export function parseRunSpec(text: string): RunSpec {
  const spec = JSON.parse(text) as Partial<RunSpec> | null;
  if (spec?.formatVersion !== 1 || typeof spec.data !== 'string' || typeof spec.preprocessing !== 'object') {
    throw new Error('The run specification is not one this trainer reads (formatVersion 1): run the same version of the action and trainer.');
  }
  return spec as RunSpec;
}

/** The record in `text` (a job's training.json), or null when it is not one. */
export function parseTrainingRecord(text: string): TrainingRecord | null {
  try {
    const record = JSON.parse(text) as Partial<TrainingRecord> | null;
    return typeof record?.model === 'string' && typeof record.settings === 'object' && Array.isArray(record.history) && typeof record.seconds === 'number'
      ? (record as TrainingRecord)
      : null;
  } catch {
    return null;
  }
}

/** A gs:// URI's bucket and object name (or prefix). */
export function splitGcsUri(uri: string): { bucket: string; name: string } | null {
  const match = /^gs:\/\/([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])\/(.*)$/s.exec(uri);
  return match ? { bucket: match[1] ?? '', name: match[2] ?? '' } : null;
}
