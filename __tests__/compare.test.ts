import { describe, expect, it } from '@jest/globals';
import { decide, type BaselineMetrics, type GateSettings } from '../src/stages/compare.js';

const gate = (more: Partial<GateSettings> = {}): GateSettings => ({
  gate: 'point',
  minMetric: null,
  maxDrift: null,
  onDrift: 'warn',
  maxRegression: 0,
  onRegression: 'fail',
  ...more,
});
const classifier = (accuracy: number) => ({ task: 'classification' as const, metrics: { accuracy } });
const baseline = (
  metrics: Record<string, number>,
  task: 'classification' | 'regression' = 'classification',
  basis: BaselineMetrics['basis'] = 're-evaluated',
): BaselineMetrics => ({ task, metrics, runId: '41-1', basis });

describe('decide', () => {
  it('passes a first run and counts it as improved', () => {
    const decision = decide('accuracy', classifier(0.9), null, gate());
    expect(decision).toMatchObject({ passed: true, improved: true, action: 'ship', delta: null });
    expect(decision.reason).toBe('Gate passed: accuracy 0.9; there is no baseline yet, so this is a first run.');
  });

  it('fails a first run below min-metric', () => {
    expect(decide('accuracy', classifier(0.8), null, gate({ minMetric: 0.85 }))).toMatchObject({
      passed: false,
      action: 'fail',
    });
  });

  it('reads min-metric as a ceiling for error metrics', () => {
    const regressor = { task: 'regression' as const, metrics: { rmse: 12 } };
    expect(decide('rmse', regressor, null, gate({ minMetric: 10 })).passed).toBe(false);
    expect(decide('rmse', regressor, null, gate({ minMetric: 15 })).passed).toBe(true);
  });

  it('compares with the baseline in the metric direction', () => {
    const better = decide('accuracy', classifier(0.93), baseline({ accuracy: 0.9 }), gate());
    expect(better).toMatchObject({ passed: true, improved: true });
    expect(better.delta).toBeCloseTo(0.03);
    expect(better.reason).toBe('Gate passed: accuracy 0.93 against 0.9 from run 41-1, re-evaluated on this holdout (+0.03).');
    expect(decide('accuracy', classifier(0.93), baseline({ accuracy: 0.9 }, 'classification', 'stored'), gate()).reason).toContain(
      'as stored, from its own holdout',
    );
    const lowerRmse = decide('rmse', { task: 'regression', metrics: { rmse: 9 } }, baseline({ rmse: 10 }, 'regression'), gate());
    expect(lowerRmse).toMatchObject({ passed: true, improved: true });
  });

  it('allows a worsening up to max-regression, and applies on-regression beyond it', () => {
    expect(decide('accuracy', classifier(0.89), baseline({ accuracy: 0.9 }), gate({ maxRegression: 0.02 }))).toMatchObject({
      passed: true,
      improved: false,
    });
    const worse = (onRegression: GateSettings['onRegression']) =>
      decide('accuracy', classifier(0.85), baseline({ accuracy: 0.9 }), gate({ maxRegression: 0.02, onRegression }));
    expect(worse('fail')).toMatchObject({ passed: false, action: 'fail' });
    expect(worse('fail').reason).toContain('worse by more than max-regression 0.02');
    expect(worse('skip-deploy')).toMatchObject({ passed: false, action: 'skip-deploy' });
    expect(worse('warn')).toMatchObject({ passed: false, action: 'ship' });
  });

  it('does not fail an equal score for float noise', () => {
    expect(decide('accuracy', classifier(0.9 + 1e-12), baseline({ accuracy: 0.9 }), gate()).passed).toBe(true);
  });

  it('treats a baseline of another task as no baseline', () => {
    const decision = decide('accuracy', classifier(0.5), baseline({ rmse: 3 }, 'regression'), gate());
    expect(decision).toMatchObject({ passed: true, delta: null });
    expect(decision.reason).toContain('counts as a first run');
  });

  it('refuses a primary metric that is not a number, whatever on-regression says', () => {
    for (const onRegression of ['fail', 'skip-deploy', 'warn'] as const) {
      const decision = decide('accuracy', classifier(NaN), null, gate({ onRegression }));
      expect(decision).toMatchObject({ passed: false, improved: false, action: 'fail', delta: null });
      expect(decision.reason).toBe(
        'Gate failed: accuracy is NaN, not a number the gate can judge, so nothing is deployed and the baseline stays (whatever on-regression says).',
      );
      expect(decision.remedy).toContain('training diverged');
    }
    const regressor = { task: 'regression' as const, metrics: { rmse: Infinity } };
    expect(decide('rmse', regressor, baseline({ rmse: 3 }, 'regression'), gate({ maxRegression: 100 })).action).toBe('fail');
    expect(decide('auc', classifier(0.9), null, gate()).reason).toContain('auc is missing');
  });

  it('does not compare with a baseline metric that is not a number, and still applies min-metric', () => {
    // Stored baselines come back from JSON, where NaN was written as null.
    const stored = JSON.parse(JSON.stringify({ accuracy: NaN })) as Record<string, number>;
    for (const champion of [{ accuracy: NaN }, stored]) {
      const decision = decide('accuracy', classifier(0.7), baseline(champion), gate());
      expect(decision).toMatchObject({ passed: true, delta: null });
      expect(decision.reason).toMatch(/the baseline from run 41-1 has accuracy (NaN|missing .*), which cannot be compared/);
      expect(decide('accuracy', classifier(0.7), baseline(champion), gate({ minMetric: 0.8 })).passed).toBe(false);
    }
  });
});
