import { describe, expect, it } from '@jest/globals';
import type { RawValue } from '../src/backends/data/types.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../src/model-config.js';
import { checkMemoryBudget } from '../src/stages/budget.js';
import { fitPreprocessing } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';
import { UserError } from '../src/util/errors.js';
import { rowsOf } from '../test-support/rows.js';

const split = new HoldoutSplit(0.2, 42);

/** Plans and fits preprocessing as main.ts does, then checks the budget: the error message, or null when it fits. */
async function budgetError(
  records: Array<Record<string, RawValue>>,
  changes: Partial<TrainingSettings>,
  model: Parameters<typeof checkMemoryBudget>[3] = 'auto',
  trainRows?: number,
): Promise<string | null> {
  const settings = { ...DEFAULT_TRAINING_SETTINGS, ...changes };
  const profiled = await profileOf(records);
  // As many training rows as asked: the estimate reads the profile's count, never the rows.
  const profile = { ...profiled, trainRows: trainRows ?? profiled.trainRows };
  const plan = planTraining(profile, { dataDescription: 'data.csv', label: 'y', features: [], exclude: [], task: 'auto', holdout: 0.2 });
  const preprocessing = fitPreprocessing(plan, profile, settings.maxCategories);
  try {
    checkMemoryBudget(preprocessing, profile, settings, model);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
}

const profiles = new Map<object, ReturnType<typeof profileRows>>();
/** Profiled once per data set: the wide one takes seconds. */
function profileOf(records: Array<Record<string, RawValue>>): ReturnType<typeof profileRows> {
  const profile = profiles.get(records) ?? profileRows(rowsOf(records), split);
  profiles.set(records, profile);
  return profile;
}

const small = Array.from({ length: 150 }, (_, i) => ({ a: String(i % 7), b: String((i * 3) % 11), y: i % 3 ? 'p' : 'q' }));
/** Two categorical columns: about 20 encoded columns. */
const categorical = Array.from({ length: 150 }, (_, i) => ({ a: `a${i % 7}`, b: `b${(i * 3) % 11}`, y: i % 3 ? 'p' : 'q' }));

/** 400 categorical columns of 1,000 values each, as in the wide export. */
const wide = Array.from({ length: 1200 }, (_, row) => {
  const record: Record<string, RawValue> = { y: row % 2 ? 'p' : 'q' };
  for (let column = 0; column < 400; column++) record[`c${column}`] = `v${(row * 7 + column) % 1000}`;
  return record;
});

describe('checkMemoryBudget', () => {
  it('accepts the defaults on small and wide data', async () => {
    expect(await budgetError(small, {})).toBeNull();
    expect(await budgetError(wide, {})).toBeNull();
  });

  it('refuses 10 layers of 4096 units, saying how big and what to lower', async () => {
    const message = await budgetError(small, { hiddenLayers: Array(10).fill(4096) });
    expect(message).toMatch(
      /^Input 'model-config': training would need about 2\.9 GiB of memory, over the 2\.0 GiB budget: the model, 151,\d{3},\d{3} parameters, 2\.8 GiB while training \(lower hiddenLayers, now \[4096, 4096, .*\]\)\.$/,
    );
  });

  it('refuses maxCategories 1000 on 400 categorical columns, naming the setting and wide columns', async () => {
    const message = await budgetError(wide, { maxCategories: 1000 });
    expect(message).toMatch(/^Input 'model-config': training would need about \d+\.\d GiB of memory, over the 2\.0 GiB budget: the encoded training data, \d{3} rows × \d{3},\d{3} columns, \d\.\d GiB /);
    expect(message).toMatch(/400 categorical columns one-hot encoded: lower maxCategories, now 1000, or exclude wide ones such as 'c\d+', 'c\d+', 'c\d+'\)/);
    expect(message).toMatch(/the model, \d+,\d{3},\d{3} parameters, .* \(lower hiddenLayers, now \[64, 32\], or the encoded columns\)/);
  });

  it('refuses a batch whose activations alone exceed it', async () => {
    const message = await budgetError(small, { hiddenLayers: [4096, 4096], batchSize: 65_536 });
    expect(message).toMatch(/each batch's activations, 4\.0 GiB \(lower batchSize, now 65536\)/);
  });

  it('counts the rows a family holds, not the rows there are: 8M training rows stream, and trees keep their sample', async () => {
    // flights_10m's shape: 8M training rows of a few dozen encoded columns.
    for (const model of ['mlp', 'linear', 'gbt', 'auto', 'blend'] as const) expect(await budgetError(categorical, {}, model, 8_000_000)).toBeNull();
    // Trees told to hold every one of them are refused, saying which setting.
    const message = await budgetError(categorical, { maxRowsInMemory: 100_000_000 }, 'gbt', 8_000_000);
    expect(message).toMatch(/the encoded training data, 8,000,000 rows × \d+ columns, \d+\.\d GiB \(gbt's rows: lower maxRowsInMemory, now 100,000,000; /);
    expect(message).toMatch(/lower maxRowsInMemory/);
    // The same setting does not matter to a network, which never holds more than a chunk.
    expect(await budgetError(categorical, { maxRowsInMemory: 100_000_000 }, 'mlp', 8_000_000)).toBeNull();
  });

  it('still refuses a model too big at 8M streamed rows, and names the chunk it holds', async () => {
    const message = await budgetError(small, { hiddenLayers: Array(10).fill(4096) }, 'mlp', 8_000_000);
    expect(message).toMatch(/^Input 'model-config': training would need about 2\.9 GiB of memory, over the 2\.0 GiB budget: the model, 151,\d{3},\d{3} parameters/);
    const wideChunk = await budgetError(wide, { maxCategories: 1000 }, 'mlp', 8_000_000);
    expect(wideChunk).toMatch(/the encoded training data, 65,536 rows × \d{3},\d{3} columns, \d+\.\d GiB \(a chunk of at most 65,536 rows at a time; /);
  });
});
