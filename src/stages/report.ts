import type { BaselineRecord } from '../backends/baseline/types.js';
import type { TrainedWhere } from '../backends/compute/types.js';
import type { Deployment } from '../backends/deploy/types.js';
import { HIGHER_IS_BETTER, type ClassificationMetrics } from '../ml/metrics.js';
import type { EpochLog } from '../ml/family.js';
import type { MetricName, PermutationImportance } from '../ml/types.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../model-config.js';
import { format, formatDifference, type Decision } from './compare.js';
import type { PairedInterval } from '../ml/bootstrap.js';
import { DRIFT_NOISE, distanceText, type DriftReport } from './drift.js';
import type { Evaluation } from './evaluate.js';
import { IMPORTANCE_SHOWN } from './importance.js';
import { costLine, type CostEstimate } from './cost.js';
import type { RefusedRows, ScoreReport } from './score.js';
import type { Candidate } from './select.js';
import { summarizeColumns, type DataProfile } from '../data/profile.js';
import type { TrainingPlan } from './validate.js';

export interface TrainingSummary {
  /** The family trained (and kept); an MLP when absent. */
  family?: string;
  /** The `model` choice it was (linear is an MLP family with no hidden layer); the family's name when absent. */
  model?: string;
  /** model: auto's tries, each with its validation score and seconds; absent or empty when one family was asked for. */
  candidates?: Candidate[];
  /** Why auto's winner won, in one line. */
  choice?: string | null;
  backend: string;
  epochs: number;
  bestEpoch: number;
  stoppedEarly: boolean;
  seconds: number;
  /** Set when the family learned from a sample of the training rows (maxRowsInMemory): how many, of how many. */
  sample?: { rows: number; of: number };
  /** max-training-time, when set: whether it ran out, and the families it left untrained. */
  timeBudget?: { seconds: number; ranOut: boolean; skipped: string[] };
  samplesPerSecond: number;
  history: EpochLog[];
  /** The settings used, after defaults, model-config and the epochs input. */
  settings: TrainingSettings;
  /** Where it trained; absent (or runner) means on the runner. */
  where?: TrainedWhere;
}

/** Everything a run learned, filled in stage by stage; what is missing was not reached. */
export interface RunReport {
  functionName: string;
  runId: string;
  dataDescription: string;
  /** Empty when no training data was read (train: false). */
  fingerprint: string;
  baseline: BaselineRecord | null;
  skipReason?: string;
  profile?: DataProfile;
  plan?: TrainingPlan;
  training?: TrainingSummary;
  evaluation?: Evaluation;
  /** How much the model relies on each feature on the holdout; null when it could not be measured. */
  importance?: PermutationImportance | null;
  /** The baseline's model scored on this run's holdout (absent when it could not be). */
  championMetrics?: Record<string, number>;
  decision?: Decision;
  /** This run's data against the baseline's, when the baseline recorded its distributions. */
  drift?: DriftReport;
  /** Found in the encoded data (a feature that leaks the label), shown after the plan's warnings. */
  dataWarnings?: string[];
  deployment?: Deployment;
  deployNote?: string;
  /** The score rows' predictions, and where they were written. */
  score?: ScoreReport & { uri: string };
  /** The runner time, and what the deployed configuration costs to keep, from list prices. */
  cost?: CostEstimate;
}

/** Points of the learning curve drawn: enough to see its shape, few enough for the renderer. */
const CURVE_POINTS = 40;
/** Line colours of the learning curve, in series order, matching the legend's 🟦 and 🟧 (xychart draws no legend). */
const CURVE_COLORS = '#3b82f6, #f97316';

/**
 * GitHub refuses a comment over 65,536 characters; the report stays under this, leaving room for the comment's
 * hidden marker. JavaScript counts UTF-16 units, never fewer than GitHub's characters, so the bound holds.
 */
export const REPORT_MAX_CHARS = 65_000;
/** Room reserved for the note that says what was left out. */
const NOTE_ROOM = 250;

/** Lines that give way, last ones first, when the report would be longer than REPORT_MAX_CHARS. */
interface Shrinkable {
  /** Shown while at least one item is: a table's header. */
  head: string[];
  items: string[];
  /** What the items are, plural, for the note that counts those left out. */
  noun: string;
  /** Where every item can still be read. */
  fullIn: string;
  /** Lower gives way first: what matters least for judging the pull request. */
  givesWay: number;
}

