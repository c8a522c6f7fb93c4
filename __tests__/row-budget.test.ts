// The row budget of a family that holds every row in memory: gbt on more training rows than maxRowsInMemory
// learns from a stratified sample of that many, says so in its result (rows used of rows read), and still knows
// every class; within the budget it uses every row and says nothing.
import { describe, expect, it } from '@jest/globals';
import { gbt } from '../src/ml/families/gbt.js';
import type { ModelRuntime } from '../src/ml/family.js';
import type { TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';
import { matrixRows } from '../src/data/rows.js';

const runtime: ModelRuntime = { tf: {} as TF, debug: () => undefined };

describe('maxRowsInMemory', () => {
  it('trains gbt on a stratified sample beyond it, and on every row within it', async () => {
    const { plan, preprocessing, data } = await prepareFixture('titanic.csv', 'survived');
    const training = { rows: matrixRows(data.train.x, data.train.y), task: plan.task, classes: preprocessing.classes?.length ?? 1 };
    const rows = data.train.x.rows;
    const sampled = await gbt.train(runtime, training, { settings: { ...DEFAULT_TRAINING_SETTINGS, maxRowsInMemory: 300 }, seed: 42 });
    expect(sampled.sample).toEqual({ rows: 300, of: rows });
    const probabilities = sampled.model.predict(data.test.x);
    expect(probabilities.length).toBe(data.test.x.rows * 2);
    sampled.model.dispose();

    const whole = await gbt.train(runtime, training, { settings: DEFAULT_TRAINING_SETTINGS, seed: 42 });
    expect(whole.sample).toBeUndefined();
    whole.model.dispose();
  });
});
