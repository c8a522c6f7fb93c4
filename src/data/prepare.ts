import type { RawValue } from '../backends/data/types.js';
import type { Matrix } from '../ml/family.js';
import { RecordEncoder, type FeatureEncoding, type Preprocessing } from '../ml/preprocess.js';
import { DATE_PARTS, dayNumber, dayText } from '../util/dates.js';
import { emptyRecord } from '../util/values.js';
import type { DataRow } from '../formats/read.js';
import { findLeaks, leakWarning } from './leak.js';
import type { DataProfile } from './profile.js';
import type { HoldoutSplit } from './split.js';
import type { TrainingPlan } from '../stages/validate.js';

/** Holdout records kept raw, to check that the deployed function answers as the model does in process. */
const SAMPLE_RECORDS = 3;

/**
 * Fits preprocessing on the training split's statistics only (gathered in the profiling pass), so nothing
 * about the holdout leaks into the model or its inputs.
 */
export function fitPreprocessing(plan: TrainingPlan, profile: DataProfile, maxCategories: number): Preprocessing {
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  const features = plan.features.map((name): FeatureEncoding => {
    const train = columns.get(name)?.train;
    if (plan.numericFeatures.has(name)) {
      const summary = train?.numericSummary();
      // A constant or absent column would divide by zero: it then encodes as 0 everywhere, harmlessly.
      const std = summary && summary.std > 0 ? summary.std : 1;
      return { kind: 'numeric', name, mean: summary?.mean ?? 0, std };
    }
    if (plan.dateFeatures.has(name)) {
      const dates = train?.dates.summary();
      // Days count from the earliest training day; the profile's 'days' moments count from 1970-01-01.
      const reference = dates ? dayNumber(dates.first) : 0;
      const parts = DATE_PARTS.filter((part) => part !== 'hour' || dates?.hasTime).map((part) => {
        const moments = dates?.parts[part];
        const mean = (moments?.mean ?? 0) - (part === 'days' ? reference : 0);
        return { part, mean, std: moments && moments.std > 0 ? moments.std : 1 };
      });
      return { kind: 'date', name, reference: dayText(reference), parts };
    }
    return { kind: 'categorical', name, categories: (train?.topCategories(maxCategories) ?? []).map((c) => c.value) };
  });
  const label = columns.get(plan.label)?.train;
  if (plan.task === 'classification') {
    const classes = [...(label?.categories.keys() ?? [])].sort();
    return { formatVersion: 1, task: plan.task, label: plan.label, features, classes, target: null };
  }
  const summary = label?.numericSummary();
  const target = { mean: summary?.mean ?? 0, std: summary && summary.std > 0 ? summary.std : 1 };
  return { formatVersion: 1, task: plan.task, label: plan.label, features, classes: null, target };
}

export interface EncodedSplit {
  x: Matrix;
  /** Class indexes, or standardised targets. */
  y: Float32Array;
}

/** The given rows of a split, in the given order, copied. */
export function splitRows(split: EncodedSplit, rows: Uint32Array): EncodedSplit {
  const { cols } = split.x;
  const x = new Float32Array(rows.length * cols);
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    x.set(split.x.data.subarray(row * cols, (row + 1) * cols), i * cols);
    y[i] = split.y[row] as number;
  });
  return { x: { data: x, rows: rows.length, cols }, y };
}

export interface PreparedData {
  encoder: RecordEncoder;
  train: EncodedSplit;
  test: EncodedSplit;
  /** The first few holdout records, features only, as a client would send them. */
  samples: Array<Record<string, RawValue>>;
  /** Holdout rows whose class never occurs in training: the model cannot predict them, so they are left out. */
  unseenClassRows: number;
  /** The same holdout rows encoded as the baseline's model reads them, to score both models on the same data. */
  championTest: EncodedSplit | null;
  /** For each championTest row, its row in test: the pairs both models are compared on. */
  championTestRows: Uint32Array | null;
  /** What the encoded data shows that does not stop training: a feature that leaks the label. */
  warnings: string[];
}

/**
 * The second pass: encodes every row into compact float matrices sized from the profile's counts, so
 * memory is rows × encoded width × 4 bytes and no raw text is kept.
 */
export async function encodeRows(
  rows: AsyncIterable<DataRow>,
  preprocessing: Preprocessing,
  split: HoldoutSplit,
  profile: Pick<DataProfile, 'trainRows' | 'testRows'>,
  champion: RecordEncoder | null = null,
): Promise<PreparedData> {
  const encoder = new RecordEncoder(preprocessing);
  const width = encoder.width;
  const buffer = (rows: number, cols: number) => ({ x: new Float32Array(rows * cols), y: new Float32Array(rows), rows: 0, cols });
  const train = buffer(profile.trainRows, width);
  const test = buffer(profile.testRows, width);
  const championTest = champion ? buffer(profile.testRows, champion.width) : null;
  const championTestRows = champion ? new Uint32Array(profile.testRows) : null;
  const samples: Array<Record<string, RawValue>> = [];
  let unseenClassRows = 0;
  for await (const row of rows) {
    const holdout = split.isHoldout(row.values);
    const target = encoder.encodeLabel(row.values[preprocessing.label]);
    if (target === null) {
      const labelValue = row.values[preprocessing.label];
      // Regression labels that are not usable numbers were reported by planTraining; only classes are unseen.
      if (holdout && preprocessing.classes && labelValue !== null && labelValue !== undefined) unseenClassRows++;
      continue;
    }
    const into = holdout ? test : train;
    encoder.encodeFeatures(row.values, into.x, into.rows * width);
    into.y[into.rows++] = target;
    // The baseline knows only its own classes: a holdout row of a newer class cannot count for or against it.
    const championTarget = holdout && champion && championTest ? champion.encodeLabel(row.values[preprocessing.label]) : null;
    if (championTarget !== null && champion && championTest && championTestRows) {
      championTestRows[championTest.rows] = test.rows - 1;
      champion.encodeFeatures(row.values, championTest.x, championTest.rows * champion.width);
      championTest.y[championTest.rows++] = championTarget;
    }
    if (holdout && samples.length < SAMPLE_RECORDS) samples.push(featuresOf(row.values, preprocessing));
  }
  const finish = (split: typeof train): EncodedSplit => ({
    x: { data: split.x.subarray(0, split.rows * split.cols), rows: split.rows, cols: split.cols },
    y: split.y.subarray(0, split.rows),
  });
  const trainSplit = finish(train);
  const testSplit = finish(test);
  const leak = leakWarning(findLeaks(preprocessing, trainSplit, testSplit));
  return {
    encoder,
    train: trainSplit,
    test: testSplit,
    samples,
    unseenClassRows,
    championTest: championTest && championTest.rows > 0 ? finish(championTest) : null,
    championTestRows: championTest && championTestRows && championTest.rows > 0 ? championTestRows.subarray(0, championTest.rows) : null,
    warnings: leak === null ? [] : [leak],
  };
}

function featuresOf(values: Readonly<Record<string, RawValue>>, preprocessing: Preprocessing): Record<string, RawValue> {
  const record = emptyRecord();
  for (const feature of preprocessing.features) record[feature.name] = values[feature.name] ?? null;
  return record;
}
