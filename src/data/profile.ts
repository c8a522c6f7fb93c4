import type { RawValue } from '../backends/data/types.js';
import type { DataRow } from '../formats/read.js';
import { DATE_PARTS, dateParts, readDate, type DatePart, type DateReading } from '../util/dates.js';
import { mulberry32, type Random } from '../ml/random.js';
import { FNV_OFFSET, fnv1a, type HoldoutSplit } from './split.js';
import { RunningMoments } from '../util/statistics.js';
import { categoryOf, readNumber, type NumberReading } from '../util/values.js';

/** Distinct values tracked per column: beyond this a column is an id or free text, and only counts go on. */
const MAX_TRACKED_CATEGORIES = 1000;

/** Where a value was seen, so a message can send the user to the exact cell. */
export interface CellLocation {
  value: string;
  file: string;
  line: number;
}

/** Places kept per kind of odd cell: enough to show a pattern in one warning line. */
const SAMPLED_CELLS = 3;

/** Cells of one kind (text in a numeric column, a number out of range): how many, and the first few. */
export class CellSamples {
  count = 0;
  readonly first: CellLocation[] = [];

  add(value: string, file: string, line: number): void {
    this.count++;
    if (this.first.length < SAMPLED_CELLS) this.first.push({ value, file, line });
  }
}

export interface NumericSummary {
  count: number;
  mean: number;
  std: number;
  min: number;
  max: number;
  /** Every value is a whole number: a hint that a numeric label may be class codes. */
  integer: boolean;
}

/** What the dates of a column look like: each derived part's moments, over days since 1970-01-01 for 'days'. */
export interface DateSummary {
  count: number;
  /** Earliest and latest instant, ms since 1970-01-01T00:00Z. */
  first: number;
  last: number;
  /** Some value carried a time of day. */
  hasTime: boolean;
  parts: Record<DatePart, { mean: number; std: number }>;
}

/** The dates of a column, in one pass; the parts' moments only where preprocessing is fitted from them. */
class DateAccumulator {
  constructor(private readonly withParts: boolean) {}

  count = 0;
  private first = Infinity;
  private last = -Infinity;
  private hasTime = false;
  private readonly parts = Object.fromEntries(DATE_PARTS.map((part) => [part, new RunningMoments()])) as Record<
    DatePart,
    RunningMoments
  >;

  add(time: number, hasTime: boolean): void {
    this.count++;
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
    if (hasTime) this.hasTime = true;
    if (!this.withParts) return;
    const parts = dateParts(time, 0);
    for (const part of DATE_PARTS) this.parts[part].add(parts[part]);
  }

  summary(): DateSummary | null {
    if (this.count === 0) return null;
    const parts = Object.fromEntries(
      DATE_PARTS.map((part) => [part, { mean: this.parts[part].mean, std: this.parts[part].std }]),
    ) as DateSummary['parts'];
    return { count: this.count, first: this.first, last: this.last, hasTime: this.hasTime, parts };
  }
}

/**
 * Text values checked for repeats, by a 53-bit hash of each (so memory is a number per row, not the text):
 * an id or free text has a different value in every row. Checking stops at the first repeat, and after
 * UNIQUE_CHECK_LIMIT values, beyond which "all different so far" stands for the column.
 */
const UNIQUE_CHECK_LIMIT = 200_000;

class RepeatCheck {
  repeated = false;
  private seen: Set<number> | null = new Set();

  add(text: string): void {
    if (!this.seen) return;
    const hash = fnv1a(text, FNV_OFFSET) * 2 ** 21 + (fnv1a(text, HASH_SEED_2) & 0x1fffff);
    if (this.seen.has(hash)) {
      this.repeated = true;
      this.seen = null;
    } else if (this.seen.size < UNIQUE_CHECK_LIMIT) {
      this.seen.add(hash);
    } else {
      this.seen = null;
    }
  }
}

/** A second FNV start, so the two halves of the hash are independent. */
const HASH_SEED_2 = 0x01000193;

/** A 53-bit hash of a text, in base 36: what stands for a category where its value must not be kept. */
export function textKey(text: string): string {
  return (fnv1a(text, FNV_OFFSET) * 2 ** 21 + (fnv1a(text, HASH_SEED_2) & 0x1fffff)).toString(36);
}

/** Numbers kept per column for quantiles (drift bins): a few thousand cut ten bins to within about 1% of rows. */
const SAMPLED_NUMBERS = 4096;

/**
 * A uniform sample of a column's numbers in one pass (reservoir sampling, algorithm R), seeded so that the same
 * rows give the same sample: an unchanged dataset then measures no drift at all.
 */
export class NumberSample {
  private seen = 0;
  /** 32 KB per column, allocated at its first number: text columns cost nothing. */
  private kept: Float64Array | null = null;
  private readonly random: Random = mulberry32(0x5eed);