type Block = string | Shrinkable;

/** Per class stays longest: at most 200 short rows. Wide data makes the column tables long, many classes the matrix. */
const GIVES_WAY = { columns: 0, warnings: 1, confusion: 2, schema: 3, perClass: 4 } as const;

/** The run as Markdown, for the job summary and the pull-request comment; never longer than REPORT_MAX_CHARS. */
export function renderReport(report: RunReport): string {
  const blocks: Block[] = [`## ML pipeline: \`${report.functionName}\`, run ${report.runId}`, ''];
  if (report.skipReason) {
    blocks.push(`**Skipped.** ${report.skipReason}`, '');
  }
  if (report.decision) blocks.push(`**${report.decision.reason}**`, '');
  if (report.deployment) blocks.push(`Serving at ${report.deployment.url} (revision ${report.deployment.revision}).`, '');
  else if (report.deployNote) blocks.push(report.deployNote, '');
  if (report.cost) blocks.push(costLine(report.cost, report.functionName), '');
  if (report.evaluation) {
    const interval = report.decision?.interval ?? null;
    blocks.push(...metricsSection(report.evaluation, report.baseline, report.championMetrics, interval));
  }
  if (report.drift) blocks.push(...driftSection(report.drift));
  const weak = report.evaluation ? weakModelWarning(report.evaluation) : null;
  if (weak) blocks.push(`⚠️ ${escape(weak)}`, '');
  if (report.evaluation?.details && 'confusion' in report.evaluation.details) {
    blocks.push(...classSection(report.evaluation.details));
  }
  if (report.importance) blocks.push(...importanceSection(report.importance));
  if (report.score) blocks.push(...scoreSection(report.score));
  if (report.training) blocks.push(...trainingSection(report.training, report.evaluation?.primaryMetric));
  if (report.fingerprint !== '') blocks.push(...dataSection(report));
  return fitToLimit(blocks, REPORT_MAX_CHARS);
}

/**
 * Below this share of the way from the naive baseline to a perfect score (accuracy, f1, auc, r2), or of the
 * naive baseline's error removed (rmse, mae, logloss), a model has barely learned anything from its features.
 */
export const WEAK_GAIN = 0.1;

/** A warning when the model barely beats (or loses to) the naive baseline on its primary metric, else null. */
export function weakModelWarning(evaluation: Evaluation): string | null {
  const metric = evaluation.primaryMetric;
  const score = evaluation.metrics[metric];
  const naive = evaluation.naive.metrics[metric];
  if (score === undefined || naive === undefined || !Number.isFinite(score) || !Number.isFinite(naive)) return null;
  const upward = HIGHER_IS_BETTER[metric];
  const room = upward ? 1 - naive : naive;
  if (room <= 0) return null;
  const gain = (upward ? score - naive : naive - score) / room;
  if (gain >= WEAK_GAIN) return null;
  const share = `${Math.max(0, Math.round(gain * 100))}%`;
  return (
    `The model ${gain > 0 ? 'barely beats' : 'does not beat'} the naive baseline: ${metric} ${format(score)} against ${format(naive)} for the ${evaluation.naive.name}` +
    ` (${upward ? `${share} of the way from it to a perfect score` : `${share} of its error removed`}; under ${WEAK_GAIN * 100}% warns). ` +
    `The features carry little signal about the label: check the data, or add columns that bear on it.`
  );
}

/** The features and their types as the baseline records them: column → numeric | date | categorical. */
export function featureSchema(plan: TrainingPlan): Record<string, 'numeric' | 'date' | 'categorical'> {
  return Object.fromEntries(
    plan.features.map((name) => [
      name,
      plan.numericFeatures.has(name) ? 'numeric' : plan.dateFeatures.has(name) ? 'date' : 'categorical',
    ]),
  );
}

export interface SchemaChange {
  column: string;
  /** Its type in the baseline; null when the column is new. */
  baseline: string | null;
  /** Its type now; null when the column is gone. */
  current: string | null;
}

