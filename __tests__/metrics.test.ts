import { describe, expect, it } from '@jest/globals';
import {
  classificationMetrics,
  flattenMetrics,
  HIGHER_IS_BETTER,
  majorityClassProbabilities,
  meanPredictions,
  regressionMetrics,
} from '../src/ml/metrics.js';

/** Binary probabilities (rows × 2) from the probability of the second class. */
function binary(positive: number[]): Float32Array {
  return Float32Array.from(positive.flatMap((p) => [1 - p, p]));
}

describe('classificationMetrics', () => {
  it('scores a model whose outputs are NaN as NaN, not as a constant guess of the first class', () => {
    const m = classificationMetrics([0, 0, 1], Float32Array.from([NaN, NaN, NaN, NaN, 0.2, 0.8]), ['no', 'yes']);
    expect(m).toMatchObject({ accuracy: NaN, f1: NaN, precision: NaN, recall: NaN, logloss: NaN, auc: NaN });
    expect(flattenMetrics(m).accuracy).toBeNaN();
  });

  it('binary: matches the hand-computed values, AUC with a tied pair', () => {
    // yTrue    0    0    1    1    1
    // p(yes)  .1   .6   .6   .8   .4   → predicted 0 1 1 1 0
    // confusion [true][pred] = [[1, 1], [1, 2]]; accuracy 3/5.
    // no:  precision 1/2, recall 1/2, f1 1/2.   yes: precision 2/3, recall 2/3, f1 2/3.  Macro: 7/12 each.
    // AUC: ranks by score .1→1, .4→2, .6,.6→3.5 each, .8→5; positives' rank sum 2 + 3.5 + 5 = 10.5;
    //      (10.5 − 3·4/2) / (3·2) = 4.5 / 6 = 0.75 (the tied .6 pair counts one half).
    // logloss: −(ln .9 + ln .4 + ln .6 + ln .8 + ln .4) / 5 = 2.671913 / 5 = 0.534383.
    const m = classificationMetrics([0, 0, 1, 1, 1], binary([0.1, 0.6, 0.6, 0.8, 0.4]), ['no', 'yes']);
    expect(m.confusion).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(m.accuracy).toBeCloseTo(0.6, 10);
    expect(m.perClass).toEqual([
      { class: 'no', precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
      { class: 'yes', precision: expect.closeTo(2 / 3, 10), recall: expect.closeTo(2 / 3, 10), f1: expect.closeTo(2 / 3, 10), support: 3 },
    ]);
    expect(m.precision).toBeCloseTo(7 / 12, 10);
    expect(m.recall).toBeCloseTo(7 / 12, 10);
    expect(m.f1).toBeCloseTo(7 / 12, 10);
    expect(m.auc).toBeCloseTo(0.75, 10);
    expect(m.logloss).toBeCloseTo(0.534383, 5);
    expect(m.classes).toEqual(['no', 'yes']);
  });

  it('three classes: a never-predicted class has precision 0, and a probability tie picks the lower index', () => {
    // yTrue  probabilities        predicted
    //   0    [.5, .3, .2]         0
    //   1    [.4, .4, .2]         0 (tie between 0 and 1)
    //   2    [.1, .2, .7]         2
    //   2    [.6, .3, .1]         0
    // confusion [[1,0,0], [1,0,0], [1,0,1]]; accuracy 2/4.
    // a: precision 1/3, recall 1, f1 1/2.  b: never predicted → precision 0, recall 0, f1 0.
    // c: precision 1, recall 1/2, f1 2/3.  Macro precision 4/9, recall 1/2, f1 7/18.
    // logloss: −(ln .5 + ln .4 + ln .7 + ln .1) / 4 = 4.268698 / 4 = 1.067175.
    const probabilities = Float32Array.from([0.5, 0.3, 0.2, 0.4, 0.4, 0.2, 0.1, 0.2, 0.7, 0.6, 0.3, 0.1]);
    const m = classificationMetrics([0, 1, 2, 2], probabilities, ['a', 'b', 'c']);
    expect(m.confusion).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 1],
    ]);
    expect(m.accuracy).toBe(0.5);
    expect(m.perClass[1]).toEqual({ class: 'b', precision: 0, recall: 0, f1: 0, support: 1 });
    expect(m.precision).toBeCloseTo(4 / 9, 10);
    expect(m.recall).toBeCloseTo(0.5, 10);
    expect(m.f1).toBeCloseTo(7 / 18, 10);
    expect(m.auc).toBeNull();
    expect(m.logloss).toBeCloseTo(1.067175, 5);
  });

  it('perfect predictions score 1 everywhere and a logloss of about 0', () => {
    const m = classificationMetrics([0, 1, 0, 1], binary([0, 1, 0, 1]), ['no', 'yes']);
    expect([m.accuracy, m.precision, m.recall, m.f1, m.auc]).toEqual([1, 1, 1, 1, 1]);
    expect(m.logloss).toBeCloseTo(0, 10);
  });

  it('one class in yTrue: no AUC, and the absent, never-predicted class stays out of the macro averages', () => {
    // Three rows, all "yes", all predicted "yes": "no" has support 0 and no predictions.
    // logloss: −(ln .8 + ln .9 + ln(1 − 1e-15)) / 3 = 0.328504 / 3 = 0.109501.
    const m = classificationMetrics([1, 1, 1], binary([0.8, 0.9, 1]), ['no', 'yes']);
    expect(m.auc).toBeNull();
    expect([m.accuracy, m.precision, m.recall, m.f1]).toEqual([1, 1, 1, 1]);
    expect(m.perClass[0]).toEqual({ class: 'no', precision: 0, recall: 0, f1: 0, support: 0 });
    expect(m.logloss).toBeCloseTo(0.109501, 5);
  });

  it('clips a zero probability of the true class at 1e-15', () => {
    // −ln(1e-15) = 34.538776
    expect(classificationMetrics([0], binary([1]), ['no', 'yes']).logloss).toBeCloseTo(34.538776, 5);
  });

  it('rejects probabilities of the wrong shape and labels that are not class indexes', () => {
    expect(() => classificationMetrics([0, 1], binary([0.5]), ['no', 'yes'])).toThrow('2 labels, 2 classes, 2 probabilities');
    expect(() => classificationMetrics([0, 2], binary([0.5, 0.5]), ['no', 'yes'])).toThrow('Label 2 in row 1');
  });
});