  add(value: number): void {
    this.kept ??= new Float64Array(SAMPLED_NUMBERS);
    if (this.seen < SAMPLED_NUMBERS) this.kept[this.seen] = value;
    else {
      const slot = Math.floor(this.random() * (this.seen + 1));
      if (slot < SAMPLED_NUMBERS) this.kept[slot] = value;
    }
    this.seen++;
  }

  /** The sample, ascending. */
  sorted(): Float64Array {
    return this.kept ? this.kept.slice(0, Math.min(this.seen, SAMPLED_NUMBERS)).sort() : new Float64Array();
  }
}

/** 8-4-4-4-12 hexadecimal digits, with or without the dashes or braces. */
const UUID_PATTERN = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

/** Category counts, most frequent first (ties by value, so the order is reproducible). */
export interface CategoryCount {
  value: string;
  count: number;
}

/** A cell read once, as number, date and category text, for both accumulators of its column. */
interface CellReading {
  text: string;
  number: NumberReading;
  date: DateReading | null;
}

/**
 * Running statistics of one column over some rows: numbers, text and categories in one pass. Over all rows
 * it also gathers what tells an id (repeats, UUIDs, order); over the training split, the date parts'
 * moments that preprocessing is fitted with.
 */
class ColumnAccumulator {
  constructor(private readonly scope: 'all' | 'train') {
    this.dates = new DateAccumulator(scope === 'train');
    this.sample = scope === 'all' ? new NumberSample() : null;
  }

  present = 0;
  /** Usable numbers: the only values that reach the statistics. */
  numericCount = 0;
  readonly text = new CellSamples();
  /** Written as numbers but beyond MAX_USABLE_NUMBER (1e400, 1e39): missing for the statistics. */
  readonly outOfRange = new CellSamples();
  private readonly moments = new RunningMoments();
  private min = Infinity;
  private max = -Infinity;
  private integer = true;
  readonly categories = new Map<string, number>();
  /** A value arrived after MAX_TRACKED_CATEGORIES distinct ones: counts are a lower bound. */
  overflow = false;
  readonly dates: DateAccumulator;
  /** Present values that are not dates: treated as missing when the column is a date column. */
  readonly undated = new CellSamples();
  /** Text values that look like UUIDs. */
  uuids = 0;
  readonly textRepeats = new RepeatCheck();
  /** Each usable number so far was greater (smaller) than the one before, in file order: a row counter. */
  increasing = true;
  decreasing = true;
  private previous: number | null = null;
  /** Over all rows only, so that it does not depend on the split: what drift bins are cut from and counted over (src/stages/drift.ts). */
  readonly sample: NumberSample | null;

  add({ text, number, date }: CellReading, file: string, line: number): void {
    this.present++;
    if (date) this.dates.add(date.time, date.hasTime);
    else this.undated.add(text, file, line);
    if (number === null) {
      this.text.add(text, file, line);
      if (this.scope === 'all' && !this.textRepeats.repeated) {
        this.textRepeats.add(text);
        if (UUID_PATTERN.test(text)) this.uuids++;
      }
    } else if (number === 'out-of-range') {
      this.outOfRange.add(text, file, line);
    } else {
      this.numericCount++;
      this.moments.add(number);
      this.sample?.add(number);
      if (number < this.min) this.min = number;
      if (number > this.max) this.max = number;
      if (!Number.isInteger(number)) this.integer = false;
      if (this.previous !== null) {
        if (number <= this.previous) this.increasing = false;
        if (number >= this.previous) this.decreasing = false;
      }
      this.previous = number;
    }
    const seen = this.categories.get(text);
    if (seen !== undefined) this.categories.set(text, seen + 1);
    else if (this.categories.size < MAX_TRACKED_CATEGORIES) this.categories.set(text, 1);
    else this.overflow = true;
  }

  numericSummary(): NumericSummary | null {
    if (this.numericCount === 0) return null;
    return {
      count: this.numericCount,
      mean: this.moments.mean,
      std: this.moments.std,
      min: this.min,
      max: this.max,
      integer: this.integer,
    };
  }

  topCategories(limit: number): CategoryCount[] {
    return [...this.categories]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  }
}

/** What one column holds, over all rows and over the training split (which preprocessing is fitted on). */
export class ColumnProfile {
  /** Rows of the data (or split) in which the column was present and not missing. */
  readonly all = new ColumnAccumulator('all');
  readonly train = new ColumnAccumulator('train');
  /** Rows in which both this column and the label have a value; null when the profile was made without a label. */
  labelled: number | null = null;

  constructor(readonly name: string) {}

  /** Rows that lack a value, including rows read before the column first appeared (JSON Lines may omit keys). */
  missingIn(rows: number): number {
    return rows - this.all.present;
  }

