// model: auto's choice: each candidate is scored on training rows it did not train on (3-fold cross-validation,
// repeated with other folds on small splits, or one seeded slice when rows are many), the best is kept (by the
// log-loss for classes, by the primary metric for numbers, whichever way it points), and it is trained again on
// every training row; too few rows to choose on trains the first choice alone.
import { describe, expect, it } from '@jest/globals';
import type { TrainingSettings } from '../src/model-config.js';
import { modelChoices } from '../src/ml/families/index.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import type { TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { assignFolds, crossValidationRepeats, CROSS_VALIDATION_MAX_ROWS, ensembleWeights, ENSEMBLE_ROUNDS, FOLDS, MAX_REPEATS, repeatedFolds, selectModel } from '../src/stages/select.js';
import { matrixRows } from '../src/data/rows.js';
import { scriptedChoice } from '../test-support/scripted-choice.js';

const choice = scriptedChoice;

const preprocessing: Preprocessing = { formatVersion: 1, task: 'regression', label: 'y', features: [], classes: null, target: { mean: 0, std: 1 } };
const runtime = { tf: {} as TF };
/** y = x, one feature, rows i / n: as the families get them, and as a matrix. */
function rows(n: number) {
  const x = { data: Float32Array.from({ length: n }, (_, i) => i / n), rows: n, cols: 1 };
  const y = Float32Array.from(x.data);
  return { x, y, rows: matrixRows(x, y), task: 'regression' as const, classes: 1 };
}
const options = (log: string[] = [], metric: 'rmse' | 'r2' | 'accuracy' = 'rmse', given: Preprocessing = preprocessing) => ({
  settings: DEFAULT_TRAINING_SETTINGS,
  seed: 42,
  primaryMetric: metric,
  preprocessing: given,
  log: (line: string) => log.push(line),
});

