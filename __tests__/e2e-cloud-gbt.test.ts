// Gradient-boosted trees deployed by the bundled action to the Cloud Functions emulator (the zip uploaded to its
// signed URL, unpacked, served by functions-framework): the function source carries YDF's WebAssembly, the
// function answers exactly what the trees predict in process, its card names the family, and a malformed request
// gets the same 400 as from the MLP's function. Needs `npm run bundle`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { YDF_WASM } from '../src/ml/families/gbt.js';
import { loadTensorFlow } from '../src/ml/tf.js';
import { Predictor } from '../src/serving/predictor.js';
import { ENTRY_FILE } from '../src/stages/package.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { startCloudFunctionsEmulator, type CloudFunctionsEmulator } from '../test-support/cloud-functions-emulator.js';
import { frameworkCliPath } from '../test-support/dist.js';
import { makeTestServiceAccount, type TestServiceAccount } from '../test-support/google-auth.js';
import { PENGUIN_INSTANCES } from '../test-support/served-penguins.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');

let emulator: CloudFunctionsEmulator;
let account: TestServiceAccount;
let workspace: string;

beforeAll(async () => {
  account = makeTestServiceAccount();
  emulator = await startCloudFunctionsEmulator({ publicKeyPem: account.publicKeyPem, frameworkCli: frameworkCliPath() });
  workspace = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
});

afterAll(async () => {
  await emulator?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

/** Trains `model` on the local penguins and deploys it as `functionName` to the emulator; fails loudly otherwise. */
async function deployed(functionName: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction(
    workspace,
    {
      data: 'data/penguins.csv',
      label: 'species',
      'function-name': functionName,
      credentials: Buffer.from(account.keyJson).toString('base64'),
      'allow-unauthenticated': 'true',
      ...inputs,
    },
    { env: { CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS: emulator.baseUrl, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.baseUrl } },
  );
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
  expect(run.outputs).toMatchObject({ deployed: 'true', 'function-name': functionName });
  return run;
}

function post(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** Requests that break the contract: not JSON, a missing field, a value of the wrong kind, an unknown field, too many. */
const MALFORMED = [
  'not json',
  JSON.stringify({ instances: [{ island: 'Biscoe' }] }),
  JSON.stringify({ instances: [{ ...PENGUIN_INSTANCES[0], bill_length_mm: 'long' }] }),
  JSON.stringify({ instances: [{ ...PENGUIN_INSTANCES[0], beak: 'curved' }] }),
  JSON.stringify({ instances: Array.from({ length: 1001 }, () => PENGUIN_INSTANCES[0]) }),
];

describe('gradient-boosted trees on the Cloud Functions emulator', () => {
  it('model: gbt deploys a function that answers as the trees do in process, and refuses what the MLP refuses', async () => {
    const trees = await deployed('penguins-gbt-cloud', { model: 'gbt' });
    const url = trees.outputs['trigger-url'] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    const runId = (trees.outputs['artifacts-uri'] ?? '').split('/').filter(Boolean).pop() ?? '';

    // What was zipped and uploaded: the entry, the bundle and YDF's WebAssembly beside the entry.
    const source = join(workspace, '.ml-pipeline', 'functions', 'penguins-gbt-cloud', runId);
    expect(await readdir(source)).toEqual(expect.arrayContaining([ENTRY_FILE, 'model', YDF_WASM]));

    const card = (await (await fetch(url)).json()) as Record<string, unknown>;
    expect(card).toMatchObject({ name: 'penguins-gbt-cloud', family: 'gbt', version: runId, classes: ['Adelie', 'Chinstrap', 'Gentoo'] });

    // The trees loaded from the run's bundle in this process answer exactly what the function answers.
    const { tf } = await loadTensorFlow('cpu', { workspace: REPO, log: () => undefined });
    const modelDir = join(workspace, '.ml-pipeline', 'artifacts', 'penguins-gbt-cloud', runId, 'model');
    const inProcess = (await Predictor.load({ tf }, modelDir)).predict(PENGUIN_INSTANCES);
    const answer = await post(url, JSON.stringify({ instances: PENGUIN_INSTANCES }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ predictions: inProcess });

    // The same data served by an MLP: every malformed request gets the same status and error from both.
    const network = await deployed('penguins-mlp-cloud', { model: 'mlp', epochs: '10' });
    const mlpUrl = network.outputs['trigger-url'] ?? '';
    expect(mlpUrl).not.toBe(url);
    for (const body of MALFORMED) {
      const [fromTrees, fromNetwork] = await Promise.all([post(url, body), post(mlpUrl, body)]);
      expect(fromTrees.status).toBe(400);
      expect({ status: fromTrees.status, body: await fromTrees.json() }).toEqual({ status: fromNetwork.status, body: await fromNetwork.json() });
    }
  });
});
