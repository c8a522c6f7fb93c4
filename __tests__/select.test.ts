// model: auto's choice: each family trains on the training split less a seeded validation slice and the best by
// the primary metric there is kept, whichever way the metric points; too few rows to choose on trains one family.
import { describe, expect, it } from '@jest/globals';
import type { Matrix, ModelFamily, TrainedModel } from '../src/ml/family.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import type { TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { selectModel } from '../src/stages/select.js';

/** A family whose model answers `answer(x)` for each row, so its validation score is known in advance. */
function family(name: string, answer: (feature: number) => number): ModelFamily {
  const self: ModelFamily = {
    name,
    files: [],
    servingFiles: [],
    async train() {
      const model: TrainedModel = {
        family: self,
        predict: (x: Matrix) => Float32Array.from({ length: x.rows }, (_, r) => answer(x.data[r] as number)),
        save: async () => undefined,
        describe: () => ({ family: name, inputs: 1, outputs: 1 }),
        dispose: () => undefined,
      };
      return { model, history: [], bestEpoch: 0, stoppedEarly: false };
    },
    load: () => Promise.reject(new Error('not loaded here')),
    checkFiles: async () => null,
  };
  return self;
}

const preprocessing: Preprocessing = { formatVersion: 1, task: 'regression', label: 'y', features: [], classes: null, target: { mean: 0, std: 1 } };
const runtime = { tf: {} as TF };
/** y = x: the exact family is perfect, the off one is 1 off on every row. */
function rows(n: number) {
  const x = Float32Array.from({ length: n }, (_, i) => i / n);
  return { x: { data: x, rows: n, cols: 1 }, y: Float32Array.from(x), task: 'regression' as const, classes: 1 };
}
const exact = family('exact', (v) => v);
const off = family('off', (v) => v + 1);

describe('selectModel', () => {
  it.each([
    ['rmse', [off, exact]],
    ['rmse', [exact, off]],
    ['r2', [off, exact]],
  ] as const)('keeps the better on validation %s, in either order', async (metric, families) => {
    const logged: string[] = [];
    const selection = await selectModel(runtime, families, rows(2000), {
      settings: DEFAULT_TRAINING_SETTINGS,
      seed: 42,
      primaryMetric: metric,
      preprocessing,
      log: (line) => logged.push(line),
    });
    expect(selection.family).toBe(exact);
    expect(selection.candidates.map((c) => c.family)).toEqual(families.map((f) => f.name));
    expect(selection.reason).toMatch(new RegExp(`^exact won on validation ${metric}: `));
    expect(logged.filter((line) => line.includes('on 200 validation rows'))).toHaveLength(2);
  });

  it('trains the first family alone on the whole split when too few rows are left to choose on', async () => {
    const logged: string[] = [];
    const selection = await selectModel(runtime, [off, exact], rows(600), {
      settings: DEFAULT_TRAINING_SETTINGS,
      seed: 42,
      primaryMetric: 'rmse',
      preprocessing,
      log: (line) => logged.push(line),
    });
    expect(selection).toMatchObject({ family: off, candidates: [], reason: null });
    expect(logged).toEqual(['model auto: 600 training rows leave too few to choose on; training off alone.']);
  });
});
