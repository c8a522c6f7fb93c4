// The local folder baseline store with a real model bundle: keys that cannot climb out of their folder, saves
// that a crash cannot lose, and restored baselines checked whole (record and bundle) before anything trusts them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { LocalDirBaselineStore } from '../src/backends/baseline/local-dir.js';
import type { BaselineRecord } from '../src/backends/baseline/types.js';
import { PREDICTOR_LICENSES, PREDICTOR_MODULE } from '../src/ml/bundle.js';
import { YDF_WASM } from '../src/ml/families/gbt.js';
import { UserError } from '../src/util/errors.js';
import { baselineOf, writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';

const KEY = 'ml-pipeline-penguins';
let dir = '';
let tiny = '';
let bundle: TinyBundle;

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = await mkdtemp(join(tmpdir(), 'baseline-store-'));
  tiny = join(dir, 'tiny');
  bundle = await writeTinyBundle(tf, tiny, 'classification');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let state = '';
let root = '';
let warnings: string[] = [];
let store: LocalDirBaselineStore;
let runs = 0;

beforeEach(async () => {
  state = join(await mkdtemp(join(dir, 'workspace-')), '.ml-pipeline');
  root = join(state, 'baselines');
  warnings = [];
  store = new LocalDirBaselineStore(root, (message) => warnings.push(message));
});

/** A bundle and record of a new run, as main.ts hands them to save. */
async function run(key = KEY, runId = `${++runs}-1`): Promise<{ record: BaselineRecord; modelDir: string }> {
  return baselineOf(tiny, join(dir, `run-${runId}-${key}`), bundle, key, runId);
}

async function saved(key = KEY, runId?: string): Promise<BaselineRecord> {
  const { record, modelDir } = await run(key, runId);
  expect(await store.save(record, modelDir)).toBe(true);
  return record;
}

describe('LocalDirBaselineStore keys', () => {
  it('saves and restores a baseline, checked, without a warning', async () => {
    const record = await saved();
    const restored = await store.restore(KEY);
    expect(restored?.record).toEqual(record);
    expect(restored?.bundle?.dir).toBe(join(root, KEY, 'model'));
    expect(restored?.bundle?.preprocessing).toEqual(bundle.preprocessing);
    expect(warnings).toEqual([]);
    expect(await readdir(root)).toEqual(expect.arrayContaining([KEY]));
  });

  it("leaves the bundle's predictor module out: the action re-evaluates a baseline itself", async () => {
    const { record, modelDir } = await run();
    for (const file of [PREDICTOR_MODULE, PREDICTOR_LICENSES, YDF_WASM]) await writeFile(join(modelDir, file), 'megabytes');
    expect(await store.save(record, modelDir)).toBe(true);
    const kept = await readdir(join(root, KEY, 'model'));
    expect(kept).toEqual(expect.arrayContaining(['card.json', 'preprocessing.json', 'model.json']));
    expect(kept.filter((file) => [PREDICTOR_MODULE, PREDICTOR_LICENSES, YDF_WASM].includes(file))).toEqual([]);
  });

  it.each(['..', '.', 'a/b', '../baselines', '.saving', '.previous'])(
    "refuses key %j before touching anything: every other baseline, artifact and state file stays",
    async (key) => {
      await saved('other-key');
      await mkdir(join(state, 'artifacts', 'penguins', '1-1'), { recursive: true });
      await writeFile(join(state, 'artifacts', 'penguins', '1-1', 'metrics.json'), '{}');
      await mkdir(join(state, 'serve'), { recursive: true });
      await writeFile(join(state, 'serve', 'state.json'), '{}');
      const { record, modelDir } = await run(key);
      await expect(store.save(record, modelDir)).rejects.toThrow(UserError);
      await expect(store.restore(key)).rejects.toThrow("The baseline key: '");
      expect(existsSync(join(state, 'artifacts', 'penguins', '1-1', 'metrics.json'))).toBe(true);
      expect(existsSync(join(state, 'serve', 'state.json'))).toBe(true);
      expect((await store.restore('other-key'))?.record.key).toBe('other-key');
      expect(warnings).toEqual([]);
    },
  );

  it('keeps a key that looks like an old leftover of another key apart from it', async () => {
    await saved(`${KEY}.previous-123`);
    const record = await saved(KEY);
    expect((await store.restore(KEY))?.record).toEqual(record);
    expect((await store.restore(`${KEY}.previous-123`))?.record.key).toBe(`${KEY}.previous-123`);
    expect(warnings).toEqual([]);
  });
});

describe('LocalDirBaselineStore interrupted saves', () => {
  /** The folders a save that crashed between its two renames leaves: the old baseline parked, the new one staged. */
  async function crashBetweenRenames(): Promise<{ old: BaselineRecord; next: BaselineRecord }> {
    const old = await saved();
    const next = (await run()).record;
    await mkdir(join(root, '.saving'), { recursive: true });
    await mkdir(join(root, '.previous'), { recursive: true });
    const staged = await run(KEY, next.runId);
    await mkdir(join(root, '.saving', KEY));
    await rename(staged.modelDir, join(root, '.saving', KEY, 'model'));
    await writeFile(join(root, '.saving', KEY, 'baseline.json'), JSON.stringify(next));
    await rename(join(root, KEY), join(root, '.previous', KEY));
    return { old, next };
  }

  it('completes a save whose new baseline was whole', async () => {
    const { next } = await crashBetweenRenames();
    expect((await store.restore(KEY))?.record).toEqual(next);
    expect(warnings).toEqual([
      `Baseline '${KEY}': an earlier save of run ${next.runId} was interrupted before it was moved into place; the save is now complete.`,
    ]);
    expect((await readdir(join(root, '.previous'))).length + (await readdir(join(root, '.saving'))).length).toBe(0);
  });

  it('puts the previous baseline back when the new one was not whole', async () => {
    const { old } = await crashBetweenRenames();
    await rm(join(root, '.saving', KEY, 'baseline.json'));
    expect((await store.restore(KEY))?.record).toEqual(old);
    expect(warnings).toEqual([
      `Baseline '${KEY}': an earlier save was interrupted after it had moved run ${old.runId} aside; run ${old.runId} is the baseline again.`,
    ]);
  });

  it('settles an interrupted save before the next save, so the parked baseline is not thrown away', async () => {
    const { next } = await crashBetweenRenames();
    await rm(join(root, '.saving'), { recursive: true });
    warnings = [];
    const newest = await saved();
    expect(warnings).toHaveLength(1);
    expect((await store.restore(KEY))?.record).toEqual(newest);
    expect(next.runId).not.toBe(newest.runId);
  });

  it('finds what an earlier version left, <key>.previous-<pid>, instead of starting a first run', async () => {
    const old = await saved();
    await rename(join(root, KEY), join(root, `${KEY}.previous-4242`));
    expect((await store.restore(KEY))?.record).toEqual(old);
    expect(warnings).toEqual([expect.stringContaining(`run ${old.runId} is the baseline again`)]);
    expect(existsSync(join(root, `${KEY}.previous-4242`))).toBe(false);
  });

  it('removes a half-written staging folder when the baseline is whole', async () => {
    const old = await saved();
    await mkdir(join(root, '.saving', KEY, 'model'), { recursive: true });
    expect((await store.restore(KEY))?.record).toEqual(old);
    expect(existsSync(join(root, '.saving', KEY))).toBe(false);
    expect(warnings).toEqual([]);
  });
});

describe('LocalDirBaselineStore restored baselines', () => {
  const recordFile = () => join(root, KEY, 'baseline.json');
  const modelFile = (name: string) => join(root, KEY, 'model', name);
  async function editJson(file: string, edit: (value: Record<string, unknown>) => unknown): Promise<void> {
    await writeFile(file, JSON.stringify(edit(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>)));
  }

  const unusableRecords: Array<[string, () => Promise<void>, string]> = [
    ['{}', () => writeFile(recordFile(), '{}'), 'baseline.json has formatVersion missing; this version of ml-pipeline-action reads 1'],
    ['null', () => writeFile(recordFile(), 'null'), 'baseline.json holds null, not a baseline record'],
    ['a folder', async () => { await rm(recordFile()); await mkdir(recordFile()); }, 'baseline.json is a folder'],
    ['truncated', async () => writeFile(recordFile(), (await readFile(recordFile(), 'utf8')).slice(0, 100)), 'baseline.json is not valid JSON (cut short or damaged)'],
    ['without metrics', () => editJson(recordFile(), ({ metrics: _metrics, ...rest }) => rest), "baseline.json: 'metrics' is missing, expected an object of finite numbers"],
    ['with a null metric', () => editJson(recordFile(), (r) => ({ ...r, metrics: { accuracy: null } })), "baseline.json: 'metrics' is {\"accuracy\":null}"],
    ['of an unknown formatVersion', () => editJson(recordFile(), (r) => ({ ...r, formatVersion: 2 })), 'baseline.json has formatVersion 2'],
    ['of another key', () => editJson(recordFile(), (r) => ({ ...r, key: 'ml-pipeline-other' })), 'baseline.json is the baseline of key "ml-pipeline-other"'],
  ];

  it.each(unusableRecords)('runs as a first run, with one warning, on a record that is %s', async (_name, damage, problem) => {
    await saved();
    await damage();
    expect(await store.restore(KEY)).toBeNull();
    expect(warnings).toEqual([expect.stringContaining(`Baseline '${KEY}' in ${join(root, KEY)} is unusable: ${problem}`)]);
    expect(warnings[0]).toMatch(/This run goes on as a first run; an accepted run replaces it\.$/);
  });

  const weightsOf = (fill: (floats: Float32Array) => void) => async () => {
    const bytes = await readFile(modelFile('weights.bin'));
    const floats = new Float32Array(bytes.byteLength / 4);
    fill(floats);
    await writeFile(modelFile('weights.bin'), new Uint8Array(floats.buffer));
  };
  const unusableBundles: Array<[string, () => Promise<void>, string]> = [
    ['features: null', () => editJson(modelFile('preprocessing.json'), (p) => ({ ...p, features: null })), "preprocessing.json: 'features' is null, expected a list"],
    [
      'a preprocessing wider than the model',
      async () => {
        const extra = { kind: 'numeric', name: 'body_mass_g', mean: 4200, std: 800 };
        await editJson(modelFile('preprocessing.json'), (p) => ({ ...p, features: [...(p.features as unknown[]), extra] }));
        await editJson(modelFile('card.json'), (c) => ({ ...c, features: [...(c.features as unknown[]), { name: 'body_mass_g', type: 'numeric' }] }));
      },
      'model.json takes 6 inputs, preprocessing.json encodes 7',
    ],
    [
      'swapped classes in the card',
      () => editJson(modelFile('card.json'), (c) => ({ ...c, classes: ['Chinstrap', 'Adelie', 'Gentoo'] })),
      'card.json lists the classes ["Chinstrap","Adelie","Gentoo"], preprocessing.json ["Adelie","Chinstrap","Gentoo"]',
    ],
    [
      'more classes than model outputs',
      async () => {
        const classes = ['Adelie', 'Chinstrap', 'Gentoo', 'Emperor'];
        await editJson(modelFile('preprocessing.json'), (p) => ({ ...p, classes }));
        await editJson(modelFile('card.json'), (c) => ({ ...c, classes }));
      },
      'model.json has 3 outputs for 4 classes',
    ],
    ['NaN weights', weightsOf((floats) => floats.fill(Number.NaN)), 'weights.bin holds a non-finite weight (NaN at index 0)'],
    ['random bytes as weights', weightsOf((floats) => new Uint32Array(floats.buffer).forEach((_, i, all) => (all[i] = (i * 2654435761) >>> 0))), 'weights.bin holds a non-finite weight'],
    ['truncated weights', async () => writeFile(modelFile('weights.bin'), (await readFile(modelFile('weights.bin'))).subarray(0, 10)), 'weights.bin has 10 bytes'],
    ['a card of another run', () => editJson(modelFile('card.json'), (c) => ({ ...c, version: '999-1' })), 'card.json is run "999-1"\'s'],
    ['a missing model.json', () => rm(modelFile('model.json')), 'model/model.json is missing'],
    [
      'a card naming a model family this action does not know',
      () => editJson(modelFile('card.json'), (c) => ({ ...c, family: 'forest' })),
      'card.json names the model family "forest", which this version of ml-pipeline-action does not know (it knows mlp, gbt, blend)',
    ],
  ];

  it.each(unusableBundles)('compares with the stored metrics, with one warning, on a bundle with %s', async (_name, damage, problem) => {
    const record = await saved();
    await damage();
    const restored = await store.restore(KEY);
    expect(restored?.record).toEqual(record);
    expect(restored?.bundle).toBeNull();
    expect(warnings).toEqual([expect.stringContaining(`Baseline '${KEY}' (run ${record.runId}) in ${join(root, KEY)}: its model bundle is unusable: ${problem}`)]);
    expect(warnings[0]).toMatch(/Its model is not re-evaluated: this run compares with its stored metrics\.$/);
  });

  it('keeps a serving reference that is valid or null, and drops a malformed one with one warning', async () => {
    const record = await saved();
    const serving = { runId: record.runId, target: 'local', url: 'http://127.0.0.1:8080/', modelUri: '/tmp/model' };
    await editJson(recordFile(), (r) => ({ ...r, serving }));
    expect((await store.restore(KEY))?.record.serving).toEqual(serving);
    await editJson(recordFile(), (r) => ({ ...r, serving: null }));
    expect((await store.restore(KEY))?.record.serving).toBeNull();
    expect(warnings).toEqual([]);
    await editJson(recordFile(), (r) => ({ ...r, serving: { runId: 7, url: 'nowhere' } }));
    const restored = await store.restore(KEY);
    expect(restored?.record).toEqual(record);
    expect(restored?.record).not.toHaveProperty('serving');
    expect(restored?.bundle).not.toBeNull();
    expect(warnings).toEqual([
      `Baseline '${KEY}' (run ${record.runId}) in ${join(root, KEY)}: its serving reference is unusable (no 'runId') and is dropped. This run goes on without it.`,
    ]);
  });

  it('never saves what it would refuse to restore: the baseline stays, with one warning', async () => {
    const old = await saved();
    const { record, modelDir } = await run();
    const bytes = await readFile(join(modelDir, 'weights.bin'));
    await writeFile(join(modelDir, 'weights.bin'), new Uint8Array(new Float32Array(bytes.byteLength / 4).fill(Number.NaN).buffer));
    expect(await store.save(record, modelDir)).toBe(false);
    expect(warnings).toEqual([
      `Baseline '${KEY}': run ${record.runId} is not saved: its model bundle is unusable: weights.bin holds a non-finite weight (NaN at index 0). The baseline stays as it was.`,
    ]);
    expect((await store.restore(KEY))?.record).toEqual(old);
    expect(await readdir(join(root, '.saving'))).toEqual([]);
  });
});
