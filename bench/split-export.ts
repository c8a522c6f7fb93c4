import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataRow } from '../src/formats/read.js';
import type { PreparedData } from '../src/data/prepare.js';
import type { HoldoutSplit } from '../src/data/split.js';
import type { FeatureEncoding } from '../src/ml/preprocess.js';
import type { RawValue } from '../src/backends/data/types.js';
import { dateParts, dayNumber, readDate } from '../src/util/dates.js';
import { categoryOf, parseNumber } from '../src/util/values.js';

/** spec.json: what bench/sklearn_anchor.py and bench/ydf_gbt.mjs need to read the two row files. */
export interface SplitSpec {
  task: 'classification' | 'regression';
  label: string;
  features: Array<{ name: string; kind: 'numeric' | 'categorical' }>;
  classes: string[] | null;
}

/**
 * Writes spec.json, train.jsonl and holdout.jsonl into `dir`: the rows the encoder kept, on the side the split
 * put them, one JSON array per row (the features in the encoder's order, then the label), each value as the
 * encoder reads it (a number or null for a numeric feature, a category or null otherwise). `rows` must be the
 * same rows `data` was encoded from; the counts are checked against its matrices, so the anchors cannot drift.
 */
export async function exportSplit(dir: string, rows: AsyncIterable<DataRow>, split: HoldoutSplit, data: PreparedData): Promise<SplitSpec> {
  const { encoder } = data;
  const { preprocessing } = encoder;
  const spec: SplitSpec = {
    task: preprocessing.task,
    label: preprocessing.label,
    // A date column is the numbers the encoder derives from it (year, month, ...), so the anchors see what ours sees.
    features: preprocessing.features.flatMap((feature) =>
      feature.kind === 'date'
        ? feature.parts.map(({ part }) => ({ name: `${feature.name}.${part}`, kind: 'numeric' as const }))
        : [{ name: feature.name, kind: feature.kind }],
    ),
    classes: preprocessing.classes,
  };
  await writeFile(join(dir, 'spec.json'), JSON.stringify(spec));
  const train = createWriteStream(join(dir, 'train.jsonl'));
  const holdout = createWriteStream(join(dir, 'holdout.jsonl'));
  const counts = { train: 0, holdout: 0 };
  const write = async (stream: WriteStream, line: string) => {
    if (!stream.write(line)) await once(stream, 'drain');
  };
  try {
    for await (const row of rows) {
      // Rows the encoder leaves out (no usable label, or a holdout class never seen in training) stay out here too.
      if (encoder.encodeLabel(row.values[preprocessing.label]) === null) continue;
      const values = preprocessing.features.flatMap((feature) => exported(feature, row.values[feature.name]));
      const label = row.values[preprocessing.label];
      values.push(preprocessing.classes ? categoryOf(label) : parseNumber(label));
      const side = split.isHoldout(row.values) ? 'holdout' : 'train';
      counts[side]++;
      await write(side === 'holdout' ? holdout : train, `${JSON.stringify(values)}\n`);
    }
  } finally {
    train.end();
    holdout.end();
    await Promise.all([once(train, 'close'), once(holdout, 'close')]);
  }
  if (counts.train !== data.train.x.rows || counts.holdout !== data.test.x.rows) {
    throw new Error(
      `exported ${counts.train} training and ${counts.holdout} holdout rows, but ${data.train.x.rows} and ${data.test.x.rows} were encoded: the rows differ from those encoded`,
    );
  }
  return spec;
}

/** One feature's cells as the encoder reads them: a number, a category, or a date's derived parts (null when unreadable). */
function exported(feature: FeatureEncoding, value: RawValue | undefined): Array<number | string | null> {
  if (feature.kind === 'numeric') return [parseNumber(value)];
  if (feature.kind === 'categorical') return [categoryOf(value)];
  const date = readDate(value);
  const parts = date === null ? null : dateParts(date.time, dayNumber(readDate(feature.reference)?.time ?? 0));
  return feature.parts.map(({ part }) => (parts === null ? null : parts[part]));
}
