import type { RawValue } from '../backends/data/types.js';

/**
 * Assigns rows to the holdout by a hash of their content and the seed, never by position: as data grows
 * day by day, yesterday's test rows stay test rows, so today's metrics are not inflated by rows the
 * previous model already trained on. Identical rows always land on the same side (no leakage).
 */
export class HoldoutSplit {
  private readonly threshold: number;
  private readonly seedHash: number;

  constructor(
    readonly holdout: number,
    readonly seed: number,
  ) {
    this.threshold = Math.floor(holdout * 2 ** 32);
    this.seedHash = fnv1a(`seed:${seed}`, FNV_OFFSET);
  }

  isHoldout(values: Readonly<Record<string, RawValue>>): boolean {
    return rowHash(values, this.seedHash) < this.threshold;
  }
}

export const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a of `text`, from `start` (FNV_OFFSET, or another start for an independent hash). */
export function fnv1a(text: string, start: number): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Order-independent: each present field hashes on its own and the field hashes are summed, so a column
 * order change between files, or a JSON Lines record that omits a null key, keeps the row's side.
 */
function rowHash(values: Readonly<Record<string, RawValue>>, seedHash: number): number {
  let sum = 0;
  for (const key in values) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    sum = (sum + fnv1a(`${key}\u001f${String(value)}`, FNV_OFFSET)) >>> 0;
  }
  return mix32(sum ^ seedHash);
}

/** murmur3's finaliser: spreads the summed bits so the threshold comparison is uniform. */
export function mix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
