import { describe, expect, it } from '@jest/globals';
import { pairedBootstrap, selectRows, weightedMetric, type HoldoutOutputs } from '../src/ml/bootstrap.js';
import { classificationMetrics, flattenMetrics, regressionMetrics } from '../src/ml/metrics.js';
import { mulberry32 } from '../src/ml/random.js';
import type { MetricName } from '../src/ml/types.js';
import { decide, type BaselineMetrics, type GateSettings } from '../src/stages/compare.js';
import { renderReport } from '../src/stages/report.js';

const ROWS = 400;
const truth = Float64Array.from({ length: ROWS }, (_, r) => r % 2);

/** A two-class model's outputs that are right on every row `wrong` rejects; confidence varies by row so auc has ranks. */
function classifier(wrong: (row: number) => boolean): HoldoutOutputs {
  const probabilities = new Float32Array(ROWS * 2);
  for (let r = 0; r < ROWS; r++) {
    const sure = 0.55 + ((r * 37) % 40) / 100;
    const positive = (truth[r] === 1) !== wrong(r) ? sure : 1 - sure;
    probabilities[r * 2 + 1] = positive;
    probabilities[r * 2] = 1 - positive;
  }
  return { task: 'classification', truth, probabilities, classes: 2 };
}

function metricsOf(outputs: HoldoutOutputs): Record<string, number> {
  if (outputs.task === 'regression') return flattenMetrics(regressionMetrics(outputs.truth, outputs.predictions));
  return flattenMetrics(classificationMetrics(outputs.truth, outputs.probabilities, ['no', 'yes']));
}

const settings = (gate: 'point' | 'significant'): GateSettings => ({
  gate,
  minMetric: null,
  maxRegression: 0,
  onRegression: 'fail',
  maxDrift: null,
  onDrift: 'warn',
});

/** The gate as judge() runs it: both models on the same rows, the interval from the seeded paired bootstrap. */
function gateOf(metric: MetricName, challenger: HoldoutOutputs, champion: HoldoutOutputs, gate: 'point' | 'significant') {
  const interval = pairedBootstrap(metric, challenger, champion, { seed: 42, confidence: 0.95 });
  const baseline: BaselineMetrics = { task: champion.task, metrics: metricsOf(champion), runId: '6-1', basis: 're-evaluated', interval };
  return decide(metric, { task: challenger.task, metrics: metricsOf(challenger) }, baseline, settings(gate));
}

// The champion is wrong on every 10th row (90%); a challenger within the noise is wrong on 3 rows more (89.25%).
const champion = classifier((r) => r % 10 === 0);
const close = classifier((r) => r % 10 === 0 || r === 3 || r === 17 || r === 101);
// A real regression: wrong on 30% of the rows.
const worse = classifier((r) => r % 10 < 3);

