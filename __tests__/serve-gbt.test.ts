// A gradient-boosted trees bundle served by the bundled function under functions-framework (deploy-target:
// local): the function source carries the predictor module and YDF's WebAssembly beside the entry, and the served answers equal the
// in-process predictions, card and 400s as for the MLP. Needs `npm run bundle` (dist/serving.js) to test the bundle.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDeployer, stopLocalFunction } from '../src/backends/deploy/local.js';
import { bundleFiles, CARD_FILE, PREDICTOR_LICENSES, PREDICTOR_MODULE } from '../src/ml/bundle.js';
import { gbt, YDF_WASM } from '../src/ml/families/gbt.js';
import type { TrainedModel } from '../src/ml/family.js';
import { predictRecords } from '../src/ml/predict.js';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { ENTRY_FILE, writeFunctionSource } from '../src/stages/package.js';
import { REPO } from '../test-support/action.js';
import { frameworkCliPath, servingBundlePath } from '../test-support/dist.js';
import { writeTinyBundle } from '../test-support/model-bundle.js';
import { serversUnder } from '../test-support/processes.js';
import { matrixRows } from '../src/data/rows.js';

const FUNCTION = 'penguins-gbt';
let tf: TF;
let root: string;
let stateDir: string;
let model: TrainedModel;

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: REPO, log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-gbt-serve-'));
  stateDir = join(root, 'serve');
});
afterAll(async () => {
  model?.dispose();
  await stopLocalFunction(stateDir, FUNCTION);
  for (const pid of await serversUnder(root)) process.kill(-pid, 'SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('serving a gbt bundle', () => {
  it('deploys locally with YDF beside the entry and answers exactly as the trees do in process', async () => {
    // The tiny MLP bundle's preprocessing and card, with trees trained on the same encoded rows in its place.
    const modelDir = join(root, 'model');
    const tiny = await writeTinyBundle(tf, modelDir, 'classification', FUNCTION);
    tiny.model.dispose();
    for (const file of await readdir(modelDir)) if (![CARD_FILE, 'preprocessing.json'].includes(file)) await rm(join(modelDir, file));
    const encoder = new RecordEncoder(tiny.preprocessing);
    const usable = tiny.records.filter((record) => encoder.encodeLabel(record[tiny.preprocessing.label]) !== null);
    const x = new Float32Array(usable.length * encoder.width);
    usable.forEach((record, row) => encoder.encodeFeatures(record, x, row * encoder.width));
    const y = Float32Array.from(usable, (record) => encoder.encodeLabel(record[tiny.preprocessing.label]) as number);
    ({ model } = await gbt.train({ tf }, { rows: matrixRows({ data: x, rows: usable.length, cols: encoder.width }, y), task: 'classification', classes: 3 }, { settings: {} as never, seed: 1 }));
    await model.save(modelDir);
    await writeFile(join(modelDir, CARD_FILE), JSON.stringify({ ...tiny.card, family: gbt.name }));

    const source = await writeFunctionSource({
      outDir: join(root, 'functions', 'rev-1'),
      modelDir,
      modelFiles: bundleFiles(gbt),
      servingBundle: await servingBundlePath(root),
      servingFiles: gbt.servingFiles,
      functionName: FUNCTION,
    });
    expect((await readdir(source.dir)).sort()).toEqual([ENTRY_FILE, PREDICTOR_MODULE, PREDICTOR_LICENSES, 'model', 'package.json', YDF_WASM].sort());

    const instances = usable.slice(0, 40);
    const expected = predictRecords(model, encoder, instances);
    // The deployer refuses a deployment whose answers differ from `expected`.
    const deployment = await new LocalDeployer({ stateDir, frameworkCli: frameworkCliPath() }).deploy(source, { instances, expected }, () => undefined);
    const answer = await fetch(deployment.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances }) });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ predictions: expected });
    const card = await fetch(deployment.url);
    expect(await card.json()).toMatchObject({ name: FUNCTION, family: 'gbt', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    const refused = await fetch(deployment.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"instances": [{"island": 3}]}' });
    expect(refused.status).toBe(400);
  });
});
