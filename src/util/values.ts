import type { RawValue } from '../backends/data/types.js';

/** Text as written in CSV or JSON: plain decimal or exponent notation; not hex, not Infinity, not "". */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell as a number, or null when it is not one. Training, validation and serving all read numbers
 * through this one function, so a value means the same thing in each. Booleans are categories, not 0/1.
 */
export function parseNumber(value: RawValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!NUMBER_PATTERN.test(text)) return null;
  // "1e400" matches the pattern but overflows to Infinity, which must not reach the statistics.
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
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
