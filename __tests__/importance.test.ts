// Permutation importance through the model port: a model trained by each family on data whose label is made of
// known parts ranks the strongest part first and a pure-noise column last; the figures are a function of the seed;
// a categorical column's one-hot units are shuffled together; and at most IMPORTANCE_MAX_ROWS rows are scored.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import type { RawValue } from '../src/backends/data/types.js';
import { encodeRows, fitPreprocessing, type EncodedSplit, type PreparedData } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { FAMILIES } from '../src/ml/families/index.js';
import type { Matrix, ModelFamily, TrainedModel } from '../src/ml/family.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { IMPORTANCE_MAX_ROWS, IMPORTANCE_REPEATS, permutationImportance } from '../src/stages/importance.js';
import { planTraining } from '../src/stages/validate.js';
import { rowsOf } from '../test-support/rows.js';
import { columnSelection } from '../test-support/selection.js';
import { matrixRows } from '../src/data/rows.js';

const COLOR_EFFECT: Record<string, number> = { red: 1.5, green: -1.5, blue: 0.5, yellow: -0.5 };

/**
 * y = 3·signal + a colour's effect (±1.5, ±0.5) + 0.7·medium + a little noise; `noise` is drawn apart from y.
 * So signal matters most, colour and medium less, noise not at all.
 */
function records(n: number): Array<Record<string, RawValue>> {
  const random = mulberry32(7);
  const uniform = () => random() * 4 - 2;
  const colors = Object.keys(COLOR_EFFECT);
  return Array.from({ length: n }, () => {
    const signal = uniform();
    const color = colors[Math.floor(random() * colors.length)] ?? 'red';
    const medium = uniform();
    const noise = uniform();
    const y = 3 * signal + (COLOR_EFFECT[color] ?? 0) + 0.7 * medium + 0.1 * uniform();
    return { noise: noise.toFixed(4), signal: signal.toFixed(4), color, medium: medium.toFixed(4), y: y.toFixed(4) };
  });
}

let tf: TF;
let data: PreparedData;

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: tmpdir(), log: () => undefined }));
  const rows = records(1500);
  const split = new HoldoutSplit(0.2, 42);
  const profile = await profileRows(rowsOf(rows), split, 'y');
  const plan = planTraining(profile, columnSelection('y', 'data.csv'));
  const preprocessing = fitPreprocessing(plan, profile, DEFAULT_TRAINING_SETTINGS.maxCategories);
  data = await encodeRows(rowsOf(rows), preprocessing, split, profile);
});

async function trained(family: ModelFamily): Promise<TrainedModel> {
  const training = { rows: matrixRows(data.train.x, data.train.y), task: 'regression' as const, classes: 1 };
  // 40 epochs are plenty for the MLP to learn a sum of three terms, and keep the test short on the cpu backend.
  const settings = { ...DEFAULT_TRAINING_SETTINGS, epochs: 40 };
  return (await family.train({ tf, debug: () => undefined }, training, { settings, seed: 42 })).model;
}

describe('permutationImportance', () => {
  it.each(Object.keys(FAMILIES))('%s: ranks the strongest feature first and the pure-noise column last, seeded', async (name) => {
    const model = await trained(FAMILIES[name] as ModelFamily);
    try {
      const options = { primaryMetric: 'rmse' as const, seed: 42 };
      const importance = await permutationImportance(model, data.encoder.preprocessing, data.test, options);
      expect(importance).not.toBeNull();
      if (importance === null) return;
      expect(importance).toMatchObject({ metric: 'rmse', rows: data.test.x.rows, repeats: IMPORTANCE_REPEATS, seed: 42 });
      // One entry per column, not per encoded unit: colour is one feature, not four one-hot units and a slot.
      expect(importance.features.map((f) => f.feature).sort()).toEqual(['color', 'medium', 'noise', 'signal']);
      expect(importance.features[0]?.feature).toBe('signal');
      expect(importance.features.at(-1)?.feature).toBe('noise');
      const drop = Object.fromEntries(importance.features.map((f) => [f.feature, f.drop]));
      // Shuffling a feature the label is made of raises RMSE clearly; shuffling noise moves it within noise.
      for (const feature of ['signal', 'color', 'medium']) expect(drop[feature]).toBeGreaterThan(0.3);
      expect(Math.abs(drop.noise ?? NaN)).toBeLessThan(0.1);

      const again = await permutationImportance(model, data.encoder.preprocessing, data.test, options);
      expect({ ...again, seconds: 0 }).toEqual({ ...importance, seconds: 0 });
      const reseeded = await permutationImportance(model, data.encoder.preprocessing, data.test, { ...options, seed: 43 });
      expect(reseeded?.features.map((f) => f.drop)).not.toEqual(importance.features.map((f) => f.drop));
    } finally {
      model.dispose();
    }
  });
});

