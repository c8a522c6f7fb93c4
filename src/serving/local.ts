/**
 * The predictor module: what an application imports to use a model bundle in its own process, without an API
 * call or an npm install. Bundled with TensorFlow.js into one file (dist/predict.mjs) that every model bundle
 * carries beside its files. It holds the function's own Predictor, which the deployed function imports from it
 * (loadPredictor), so it answers as the function does, and refuses what the function answers 400 to.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCpuBackend, tf } from '../ml/tfjs.js';
import type { RawValue } from '../backends/data/types.js';
import type { Prediction } from '../ml/preprocess.js';
import type { ModelCard } from '../ml/types.js';
import { Predictor, type RefusalKind } from './predictor.js';

export type { Prediction, RawValue, ModelCard, RefusalKind };

/** A loaded model bundle. */
export interface LocalModel {
  /** card.json: the features it takes, the classes, how good it was and on what data. */
  readonly card: ModelCard;
  /**
   * Predictions in the instances' order: a number (regression) or `{ label, probabilities }`. Throws an
   * InstanceError for the first instance the function would refuse (a missing feature, a value that is not a number...).
   */
  predict(instances: ReadonlyArray<Record<string, RawValue>>): Prediction[];
}

/** An instance the model cannot predict, with the function's 400 message. */
export class InstanceError extends Error {
  constructor(
    message: string,
    readonly kind: RefusalKind | 'non-finite-output',
    readonly field: string | undefined,
  ) {
    super(message);
    this.name = 'InstanceError';
  }
}

/** This module's own folder: the model bundle it was written into. */
const OWN_FOLDER = dirname(fileURLToPath(import.meta.url));

let runtime: Promise<void> | undefined;

/** TensorFlow.js on its cpu backend, as the function runs it: the same arithmetic, so the same answers. */
function startTensorFlow(): Promise<void> {
  runtime ??= startCpuBackend();
  return runtime;
}

/**
 * Loads the model bundle in `dir` (a path, relative to the working directory, or a file: URL), by default the
 * folder this module sits in.
 */
export async function load(dir: string | URL = OWN_FOLDER): Promise<LocalModel> {
  const predictor = await loadPredictor(dir instanceof URL ? fileURLToPath(dir) : resolve(dir));
  return {
    card: predictor.card,
    predict(instances) {
      if (!Array.isArray(instances)) throw new TypeError('predict takes an array of instances, e.g. [{ "feature": 1 }]');
      const checked = predictor.predictChecked(instances);
      if ('refusal' in checked) throw new InstanceError(checked.refusal.message, checked.refusal.kind, checked.refusal.field);
      if ('failure' in checked) throw new InstanceError(checked.failure, 'non-finite-output', undefined);
      return checked.predictions;
    },
  };
}

/**
 * The Predictor of the model bundle in `dir`, with its HTTP answers: the deployed function's way in
 * (src/serving/function.ts imports this module from beside it), so that a function source carries one copy of
 * TensorFlow.js and the Predictor, this one, rather than a second bundled into the function's own file.
 */
export async function loadPredictor(dir: string): Promise<Predictor> {
  await startTensorFlow();
  return Predictor.load({ tf }, dir);
}
