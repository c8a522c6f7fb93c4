import { describe, expect, it } from '@jest/globals';
import type { RawValue } from '../src/backends/data/types.js';
import type { BaselineRecord } from '../src/backends/baseline/types.js';
import { classificationMetrics, flattenMetrics } from '../src/ml/metrics.js';
import type { EpochLog } from '../src/ml/family.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import type { Evaluation } from '../src/stages/evaluate.js';
import { profileRows } from '../src/data/profile.js';
import { featureSchema, renderReport, REPORT_MAX_CHARS, schemaChanges, type RunReport } from '../src/stages/report.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';
import { AUTO_TRAINING, PENGUIN_IMPORTANCE } from '../test-support/reports.js';
import { rowsOf } from '../test-support/rows.js';

const split = new HoldoutSplit(0.2, 42);

/** A profiled and planned data set, as the pipeline has it when it reports. */
async function dataOf(records: Array<Record<string, RawValue>>, label: string) {
  const profile = await profileRows(rowsOf(records), split);
  const plan = planTraining(profile, {
    dataDescription: 'data.csv',
    label,
    features: [],
    exclude: [],
    task: 'classification',
    holdout: 0.2,
  });
  return { profile, plan };
}

/** A classification evaluation over `classes`, every row predicted right but the first. */
function evaluationOf(classes: string[], rows: number): Evaluation {
  const truth = Array.from({ length: rows }, (_, i) => i % classes.length);
  const probabilities = new Float32Array(rows * classes.length);
  truth.forEach((actual, row) => {
    probabilities[row * classes.length + (row === 0 ? (actual + 1) % classes.length : actual)] = 1;
  });
  const details = classificationMetrics(truth, probabilities, classes);
  return {
    task: 'classification',
    primaryMetric: 'accuracy',
    metrics: flattenMetrics(details),
    details,
    naive: { name: 'majority class', metrics: { accuracy: 1 / classes.length } },
    holdoutRows: rows,
    outputs: { task: 'classification', truth, probabilities, classes: classes.length },
  };
}

function baselineOf(schema: Record<string, string>, more: Partial<BaselineRecord> = {}): BaselineRecord {
  return {
    formatVersion: 1,
    key: 'ml-pipeline-penguins',
    runId: '41-1',
    commit: 'abc',
    createdAt: '2025-01-01T00:00:00.000Z',
    task: 'classification',
    primaryMetric: 'accuracy',
    metrics: { accuracy: 0.9 },
    dataFingerprint: 'sha256:old',
    rows: 100,
    schema,
    ...more,
  };
}

const penguins = Array.from({ length: 120 }, (_, i) => ({
  bill: String(30 + (i % 17)),
  island: ['Biscoe', 'Dream', 'Torgersen'][i % 3] ?? null,
  year: String(2007 + (i % 3)),
  species: ['Adelie', 'Gentoo'][i % 2] ?? null,
}));

describe('schemaChanges', () => {
  it('lists added, removed and retyped columns, in that order', () => {
    expect(
      schemaChanges(
        { bill: 'numeric', sex: 'categorical', year: 'numeric' },
        { island: 'categorical', bill: 'numeric', year: 'categorical' },
      ),
    ).toEqual([
      { column: 'island', baseline: null, current: 'categorical' },
      { column: 'sex', baseline: 'categorical', current: null },
      { column: 'year', baseline: 'numeric', current: 'categorical' },
    ]);
    expect(schemaChanges({ bill: 'numeric' }, { bill: 'numeric' })).toEqual([]);
  });
});