/** Feature columns added, removed or retyped since the baseline: added in this run's order, then removed, then retyped. */
export function schemaChanges(baseline: Record<string, string>, current: Record<string, string>): SchemaChange[] {
  const was = new Map(Object.entries(baseline));
  const now = new Map(Object.entries(current));
  return [
    ...[...now].filter(([column]) => !was.has(column)).map(([column, type]) => ({ column, baseline: null, current: type })),
    ...[...was].filter(([column]) => !now.has(column)).map(([column, type]) => ({ column, baseline: type, current: null })),
    ...[...now]
      .filter(([column, type]) => was.has(column) && was.get(column) !== type)
      .map(([column, type]) => ({ column, baseline: was.get(column) ?? null, current: type })),
  ];
}

/** Which way each reported metric improves: the gate's metrics, and precision and recall, which only the report shows. */
const IMPROVES_UPWARD: Partial<Record<string, boolean>> = { ...HIGHER_IS_BETTER, precision: true, recall: true };

/** Against the baseline as the gate compared: its model re-scored on this holdout when it could be, else its stored figures. */
function metricsSection(
  evaluation: Evaluation,
  baseline: BaselineRecord | null,
  rescored: Record<string, number> | undefined,
  interval: PairedInterval | null,
): string[] {
  const comparable = baseline && baseline.task === evaluation.task ? baseline : null;
  // Change is against what the gate compared: the baseline re-scored on this holdout, else its stored figures.
  const against = comparable ? (rescored ?? comparable.metrics) : null;
  const header = ['Metric', 'This run'];
  if (comparable) {
    if (rescored) header.push(`Baseline (run ${comparable.runId}) on this holdout`);
    header.push(rescored ? 'Baseline as stored' : `Baseline (run ${comparable.runId}) as stored`, 'Change');
  }
  header.push(`Naive (${evaluation.naive.name})`);
  const shown = (figure: number | undefined) => (figure === undefined ? '–' : format(figure));
  const rows = Object.entries(evaluation.metrics).map(([name, value]) => {
    const upward = IMPROVES_UPWARD[name];
    const direction = upward === undefined ? '' : upward ? ' ↑' : ' ↓';
    const star = name === evaluation.primaryMetric ? '**' : '';
    const cells = [`${star}${name}${star}${direction}`, `${star}${format(value)}${star}`];
    if (comparable && against) {
      if (rescored) cells.push(shown(rescored[name]));
      cells.push(shown(comparable.metrics[name]));
      const previous = against[name];
      const primaryInterval = name === evaluation.primaryMetric ? interval : null;
      cells.push(previous === undefined ? '–' : change(upward, value - previous, primaryInterval));
    }
    cells.push(shown(evaluation.naive.metrics[name]));
    return cells;
  });
  const basis = !comparable
    ? ''
    : rescored
      ? " Change is against the baseline's model scored on this same holdout; its stored figures were measured on its own."
      : " Change is against the baseline's stored figures: its model could not be re-scored on this data (see the log).";
  const bracket = interval
    ? ` In brackets, the ${Number((interval.confidence * 100).toPrecision(4))}% paired bootstrap interval of the change (${interval.resamples} resamples of the ${interval.rows} rows both models were scored on).`
    : '';
  return [
    `### Holdout metrics (${evaluation.holdoutRows} rows)`,
    '',
    ...table(header, rows),
    '',
    `↑ higher is better, ↓ lower is better; the gate uses **${evaluation.primaryMetric}**.${basis}${bracket}`,
    '',
  ];
}

function change(upward: boolean | undefined, delta: number, interval: PairedInterval | null): string {
  if (Math.abs(delta) < 1e-12 && interval === null) return '±0';
  const shown = formatDifference(delta, interval);
  if (upward === undefined) return shown;
  return `${shown} ${upward === delta > 0 ? '🟢' : '🔴'}`;
}

/** Features shown in the drift table: the most drifted; the rest are in the log's count. */
const DRIFT_SHOWN = 10;