  /** Values written as numbers (usable or out of range) among the present ones: 1 for a numeric column, 0 for text. */
  get numericShare(): number {
    return this.all.present === 0 ? 0 : (this.all.numericCount + this.all.outOfRange.count) / this.all.present;
  }

  /** Values that read as dates among the present ones. */
  get dateShare(): number {
    return this.all.present === 0 ? 0 : this.all.dates.count / this.all.present;
  }

  get kind(): ColumnKind {
    if (this.all.present === 0) return 'empty';
    if (this.numericShare >= NUMERIC_SHARE) return 'numeric';
    return this.dateShare >= DATE_SHARE ? 'date' : 'categorical';
  }

  get distinct(): number {
    return this.all.categories.size;
  }

  get distinctIsLowerBound(): boolean {
    return this.all.overflow;
  }

  add(value: RawValue, inTrain: boolean, file: string, line: number): void {
    const number = readNumber(value);
    const reading = { text: categoryOf(value) ?? '', number, date: number === null ? readDate(value) : null };
    this.all.add(reading, file, line);
    if (inTrain) this.train.add(reading, file, line);
  }
}

export type ColumnKind = 'numeric' | 'date' | 'categorical' | 'empty';

/**
 * A column counts as numeric when this share of its present values are numbers; the rest (a stray "?" or
 * "unknown") are then treated as missing and reported. Below it the column is categorical.
 */
export const NUMERIC_SHARE = 0.95;
/**
 * Below NUMERIC_SHARE but with at least this share of numbers, a column is mostly numbers with too much
 * text to drop as missing: a broken export or a shifted column, refused. Mostly text (car models: "Golf",
 * "Polo", "100", "323") is categorical.
 */
export const MOSTLY_NUMBERS = 0.5;
/**
 * A column counts as dates when this share of its present values read as dates (readDate); the rest are then
 * treated as missing and reported, as in numeric columns.
 */
export const DATE_SHARE = 0.95;

export interface FileRows {
  file: string;
  rows: number;
}

/** Everything one pass over the data learned: sizes, split, and a profile of every column. */
export interface DataProfile {
  rows: number;
  trainRows: number;
  testRows: number;
  files: FileRows[];
  /** In the order the columns first appeared. */
  columns: ColumnProfile[];
}

/**
 * One streaming pass: profiles every column over all rows and over the training split. With `label`, also counts
 * each column's values in labelled rows: a feature seen only where the label is missing teaches the model nothing.
 */
export async function profileRows(rows: AsyncIterable<DataRow>, split: HoldoutSplit, label?: string): Promise<DataProfile> {
  const columns = new Map<string, ColumnProfile>();
  const files: FileRows[] = [];
  let total = 0;
  let train = 0;
  for await (const row of rows) {
    const inTrain = !split.isHoldout(row.values);
    const current = files[files.length - 1];
    if (current && current.file === row.file) current.rows++;
    else files.push({ file: row.file, rows: 1 });
    const labelled = label !== undefined && row.values[label] !== null && row.values[label] !== undefined;
    for (const name in row.values) {
      let column = columns.get(name);
      if (!column) {
        column = new ColumnProfile(name);
        if (label !== undefined) column.labelled = 0;
        columns.set(name, column);
      }
      const value = row.values[name];
      if (value !== null && value !== undefined) {
        column.add(value, inTrain, row.file, row.line);
        if (labelled && column.labelled !== null) column.labelled++;
      }
    }
    total++;
    if (inTrain) train++;
  }
  return { rows: total, trainRows: train, testRows: total - train, files, columns: [...columns.values()] };
}

/** A column as the report, the model card and data-report.json show it. */
export interface ColumnSummary {
  name: string;
  type: ColumnKind;
  missing: number;
  distinct: string;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  top?: CategoryCount[];
  /** Date columns: the earliest and latest value, ISO 8601 in UTC. */
  earliest?: string;
  latest?: string;
}

export function summarizeColumns(profile: DataProfile): ColumnSummary[] {
  return profile.columns.map((column) => {
    const summary: ColumnSummary = {
      name: column.name,
      type: column.kind,
      missing: column.missingIn(profile.rows),
      distinct: `${column.distinct}${column.distinctIsLowerBound ? '+' : ''}`,
    };
    const numbers = column.all.numericSummary();
    if (column.kind === 'numeric' && numbers) {
      Object.assign(summary, { min: numbers.min, max: numbers.max, mean: numbers.mean, std: numbers.std });
    } else if (column.kind === 'date') {
      const dates = column.all.dates.summary();
      if (dates) Object.assign(summary, { earliest: isoText(dates.first), latest: isoText(dates.last) });
    } else if (column.kind === 'categorical') {
      summary.top = column.all.topCategories(5);
    }
    return summary;
  });
}

function isoText(time: number): string {
  return new Date(time).toISOString().replace('.000Z', 'Z');
}
