import type { RawValue } from '../backends/data/types.js';

/**
 * Dates written year first, so no reading is ambiguous: ISO 8601 dates and date-times ("2011-01-31",
 * "2011-01-31T17:05", "2011-01-31 17:05:09.5+01:00", "…Z") and the same with slashes ("2011/01/31 17:05").
 * Day-first and month-first forms ("31/01/2011", "01/31/2011") are not dates here: which one a file means
 * cannot be told from the text.
 */
const DATE_PATTERN =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const DAY_MS = 86_400_000;

/** A parsed date: the instant in UTC, and whether the text carried a time of day. */
export interface DateReading {
  /** Milliseconds since 1970-01-01T00:00Z. */
  time: number;
  hasTime: boolean;
}

/**
 * A cell as a date, or null. A value with a zone offset is converted to UTC; one without is read as UTC, so
 * training and serving derive the same features on any machine. Training and serving read dates through this
 * one function. Numbers are never dates (20110131 is a number).
 */
export function readDate(value: RawValue | undefined): DateReading | null {
  if (typeof value !== 'string') return null;
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, year, , month, day, hour, minute, second, fraction, zone] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const hh = Number(hour ?? 0);
  const mm = Number(minute ?? 0);
  const ss = Number(second ?? 0);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || hh > 23 || mm > 59 || ss > 59) return null;
  const offset = zoneMinutes(zone);
  if (offset === null) return null;
  // Plain arithmetic, no Date objects: a million-row date column is parsed twice per run.
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const time = daysFromCivil(y, m, d) * DAY_MS + ((hh * 60 + mm - offset) * 60 + ss) * 1000 + millis;
  return { time, hasTime: hour !== undefined };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of daysFromCivil: year and month (1–12) of a day number. */
function civilFromDays(days: number): { year: number; month: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** "+01:00" → 60; "Z" or none → 0; an impossible offset → null. */
function zoneMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** The features a date becomes, in the order they are encoded. */
export const DATE_PARTS = ['year', 'month', 'weekday', 'hour', 'days'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/**
 * What a model sees of a date, all in UTC: year; month 1–12; weekday 0 (Sunday) – 6; hour of day with minutes
 * as a fraction; days since `referenceDay` (a day number since 1970-01-01, fixed at training).
 */
export function dateParts(time: number, referenceDay: number): Record<DatePart, number> {
  const day = dayNumber(time);
  const { year, month } = civilFromDays(day);
  const minutes = (time - day * DAY_MS) / 60_000;
  return {
    year,
    month,
    // 1970-01-01 was a Thursday (4).
    weekday: (((day + 4) % 7) + 7) % 7,
    hour: Math.floor(minutes / 60) + (Math.floor(minutes) % 60) / 60,
    days: time / DAY_MS - referenceDay,
  };
}

/** The day number (since 1970-01-01) of the UTC day holding `time`. */
export function dayNumber(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** A day number as "YYYY-MM-DD", which readDate reads back as that day's midnight UTC. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
