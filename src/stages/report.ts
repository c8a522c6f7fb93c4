import type { BaselineRecord } from '../backends/baseline/types.js';
import type { Deployment } from '../backends/deploy/types.js';
import { HIGHER_IS_BETTER, type ClassificationMetrics } from '../ml/metrics.js';
import type { EpochLog } from '../ml/model.js';
import type { MetricName } from '../ml/types.js';
import { format, type Decision } from './compare.js';
import type { Evaluation } from './evaluate.js';
import { summarizeColumns, type DataProfile } from './profile.js';
import type { TrainingPlan } from './validate.js';

export interface TrainingSummary {
  backend: string;
  epochs: number;
  bestEpoch: number;
  stoppedEarly: boolean;
  seconds: number;
  samplesPerSecond: number;
  history: EpochLog[];
}

/** Everything a run learned, filled in stage by stage; what is missing was not reached. */
export interface RunReport {
  functionName: string;
  runId: string;
  dataDescription: string;
  fingerprint: string;
  baseline: BaselineRecord | null;
  skipReason?: string;
  profile?: DataProfile;
  plan?: TrainingPlan;
  training?: TrainingSummary;
  evaluation?: Evaluation;
  decision?: Decision;
  deployment?: Deployment;
  deployNote?: string;
}

/** Points of the learning curve drawn: enough to see its shape, few enough for the renderer. */
const CURVE_POINTS = 40;

/** The run as Markdown for the job summary (and, later, the pull-request comment). */
export function renderReport(report: RunReport): string {
  const lines: string[] = [`## ML pipeline: \`${report.functionName}\`, run ${report.runId}`, ''];
  if (report.skipReason) {
    lines.push(`**Skipped.** ${report.skipReason}`, '');
  }
  if (report.decision) lines.push(`**${report.decision.reason}**`, '');
  if (report.deployment) lines.push(`Serving at ${report.deployment.url} (revision ${report.deployment.revision}).`, '');
  else if (report.deployNote) lines.push(report.deployNote, '');
  if (report.evaluation) lines.push(...metricsSection(report.evaluation, report.baseline));
  if (report.evaluation?.details && 'confusion' in report.evaluation.details) {
    lines.push(...classSection(report.evaluation.details));
  }
  if (report.training) lines.push(...trainingSection(report.training));
  lines.push(...dataSection(report));
  return `${lines.join('\n')}\n`;
}

function metricsSection(evaluation: Evaluation, baseline: BaselineRecord | null): string[] {
  const comparable = baseline && baseline.task === evaluation.task ? baseline : null;
  const header = ['Metric', 'This run'];
  if (comparable) header.push(`Baseline (run ${comparable.runId})`, 'Change');
  header.push(`Naive (${evaluation.naive.name})`);
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const metric = name as MetricName;
    const direction = HIGHER_IS_BETTER[metric] === undefined ? '' : HIGHER_IS_BETTER[metric] ? ' ↑' : ' ↓';
    const star = name === evaluation.primaryMetric ? '**' : '';
    const cells = [`${star}${name}${star}${direction}`, `${star}${format(value)}${star}`];
    if (comparable) {
      const previous = comparable.metrics[name];
      cells.push(previous === undefined ? '–' : format(previous));
      cells.push(previous === undefined ? '–' : change(metric, value - previous));
    }
    const naive = evaluation.naive.metrics[name];
    cells.push(naive === undefined ? '–' : format(naive));
    return cells;
  });
  return [
    `### Holdout metrics (${evaluation.holdoutRows} rows)`,
    '',
    ...table(header, rows),
    '',
    `↑ higher is better, ↓ lower is better; the gate uses **${evaluation.primaryMetric}**.`,
    '',
  ];
}

function change(metric: MetricName, delta: number): string {
  if (Math.abs(delta) < 1e-12) return '±0';
  const better = HIGHER_IS_BETTER[metric] ? delta > 0 : delta < 0;
  return `${delta > 0 ? '+' : ''}${format(delta)} ${better ? '🟢' : '🔴'}`;
}

