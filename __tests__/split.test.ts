import { describe, expect, it } from '@jest/globals';
import { HoldoutSplit } from '../src/data/split.js';

const row = (i: number) => ({ id: String(i), x: String(i * 3.5), kind: i % 2 ? 'a' : 'b' });

describe('HoldoutSplit', () => {
  it('holds out about the requested share', () => {
    const split = new HoldoutSplit(0.2, 42);
    let held = 0;
    for (let i = 0; i < 20_000; i++) if (split.isHoldout(row(i))) held++;
    expect(held / 20_000).toBeGreaterThan(0.19);
    expect(held / 20_000).toBeLessThan(0.21);
  });

  it('keeps every row on its side when new rows arrive, whatever their position', () => {
    const split = new HoldoutSplit(0.3, 7);
    const before = Array.from({ length: 500 }, (_, i) => split.isHoldout(row(i)));
    // New data prepended and interleaved: a positional split would move rows; a content hash does not.
    const grown = new HoldoutSplit(0.3, 7);
    for (let i = 1000; i < 1500; i++) grown.isHoldout(row(i));
    expect(Array.from({ length: 500 }, (_, i) => grown.isHoldout(row(i)))).toEqual(before);
  });

  it('ignores column order and absent keys, and depends on the seed', () => {
    const split = new HoldoutSplit(0.5, 1);
    const sides = Array.from({ length: 200 }, (_, i) => split.isHoldout({ a: String(i), b: 'x', c: null }));
    expect(Array.from({ length: 200 }, (_, i) => split.isHoldout({ b: 'x', a: String(i) }))).toEqual(sides);
    const other = new HoldoutSplit(0.5, 2);
    expect(Array.from({ length: 200 }, (_, i) => other.isHoldout({ a: String(i), b: 'x' }))).not.toEqual(sides);
  });
});
