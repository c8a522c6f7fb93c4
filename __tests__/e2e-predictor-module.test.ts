// The predictor module every model bundle carries: a run of the bundled action (deploy-target: local) writes
// model/predict.mjs; the bundle folder, copied where no node_modules can be found, is imported by a plain node
// script (a child process, not jest's module system), which predicts exactly what the served function answers
// and refuses an instance with the function's own 400 message. For the MLP and the trees.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { PREDICTOR_LICENSES, PREDICTOR_MODULE } from '../src/ml/bundle.js';
import { YDF_WASM } from '../src/ml/families/gbt.js';
import { makeWorkspace, REPO, runAction } from '../test-support/action.js';
import { answering, PENGUIN_INSTANCES } from '../test-support/served-penguins.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An ordinary Node script, as a user's application would be: the bundle's folder beside it, no package.json. */
const APP = `import { load, InstanceError } from './model/predict.mjs';
const model = await load(new URL('./model', import.meta.url));
const predictions = model.predict(JSON.parse(process.argv[2]));
let refusal = null;
try {
  model.predict([{ island: 'Biscoe' }]);
} catch (error) {
  refusal = { isInstanceError: error instanceof InstanceError, kind: error.kind, field: error.field, message: error.message };
}
console.log(JSON.stringify({ version: model.card.version, predictions, refusal }));
`;

describe('the predictor module in a model bundle', () => {
  it.each([['mlp'], ['gbt']])('%s: a plain node script imports it and predicts what the served function answers', async (family) => {
    const functionName = `penguins-${family}-local`;
    const ws = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
    const app = await mkdtemp(join(tmpdir(), 'ml-pipeline-app-'));
    cleanups.push(async () => {
      await stopLocalFunction(join(ws, '.ml-pipeline', 'serve'), functionName);
      await rm(ws, { recursive: true, force: true });
      await rm(app, { recursive: true, force: true });
    });
    const run = await runAction(ws, { data: 'data/penguins.csv', label: 'species', model: family, 'deploy-target': 'local', 'function-name': functionName });
    if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    const modelDir = join(run.outputs['artifacts-uri'] ?? '', 'model');
    const files = await readdir(modelDir);
    expect(files).toEqual(expect.arrayContaining([PREDICTOR_MODULE, PREDICTOR_LICENSES]));
    expect(files.includes(YDF_WASM)).toBe(family === 'gbt');

    // Outside the repository, so nothing it imports can come from node_modules.
    await cp(modelDir, join(app, 'model'), { recursive: true });
    await writeFile(join(app, 'app.mjs'), APP);
    const { stdout } = await promisify(execFile)(process.execPath, ['app.mjs', JSON.stringify(PENGUIN_INSTANCES)], { cwd: app });
    const local = JSON.parse(stdout) as { version: string; predictions: unknown; refusal: Record<string, unknown> };

    const url = run.outputs['trigger-url'] ?? '';
    const served = await answering(url);
    expect(local.version).toBe(served.runId);
    expect(local.predictions).toEqual(served.predictions);
    const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances: [{ island: 'Biscoe' }] }) });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: string };
    expect(local.refusal).toEqual({ isInstanceError: true, kind: 'missing-feature', field: expect.any(String), message: error });
  });
});