describe('selectModel', () => {
  it.each([
    ['rmse', false],
    ['rmse', true],
    ['r2', false],
  ] as const)('keeps the better by 3-fold cross-validated %s, repeated, in either order (exact first: %s)', async (metric, exactFirst) => {
    const exact = choice('exact', (v) => v);
    const off = choice('off', (v) => v + 1);
    const logged: string[] = [];
    const choices = exactFirst ? [exact, off] : [off, exact];
    const selection = await selectModel(runtime, choices, rows(2000), options(logged, metric));
    expect(selection.choice).toBe(exact);
    expect(selection.candidates.map((c) => c.name)).toEqual(choices.map((c) => c.name));
    // 2,000 rows: two cross-validations cost what one does at the 5,000-row limit.
    expect(selection.reason).toMatch(new RegExp(`^exact won on ${metric} in 3-fold cross-validation repeated twice on 2000 training rows: `));
    expect(logged.filter((line) => line.includes('in 3-fold cross-validation repeated twice on 2000 training rows'))).toHaveLength(2);
    // Each fold says what it trains, since on a large split one runs for minutes.
    expect(logged.filter((line) => /^model auto: exact, repeat [12] of 2, fold [123] of 3: training on the other 13\d\d rows…$/.test(line))).toHaveLength(6);
    // Three folds per repeat each, then the winner once more.
    expect(off.fits).toHaveLength(2 * FOLDS);
    expect(exact.fits).toHaveLength(2 * FOLDS + 1);
    // Scores for numbers are the primary metric alone.
    expect(selection.candidates.every((c) => c.logloss === undefined)).toBe(true);
  });

  it('scores only on rows a candidate did not train on: one that is exact on rows it saw and wrong elsewhere loses', async () => {
    // Scored on its own training rows (or on rows the choice never left out), memorised would be perfect.
    const memorised = choice('memorised', (v, seen) => (seen ? v : v + 1));
    const close = choice('close', (v) => v + 0.1);
    const selection = await selectModel(runtime, [memorised, close], rows(900), options());
    expect(selection.choice).toBe(close);
    expect(selection.candidates.find((c) => c.name === 'memorised')?.validationScore).toBeCloseTo(1, 5);
    expect(selection.candidates.find((c) => c.name === 'close')?.validationScore).toBeCloseTo(0.1, 5);
  });

  it('trains the winner again on every training row, and each fold on the rows of the other folds, in each repeat', async () => {
    const exact = choice('exact', (v) => v);
    const off = choice('off', (v) => v + 1);
    const all = Array.from({ length: 600 }, (_, i) => Math.round((i / 600) * 1e6));
    const selection = await selectModel(runtime, [off, exact], rows(600), options());
    expect(selection.choice).toBe(exact);
    expect(exact.fits).toHaveLength(MAX_REPEATS * FOLDS + 1);
    expect(exact.fits.at(-1)?.rows).toEqual(all);
    const leftOutBy: number[][][] = [];
    for (let repeat = 0; repeat < MAX_REPEATS; repeat++) {
      const folds = exact.fits.slice(repeat * FOLDS, (repeat + 1) * FOLDS).map((fit) => fit.rows);
      // Each fold trains on two thirds, and every row is left out of exactly one fold of each repeat.
      for (const fit of folds) expect(fit.length).toBe(400);
      const leftOut = folds.map((fit) => all.filter((row) => !fit.includes(row)));
      expect(leftOut.flat().sort((a, b) => a - b)).toEqual(all);
      leftOutBy.push(leftOut);
    }
    // Each repeat deals the rows into other folds.
    expect(leftOutBy[1]).not.toEqual(leftOutBy[0]);
    expect(leftOutBy[2]).not.toEqual(leftOutBy[1]);
  });

  it('scores each candidate by the mean over the repeats of what each cross-validation gives', async () => {
    // Off by the smallest row it trained on: which rows share a fold moves its score, as it moves a real model's.
    const shifted = choice('shifted', (v, _seen, trainedOn) => v + Math.min(...trainedOn) * 100);
    const data = rows(600);
    const perRepeat = repeatedFolds(data, 42).map(({ fold }) => {
      // Row r, in fold f, is scored by the model trained on the other folds: off by the smallest row among them.
      const smallest = [0, 1, 2].map((f) => Math.min(...Array.from(data.x.data).filter((_, row) => fold[row] !== f)));
      return Math.sqrt(Array.from(fold).reduce((sum, f) => sum + ((smallest[f] as number) * 100) ** 2, 0) / 600);
    });
    expect(new Set(perRepeat.map((score) => score.toFixed(6))).size).toBeGreaterThan(1);
    const far = choice('far', (v) => v + 1e9);
    const selection = await selectModel(runtime, [shifted, far], data, options());
    expect(selection.choice).toBe(shifted);
    expect(selection.candidates[0]?.validationScore).toBeCloseTo(perRepeat.reduce((sum, score) => sum + score, 0) / perRepeat.length, 4);
  });

  it('chooses among classifiers on the log-loss, not on accuracy, and shows both', async () => {
    // Two classes by the row's parity. sure: right with certainty on 90 % of rows and wrong with certainty on the
    // rest (accuracy 0.9, log-loss 0.1 × 34.5); hedged: 60 % sure, right on 80 % (accuracy 0.8, log-loss 0.59).
    const n = 600;
    const { x } = rows(n);
    const y = Float32Array.from({ length: n }, (_, i) => i % 2);
    const data = { x, y, rows: matrixRows(x, y), task: 'classification' as const, classes: 2 };
    const classOf = (v: number) => Math.round(v * n) % 2;
    const sure = choice('sure', (v) => (Math.round(v * n) % 10 === 0 ? classOf(v) === 1 : classOf(v) === 0) ? [1, 0] : [0, 1]);
    const hedged = choice('hedged', (v) => (Math.round(v * n) % 10 < 2 ? classOf(v) === 1 : classOf(v) === 0) ? [0.6, 0.4] : [0.4, 0.6]);
    const classes: Preprocessing = { ...preprocessing, task: 'classification', classes: ['even', 'odd'], target: null };
    const selection = await selectModel(runtime, [sure, hedged], data, options([], 'accuracy', classes));
    expect(selection.choice).toBe(hedged);
    const [first, second] = selection.candidates;
    expect(first).toMatchObject({ name: 'sure', validationScore: 0.9 });
    expect(first?.logloss).toBeCloseTo(0.1 * -Math.log(1e-15), 3);
    expect(second).toMatchObject({ name: 'hedged' });
    expect(second?.validationScore).toBeCloseTo(0.8, 6);
    expect(second?.logloss).toBeCloseTo(-(0.8 * Math.log(0.6) + 0.2 * Math.log(0.4)), 5);
    expect(selection.reason).toBe(
      'hedged won on logloss (how sure each prediction was, not only whether it was right) in 3-fold cross-validation repeated 3 times on 600 training rows: 0.5919 against sure 3.4539.',
    );
  });

  it('weighs a blend by ensemble selection on its members\' held-out outputs without training it, and keeps it when that wins', async () => {
    // Every row: high is 0.3 above, low 0.6 below, weak 2 above. Greedy rounds add high, then low, then high
    // again: (2 × 0.3 − 0.6) / 3 = 0, exact at round three; weak never helps a mean and gets 0.
    const high = choice('high', (v) => v + 0.3);
    const low = choice('low', (v) => v - 0.6);
    const weak = choice('weak', (v) => v + 2);
    const weightedWith: Array<Readonly<Partial<Record<string, number>>>> = [];
    const blended = choice('blend', (v) => v);
    const weighted = (weights: Readonly<Partial<Record<string, number>>>) => (weightedWith.push(weights), blended.family);
    const selection = await selectModel(runtime, [high, low, weak, { ...blended, blendOf: [high, low, weak], weighted }], rows(600), options());
    expect(selection.choice.name).toBe('blend');
    expect(selection.choice.family).toBe(blended.family);
    const [, , , tried] = selection.candidates;
    expect(tried?.validationScore).toBeCloseTo(0, 6);
    expect(tried?.weights).toEqual({ high: 2 / 3, low: 1 / 3, weak: 0 });
    expect(weightedWith).toEqual([{ high: 2 / 3, low: 1 / 3, weak: 0 }]);
    expect(tried?.seconds).toBeCloseTo(selection.candidates.slice(0, 3).reduce((sum, c) => sum + c.seconds, 0), 6);
    // Its members trained once per fold of each repeat; the blend itself once, on every row, after winning.
    expect([high.fits.length, low.fits.length, weak.fits.length, blended.fits.length]).toEqual([MAX_REPEATS * FOLDS, MAX_REPEATS * FOLDS, MAX_REPEATS * FOLDS, 1]);
  });

  it('keeps the best single model over a blend that cannot beat it: the blend is all its weight and loses the tie', async () => {
    const exact = choice('exact', (v) => v);
    const off = choice('off', (v) => v + 1);
    const blended = { ...choice('blend', (v) => v), blendOf: [exact, off] };
    const selection = await selectModel(runtime, [exact, off, blended], rows(600), options());
    expect(selection.choice).toBe(exact);
    expect(selection.candidates[2]?.weights).toEqual({ exact: 1, off: 0 });
  });

  it('gives a tie to the choice listed first, whatever their training times', async () => {
    const first = choice('first', (v) => v + 0.5);
    const second = choice('second', (v) => v + 0.5);
    // The second is the faster: train() of the first waits before it returns (a delay, not a timing assertion).
    const slowTrain = first.family.train.bind(first.family);
    first.family.train = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return slowTrain(...args);
    };
    const selection = await selectModel(runtime, [first, second], rows(600), options());
    expect(selection.choice).toBe(first);
    expect(selection.reason).toBe('first won: it tied second on rmse in 3-fold cross-validation repeated 3 times on 600 training rows and is listed first.');
  });

  it('trains the first choice alone on the whole split when too few rows are left to choose on', async () => {
    const exact = choice('exact', (v) => v);
    const off = choice('off', (v) => v + 1);
    const logged: string[] = [];
    const selection = await selectModel(runtime, [off, exact], rows(90), options(logged));
    expect(selection).toMatchObject({ choice: off, candidates: [], reason: null });
    expect(off.fits.map((fit) => fit.rows.length)).toEqual([90]);
    expect(exact.fits).toEqual([]);
    expect(logged).toEqual(['model auto: 90 training rows are too few to choose on; training off alone.']);
  });

  it('linear is the MLP family with no hidden layer, and the selection says which settings trained it', async () => {
    const [linear] = modelChoices('linear');
    expect(linear?.family.name).toBe('mlp');
    expect(linear?.settings(DEFAULT_TRAINING_SETTINGS)).toEqual({ ...DEFAULT_TRAINING_SETTINGS, hiddenLayers: [], dropout: 0 });
    expect(modelChoices('auto').map((c) => c.name)).toEqual(['mlp', 'linear', 'gbt', 'blend']);
    const plain = choice('plain', (v) => v);
    const narrowed = { ...plain, settings: (run: TrainingSettings) => ({ ...run, hiddenLayers: [] }) };
    const selection = await selectModel(runtime, [narrowed], rows(50), options());
    expect(selection.settings.hiddenLayers).toEqual([]);
    expect(plain.fits[0]?.settings.hiddenLayers).toEqual([]);
  });
});

