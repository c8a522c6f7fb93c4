import type { RawValue } from '../backends/data/types.js';
import { dateParts, dayNumber, readDate, type DatePart } from '../util/dates.js';
import { categoryOf, emptyRecord, MAX_USABLE_NUMBER, parseNumber } from '../util/values.js';
import type { Task } from './types.js';

/** Standardised with the training split's mean and deviation; a missing value becomes the mean (0). */
export interface NumericEncoding {
  kind: 'numeric';
  name: string;
  mean: number;
  std: number;
}

/**
 * One-hot over the training split's most frequent categories, plus a last slot shared by missing values,
 * rare categories and categories first seen at serving time, so an unseen value never breaks a prediction.
 */
export interface CategoricalEncoding {
  kind: 'categorical';
  name: string;
  categories: string[];
}

/**
 * A date (readDate's formats) as derived numbers, each standardised with the training split's mean and
 * deviation; a missing date encodes as 0 in every part. Hour is left out when no training value had a time.
 */
export interface DateEncoding {
  kind: 'date';
  name: string;
  /** Day 0 of the 'days' part, "YYYY-MM-DD" (midnight UTC): fixed at training, so serving counts from the same day. */
  reference: string;
  parts: Array<{ part: DatePart; mean: number; std: number }>;
}

export type FeatureEncoding = NumericEncoding | CategoricalEncoding | DateEncoding;

/**
 * Everything needed to turn a record into model input and model output into an answer. Fitted on the
 * training split only, saved beside the model as preprocessing.json, and applied by the serving function
 * exactly as training applied it.
 */
export interface Preprocessing {
  formatVersion: 1;
  task: Task;
  label: string;
  features: FeatureEncoding[];
  /** Classification: class names in the order of the model's outputs. */
  classes: string[] | null;
  /** Regression: the model predicts (y - mean) / std. */
  target: { mean: number; std: number } | null;
}

export type Prediction = { label: string; probabilities: Record<string, number> } | number;

export function encodedWidth(preprocessing: Preprocessing): number {
  let width = 0;
  for (const feature of preprocessing.features) width += featureWidth(feature);
  return width;
}

/** Encoded columns of one feature. */
export function featureWidth(feature: FeatureEncoding): number {
  if (feature.kind === 'numeric') return 1;
  return feature.kind === 'date' ? feature.parts.length : feature.categories.length + 1;
}

/** Compiled once from a Preprocessing: lookups as maps, so encoding a row costs no search. */
export class RecordEncoder {
  readonly width: number;
  private readonly categoryIndexes: Array<Map<string, number> | null>;
  /** Per feature, the reference day of a date feature's 'days' part. */
  private readonly referenceDays: Array<number | null>;
  private readonly classIndex: Map<string, number> | null;

  constructor(readonly preprocessing: Preprocessing) {
    this.width = encodedWidth(preprocessing);
    this.referenceDays = preprocessing.features.map((feature) =>
      feature.kind === 'date' ? dayNumber(readDate(feature.reference)?.time ?? 0) : null,
    );
    this.categoryIndexes = preprocessing.features.map((feature) =>
      feature.kind === 'categorical' ? new Map(feature.categories.map((value, index) => [value, index])) : null,
    );
    this.classIndex = preprocessing.classes ? new Map(preprocessing.classes.map((name, index) => [name, index])) : null;
  }

  /**
   * Writes one record's features at `offset` of `out`. Returns the first numeric or date feature whose value is
   * present but not a usable number or date (encoded as missing): training tolerates it, serving answers 400 with its name.
   */
  encodeFeatures(values: Readonly<Record<string, RawValue | undefined>>, out: Float32Array, offset: number): string | null {
    let position = offset;
    let invalid: string | null = null;
    this.preprocessing.features.forEach((feature, index) => {
      const value = values[feature.name];
      if (feature.kind === 'numeric') {
        const standardised = standardise(parseNumber(value), feature);
        if (standardised === null && value !== null && value !== undefined) invalid ??= feature.name;
        out[position++] = standardised ?? 0;
        return;
      }
      if (feature.kind === 'date') {
        const date = readDate(value);
        if (date === null && value !== null && value !== undefined) invalid ??= feature.name;
        const parts = date === null ? null : dateParts(date.time, this.referenceDays[index] ?? 0);
        for (const { part, mean, std } of feature.parts) {
          out[position++] = parts === null ? 0 : (standardise(parts[part], { mean, std }) ?? 0);
        }
        return;
      }
      const slots = feature.categories.length + 1;
      out.fill(0, position, position + slots);
      const category = categoryOf(value);
      const slot = category === null ? undefined : this.categoryIndexes[index]?.get(category);
      out[position + (slot ?? feature.categories.length)] = 1;
      position += slots;
    });
    return invalid;
  }

  /** The training target of a label value: a class index or a standardised number; null when unusable. */
  encodeLabel(value: RawValue | undefined): number | null {
    if (this.classIndex) {
      const category = categoryOf(value);
      return category === null ? null : (this.classIndex.get(category) ?? null);
    }
    const target = this.preprocessing.target;
    return target ? standardise(parseNumber(value), target) : null;
  }

  /** Model outputs (probabilities rows × classes, or standardised values) back to answers. */
  decode(outputs: Float32Array, rows: number): Prediction[] {
    const { classes, target } = this.preprocessing;
    const predictions: Prediction[] = [];
    for (let row = 0; row < rows; row++) {
      if (classes) {
        // A class may be named `__proto__` too.
        const probabilities = emptyRecord<number>();
        let best = 0;
        classes.forEach((name, index) => {
          const probability = outputs[row * classes.length + index] ?? 0;
          probabilities[name] = probability;
          if (probability > (outputs[row * classes.length + best] ?? 0)) best = index;
        });
        predictions.push({ label: classes[best] ?? '', probabilities });
      } else if (target) {
        predictions.push((outputs[row] ?? 0) * target.std + target.mean);
      }
    }
    return predictions;
  }
}

/**
 * (value − mean) / std, or null when there is no value or the result would not fit the model's 32-bit
 * floats: a value far outside the training range of a column with a tiny deviation would reach the model
 * as Infinity and turn its output into NaN.
 */
function standardise(value: number | null, scale: { mean: number; std: number }): number | null {
  if (value === null) return null;
  const standardised = (value - scale.mean) / scale.std;
  return Math.abs(standardised) <= MAX_USABLE_NUMBER ? standardised : null;
}