describe('regressionMetrics', () => {
  it('matches the hand-computed values', () => {
    // errors 0, −1, 1, 0: MSE 2/4, RMSE √0.5 = 0.707107, MAE 0.5.
    // mean 2.5, total sum of squares 2.25 + 0.25 + 0.25 + 2.25 = 5; R² = 1 − 2/5 = 0.6.
    const m = regressionMetrics([1, 2, 3, 4], [1, 3, 2, 4]);
    expect(m.rmse).toBeCloseTo(0.707107, 6);
    expect(m.mae).toBeCloseTo(0.5, 10);
    expect(m.r2).toBeCloseTo(0.6, 10);
  });

  it('perfect predictions: RMSE 0, R² 1', () => {
    expect(regressionMetrics([1.5, -2, 7], Float32Array.from([1.5, -2, 7]))).toEqual({ rmse: 0, mae: 0, r2: 1 });
  });

  it('a constant target: R² is 1 for a perfect fit and 0 otherwise', () => {
    expect(regressionMetrics([3, 3], [3, 3]).r2).toBe(1);
    expect(regressionMetrics([3, 3], [2, 4])).toEqual({ rmse: 1, mae: 1, r2: 0 });
  });
});

describe('naive baselines', () => {
  it('majority class: every row gets the training class frequencies, and so predicts the majority class', () => {
    const probabilities = majorityClassProbabilities([0, 2, 2, 1, 2], 3, 2);
    expect(Array.from(probabilities)).toEqual(Array.from(Float32Array.from([0.2, 0.2, 0.6, 0.2, 0.2, 0.6])));
    const m = classificationMetrics([2, 0], probabilities, ['a', 'b', 'c']);
    expect(m.accuracy).toBe(0.5);
    // logloss of the prior: −(ln .6 + ln .2) / 2 = (0.510826 + 1.609438) / 2 = 1.060132.
    expect(m.logloss).toBeCloseTo(1.060132, 5);
  });

  it('majority class on a tie predicts the lower class index, and its constant score gives an AUC of 0.5', () => {
    const m = classificationMetrics([0, 1, 1, 0], majorityClassProbabilities([1, 0], 2, 4), ['no', 'yes']);
    expect(m.confusion).toEqual([
      [2, 0],
      [2, 0],
    ]);
    expect(m.auc).toBe(0.5);
  });

  it('mean: every row predicts the training mean', () => {
    expect(Array.from(meanPredictions([1, 2, 6], 2))).toEqual([3, 3]);
  });
});

describe('flattenMetrics', () => {
  it('binary classification includes auc', () => {
    const flat = flattenMetrics(classificationMetrics([0, 1], binary([0.2, 0.7]), ['no', 'yes']));
    expect(Object.keys(flat).sort()).toEqual(['accuracy', 'auc', 'f1', 'logloss', 'precision', 'recall']);
    expect(flat.auc).toBe(1);
  });

  it('multi-class classification leaves auc out', () => {
    const flat = flattenMetrics(classificationMetrics([0, 1, 2], Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]), ['a', 'b', 'c']));
    expect(Object.keys(flat).sort()).toEqual(['accuracy', 'f1', 'logloss', 'precision', 'recall']);
  });

  it('regression gives rmse, mae, r2', () => {
    expect(flattenMetrics(regressionMetrics([1, 2, 3, 4], [1, 3, 2, 4]))).toEqual({
      rmse: expect.closeTo(0.707107, 6),
      mae: 0.5,
      r2: expect.closeTo(0.6, 10),
    });
  });
});

describe('HIGHER_IS_BETTER', () => {
  it('knows the direction of every metric', () => {
    expect(HIGHER_IS_BETTER).toEqual({ accuracy: true, f1: true, auc: true, logloss: false, rmse: false, mae: false, r2: true });
  });
});