describe('ensembleWeights', () => {
  it('adds, round by round, the member whose addition scores best, and keeps the weights of the best round', () => {
    // The score is the distance of the mean of three members' values from 0.5; each value is what the member gives.
    const values = [1, 0, 0.5];
    const distance = (weights: readonly number[]) => Math.abs(weights.reduce((sum, weight, m) => sum + weight * (values[m] as number), 0) - 0.5);
    // The third is exact alone: round one takes it and no later round beats 0.
    expect(ensembleWeights(3, distance, false)).toEqual([0, 0, 1]);
    // Without it, 1 and 0 meet at round two.
    expect(ensembleWeights(2, distance, false)).toEqual([0.5, 0.5]);
  });

  it('follows the metric\'s direction and counts a non-finite score as the worst', () => {
    // The first member's outputs are not finite: any mean with it scores NaN.
    const scores = [Number.NaN, 0.2, 0.9];
    const mean = (weights: readonly number[]) => weights.reduce((sum, weight, m) => sum + (weight > 0 ? weight * (scores[m] as number) : 0), 0);
    // Higher is better: the third alone (a mean with the second only lowers it).
    expect(ensembleWeights(3, mean, true)).toEqual([0, 0, 1]);
    // Lower is better: the second alone.
    expect(ensembleWeights(3, mean, false)).toEqual([0, 1, 0]);
    expect(ENSEMBLE_ROUNDS).toBe(25);
  });
});