function driftSection(drift: DriftReport): string[] {
  const heading = `### Drift from the data of run ${drift.baselineRunId}`;
  const measures = 'Jensen–Shannon divergence over its deciles for numbers, L-infinity distance of value shares for categories (0: same, 1: disjoint)';
  if (drift.features.length === 0) {
    return [heading, '', `No feature moved beyond noise (${DRIFT_NOISE}) among the ${drift.compared} compared: ${measures}.`, ''];
  }
  const beyond = new Set(drift.drifted.map((feature) => feature.feature));
  const rows = drift.features
    .slice(0, DRIFT_SHOWN)
    .map((feature) => [`\`${escape(feature.feature)}\``, `${distanceText(feature)}${beyond.has(feature.feature) ? ' ⚠️' : ''}`]);
  const more = drift.features.length > DRIFT_SHOWN ? ` ${drift.features.length - DRIFT_SHOWN} more moved less.` : '';
  return [
    heading,
    '',
    ...table(['Feature', 'Distance'], rows),
    '',
    `${drift.features.length} of ${drift.compared} features moved beyond noise (${DRIFT_NOISE}); ⚠️ beyond max-drift. ${measures}.${more}`,
    '',
  ];
}

function classSection(metrics: ClassificationMetrics): Block[] {
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
  const inMetrics = 'All of them are in metrics.json among the run’s artifacts.';
  return [
    '### Per class',
    '',
    shrinkableTable(['Class', 'Precision', 'Recall', 'F1', 'Support'], perClass, 'classes', inMetrics, GIVES_WAY.perClass),
    '',
    '### Confusion matrix (rows: true class, columns: predicted)',
    '',
    shrinkableTable(['', ...metrics.classes.map(escape)], confusion, 'matrix rows', inMetrics, GIVES_WAY.confusion),
    '',
  ];
}

/** The top features by permutation importance, with how much the metric worsens without each. */
function importanceSection(importance: PermutationImportance): string[] {
  const { metric, features } = importance;
  const worse = HIGHER_IS_BETTER[metric] ? `${metric} drop` : `${metric} rise`;
  const rows = features
    .slice(0, IMPORTANCE_SHOWN)
    .map((f) => [`\`${escape(f.feature)}\``, format(f.drop), format(f.sd)]);
  const shown = features.length > IMPORTANCE_SHOWN ? `The ${IMPORTANCE_SHOWN} of ${features.length} features` : `All ${features.length} features`;
  return [
    '### Feature importance',
    '',
    `${shown} the model relies on most: how much ${metric} worsens when one feature's values are shuffled across ` +
      `${importance.rows.toLocaleString('en')} holdout rows (permutation importance, mean and standard deviation of ${importance.repeats} shuffles, seed ${importance.seed}). ` +
      `At or below 0, the model does not use it on these rows.`,
    '',
    ...table(['Feature', worse, 'sd'], rows),
    '',
    `Every feature's figures are in the model card (\`model/card.json\`, \`importance\`) and \`metrics.json\` among the run’s artifacts.`,
    '',
  ];
}

/** One row per candidate; for classes a log-loss column too, the score auto chooses on (select.ts: selectionMetric). */
function candidateTable(candidates: Candidate[], metric: MetricName | undefined, kept: string): string[] {
  const withLogloss = candidates.some((c) => c.logloss !== undefined);
  const logloss = (c: Candidate) => (withLogloss ? ` ${c.logloss?.toFixed(4) ?? '–'} |` : '');
  // A blend's weights, as ensemble selection chose them on the held-out outputs (stages/select.ts).
  const withWeights = candidates.some((c) => c.weights !== undefined);
  const weights = (c: Candidate) => (withWeights ? ` ${c.weights ? memberWeights(c.weights) : ''} |` : '');
  return [
    `| Candidate | Validation ${metric ?? 'score'} |${withLogloss ? ' Validation logloss (chooses) |' : ''} Training s |${withWeights ? ' Blend weights |' : ''} |`,
    `|---|---:|${withLogloss ? '---:|' : ''}---:|${withWeights ? '---|' : ''}---|`,
    ...candidates.map((c) => `| ${c.name} | ${c.validationScore.toFixed(4)} |${logloss(c)} ${c.seconds.toFixed(1)} |${weights(c)} ${c.name === kept ? 'kept' : ''} |`),
  ];
}

/** "mlp 0.56, linear 0, gbt 0.44": every member's weight, a member left out shown as 0. */
function memberWeights(weights: Record<string, number>): string {
  return Object.entries(weights)
    .map(([name, weight]) => `${name} ${weight === 0 ? '0' : weight.toFixed(2)}`)
    .join(', ');
}

