/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG. Not for cryptography; it makes row order, validation split and layer seeds
 * a pure function of the `seed` input, on every platform and backend.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A 32-bit integer from `random`, for seeding something else (an initializer, another PRNG). */
export function nextSeed(random: Random): number {
  return Math.floor(random() * 2 ** 32);
}

/** Fisher–Yates shuffle of `items`, in place. */
export function shuffleInPlace<T extends Uint32Array | number[]>(items: T, random: Random): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const kept = items[i] as number;
    items[i] = items[j] as number;
    items[j] = kept;
  }
  return items;
}

/** 0 … n−1 in a random order. */
export function permutation(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return shuffleInPlace(order, random);
}
