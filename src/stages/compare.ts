import type { RegressionPolicy } from '../inputs.js';
import { HIGHER_IS_BETTER } from '../ml/metrics.js';
import type { MetricName, Task } from '../ml/types.js';

export interface GateSettings {
  minMetric: number | null;
  maxRegression: number;
  onRegression: RegressionPolicy;
}

/** What the gate needs of the previous accepted run. */
export interface BaselineMetrics {
  task: Task;
  metrics: Record<string, number>;
  runId: string;
  /** re-evaluated: the baseline's model scored on this run's holdout; stored: the figures it measured on its own. */
  basis: 're-evaluated' | 'stored';
}

export interface Decision {
  /** Better than the baseline on the primary metric, or no baseline to beat. */
  improved: boolean;
  /** Passed the bar and the comparison. */
  passed: boolean;
  /** ship: may deploy and become the baseline; skip-deploy: the step passes, nothing ships; fail: the step fails. */
  action: 'ship' | 'skip-deploy' | 'fail';
  /** Current minus baseline on the primary metric; null without a comparable baseline. */
  delta: number | null;
  /** One sentence for the log and the report. */
  reason: string;
  /** What to change, for the error a failing action ends with; absent when the gate passed. */
  remedy?: string;
}

/** Small differences from float arithmetic must not fail a gate set to "no worse". */
const TOLERANCE = 1e-9;

/** The gate: a pure function of the new metrics, the baseline and the settings. */
export function decide(
  metric: MetricName,
  current: { task: Task; metrics: Record<string, number> },
  baseline: BaselineMetrics | null,
  gate: GateSettings,
): Decision {
  const value = current.metrics[metric];
  // NaN fails every comparison, so it would slip past the bar and the baseline: refuse it outright.
  if (!isFiniteNumber(value)) {
    return {
      improved: false,
      passed: false,
      action: 'fail',
      delta: null,
      reason: `Gate failed: ${metric} is ${describe(value)}, not a number the gate can judge, so nothing is deployed and the baseline stays (whatever on-regression says).`,
      remedy: `Check the warnings above about the data, and the training loss: a loss of NaN means training diverged (lower learningRate in model-config).`,
    };
  }
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  const shown = `${metric} ${format(value)}`;
  const failures: string[] = [];
  if (gate.minMetric !== null) {
    const meetsBar = higherIsBetter ? value >= gate.minMetric - TOLERANCE : value <= gate.minMetric + TOLERANCE;
    if (!meetsBar) failures.push(`${shown} is ${higherIsBetter ? 'below' : 'above'} min-metric ${gate.minMetric}`);
  }

  const previous = baseline && baseline.task === current.task ? baseline.metrics[metric] : undefined;
  let delta: number | null = null;
  let comparison: string;
  if (baseline === null) {
    comparison = 'there is no baseline yet, so this is a first run';
  } else if (previous === undefined) {
    comparison = `the baseline from run ${baseline.runId} has no ${metric} for a ${current.task} model, so this counts as a first run`;
  } else if (!isFiniteNumber(previous)) {
    comparison = `the baseline from run ${baseline.runId} has ${metric} ${describe(previous)}, which cannot be compared, so this counts as a first run`;
  } else {
    delta = value - previous;
    const worsening = higherIsBetter ? -delta : delta;
    const basis = baseline.basis === 're-evaluated' ? 're-evaluated on this holdout' : 'as stored, from its own holdout';
    comparison = `${shown} against ${format(previous)} from run ${baseline.runId}, ${basis} (${signed(delta)})`;
    if (worsening > gate.maxRegression + TOLERANCE) {
      failures.push(`${comparison} is worse by more than max-regression ${gate.maxRegression}`);
    }
  }
  const improved = delta === null || (higherIsBetter ? delta > TOLERANCE : delta < -TOLERANCE);

  if (failures.length === 0) {
    const verdict = delta === null ? `${shown}; ${comparison}` : comparison;
    return { improved, passed: true, action: 'ship', delta, reason: `Gate passed: ${verdict}.` };
  }
  const why = failures.join('; and ');
  const byPolicy = {
    fail: { action: 'fail', reason: `Gate failed: ${why}. on-regression: fail, so nothing is deployed.` },
    'skip-deploy': {
      action: 'skip-deploy',
      reason: `Gate failed: ${why}. on-regression: skip-deploy, so the previous model keeps serving.`,
    },
    warn: { action: 'ship', reason: `Gate failed but on-regression is warn: ${why}; the model ships anyway.` },
  } as const;
  const { action, reason } = byPolicy[gate.onRegression];
  const remedy = 'Improve the model (model-config) or the data, or allow it with max-regression or on-regression: warn.';
  return { improved, passed: false, action, delta, reason, remedy };
}

/** Metrics read back from JSON hold null where a NaN was written. */
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function describe(value: unknown): string {
  return value === undefined || value === null ? 'missing (not measured, or NaN when stored)' : String(value);
}

export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1000 ? Number(value.toFixed(1)).toString() : Number(value.toPrecision(4)).toString();
}

function signed(delta: number): string {
  return `${delta >= 0 ? '+' : ''}${format(delta)}`;
}