describe('gate: significant against gate: point', () => {
  it('deploys a point regression inside the noise under significant, and fails it under point', () => {
    const point = gateOf('accuracy', close, champion, 'point');
    expect(point).toMatchObject({ passed: false, action: 'fail' });
    const significant = gateOf('accuracy', close, champion, 'significant');
    expect(significant).toMatchObject({ passed: true, action: 'ship' });
    const interval = significant.interval;
    expect(interval?.low).toBeLessThan(significant.delta ?? NaN);
    expect(interval?.high).toBeGreaterThanOrEqual(0);
    expect(significant.reason).toMatch(
      /^Gate passed: accuracy 0\.8925 against 0\.9 from run 6-1, re-evaluated on this holdout \(-0\.0075 \[-0\.0\d+, \+?0(\.\d+)?\]\): worse than max-regression 0 at the point, but not with 95% confidence, so gate: significant lets it pass\.$/,
    );
  });

  it('fails a real regression under both', () => {
    for (const gate of ['point', 'significant'] as const) {
      const decision = gateOf('accuracy', worse, champion, gate);
      expect(decision).toMatchObject({ passed: false, action: 'fail' });
      expect(decision.interval?.high).toBeLessThan(-0.1);
    }
    expect(gateOf('accuracy', worse, champion, 'significant').reason).toContain('with 95% confidence');
  });

  it('reads lower-is-better metrics the other way round (rmse)', () => {
    const target = Float64Array.from({ length: ROWS }, (_, r) => Math.sin(r) * 10);
    const noise = (seed: number, scale: number) => {
      const random = mulberry32(seed);
      return Float64Array.from(target, (y) => y + (random() - 0.5) * scale);
    };
    const championModel: HoldoutOutputs = { task: 'regression', truth: target, predictions: noise(1, 4) };
    const near: HoldoutOutputs = { task: 'regression', truth: target, predictions: noise(2, 4.1) };
    const far: HoldoutOutputs = { task: 'regression', truth: target, predictions: noise(3, 8) };
    expect(gateOf('rmse', near, championModel, 'point').delta).toBeGreaterThan(0);
    expect(gateOf('rmse', near, championModel, 'point').passed).toBe(false);
    expect(gateOf('rmse', near, championModel, 'significant').passed).toBe(true);
    expect(gateOf('rmse', far, championModel, 'significant').passed).toBe(false);
  });

  it('falls back to point, saying why, when the baseline was not re-evaluated on the same rows', () => {
    const stored: BaselineMetrics = { task: 'classification', metrics: metricsOf(champion), runId: '6-1', basis: 'stored' };
    const decision = decide('accuracy', { task: 'classification', metrics: metricsOf(close) }, stored, settings('significant'));
    expect(decision).toMatchObject({ passed: false, action: 'fail', interval: null });
    expect(decision.reason).toContain(
      "gate: significant needs the baseline's model scored on the same rows, which it was not here, so the point difference decides",
    );
  });

  it('gives the same interval for a seed, and another for another seed', () => {
    const options = { seed: 7, confidence: 0.95, resamples: 500 };
    const first = pairedBootstrap('logloss', close, champion, options);
    expect(pairedBootstrap('logloss', close, champion, options)).toEqual(first);
    expect(pairedBootstrap('logloss', close, champion, { ...options, seed: 8 })).not.toEqual(first);
    expect(first).toMatchObject({ confidence: 0.95, resamples: 500, rows: ROWS });
    // A wider confidence gives a wider interval.
    const wide = pairedBootstrap('logloss', close, champion, { ...options, confidence: 0.99 });
    expect((wide?.high ?? 0) - (wide?.low ?? 0)).toBeGreaterThan((first?.high ?? 0) - (first?.low ?? 0));
  });

  it('shows the interval in the report beside the point difference', () => {
    const decision = gateOf('accuracy', close, champion, 'significant');
    const evaluation = {
      task: 'classification' as const,
      primaryMetric: 'accuracy' as const,
      metrics: metricsOf(close),
      details: classificationMetrics(truth, (close as { probabilities: Float32Array }).probabilities, ['no', 'yes']),
      naive: { name: 'majority class', metrics: { accuracy: 0.5 } },
      holdoutRows: ROWS,
      outputs: close,
    };
    const markdown = renderReport({
      functionName: 'f',
      runId: '7-1',
      dataDescription: 'd',
      fingerprint: 'sha256:x',
      baseline: null,
      evaluation,
      decision,
    });
    expect(markdown).toContain(decision.reason);
    expect(markdown).toMatch(/\(-0\.0075 \[-0\.0\d+, \+?0(\.\d+)?\]\)/);
  });
});

describe('the bootstrap recomputes each metric as src/ml/metrics.ts does', () => {
  const ones = new Uint32Array(ROWS).fill(1);
  const threeClasses: HoldoutOutputs = (() => {
    const random = mulberry32(5);
    const probabilities = Float32Array.from({ length: ROWS * 3 }, () => random());
    return { task: 'classification', truth: Float64Array.from({ length: ROWS }, (_, r) => r % 3), probabilities, classes: 3 };
  })();
  // Ties in the scores: auc must count a tied positive and negative as one half, as rocAuc does.
  const tied: HoldoutOutputs = (() => {
    const probabilities = new Float32Array(ROWS * 2);
    for (let r = 0; r < ROWS; r++) {
      const p = Math.round((((r * 13) % 10) / 10 + (truth[r] as number) * 0.2) * 4) / 8;
      probabilities[r * 2 + 1] = p;
      probabilities[r * 2] = 1 - p;
    }
    return { task: 'classification', truth, probabilities, classes: 2 };
  })();
  const regression: HoldoutOutputs = { task: 'regression', truth: Float64Array.from(truth, (y, r) => y + r / 100), predictions: Float64Array.from({ length: ROWS }, (_, r) => r / 90) };

  it.each([
    ['accuracy', close],
    ['logloss', close],
    ['auc', close],
    ['auc', tied],
    ['f1', close],
    ['f1', threeClasses],
    ['accuracy', threeClasses],
    ['rmse', regression],
    ['mae', regression],
    ['r2', regression],
  ] as Array<[MetricName, HoldoutOutputs]>)('%s with every row once', (metric, outputs) => {
    const expected =
      outputs.task === 'regression'
        ? flattenMetrics(regressionMetrics(outputs.truth, outputs.predictions))
        : flattenMetrics(classificationMetrics(outputs.truth, outputs.probabilities, ['a', 'b', 'c'].slice(0, outputs.classes)));
    expect(weightedMetric(metric, outputs)(ones)).toBeCloseTo(expected[metric] ?? NaN, 10);
  });

  it('a row drawn twice counts twice', () => {
    const twice = new Uint32Array(ROWS).fill(1);
    twice[0] = 2;
    const rows = Uint32Array.from([0, ...Array.from({ length: ROWS }, (_, r) => r)]);
    const doubled = selectRows(threeClasses, rows);
    const all = new Uint32Array(ROWS + 1).fill(1);
    for (const metric of ['accuracy', 'f1', 'logloss'] as const) {
      expect(weightedMetric(metric, threeClasses)(twice)).toBeCloseTo(weightedMetric(metric, doubled)(all), 12);
    }
  });
});