function trainingSection(training: TrainingSummary, metric: MetricName | undefined): string[] {
  const family = training.family ?? 'mlp';
  const candidates = training.candidates ?? [];
  const choice =
    candidates.length === 0
      ? []
      : [
          `Model: ${training.model ?? family}, chosen by \`model: auto\`; all candidates trained in ${training.seconds.toFixed(1)} s. ${training.choice ?? ''}`,
          '',
          ...candidateTable(candidates, metric, training.model ?? family),
          '',
        ];
  const where = training.where?.kind === 'vertex-ai' ? [vertexLine(training.where), ''] : [];
  const limits = [...sampleLine(training), ...timeBudgetLine(training)];
  if (family === 'gbt') {
    return ['### Training', '', ...where, ...choice, ...limits, `${family} trained in ${training.seconds.toFixed(1)} s (YDF's defaults; its JS API takes no settings).`, ''];
  }
  if (family === 'blend') {
    const weights = candidates.find((c) => c.name === 'blend')?.weights;
    const blended = weights
      ? `the weighted mean of ${memberWeights(weights)}, the weights chosen on held-out outputs; each member of positive weight trained on every training row`
      : 'the mean of mlp, linear and gbt, each trained on every training row';
    const trained = `blend (${blended}) trained in ${training.seconds.toFixed(1)} s.`;
    return ['### Training', '', ...where, ...choice, ...limits, trained, '', settingsLine(training.settings), ''];
  }
  const lines = [
    '### Training',
    '',
    ...where,
    ...choice,
    ...limits,
    `${training.epochs} epochs on the ${training.backend} backend in ${training.seconds.toFixed(1)} s ` +
      `(${Math.round(training.samplesPerSecond).toLocaleString('en')} samples/s); ` +
      (training.stoppedEarly
        ? `stopped early, weights from epoch ${training.bestEpoch} (best validation loss).`
        : `best validation loss at epoch ${training.bestEpoch}.`),
    '',
    settingsLine(training.settings),
    '',
  ];
  return [...lines, ...learningCurve(training.history)];
}

function vertexLine(where: Extract<TrainedWhere, { kind: 'vertex-ai' }>): string {
  return (
    `Trained on **Vertex AI**, machine type \`${where.machineType}\`, in custom job \`${escape(where.job)}\`: ` +
    `${where.jobSeconds.toFixed(0)} s from the job's creation to its end (queueing and start-up included).`
  );
}

/** Rows used of rows read, when a family trained on a sample: never left unsaid. */
function sampleLine(training: TrainingSummary): string[] {
  const { sample } = training;
  if (!sample) return [];
  return [
    `Trained on ${sample.rows.toLocaleString('en')} of ${sample.of.toLocaleString('en')} training rows: a seeded stratified sample, ` +
      `as ${training.family ?? 'mlp'} holds every row in memory (maxRowsInMemory ${training.settings.maxRowsInMemory.toLocaleString('en')} in model-config).`,
    '',
  ];
}

/** What max-training-time did, when it was set. */
function timeBudgetLine(training: TrainingSummary): string[] {
  const budget = training.timeBudget;
  if (!budget) return [];
  if (!budget.ranOut) return [`max-training-time ${budget.seconds} s: training finished within it.`, ''];
  const skipped = budget.skipped.length > 0 ? ` Not trained: ${budget.skipped.join(', ')}.` : '';
  return [`**max-training-time ${budget.seconds} s ran out**: the model is the best trained until then.${skipped}`, ''];
}

/** Every setting as used; those that differ from the default in bold, so what model-config changed stands out. */
function settingsLine(settings: TrainingSettings): string {
  const shown = (Object.keys(DEFAULT_TRAINING_SETTINGS) as Array<keyof TrainingSettings>).map((name) => {
    const value = settings[name];
    const text = `${name} ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`;
    return JSON.stringify(value) === JSON.stringify(DEFAULT_TRAINING_SETTINGS[name]) ? text : `**${text}**`;
  });
  return `Settings (bold: not the default): ${shown.join(', ')}.`;
}

/**
 * The losses per epoch as a Mermaid xychart (GitHub renders it): one line per loss whose sampled points are all
 * finite (no validation slice gives NaN; a diverged run, Infinity), which its grammar needs.
 */
