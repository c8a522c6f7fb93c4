// max-training-time over model: auto's candidates, driven by an injected clock (no timers): a family whose turn
// comes after the budget ran out is not trained, the best one so far is kept, and the summary says so. Also the
// rate and time left of a progress line inside an epoch, from the same kind of clock.
import { describe, expect, it } from '@jest/globals';
import type { Matrix, ModelFamily, TrainOptions } from '../src/ml/family.js';
import type { Preprocessing } from '../src/ml/preprocess.js';
import type { TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { renderReport, type TrainingSummary } from '../src/stages/report.js';
import type { ModelChoice } from '../src/ml/families/index.js';
import { selectModel } from '../src/stages/select.js';
import { PassRate } from '../src/util/progress.js';
import { matrixRows } from '../src/data/rows.js';

/** A family that answers y = x and takes `seconds` of the fake clock to train. */
function family(name: string, seconds: number, clock: { now: number }, trained: string[]): ModelFamily {
  const self: ModelFamily = {
    name,
    files: [],
    servingFiles: [],
    async train(_runtime, _data, options: TrainOptions) {
      trained.push(name);
      clock.now += seconds * 1000;
      expect(options.outOfTime).toBeDefined();
      return {
        model: {
          family: self,
          predict: (x: Matrix) => x.data.slice(0, x.rows),
          save: async () => undefined,
          describe: () => ({ family: name, inputs: 1, outputs: 1 }),
          dispose: () => undefined,
        },
        history: [],
        bestEpoch: 0,
        stoppedEarly: false,
      };
    },
    load: () => Promise.reject(new Error('not loaded here')),
    checkFiles: async () => null,
  };
  return self;
}

const preprocessing: Preprocessing = { formatVersion: 1, task: 'regression', label: 'y', features: [], classes: null, target: { mean: 0, std: 1 } };
const x = Float32Array.from({ length: 3000 }, (_, i) => i / 3000);
const data = { rows: matrixRows({ data: x, rows: 3000, cols: 1 }, Float32Array.from(x)), task: 'regression' as const, classes: 1 };

async function select(budgetSeconds: number) {
  const clock = { now: 0 };
  const trained: string[] = [];
  const logged: string[] = [];
  // Each training (a fold, or the winner's on every row) takes 1 s of the fake clock; 3,000 rows are 3 folds, not repeated.
  const choices: ModelChoice[] = (['mlp', 'linear', 'gbt'] as const).map((name) => ({ name, family: family(name, 1, clock, trained), settings: (run) => run }));
  const selection = await selectModel({ tf: {} as TF }, choices, data, {
    settings: DEFAULT_TRAINING_SETTINGS,
    seed: 42,
    primaryMetric: 'rmse',
    preprocessing,
    log: (line) => logged.push(line),
    outOfTime: () => clock.now >= budgetSeconds * 1000,
  });
  return { selection, trained, logged };
}

describe('max-training-time', () => {
  it('stops after the first candidate when the budget is spent by it, keeping that model', async () => {
    const { selection, trained, logged } = await select(1);
    // Three folds, then the winner again on every training row.
    expect(trained).toEqual(['mlp', 'mlp', 'mlp', 'mlp']);
    expect(selection.choice.name).toBe('mlp');
    expect(selection.skipped).toEqual(['linear', 'gbt']);
    expect(selection.reason).toBe('mlp is the only choice tried before max-training-time ran out (rmse 0.0000 in 3-fold cross-validation on 3000 training rows).');
    expect(logged).toContain('model auto: max-training-time ran out; not tried: linear, gbt.');
  });

  it('tries the choices whose turn comes within the budget', async () => {
    const { selection, trained } = await select(4);
    expect(trained).toEqual(['mlp', 'mlp', 'mlp', 'linear', 'linear', 'linear', 'mlp']);
    expect(selection.skipped).toEqual(['gbt']);
    expect((await select(60)).selection.skipped).toEqual([]);
  });

  it('is said in the summary, with the families left out, and a sample as rows used of rows read', () => {
    const training: TrainingSummary = {
      family: 'gbt',
      backend: 'wasm',
      epochs: 0,
      bestEpoch: 0,
      stoppedEarly: false,
      seconds: 61,
      samplesPerSecond: 0,
      history: [],
      settings: DEFAULT_TRAINING_SETTINGS,
      sample: { rows: 250_000, of: 799_437 },
      timeBudget: { seconds: 60, ranOut: true, skipped: ['mlp'] },
    };
    const markdown = renderReport({ functionName: 'f', runId: '1-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', baseline: null, training });
    expect(markdown).toContain('**max-training-time 60 s ran out**: the model is the best trained until then. Not trained: mlp.');
    expect(markdown).toContain(
      'Trained on 250,000 of 799,437 training rows: a seeded stratified sample, as gbt holds every row in memory (maxRowsInMemory 250,000 in model-config).',
    );
  });
});

describe('PassRate', () => {
  it('measures rows per second from the start of each pass and the time the pass still needs', () => {
    let now = 1000;
    const rate = new PassRate(() => now);
    now += 10_000;
    expect(rate.measure(1, 50_000, 200_000)).toEqual({ rowsPerSecond: 5000, secondsLeft: 30 });
    now += 30_000;
    expect(rate.measure(1, 200_000, 200_000)).toEqual({ rowsPerSecond: 5000, secondsLeft: 0 });
    // The next epoch counts from the last report of the one before.
    now += 5000;
    expect(rate.measure(2, 100_000, 200_000)).toEqual({ rowsPerSecond: 20_000, secondsLeft: 5 });
  });
});