describe('permutationImportance through a model that watches its inputs', () => {
  /** A numeric `x` and a categorical `kind` (three categories and the shared slot): five encoded units. */
  const preprocessing: Preprocessing = {
    formatVersion: 1,
    task: 'regression',
    label: 'y',
    features: [
      { kind: 'numeric', name: 'x', mean: 0, std: 1 },
      { kind: 'categorical', name: 'kind', categories: ['a', 'b', 'c'] },
    ],
    classes: null,
    target: { mean: 0, std: 1 },
  };
  const WIDTH = 5;

  /** Rows whose kind is row % 4 (the fourth: the shared slot) and y = x + kind, which the model answers exactly. */
  function holdout(rows: number): EncodedSplit {
    const x = new Float32Array(rows * WIDTH);
    const y = new Float32Array(rows);
    for (let row = 0; row < rows; row++) {
      x[row * WIDTH] = row / rows;
      x[row * WIDTH + 1 + (row % 4)] = 1;
      y[row] = row / rows + (row % 4);
    }
    return { x: { data: x, rows, cols: WIDTH }, y };
  }

  function watching(seen: Matrix[]): TrainedModel {
    const model: TrainedModel = {
      family: FAMILIES.mlp as ModelFamily,
      predict(x: Matrix) {
        seen.push({ ...x, data: Float32Array.from(x.data) });
        return Float32Array.from({ length: x.rows }, (_, row) => {
          const units = Array.from(x.data.subarray(row * WIDTH + 1, row * WIDTH + WIDTH));
          return (x.data[row * WIDTH] as number) + units.indexOf(1);
        });
      },
      save: async () => undefined,
      describe: () => ({ family: 'mlp', inputs: WIDTH, outputs: 1 }),
      dispose: () => undefined,
    };
    return model;
  }

  it('shuffles a categorical column as a whole: every row it scores holds exactly one category', async () => {
    const seen: Matrix[] = [];
    const test = holdout(400);
    const importance = await permutationImportance(watching(seen), preprocessing, test, { primaryMetric: 'rmse', seed: 1 });
    // Once intact, then each repeat of each feature.
    expect(seen).toHaveLength(1 + 2 * IMPORTANCE_REPEATS);
    const blocks = (m: Matrix) => Array.from({ length: m.rows }, (_, row) => Array.from(m.data.subarray(row * WIDTH + 1, row * WIDTH + WIDTH)).join(''));
    const original = blocks(test.x).sort();
    for (const matrix of seen) {
      const rows = blocks(matrix);
      for (const block of rows) expect(block.split('').filter((unit) => unit === '1')).toHaveLength(1);
      // The same categories, moved between rows: none made up, none lost.
      expect([...rows].sort()).toEqual(original);
    }
    // Shuffling kind (worth 0 to 3) costs far more than shuffling x (worth 0 to 1), and neither is free.
    expect(importance?.features.map((f) => f.feature)).toEqual(['kind', 'x']);
    expect(importance?.features[1]?.drop).toBeGreaterThan(0);
  });

  it(`scores a seeded sample of at most ${IMPORTANCE_MAX_ROWS} holdout rows`, async () => {
    const seen: Matrix[] = [];
    const importance = await permutationImportance(watching(seen), preprocessing, holdout(IMPORTANCE_MAX_ROWS + 500), { primaryMetric: 'rmse', seed: 1 });
    expect(importance?.rows).toBe(IMPORTANCE_MAX_ROWS);
    expect(seen.every((matrix) => matrix.rows === IMPORTANCE_MAX_ROWS)).toBe(true);
  });

  it('measures nothing from a model whose outputs are not finite', async () => {
    const diverged: TrainedModel = { ...watching([]), predict: (x: Matrix) => new Float32Array(x.rows).fill(Number.NaN) };
    expect(await permutationImportance(diverged, preprocessing, holdout(100), { primaryMetric: 'rmse', seed: 1 })).toBeNull();
  });
});
