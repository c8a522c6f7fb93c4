// Training rows that need not fit in memory (the model port's TrainingRows): the matrix adapter draws the PRNG as
// one matrix did, so small data trains as before; the MLP trains from a store spilled to disk exactly as from the
// same store in memory; trees sample a spilled store; and model: auto's large path scores on a slice cut by row
// content, read through filtered views.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filterRows, matrixRows } from '../src/data/rows.js';
import { EncodedStore, MemoryBudget, SpillFolder } from '../src/data/store.js';
import { gbt } from '../src/ml/families/gbt.js';
import { DEFAULT_MODEL_CONFIG, trainNetwork, type ModelConfig } from '../src/ml/families/mlp.js';
import type { TrainingChunk, TrainingRows } from '../src/ml/family.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import { mulberry32, permutation } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { CROSS_VALIDATION_MAX_ROWS, inScoredSlice, selectModel } from '../src/stages/select.js';
import { scriptedChoice } from '../test-support/scripted-choice.js';

const SMALL: ModelConfig = { ...DEFAULT_MODEL_CONFIG, hiddenLayers: [8, 6], dropout: 0.1, epochs: 3, batchSize: 16, learningRate: 0.01 };

let tf: TF;
let root = '';
beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: tmpdir(), log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'training-rows-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** `rows` rows of 3 features in [−1, 1] and a class (of 3) that depends on the first two. */
function classRows(rows: number, seed: number): TrainingChunk {
  const random = mulberry32(seed);
  const data = Float32Array.from({ length: rows * 3 }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, r) => {
    const score = (data[r * 3] as number) - 0.5 * (data[r * 3 + 1] as number);
    return score < -0.3 ? 0 : score < 0.3 ? 1 : 2;
  });
  return { x: { data, rows, cols: 3 }, y };
}

/** The rows in a store of 64-row blocks, kept in memory or (budget 0) all on disk. */
function storeOf({ x, y }: TrainingChunk, budgetBytes: number, spill: SpillFolder): EncodedStore {
  const store = new EncodedStore(x.cols, 'train', new MemoryBudget(budgetBytes), spill, 64);
  for (let r = 0; r < x.rows; r++) store.append(y[r] as number, (out, offset) => out.set(x.data.subarray(r * x.cols, (r + 1) * x.cols), offset));
  store.finish();
  return store;
}

async function targets(rows: AsyncIterable<TrainingChunk>): Promise<number[]> {
  const all: number[] = [];
  for await (const chunk of rows) all.push(...chunk.y);
  return all;
}

describe('the matrix adapter', () => {
  it('draws what one matrix drew: a permutation of every row, the validation slice its last rows, one chunk', async () => {
    const y = Float32Array.from({ length: 20 }, (_, r) => r);
    const random = mulberry32(5);
    const { kept, heldBack } = await matrixRows({ data: Float32Array.from(y), rows: 20, cols: 1 }, y).holdBack(3, random);
    const reference = mulberry32(5);
    const order = Array.from(permutation(20, reference));
    expect(await targets(heldBack.inOrder())).toEqual(order.slice(17));
    expect(await targets(kept.chunks(random))).toEqual(order.slice(0, 17));
    // Nothing else was drawn: the loop's shuffle within the chunk comes next from the same state.
    expect(random()).toBe(reference());
    expect((await matrixRows({ data: y, rows: 20, cols: 1 }, y).holdBack(0, mulberry32(5))).heldBack.rows).toBe(0);
  });
});

describe('the MLP on a store', () => {
  it('trains the same weights from a store spilled to disk as from the same store in memory, for a seed', async () => {
    const rows = classRows(1500, 1);
    const spill = new SpillFolder(root);
    const inMemory = storeOf(rows, Infinity, spill);
    const onDisk = storeOf(rows, 0, spill);
    expect([inMemory.spilled, onDisk.spilled]).toEqual([false, true]);
    const options = { task: 'classification' as const, classes: 3, config: SMALL };
    const weights = async (store: TrainingRows, seed: number) => {
      const trained = await trainNetwork(tf, store, { ...options, seed });
      // A validation slice of whole blocks steered it: its loss is a number.
      expect(trained.history.every((epoch) => Number.isFinite(epoch.valLoss))).toBe(true);
      const values = await Promise.all(trained.model.getWeights().map(async (weight) => Array.from(await weight.data())));
      trained.model.dispose();
      return values;
    };
    const fromMemory = await weights(inMemory, 3);
    expect(await weights(onDisk, 3)).toEqual(fromMemory);
    expect(await weights(onDisk, 4)).not.toEqual(fromMemory);
    spill.dispose();
  });

  it('reads a spilled store for trees: a sample of maxRowsInMemory, the same trees as from memory', async () => {
    const rows = classRows(3000, 2);
    const spill = new SpillFolder(root);
    const runtime = { tf, debug: () => undefined };
    const options = { settings: { ...DEFAULT_TRAINING_SETTINGS, maxRowsInMemory: 1000 }, seed: 42 };
    const data = (store: TrainingRows) => ({ rows: store, task: 'classification' as const, classes: 3 });
    const fromDisk = await gbt.train(runtime, data(storeOf(rows, 0, spill)), options);
    const fromMemory = await gbt.train(runtime, data(storeOf(rows, Infinity, spill)), options);
    expect(fromDisk.sample).toEqual({ rows: 1000, of: 3000 });
    expect(Array.from(fromDisk.model.predict(rows.x))).toEqual(Array.from(fromMemory.model.predict(rows.x)));
    fromDisk.model.dispose();
    fromMemory.model.dispose();
    spill.dispose();
  });
});

