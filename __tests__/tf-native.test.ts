// backend: tensorflow for real: @tensorflow/tfjs-node built offline by scripts/install-tfjs-node.sh (libtensorflow
// from the PyPI tensorflow-cpu wheel, the addon compiled here), loaded in process and by the bundled action on
// Node 24, the runtime action.yml declares.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import util from 'node:util';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { STATE_DIR } from '../src/constants.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { Predictor, predictionMismatch } from '../src/serving/predictor.js';
import { makeWorkspace, NODE_24, runAction } from '../test-support/action.js';
import { PENGUINS_CSV, penguinRecords } from '../test-support/model-bundle.js';
import { tfjsNodeWorkspace } from '../test-support/tools.js';

const FUNCTION_NAME = 'penguins-native';
let built: string;
let workspace: string;
let tf: TF;

beforeAll(async () => {
  built = await tfjsNodeWorkspace();
  // A user's workspace after `npm install @tensorflow/tfjs-node`: the data and a node_modules holding it.
  workspace = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS_CSV } });
  await symlink(join(built, 'node_modules'), join(workspace, 'node_modules'), 'dir');
});

afterAll(async () => {
  await stopLocalFunction(join(workspace, STATE_DIR, 'serve'), FUNCTION_NAME);
  await rm(workspace, { recursive: true, force: true });
});

describe('@tensorflow/tfjs-node built offline', () => {
  it('loads and computes on the native backend where Node no longer has util.isNullOrUndefined', async () => {
    // Node 23 removed it and tfjs-node 4.22 calls it in every kernel that takes a list of tensors: without it
    // the matrix product below throws "is not a function". This jest (Node 20) may still have it: take it away.
    delete (util as unknown as Record<string, unknown>).isNullOrUndefined;
    const logs: string[] = [];
    const loaded = await loadTensorFlow('tensorflow', { workspace: built, log: (message) => logs.push(message) });
    tf = loaded.tf;
    expect(loaded.backend).toBe('tensorflow');
    expect(tf.getBackend()).toBe('tensorflow');
    expect(logs).toEqual([`TensorFlow.js backend: tensorflow (input backend: tensorflow; @tensorflow/tfjs-node found in ${built})`]);
    const product = tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]]));
    expect(product.dataSync()[0]).toBe(11);
    product.dispose();
  });

  it('trains with backend: tensorflow in the bundled action on Node 24, and the function serves what it predicts', async () => {
    const run = await runAction(
      workspace,
      { data: 'data/penguins.csv', label: 'species', backend: 'tensorflow', 'deploy-target': 'local', 'function-name': FUNCTION_NAME },
      { node: NODE_24 },
    );
    if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    expect(run.errors).toEqual([]);
    // tfjs-node calls util.isArray, deprecated in Node 22+: its warning must not reach the user's log.
    expect(run.stderr).not.toContain('DeprecationWarning');
    expect(run.stdout).toContain('TensorFlow.js backend: tensorflow (input backend: tensorflow');
    expect(run.summary).toContain('on the tensorflow backend');
    expect(Number(run.outputs.accuracy)).toBeGreaterThanOrEqual(0.95);
    expect(run.outputs.deployed).toBe('true');

    // The function serves on tfjs's cpu backend (dist/serving.js bundles its own tfjs); the model trained natively.
    // The action checked the served answers against its own in-process predictions before it reported the
    // deployment; here the saved bundle, loaded on the native backend, must agree with them too.
    const artifacts = join(workspace, STATE_DIR, 'artifacts', FUNCTION_NAME);
    const [runId] = await readdir(artifacts);
    const native = await Predictor.load({ tf }, join(artifacts, runId ?? '', 'model'));
    const instances = (await penguinRecords()).slice(0, 40).map(({ species: _label, ...features }) => features);
    const response = await fetch(run.outputs['trigger-url'] ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances }),
    });
    expect(response.status).toBe(200);
    const served = ((await response.json()) as { predictions: unknown }).predictions;
    expect(predictionMismatch(native.predict(instances), served)).toBeNull();
  });
});
