// The model port: a family trains, saves into a bundle and loads again through the port alone, and a loader
// picks the family from the bundle's card (a card without one is an MLP's, as every bundle before families).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFiles, CARD_FILE } from '../src/ml/bundle.js';
import { FAMILIES, loadBundleModel } from '../src/ml/families/index.js';
import { mlp, serializeModel, trainModel } from '../src/ml/families/mlp.js';
import type { Matrix } from '../src/ml/family.js';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { UserError } from '../src/util/errors.js';
import { writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';
import { matrixRows } from '../src/data/rows.js';

let tf: TF;
let root = '';
let dir = '';
let bundle: TinyBundle;
let x: Matrix;

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: tmpdir(), log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'families-'));
  dir = join(root, 'bundle');
  bundle = await writeTinyBundle(tf, dir, 'classification');
  const encoder = new RecordEncoder(bundle.preprocessing);
  const data = new Float32Array(bundle.records.length * encoder.width);
  bundle.records.forEach((record, row) => encoder.encodeFeatures(record, data, row * encoder.width));
  x = { data, rows: bundle.records.length, cols: encoder.width };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the model families', () => {
  it('lists every family under the name its bundles record', () => {
    for (const [name, family] of Object.entries(FAMILIES)) expect(family.name).toBe(name);
    expect(FAMILIES.mlp).toBe(mlp);
  });

  it('mlp: writes exactly its files, and a bundle without a family in its card loads as an MLP that predicts the same', async () => {
    expect((await readdir(dir)).sort()).toEqual(bundleFiles(mlp).sort());
    expect(JSON.parse(await readFile(join(dir, CARD_FILE), 'utf8'))).not.toHaveProperty('family');
    const loaded = await loadBundleModel({ tf }, dir);
    expect(loaded.family).toBe(mlp);
    expect(loaded.describe()).toEqual({ family: 'mlp', inputs: x.cols, outputs: 3 });
    expect(Array.from(loaded.predict(x))).toEqual(Array.from(bundle.model.predict(x)));
    loaded.dispose();
  });

  it('mlp: trains through the port to the same weights as the training loop, for the same seed', async () => {
    const y = Float32Array.from({ length: x.rows }, (_, row) => row % 3);
    const settings = { ...DEFAULT_TRAINING_SETTINGS, hiddenLayers: [4], epochs: 2 };
    const ported = await mlp.train({ tf }, { rows: matrixRows(x, y), task: 'classification', classes: 3 }, { settings, seed: 3 });
    const direct = await trainModel(tf, x, y, { task: 'classification', classes: 3, config: settings, seed: 3 });
    const out = join(root, 'ported');
    await mkdir(out);
    await ported.model.save(out);
    const files = await serializeModel(tf, direct.model);
    expect(await readFile(join(out, 'model.json'))).toEqual(files['model.json']);
    expect(await readFile(join(out, 'weights.bin'))).toEqual(files['weights.bin']);
    expect(ported.history).toEqual(direct.history);
    ported.model.dispose();
    direct.model.dispose();
  });

  it('refuses a bundle whose card names a family this action does not know, naming the card and the known ones', async () => {
    const card = JSON.parse(await readFile(join(dir, CARD_FILE), 'utf8')) as Record<string, unknown>;
    const other = join(root, 'other');
    await cp(dir, other, { recursive: true });
    await writeFile(join(other, CARD_FILE), JSON.stringify({ ...card, family: 'forest' }));
    const loading = loadBundleModel({ tf }, other);
    await expect(loading).rejects.toThrow(UserError);
    await expect(loading).rejects.toThrow(
      `Model bundle ${other}: card.json names the model family "forest", which this version of ml-pipeline-action does not know (it knows mlp, gbt, blend); write it again with this action.`,
    );
  });

  it('says what is wrong with a damaged card without quoting it', async () => {
    const damaged = join(root, 'damaged');
    await cp(dir, damaged, { recursive: true });
    await writeFile(join(damaged, CARD_FILE), '{"private_key": "-----BEGIN PRIVATE KEY-----');
    const loading = loadBundleModel({ tf }, damaged);
    await expect(loading).rejects.toThrow(`Model bundle ${damaged}: card.json is not valid JSON (cut short or damaged); write it again with this action.`);
    await writeFile(join(damaged, CARD_FILE), '[1]');
    await expect(loadBundleModel({ tf }, damaged)).rejects.toThrow(`Model bundle ${damaged}: card.json holds no JSON object`);
  });
});
