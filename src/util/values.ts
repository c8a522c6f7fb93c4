import type { RawValue } from '../backends/data/types.js';

/** Text as written in CSV or JSON: plain decimal or exponent notation; not hex, not Infinity, not "". */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The largest magnitude a number may have to be used: the model computes in 32-bit floats (at most
 * 3.4e38). A cell beyond it (1e400 reads as Infinity, 1e308 swamps a column's deviation so every other
 * value standardises to 0) is a sentinel or a broken export, not a measurement.
 */
export const MAX_USABLE_NUMBER = 3.4028234663852886e38;

/** A cell read as a number: the number, 'out-of-range' for notation beyond MAX_USABLE_NUMBER, null for anything else. */
export type NumberReading = number | 'out-of-range' | null;

/**
 * A cell as a number. Training, validation and serving all read numbers through this one function, so a
 * value means the same thing in each. Booleans are categories, not 0/1.
 */
export function readNumber(value: RawValue | undefined): NumberReading {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && NUMBER_PATTERN.test(value.trim())) number = Number(value.trim());
  else return null;
  // Also catches Infinity and NaN (JSON.parse reads 1e400 as Infinity).
  return Math.abs(number) <= MAX_USABLE_NUMBER ? number : 'out-of-range';
}

/** A cell as a usable number, or null when it is not one (text, or out of range). */
export function parseNumber(value: RawValue | undefined): number | null {
  const reading = readNumber(value);
  return reading === 'out-of-range' ? null : reading;
}

/** A cell as a category name: numbers and booleans as JSON would write them, so CSV "2007" and JSON 2007 match. */
export function categoryOf(value: RawValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value.trim() : String(value);
}

/**
 * An empty record keyed by column names, with no prototype: a column named `__proto__`, `constructor` or
 * `toString` is an own key like any other (on a plain `{}`, assigning `__proto__` changes the prototype
 * instead, and reading an absent `constructor` finds Object's). Every record built from data starts here.
 */
export function emptyRecord<T = RawValue>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
