import type { RawValue } from '../backends/data/types.js';
import type { Matrix } from '../ml/family.js';
import { RecordEncoder, type FeatureEncoding, type Preprocessing } from '../ml/preprocess.js';
import { DATE_PARTS, dayNumber, dayText } from '../util/dates.js';
import { emptyRecord } from '../util/values.js';
import type { DataRow } from '../formats/read.js';
import { findLeaks, leakWarning } from './leak.js';
import { gatherRows } from './rows.js';
import { sampleRows } from './sample.js';
import { EncodedStore, MemoryBudget, SpillFolder } from './store.js';
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

/** What encoding learned besides the encoded rows, whichever way they are kept. */
interface EncodedExtras {
  encoder: RecordEncoder;
  /** The first few holdout records, features only, as a client would send them. */
  samples: Array<Record<string, RawValue>>;
  /** Holdout rows whose class never occurs in training: the model cannot predict them, so they are left out. */
  unseenClassRows: number;
  /** For each championTest row, its row in test: the pairs both models are compared on. */
  championTestRows: Uint32Array | null;
  /** What the encoded data shows that does not stop training: a feature that leaks the label. */
  warnings: string[];
}

/** Both splits encoded in stores (memory up to a budget, disk beyond): what the action trains and evaluates from. */
export interface StoredData extends EncodedExtras {
  train: EncodedStore;
  test: EncodedStore;
  /** The same holdout rows encoded as the baseline's model reads them, to score both models on the same data. */
  championTest: EncodedStore | null;
  /** Removes the stores' spill files; the stores are unusable after. */
  dispose(): void;
}

/** Both splits encoded in memory, whole: for tests and benchmarks on small data. */
export interface PreparedData extends EncodedExtras {
  train: EncodedSplit;
  test: EncodedSplit;
  championTest: EncodedSplit | null;
}

/**
 * Rows the leak check looks at per split: a feature that alone predicts 99 % of the label shows as clearly on a
 * seeded sample of this size as on every row, and the check then needs no more memory as data grows.
 */
const LEAK_SAMPLE_ROWS = 200_000;
const LEAK_SAMPLE_SEED = 0x1ea4;

/**
 * The second pass: encodes every row once into stores of compact float blocks (src/data/store.ts), so no raw
 * text is kept and memory stays within `budget` however many rows come; what does not fit goes to files in
 * `spill`, which dispose() removes (and which are removed here if encoding fails).
 */
export async function encodeToStores(
  rows: AsyncIterable<DataRow>,
  preprocessing: Preprocessing,
  split: HoldoutSplit,
  profile: Pick<DataProfile, 'trainRows' | 'testRows'>,
  champion: RecordEncoder | null,
  storage: { budget: MemoryBudget; spill: SpillFolder },
): Promise<StoredData> {
  const encoder = new RecordEncoder(preprocessing);
  const store = (name: string, cols: number) => new EncodedStore(cols, name, storage.budget, storage.spill);
  const train = store('train', encoder.width);
  const test = store('holdout', encoder.width);
  const championTest = champion ? store('holdout-baseline', champion.width) : null;
  const stores = [train, test, ...(championTest ? [championTest] : [])];
  const dispose = () => {
    for (const each of stores) each.dispose();
    storage.spill.dispose();
  };
  try {
    const championTestRows = champion ? new Uint32Array(profile.testRows) : null;
    const samples: Array<Record<string, RawValue>> = [];
    let unseenClassRows = 0;
    for await (const row of rows) {
      const holdout = split.isHoldout(row.values);
      const labelValue = row.values[preprocessing.label];
      const target = encoder.encodeLabel(labelValue);
      if (target === null) {
        // Regression labels that are not usable numbers were reported by planTraining; only classes are unseen.
        if (holdout && preprocessing.classes && labelValue !== null && labelValue !== undefined) unseenClassRows++;
        continue;
      }
      (holdout ? test : train).append(target, (out, offset) => encoder.encodeFeatures(row.values, out, offset));
      // The baseline knows only its own classes: a holdout row of a newer class cannot count for or against it.
      const championTarget = holdout && champion ? champion.encodeLabel(labelValue) : null;
      if (championTarget !== null && champion && championTest && championTestRows) {
        championTestRows[championTest.rows] = test.rows - 1;
        championTest.append(championTarget, (out, offset) => champion.encodeFeatures(row.values, out, offset));
      }
      if (holdout && samples.length < SAMPLE_RECORDS) samples.push(featuresOf(row.values, preprocessing));
    }
    for (const each of stores) each.finish();
    const sampled = (rows: EncodedStore) => sampleRows(rows, LEAK_SAMPLE_ROWS, { strata: 'none', seed: LEAK_SAMPLE_SEED });
    const leak = leakWarning(findLeaks(preprocessing, await sampled(train), await sampled(test)));
    const compared = championTest !== null && championTest.rows > 0;
    return {
      encoder,
      train,
      test,
      samples,
      unseenClassRows,
      championTest: compared ? championTest : null,
      championTestRows: compared && championTestRows ? championTestRows.subarray(0, championTest.rows) : null,
      warnings: leak === null ? [] : [leak],
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** encodeToStores kept whole in memory: every split as one matrix. */
export async function encodeRows(
  rows: AsyncIterable<DataRow>,
  preprocessing: Preprocessing,
  split: HoldoutSplit,
  profile: Pick<DataProfile, 'trainRows' | 'testRows'>,
  champion: RecordEncoder | null = null,
): Promise<PreparedData> {
  const spill = new SpillFolder();
  const stored = await encodeToStores(rows, preprocessing, split, profile, champion, { budget: new MemoryBudget(Infinity), spill });
  try {
    const { encoder, samples, unseenClassRows, championTestRows, warnings } = stored;
    const [train, test] = [await gatherRows(stored.train), await gatherRows(stored.test)];
    const championTest = stored.championTest && (await gatherRows(stored.championTest));
    return { encoder, samples, unseenClassRows, championTestRows, warnings, train, test, championTest };
  } finally {
    stored.dispose();
  }
}

function featuresOf(values: Readonly<Record<string, RawValue>>, preprocessing: Preprocessing): Record<string, RawValue> {
  const record = emptyRecord();
  for (const feature of preprocessing.features) record[feature.name] = values[feature.name] ?? null;
  return record;
}
