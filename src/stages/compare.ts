import type { PairedInterval } from '../ml/bootstrap.js';
import { HIGHER_IS_BETTER } from '../ml/metrics.js';
import type { MetricName, Task } from '../ml/types.js';
import { describeDrift, type DriftReport } from './drift.js';

/** What a regression past max-regression does: fail the step, keep the old model serving, or only warn. */
export type RegressionPolicy = 'fail' | 'skip-deploy' | 'warn';

/** point: the point difference decides; significant: only a regression the paired interval is sure of fails. */
export type GateKind = 'point' | 'significant';

export interface GateSettings {
  gate: GateKind;
  minMetric: number | null;
  maxRegression: number;
  onRegression: RegressionPolicy;
  maxDrift: number | null;
  onDrift: 'warn' | 'fail';
}

/** What the gate needs of the previous accepted run. */
export interface BaselineMetrics {
  task: Task;
  metrics: Record<string, number>;
  runId: string;
  /** re-evaluated: the baseline's model scored on this run's holdout; stored: the figures it measured on its own. */
  basis: 're-evaluated' | 'stored';
  /** The paired bootstrap interval of current minus baseline, when both models were scored on the same rows. */
  interval?: PairedInterval | null;
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
  /** The paired interval of delta, when the baseline was re-evaluated on the same rows. */
  interval: PairedInterval | null;
  /** One sentence for the log and the report. */
  reason: string;
  /** What to change, for the error a failing action ends with; absent when the gate passed. */
  remedy?: string;
  /** Features beyond max-drift under on-drift: warn: one sentence for a warning. */
  driftWarning?: string;
}

/** Small differences from float arithmetic must not fail a gate set to "no worse". */
const TOLERANCE = 1e-9;

/** The gate: a pure function of the new metrics, the baseline, the drift from its data and the settings. */
export function decide(
  metric: MetricName,
  current: { task: Task; metrics: Record<string, number> },
  baseline: BaselineMetrics | null,
  gate: GateSettings,
  drift: DriftReport | null = null,
): Decision {
  const decision = decideOnMetrics(metric, current, baseline, gate);
  if (!drift || drift.drifted.length === 0) return decision;
  const alarm =
    `${drift.drifted.length} feature(s) moved beyond max-drift ${gate.maxDrift} against the data of run ${drift.baselineRunId}: ` +
    drift.drifted.slice(0, 5).map(describeDrift).join(', ');
  if (gate.onDrift === 'warn') return { ...decision, driftWarning: `${alarm}. on-drift: warn, so the gate on metrics alone decides.` };
  // Failing already: the drift is said beside the gate's own reason.
  if (decision.action === 'fail') return { ...decision, driftWarning: `${alarm}.` };
  return {
    ...decision,
    passed: false,
    action: 'fail',
    reason: `Drift failed the run: ${alarm}; on-drift: fail, so nothing is deployed. (${decision.reason})`,
    remedy: 'Check the data for the shift (a broken export, a changed unit or source); once the change is expected, raise max-drift or set on-drift: warn.',
  };
}

function decideOnMetrics(
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
      interval: null,
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
  let interval: PairedInterval | null = null;
  let comparison: string;
  if (baseline === null) {
    comparison = 'there is no baseline yet, so this is a first run';
  } else if (previous === undefined) {
    comparison = `the baseline from run ${baseline.runId} has no ${metric} for a ${current.task} model, so this counts as a first run`;
  } else if (!isFiniteNumber(previous)) {
    comparison = `the baseline from run ${baseline.runId} has ${metric} ${describe(previous)}, which cannot be compared, so this counts as a first run`;
  } else {
    delta = value - previous;
    interval = baseline.basis === 're-evaluated' ? (baseline.interval ?? null) : null;
    const basis = baseline.basis === 're-evaluated' ? 're-evaluated on this holdout' : 'as stored, from its own holdout';
    comparison = `${shown} against ${format(previous)} from run ${baseline.runId}, ${basis} (${formatDifference(delta, interval)})`;
    const worsening = higherIsBetter ? -delta : delta;
    if (gate.gate === 'significant' && interval !== null) {
      // The interval's best end for the challenger: beyond max-regression even there, the regression is not noise.
      const leastWorsening = higherIsBetter ? -interval.high : interval.low;
      const sure = `with ${percent(interval.confidence)} confidence`;
      if (leastWorsening > gate.maxRegression + TOLERANCE) {
        failures.push(`${comparison} is worse by more than max-regression ${gate.maxRegression} ${sure}`);
      } else if (worsening > gate.maxRegression + TOLERANCE) {
        comparison += `: worse than max-regression ${gate.maxRegression} at the point, but not ${sure}, so gate: significant lets it pass`;
      }
    } else {
      if (gate.gate === 'significant') {
        comparison += `; gate: significant needs the baseline's model scored on the same rows, which it was not here, so the point difference decides`;
      }
      if (worsening > gate.maxRegression + TOLERANCE) {
        failures.push(`${comparison} is worse by more than max-regression ${gate.maxRegression}`);
      }
    }
  }
  const improved = delta === null || (higherIsBetter ? delta > TOLERANCE : delta < -TOLERANCE);

  if (failures.length === 0) {
    const verdict = delta === null ? `${shown}; ${comparison}` : comparison;
    return { improved, passed: true, action: 'ship', delta, interval, reason: `Gate passed: ${verdict}.` };
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
  return { improved, passed: false, action, delta, interval, reason, remedy };
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

/** "+0.004 [-0.006, +0.013]": the point difference and, when there is one, its paired interval. */
export function formatDifference(delta: number, interval: PairedInterval | null): string {
  return interval === null ? signed(delta) : `${signed(delta)} [${signed(interval.low)}, ${signed(interval.high)}]`;
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(4))}%`;
}
