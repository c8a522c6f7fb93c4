import { describe, expect, it } from '@jest/globals';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { parseNumber } from '../src/util/values.js';
import { rowsOf } from '../test-support/rows.js';

describe('parseNumber', () => {
  it('reads decimal and exponent text, and JSON numbers', () => {
    expect(['1', ' -2.5 ', '.5', '1e3', '3.4e38'].map(parseNumber)).toEqual([1, -2.5, 0.5, 1000, 3.4e38]);
    expect(parseNumber(4)).toBe(4);
  });

  it('gives null for numbers the model cannot hold (beyond 32-bit floats), as for Infinity itself', () => {
    expect(['1e400', '-1e400', '1.7e308', '9'.repeat(400), 'Infinity', '0x10'].map(parseNumber)).toEqual([null, null, null, null, null, null]);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('keeps an overflowing cell out of the column statistics', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ x: i === 7 ? '1e400' : String(i) }));
    const profile = await profileRows(rowsOf(records), new HoldoutSplit(0.2, 1));
    const summary = profile.columns[0]!.all.numericSummary();
    expect(summary?.count).toBe(49);
    expect(Number.isFinite(summary?.mean)).toBe(true);
    expect(Number.isFinite(summary?.std)).toBe(true);
    expect(profile.columns[0]!.all.outOfRange.first).toEqual([{ value: '1e400', file: 'data.csv', line: 9 }]);
  });
});
