import { UserError } from './errors.js';

/** Small parsers for input text: each names the input and the accepted values when it rejects one. */

export function parseBoolean(input: string, text: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserError(`Input '${input}': '${text}' is not a boolean. Use true or false.`);
}

export function parseChoice<T extends string>(input: string, text: string, choices: readonly T[]): T {
  const value = text.trim().toLowerCase();
  const match = choices.find((choice) => choice === value);
  if (match === undefined) {
    throw new UserError(`Input '${input}': '${text}' is not one of ${choices.join(', ')}.`);
  }
  return match;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Decimal notation only: Number() would also read 0x10, 0o17, 0b11 and an empty string. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumberInput(input: string, text: string, rule: NumberRule = {}): number {
  const value = DECIMAL.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  const kind = rule.integer ? 'a whole number' : 'a number';
  const range =
    rule.min !== undefined && rule.max !== undefined
      ? ` between ${rule.min} and ${rule.max}`
      : rule.min !== undefined
        ? ` of at least ${rule.min}`
        : rule.max !== undefined
          ? ` of at most ${rule.max}`
          : '';
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value)) ||
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max)
  ) {
    throw new UserError(`Input '${input}': '${text}' is not ${kind}${range}.`);
  }
  return value;
}

/** "a, b,,c" → ['a', 'b', 'c']: commas or newlines separate, blanks are dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `90`, `900s`, `30m`, `1.5h`, `1h30m`: hours, minutes and seconds in that order, each at most once. */
const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** A duration in seconds: a plain number of seconds, or amounts with units h, m and s. */
export function parseDuration(input: string, text: string, rule: { min: number; max: number }): number {
  const value = text.trim().toLowerCase();
  let seconds = Number.NaN;
  if (DECIMAL.test(value)) {
    seconds = Number(value);
  } else {
    const match = value === '' ? null : DURATION.exec(value);
    if (match) {
      const [, hours, minutes, secs] = match;
      seconds = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(secs ?? 0);
    }
  }
  if (!Number.isFinite(seconds) || seconds < rule.min || seconds > rule.max) {
    throw new UserError(
      `Input '${input}': '${text}' is not a duration from ${rule.min} s to ${rule.max / 3600} h. ` +
        'Write seconds (900), or amounts with h, m and s (30m, 1h, 1h30m, 900s).',
    );
  }
  return seconds;
}