describe('assignFolds', () => {
  const classes = (n: number) => {
    // Three classes of 60 %, 30 % and 10 %, in blocks, as sorted data would come.
    const y = Float32Array.from({ length: n }, (_, i) => (i < n * 0.6 ? 0 : i < n * 0.9 ? 1 : 2));
    return { x: { data: Float32Array.from({ length: n }, (_, i) => i), rows: n, cols: 1 }, y, task: 'classification' as const, classes: 3 };
  };

  it('deals the rows into the same folds for the same seed and repeat, and into others for another seed or repeat', () => {
    const data = classes(999);
    expect(assignFolds(data, 42).fold).toEqual(assignFolds(data, 42).fold);
    expect(assignFolds(data, 43).fold).not.toEqual(assignFolds(data, 42).fold);
    // The first repeat is the dealing of a run without repeats: the same seed keeps its folds.
    expect(assignFolds(data, 42, 0).fold).toEqual(assignFolds(data, 42).fold);
    expect(assignFolds(data, 42, 1).fold).toEqual(assignFolds(data, 42, 1).fold);
    expect(assignFolds(data, 42, 1).fold).not.toEqual(assignFolds(data, 42, 0).fold);
    expect(repeatedFolds(data, 42).map((folds) => [folds.repeat, folds.repeats])).toEqual([[0, 3], [1, 3], [2, 3]]);
  });

  it('repeats the cross-validation while it costs no more than one at the row limit, three times at most', () => {
    expect([200, 284, 1666, 1667, 2500, 2501, CROSS_VALIDATION_MAX_ROWS, CROSS_VALIDATION_MAX_ROWS + 1].map(crossValidationRepeats)).toEqual([3, 3, 3, 2, 2, 1, 1, 1]);
    expect(repeatedFolds(rows(2000), 42)).toHaveLength(2);
    expect(repeatedFolds(rows(CROSS_VALIDATION_MAX_ROWS + 1000), 42)).toHaveLength(1);
  });

  it.each([0, 1, 2])('cross-validates up to the row limit, with every class in each fold in proportion (repeat %d)', (repeat) => {
    const data = classes(1000);
    const folds = assignFolds(data, 7, repeat);
    expect(folds).toMatchObject({ count: FOLDS, repeat, repeats: 3 });
    for (let fold = 0; fold < FOLDS; fold++) {
      for (const [label, share] of [[0, 0.6], [1, 0.3], [2, 0.1]] as const) {
        const inFold = Array.from(folds.fold).filter((f, row) => f === fold && data.y[row] === label).length;
        expect(Math.abs(inFold - (1000 * share) / FOLDS)).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([0, 1])('keeps identical rows in one fold, as the holdout split keeps them on one side (repeat %d)', (repeat) => {
    // 900 distinct rows, each three times: one fold must never score copies of rows the others trained on.
    const data = classes(2700);
    data.x.data.forEach((_, i) => (data.x.data[i] = i % 900));
    data.y.forEach((_, i) => (data.y[i] = (i % 900) % 3));
    const { fold } = assignFolds(data, 42, repeat);
    for (let row = 900; row < 2700; row++) expect(fold[row]).toBe(fold[row % 900]);
    expect(new Set(fold)).toEqual(new Set([0, 1, 2]));
  });

});