function learningCurve(history: EpochLog[]): string[] {
  const step = Math.max(1, Math.ceil(history.length / CURVE_POINTS));
  const points = history.filter((_, index) => index % step === 0 || index === history.length - 1);
  if (points.length < 2) return [];
  const series = [
    { legend: '🟦 training loss', name: 'training loss', values: points.map((log) => log.loss) },
    { legend: '🟧 validation loss', name: 'validation loss', values: points.map((log) => log.valLoss) },
  ].filter((line) => line.values.every(Number.isFinite));
  if (series.length === 0) return [];
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${CURVE_COLORS}"}}}}%%`,
    'xychart-beta',
    `  title "Learning curve"`,
    `  x-axis "epoch" [${points.map((log) => log.epoch).join(', ')}]`,
    '  y-axis "loss"',
    ...series.map((line) => `  line "${line.name}" [${line.values.map(chartNumber).join(', ')}]`),
    '```',
    '',
    series.map((line) => line.legend).join(' · '),
    '',
  ];
}

/** Four significant digits, never in exponent notation: xychart's number grammar has none. */
function chartNumber(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 });
}

/** Why rows were refused, as the summary and the log say it: the kind and the field, never a value. */
export function scoreReasonText(reason: Pick<RefusedRows, 'kind' | 'field'>): string {
  const field = reason.field === null ? '' : ` '${reason.field}'`;
  switch (reason.kind) {
    case 'missing-feature':
      return `missing feature${field}`;
    case 'not-a-number':
      return `not a number in${field}`;
    case 'out-of-range':
      return `beyond float32's range in${field}`;
    case 'not-a-date':
      return `not a date in${field}`;
    case 'non-finite-output':
      return "the model's output is not finite";
    default:
      return `${reason.kind.replace(/-/g, ' ')}${field}`;
  }
}

function scoreSection(score: ScoreReport & { uri: string }): Block[] {
  const blocks: Block[] = [
    '### Scoring',
    '',
    `Scored **${score.scored.toLocaleString('en')}** of ${score.rows.toLocaleString('en')} rows of ${escape(score.description)} into \`${escape(score.uri)}\`` +
      `${score.refused > 0 ? `; ${score.refused.toLocaleString('en')} refused, each with the function's 400 message in its \`error\` field` : ''}.`,
    '',
  ];
  if (score.reasons.length > 0) {
    blocks.push('| Refused | Rows | First at |', '| --- | --- | --- |');
    for (const reason of score.reasons) blocks.push(`| ${escape(scoreReasonText(reason))} | ${reason.rows.toLocaleString('en')} | ${escape(reason.first)} |`);
    blocks.push('');
  }
  if (score.unusedColumns.length > 0) {
    blocks.push(`Columns the model does not use, left out: ${score.unusedColumns.map((name) => `\`${escape(truncate(name))}\``).join(', ')}.`, '');
  }
  return blocks;
}

function dataSection(report: RunReport): Block[] {
  const blocks: Block[] = ['### Data', '', `Source: ${escape(report.dataDescription)}; fingerprint \`${report.fingerprint}\`.`, ''];
  const { profile, plan } = report;
  if (!profile) return blocks;
  blocks.push(
    `${profile.rows.toLocaleString('en')} rows: ${profile.trainRows.toLocaleString('en')} for training, ${profile.testRows.toLocaleString('en')} held out, from ${profile.files.length} file(s).`,
    '',
  );
  if (report.baseline) blocks.push(...sinceBaseline(report.baseline, report.fingerprint, profile, plan));
  if (plan) blocks.push(`${escape(plan.taskReason)}. Label: \`${plan.label}\`.`, '');
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
      : column.type === 'date'
        ? `${column.earliest ?? ''} … ${column.latest ?? ''}`
        : (column.top ?? []).map((top) => `${escape(truncate(top.value))} (${top.count})`).join(', '),
  ]);
  const inDataReport = 'All of them are in data-report.json among the run’s artifacts.';
  blocks.push(
    shrinkableTable(['Column', 'Role', 'Type', 'Missing', 'Distinct', 'Values'], rows, 'columns', inDataReport, GIVES_WAY.columns),
    '',
  );
  const warnings = [...(plan?.warnings ?? []), ...(report.dataWarnings ?? [])];
  if (warnings.length > 0) {
    blocks.push(
      'Warnings:',
      '',
      {
        head: [],
        items: warnings.map((warning) => `- ${escape(warning)}`),
        noun: 'warnings',
        fullIn: inDataReport,
        givesWay: GIVES_WAY.warnings,
      },
      '',
    );
  }
  return blocks;
}