describe('renderReport', () => {
  it('shows new rows and the feature columns added, removed and retyped since the baseline', async () => {
    const { profile, plan } = await dataOf(penguins, 'species');
    expect(featureSchema(plan)).toEqual({ bill: 'numeric', island: 'categorical', year: 'numeric' });
    const report: RunReport = {
      functionName: 'penguins',
      runId: '42-1',
      dataDescription: 'data.csv',
      fingerprint: 'sha256:new',
      baseline: baselineOf({ bill: 'numeric', island: 'numeric', sex: 'categorical' }),
      profile,
      plan,
    };
    const markdown = renderReport(report);
    expect(markdown).toContain('**Since the baseline** (run 41-1): 20 new rows (100 → 120).');
    expect(markdown).toContain('Feature columns against the baseline: 1 added, 1 removed, 1 retyped.');
    expect(markdown).toContain(
      [
        '| Column | Change | Baseline | This run |',
        '| --- | --- | --- | --- |',
        '| `year` | added | – | numeric |',
        '| `sex` | removed | categorical | – |',
        '| `island` | retyped | numeric | categorical |',
      ].join('\n'),
    );
  });

  it('compares every metric with the baseline as the gate did, with its direction and whether it got better', () => {
    const evaluation = evaluationOf(['Adelie', 'Gentoo'], 40);
    const base = { functionName: 'penguins', runId: '42-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', evaluation };
    const stored = { accuracy: 0.9, f1: 0.99, precision: 0.9, recall: 0.9, logloss: 2 };
    const asStored = renderReport({ ...base, baseline: baselineOf({}, { metrics: stored }) });
    expect(asStored).toContain('| Metric | This run | Baseline (run 41-1) as stored | Change | Naive (majority class) |');
    expect(asStored).toContain('could not be re-scored on this data');
    expect(asStored).toContain('| **accuracy** ↑ | **0.975** | 0.9 | +0.075 🟢 | 0.5 |');
    expect(asStored).toMatch(/\| f1 ↑ \| 0\.975 \| 0\.99 \| -0\.015\d* 🔴 \|/);
    expect(asStored).toMatch(/\| precision ↑ \| 0\.9762 \| 0\.9 \| \+0\.07619 🟢 \|/);
    // logloss goes down: a lower value is the better one.
    expect(asStored).toMatch(/\| logloss ↓ \| 0\.8635 \| 2 \| -1\.137 🟢 \|/);

    const rescored = renderReport({ ...base, baseline: baselineOf({}, { metrics: stored }), championMetrics: { ...stored, accuracy: 0.95 } });
    // Side by side: re-scored on this holdout (what the gate compared), and as stored; Change against the first.
    expect(rescored).toContain('| Baseline (run 41-1) on this holdout | Baseline as stored | Change |');
    expect(rescored).toContain('| **accuracy** ↑ | **0.975** | 0.95 | 0.9 | +0.025 🟢 | 0.5 |');

    const otherTask = renderReport({ ...base, baseline: baselineOf({}, { task: 'regression', metrics: { rmse: 1 } }) });
    expect(otherTask).toContain('| Metric | This run | Naive (majority class) |');
  });

  it('says when the features and the data are those of the baseline', async () => {
    const { profile, plan } = await dataOf(penguins, 'species');
    const markdown = renderReport({
      functionName: 'penguins',
      runId: '42-1',
      dataDescription: 'data.csv',
      fingerprint: 'sha256:same',
      baseline: baselineOf(featureSchema(plan), { rows: 120, dataFingerprint: 'sha256:same' }),
      profile,
      plan,
    });
    expect(markdown).toContain('**Since the baseline** (run 41-1): no new rows (120 → 120); the same data (same fingerprint).');
    expect(markdown).toContain('Features: the same 3 columns with the same types as the baseline.');
    expect(markdown).not.toContain('| Column | Change |');
  });

  it('shows the five features the model relies on most, with the shuffled drop of the metric, and where all of them are', () => {
    const evaluation = evaluationOf(['Adelie', 'Gentoo'], 40);
    const base = { functionName: 'penguins', runId: '42-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', baseline: null, evaluation };
    const markdown = renderReport({ ...base, importance: PENGUIN_IMPORTANCE });
    expect(markdown).toContain(
      [
        '### Feature importance',
        '',
        "The 5 of 7 features the model relies on most: how much accuracy worsens when one feature's values are shuffled across 68 holdout rows " +
          '(permutation importance, mean and standard deviation of 3 shuffles, seed 42). At or below 0, the model does not use it on these rows.',
        '',
        '| Feature | accuracy drop | sd |',
        '| --- | --- | --- |',
        '| `bill_length_mm` | 0.3137 | 0.0212 |',
        '| `flipper_length_mm` | 0.1225 | 0.018 |',
        '| `island` | 0.0637 | 0.0139 |',
        '| `bill_depth_mm` | 0.0245 | 0.0069 |',
        '| `body_mass_g` | 0.0098 | 0.0069 |',
        '',
        "Every feature's figures are in the model card (`model/card.json`, `importance`) and `metrics.json` among the run’s artifacts.",
      ].join('\n'),
    );
    expect(markdown).not.toContain('`sex`');
    // Before the training section, after the holdout metrics it explains.
    expect(markdown.indexOf('### Feature importance')).toBeGreaterThan(markdown.indexOf('### Holdout metrics'));

    const rmse = { ...PENGUIN_IMPORTANCE, metric: 'rmse' as const, features: PENGUIN_IMPORTANCE.features.slice(0, 2) };
    const regression = renderReport({ ...base, importance: rmse });
    expect(regression).toContain('All 2 features the model relies on most: how much rmse worsens');
    expect(regression).toContain('| Feature | rmse rise | sd |');
    expect(renderReport({ ...base, importance: null })).not.toContain('### Feature importance');
  });

  it("lists model: auto's candidates with their validation metric and seconds, the one kept, and why it won", () => {
    const evaluation = evaluationOf(['Adelie', 'Gentoo'], 40);
    const markdown = renderReport({ functionName: 'wine', runId: '7-1', dataDescription: 'wine.csv', fingerprint: 'sha256:x', baseline: null, evaluation, training: AUTO_TRAINING });
    expect(markdown).toContain(
      [
        'Model: mlp, chosen by `model: auto`; all candidates trained in 20.3 s. mlp won on validation accuracy: 0.5712 against gbt 0.5469.',
        '',
        '| Candidate | Validation accuracy | Training s | |',
        '|---|---:|---:|---|',
        '| mlp | 0.5712 | 14.2 | kept |',
        '| gbt | 0.5469 | 6.1 |  |',
      ].join('\n'),
    );
  });

  it('shows the log-loss auto chose on beside the validation accuracy, when the candidates carry it', () => {
    const evaluation = evaluationOf(['Adelie', 'Gentoo'], 40);
    const candidates = [
      { name: 'mlp', validationScore: 0.5712, logloss: 0.6813, seconds: 14.2 },
      { name: 'gbt', validationScore: 0.5801, logloss: 0.7402, seconds: 6.1 },
    ];
    const training = { ...AUTO_TRAINING, candidates };
    const markdown = renderReport({ functionName: 'wine', runId: '7-1', dataDescription: 'wine.csv', fingerprint: 'sha256:x', baseline: null, evaluation, training });
    expect(markdown).toContain(
      [
        '| Candidate | Validation accuracy | Validation logloss (chooses) | Training s | |',
        '|---|---:|---:|---:|---|',
        '| mlp | 0.5712 | 0.6813 | 14.2 | kept |',
        '| gbt | 0.5801 | 0.7402 | 6.1 |  |',
      ].join('\n'),
    );
  });

  it("shows the blend's weights beside the candidates, and says the kept blend is their weighted mean", () => {
    const evaluation = evaluationOf(['Adelie', 'Gentoo'], 40);
    const candidates = [
      { name: 'mlp', validationScore: 0.5712, seconds: 14.2 },
      { name: 'linear', validationScore: 0.5401, seconds: 1.1 },
      { name: 'gbt', validationScore: 0.5801, seconds: 6.1 },
      { name: 'blend', validationScore: 0.5912, seconds: 21.4, weights: { mlp: 0.56, linear: 0, gbt: 0.44 } },
    ];
    const training = { ...AUTO_TRAINING, family: 'blend', model: 'blend', candidates };
    const markdown = renderReport({ functionName: 'wine', runId: '7-1', dataDescription: 'wine.csv', fingerprint: 'sha256:x', baseline: null, evaluation, training });
    expect(markdown).toContain(
      [
        '| Candidate | Validation accuracy | Training s | Blend weights | |',
        '|---|---:|---:|---|---|',
        '| mlp | 0.5712 | 14.2 |  |  |',
        '| linear | 0.5401 | 1.1 |  |  |',
        '| gbt | 0.5801 | 6.1 |  |  |',
        '| blend | 0.5912 | 21.4 | mlp 0.56, linear 0, gbt 0.44 | kept |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      'blend (the weighted mean of mlp 0.56, linear 0, gbt 0.44, the weights chosen on held-out outputs; each member of positive weight trained on every training row) trained in',
    );
  });

  it('lists the settings used, with those that differ from the default in bold', () => {
    const settings = { ...DEFAULT_TRAINING_SETTINGS, hiddenLayers: [16], epochs: 7 };
    const training = { backend: 'cpu', epochs: 7, bestEpoch: 7, stoppedEarly: false, seconds: 1, samplesPerSecond: 100, history: [], settings };
    const markdown = renderReport({ functionName: 'f', runId: '1-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', baseline: null, training });
    expect(markdown).toContain(
      'Settings (bold: not the default): **hiddenLayers [16]**, activation relu, dropout 0.1, l2 0, **epochs 7**, batchSize 128, learningRate 0.006, patience 10, minDelta 0.0001, validationFraction 0.1, maxCategories 20, maxRowsInMemory 250000.',
    );
  });

  it('draws the learning curve as an xychart GitHub can parse, with a legend, and leaves out a loss it cannot draw', () => {
    const history: EpochLog[] = Array.from({ length: 100 }, (_, i) => ({
      epoch: i + 1,
      loss: i === 0 ? 1.5e22 : 1 / (i + 1),
      valLoss: i === 99 ? 3e-9 : 1.2 / (i + 1),
    }));
    const training = { backend: 'cpu', epochs: 100, bestEpoch: 100, stoppedEarly: false, seconds: 2, samplesPerSecond: 5000, history, settings: DEFAULT_TRAINING_SETTINGS };
    const base = { functionName: 'penguins', runId: '1-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', baseline: null };
    const markdown = renderReport({ ...base, training });

    const chart = /```mermaid\n([^`]*)```/.exec(markdown)?.[1] ?? '';
    const lines = chart.trim().split('\n');
    expect(lines[0]).toMatch(/^%%\{init: .*"plotColorPalette": "#[0-9a-f]{6}, #[0-9a-f]{6}".*\}%%$/);
    expect(lines[1]).toBe('xychart-beta');
    // Numbers as xychart's grammar reads them: no exponent, no grouping.
    const number = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
    const series = lines.filter((line) => line.trimStart().startsWith('line'));
    expect(series).toHaveLength(2);
    for (const line of series) expect(line).toMatch(new RegExp(String.raw`^  line "[a-z ]+" \[${number}(?:, ${number})*\]$`));
    expect(series[0]).toContain('[15000000000000000000000, ');
    expect(series[1]).toMatch(/, 0\.000000003\]$/);
    const epochs = /x-axis "epoch" \[([^\]]*)\]/.exec(chart)?.[1]?.split(', ') ?? [];
    expect(epochs.length).toBeLessThanOrEqual(41);
    expect(epochs.at(-1)).toBe('100');
    expect(series.every((line) => (line.match(/,/g) ?? []).length === epochs.length - 1)).toBe(true);
    expect(markdown).toContain('🟦 training loss · 🟧 validation loss');

    const noValidation = renderReport({ ...base, training: { ...training, history: history.map((log) => ({ ...log, valLoss: NaN })) } });
    expect(noValidation.match(/^ {2}line /gm)).toHaveLength(1);
    expect(noValidation).toContain('🟦 training loss\n');
    expect(noValidation).not.toContain('validation loss"');
  });

  it('stays under the comment limit for wide data and many classes, cutting the least needed tables first', async () => {
    // 1,500 columns with long names, a baseline that had none of them, and 150 classes.
    const wide = Array.from({ length: 60 }, (_, row) => {
      const record: Record<string, RawValue> = { label: `class_${row % 2}` };
      for (let c = 0; c < 1500; c++) record[`measurement_of_something_rather_long_${c}`] = String(((row * 7) % 60) * c);
      return record;
    });
    const { profile, plan } = await dataOf(wide, 'label');
    const classes = Array.from({ length: 150 }, (_, i) => `species_${i}`);
    const report: RunReport = {
      functionName: 'wide',
      runId: '9-1',
      dataDescription: 'wide.csv',
      fingerprint: 'sha256:wide',
      baseline: baselineOf({ old_column: 'numeric' }),
      profile,
      plan,
      evaluation: evaluationOf(classes, 300),
      decision: { improved: true, passed: true, action: 'ship', delta: 0.09, interval: null, reason: 'Gate passed: accuracy 0.9967 against 0.9.' },
    };
    const markdown = renderReport(report);

    expect(markdown.length).toBeLessThanOrEqual(REPORT_MAX_CHARS);
    // What decides the pull request is whole: the decision and the metrics.
    expect(markdown).toContain('**Gate passed: accuracy 0.9967 against 0.9.**');
    expect(markdown).toMatch(/\| \*\*accuracy\*\* ↑ \| \*\*0\.9967\*\* \| 0\.9 \| \+0\.09667 🟢 \|/);
    // The column profile gave way first and entirely, then the confusion matrix; a note says so and where all of it is.
    expect(markdown).toMatch(/\n_1,501 more columns left out: a pull-request comment holds at most 65,536 characters\. All of them are in data-report\.json/);
    expect(markdown).not.toContain('| Column | Role |');
    expect(markdown).toMatch(/\n_150 more matrix rows left out: .* metrics\.json/);
    // The schema changes gave way in part, per class not at all.
    expect(markdown).toContain('Feature columns against the baseline: 1,500 added, 1 removed.');
    expect(markdown).toContain('| `measurement_of_something_rather_long_0` | added | – | numeric |');
    expect(markdown).toMatch(/\n_\d{3} more changed columns left out: /);
    expect(markdown).toContain('| species_149 | 1 | 1 | 1 | 2 |');
    // Tables cut short stay tables: a blank line before each note.
    for (const note of markdown.matchAll(/\n(.*)\n_[\d,]+ more /g)) expect(note[1]).toBe('');
  });

  it('cuts text that alone is over the limit at a line, and says so', () => {
    const markdown = renderReport({
      functionName: 'penguins',
      runId: '42-1',
      dataDescription: 'gs://bucket/'.padEnd(REPORT_MAX_CHARS + 10, 'x'),
      fingerprint: 'sha256:new',
      baseline: null,
    });
    expect(markdown.length).toBeLessThanOrEqual(REPORT_MAX_CHARS);
    expect(markdown).toMatch(/^## ML pipeline: `penguins`, run 42-1\n\n### Data\n\n_The rest of this report is left out: .*_\n$/);
  });

  it('leaves a report that fits as it is', async () => {
    const { profile, plan } = await dataOf(penguins, 'species');
    const markdown = renderReport({
      functionName: 'penguins',
      runId: '42-1',
      dataDescription: 'data.csv',
      fingerprint: 'sha256:new',
      baseline: null,
      profile,
      plan,
      evaluation: evaluationOf(['Adelie', 'Gentoo'], 40),
    });
    expect(markdown).not.toContain('left out');
    expect(markdown).toContain('| `island` | feature | categorical | 0 | 3 | Biscoe (40), Dream (40), Torgersen (40) |');
    expect(markdown).toContain('### Confusion matrix (rows: true class, columns: predicted)');
  });
});