describe('filtered rows', () => {
  it('hold the rows a test keeps, in every read and in both sides of a hold-back', async () => {
    const spill = new SpillFolder(root);
    const store = storeOf(classRows(1000, 3), 0, spill);
    expect((await filterRows(store, () => true)).rows).toBe(1000);
    const classTwo = await filterRows(store, (_x, y, row) => y[row] === 2);
    const expected = (await targets(store.inOrder())).filter((label) => label === 2).length;
    expect(classTwo.rows).toBe(expected);
    expect(await targets(classTwo.inOrder())).toEqual(Array(expected).fill(2));
    expect((await targets(classTwo.chunks(mulberry32(1)))).length).toBe(expected);
    const { kept, heldBack } = await classTwo.holdBack(Math.round(expected / 4), mulberry32(2));
    expect(kept.rows + heldBack.rows).toBe(expected);
    expect(heldBack.rows).toBeGreaterThan(0);
    expect([...(await targets(kept.inOrder())), ...(await targets(heldBack.inOrder()))]).toEqual(Array(expected).fill(2));
    spill.dispose();
  });
});

describe("model: auto's large path", () => {
  /** n rows of one feature: 1,000 distinct values, each row repeated, and y = x. */
  function repeated(n: number): TrainingChunk {
    const data = Float32Array.from({ length: n }, (_, i) => (i % 1000) / 1000);
    return { x: { data, rows: n, cols: 1 }, y: Float32Array.from(data) };
  }

  it('cuts a seeded slice of about a fifth by row content: identical rows on one side', () => {
    const { x, y } = repeated(20_000);
    const sides = (seed: number) => Array.from({ length: x.rows }, (_, row) => inScoredSlice(seed)(x, y, row));
    const slice = sides(42);
    for (let row = 1000; row < x.rows; row++) expect(slice[row]).toBe(slice[row % 1000]);
    const share = slice.filter(Boolean).length / x.rows;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(sides(42)).toEqual(slice);
    expect(sides(43)).not.toEqual(slice);
    // A row and one that differs in its label alone are independent rows.
    const other = Float32Array.from(y, (value) => value + 1);
    expect(Array.from({ length: 1000 }, (_, row) => inScoredSlice(42)(x, other, row))).not.toEqual(slice.slice(0, 1000));
  });

  it('above the cross-validation limit trains each choice once outside the slice and scores it on the slice', async () => {
    const rows = repeated(CROSS_VALIDATION_MAX_ROWS + 3000);
    const spill = new SpillFolder(root);
    const store = storeOf(rows, 0, spill);
    const preprocessing: Preprocessing = { formatVersion: 1, task: 'regression', label: 'y', features: [], classes: null, target: { mean: 0, std: 1 } };
    const logged: string[] = [];
    const off = scriptedChoice('mlp', (v) => v + 1);
    const exact = scriptedChoice('gbt', (v) => v);
    const data = { rows: store, task: 'regression' as const, classes: 1 };
    const selection = await selectModel({ tf }, [off, exact], data, { settings: DEFAULT_TRAINING_SETTINGS, seed: 42, primaryMetric: 'rmse', preprocessing, log: (line) => logged.push(line) });
    expect(selection.choice).toBe(exact);
    const inSlice = inScoredSlice(42);
    const sliced = Array.from({ length: rows.x.rows }, (_, row) => inSlice(rows.x, rows.y, row));
    const scored = sliced.filter(Boolean).length;
    expect(selection.reason).toMatch(new RegExp(`^gbt won on rmse in a seeded slice of ${scored} training rows: `));
    expect(logged).toContain(`model auto: mlp: training on ${rows.x.rows - scored} rows, all but the slice it is scored on…`);
    // Each choice once, on the rows outside the slice; then the winner on every row.
    expect(off.fits.map((fit) => fit.rows.length)).toEqual([rows.x.rows - scored]);
    expect(exact.fits.map((fit) => fit.rows.length)).toEqual([rows.x.rows - scored, rows.x.rows]);
    // Fits record the feature rounded to 1e-6, as whole numbers.
    const rounded = Array.from(rows.x.data, (v) => Math.round(v * 1e6));
    const outside = new Set(rounded.filter((_, row) => !sliced[row]));
    expect(rounded.filter((_, row) => sliced[row]).some((value) => outside.has(value))).toBe(false);
    expect(off.fits[0]?.rows.every((value) => outside.has(value))).toBe(true);
    spill.dispose();
  });
});
