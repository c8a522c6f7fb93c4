// A model choice for auto's selection tests whose models answer a script instead of learning, so each candidate's
// validation score is known in advance, and which records every train() call.
import { gatherRows } from '../src/data/rows.js';
import type { Matrix, ModelFamily, TrainedModel } from '../src/ml/family.js';
import type { ModelChoice } from '../src/ml/families/index.js';
import type { TrainingSettings } from '../src/model-config.js';

/** What one train() call was given: its rows' single feature (rounded to 1e-6, as whole numbers) and settings. */
export interface Fit {
  rows: number[];
  settings: TrainingSettings;
}

/**
 * A choice named `name` whose model answers `answer(feature, seen, trainedOn)` for each row of one feature: `seen`
 * says the row was among those it trained on; a number for regression, the class probabilities for classes.
 */
export function scriptedChoice(
  name: string,
  answer: (feature: number, seen: boolean, trainedOn: Float32Array) => number | number[],
): ModelChoice & { fits: Fit[] } {
  const fits: Fit[] = [];
  const family: ModelFamily = {
    name,
    files: [],
    servingFiles: [],
    async train(_runtime, data, options) {
      const { x } = await gatherRows(data.rows);
      const trainedOn = new Set(x.data);
      const rowsTrainedOn = Float32Array.from(x.data);
      fits.push({ rows: Array.from(x.data, (v) => Math.round(v * 1e6)), settings: options.settings });
      const model: TrainedModel = {
        family,
        predict: (rows: Matrix) => Float32Array.from(Array.from(rows.data).flatMap((v) => answer(v, trainedOn.has(v), rowsTrainedOn))),
        save: async () => undefined,
        describe: () => ({ family: name, inputs: 1, outputs: 1 }),
        dispose: () => undefined,
      };
      return { model, history: [], bestEpoch: 0, stoppedEarly: false };
    },
    load: () => Promise.reject(new Error('not loaded here')),
    checkFiles: async () => null,
  };
  return { name: name as ModelChoice['name'], family, settings: (run) => run, fits };
}