function classSection(metrics: ClassificationMetrics): string[] {
  const perClass = metrics.perClass.map((c) => [
    escape(c.class),
    format(c.precision),
    format(c.recall),
    format(c.f1),
    String(c.support),
  ]);
  const confusion = metrics.confusion.map((row, index) => [
    `**${escape(metrics.classes[index] ?? '')}**`,
    ...row.map(String),
  ]);
  return [
    '### Per class',
    '',
    ...table(['Class', 'Precision', 'Recall', 'F1', 'Support'], perClass),
    '',
    '### Confusion matrix (rows: true class, columns: predicted)',
    '',
    ...table(['', ...metrics.classes.map(escape)], confusion),
    '',
  ];
}

function trainingSection(training: TrainingSummary): string[] {
  const lines = [
    '### Training',
    '',
    `${training.epochs} epochs on the ${training.backend} backend in ${training.seconds.toFixed(1)} s ` +
      `(${Math.round(training.samplesPerSecond).toLocaleString('en')} samples/s); ` +
      (training.stoppedEarly
        ? `stopped early, weights from epoch ${training.bestEpoch} (best validation loss).`
        : `best validation loss at epoch ${training.bestEpoch}.`),
    '',
  ];
  const step = Math.max(1, Math.ceil(training.history.length / CURVE_POINTS));
  const points = training.history.filter((_, index) => index % step === 0 || index === training.history.length - 1);
  if (points.length >= 2) {
    const values = (pick: (log: EpochLog) => number) => points.map((log) => Number(pick(log).toPrecision(4))).join(', ');
    lines.push(
      '```mermaid',
      'xychart-beta',
      '  title "Learning curve: training loss and validation loss"',
      `  x-axis "epoch" [${points.map((log) => log.epoch).join(', ')}]`,
      '  y-axis "loss"',
      `  line [${values((log) => log.loss)}]`,
      `  line [${values((log) => log.valLoss)}]`,
      '```',
      '',
    );
  }
  return lines;
}

function dataSection(report: RunReport): string[] {
  const lines = ['### Data', '', `Source: ${escape(report.dataDescription)}; fingerprint \`${report.fingerprint}\`.`, ''];
  const { profile, plan } = report;
  if (!profile) return lines;
  const previousRows = report.baseline ? ` (baseline: ${report.baseline.rows}, ${signedCount(profile.rows - report.baseline.rows)})` : '';
  lines.push(
    `${profile.rows.toLocaleString('en')} rows${previousRows}: ${profile.trainRows.toLocaleString('en')} for training, ${profile.testRows.toLocaleString('en')} held out, from ${profile.files.length} file(s).`,
    '',
  );
  if (plan) lines.push(`${escape(plan.taskReason)}. Label: \`${plan.label}\`.`, '');
  const role = (name: string): string =>
    plan?.label === name ? 'label' : plan?.features.includes(name) ? 'feature' : 'unused';
  const rows = summarizeColumns(profile).map((column) => [
    `\`${escape(column.name)}\``,
    role(column.name),
    column.type,
    String(column.missing),
    column.distinct,
    column.type === 'numeric'
      ? `${format(column.min ?? NaN)} … ${format(column.max ?? NaN)}, mean ${format(column.mean ?? NaN)}`
      : (column.top ?? []).map((top) => `${escape(truncate(top.value))} (${top.count})`).join(', '),
  ]);
  lines.push(...table(['Column', 'Role', 'Type', 'Missing', 'Distinct', 'Values'], rows), '');
  if (plan && plan.warnings.length > 0) {
    lines.push('Warnings:', '', ...plan.warnings.map((warning) => `- ${escape(warning)}`), '');
  }
  return lines;
}

function signedCount(delta: number): string {
  return delta === 0 ? 'no new rows' : `${delta > 0 ? '+' : ''}${delta.toLocaleString('en')} rows`;
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 21)}...` : text;
}