/** New rows and feature columns added, removed or retyped since the baseline. */
function sinceBaseline(baseline: BaselineRecord, fingerprint: string, profile: DataProfile, plan?: TrainingPlan): Block[] {
  const added = profile.rows - baseline.rows;
  const rows =
    added > 0 ? `${added.toLocaleString('en')} new rows` : added === 0 ? 'no new rows' : `${(-added).toLocaleString('en')} fewer rows`;
  const data = baseline.dataFingerprint === fingerprint ? '; the same data (same fingerprint)' : '';
  const blocks: Block[] = [
    `**Since the baseline** (run ${baseline.runId}): ${rows} (${baseline.rows.toLocaleString('en')} → ${profile.rows.toLocaleString('en')})${data}.`,
    '',
  ];
  if (!plan) return blocks;
  const changes = schemaChanges(baseline.schema, featureSchema(plan));
  if (changes.length === 0) {
    blocks.push(`Features: the same ${plan.features.length} columns with the same types as the baseline.`, '');
    return blocks;
  }
  const count = (kind: (c: SchemaChange) => boolean, what: string) => {
    const n = changes.filter(kind).length;
    return n > 0 ? [`${n.toLocaleString('en')} ${what}`] : [];
  };
  const summary = [
    ...count((c) => c.baseline === null, 'added'),
    ...count((c) => c.current === null, 'removed'),
    ...count((c) => c.baseline !== null && c.current !== null, 'retyped'),
  ].join(', ');
  const rowsOfChanges = changes.map((c) => [
    `\`${escape(c.column)}\``,
    c.baseline === null ? 'added' : c.current === null ? 'removed' : 'retyped',
    c.baseline ?? '–',
    c.current ?? '–',
  ]);
  blocks.push(
    `Feature columns against the baseline: ${summary}.`,
    '',
    shrinkableTable(
      ['Column', 'Change', 'Baseline', 'This run'],
      rowsOfChanges,
      'changed columns',
      'Each run’s features are in its metrics.json (run.schema) among its artifacts.',
      GIVES_WAY.schema,
    ),
    '',
  );
  return blocks;
}

function shrinkableTable(header: string[], rows: string[][], noun: string, fullIn: string, givesWay: number): Shrinkable {
  const lines = table(header, rows);
  return { head: lines.slice(0, 2), items: lines.slice(2), noun, fullIn, givesWay };
}

/**
 * Joins the blocks; when that is longer than `limit`, shrinkable blocks give way, least needed first, dropping
 * their last items, each with a note that counts what it left out. Fixed text alone too long is cut at a line.
 */
function fitToLimit(blocks: Block[], limit: number): string {
  const shrinkables = blocks.filter((block): block is Shrinkable => typeof block !== 'string');
  const shown = new Map(shrinkables.map((block) => [block, block.items.length]));
  const render = (): string =>
    `${blocks.flatMap((block) => (typeof block === 'string' ? [block] : shownLines(block, shown.get(block) ?? 0))).join('\n')}\n`;
  let text = render();
  for (const block of [...shrinkables].sort((a, b) => a.givesWay - b.givesWay)) {
    let keep = block.items.length;
    while (text.length > limit && keep > 0) {
      let freed = 0;
      while (keep > 0 && freed < text.length - limit + NOTE_ROOM) {
        keep--;
        freed += (block.items[keep]?.length ?? 0) + 1;
      }
      shown.set(block, keep);
      text = render();
    }
  }
  if (text.length <= limit) return text;
  const note = '\n_The rest of this report is left out: a pull-request comment holds at most 65,536 characters._\n';
  return `${text.slice(0, Math.max(0, text.lastIndexOf('\n', limit - note.length)))}${note}`;
}

function shownLines(block: Shrinkable, keep: number): string[] {
  if (keep >= block.items.length) return [...block.head, ...block.items];
  const left = block.items.length - keep;
  const note = `_${left.toLocaleString('en')} more ${block.noun} left out: a pull-request comment holds at most 65,536 characters. ${block.fullIn}_`;
  return keep === 0 ? [note] : [...block.head, ...block.items.slice(0, keep), '', note];
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
