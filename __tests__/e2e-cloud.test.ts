import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { REVISION } from '../src/clients/cloud-run.js';
import { Predictor } from '../src/serving/predictor.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { startCloudFunctionsEmulator, type CloudFunctionsEmulator } from '../test-support/cloud-functions-emulator.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount, TEST_PROJECT_ID, type TestServiceAccount } from '../test-support/google-auth.js';
import { answering, PENGUIN_INSTANCES } from '../test-support/served-penguins.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const FRAMEWORK_CLI = join(REPO, 'dist', 'functions-framework', 'index.js');
const BUCKET = 'penguin-data';
const FUNCTION = 'penguins-cloud';
const SERVICE = `projects/${TEST_PROJECT_ID}/locations/us-central1/services/${FUNCTION}`;

let gcs: FakeGcs;
let emulator: CloudFunctionsEmulator;
let account: TestServiceAccount;
let workspace: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  // A cold `go install` of fake-gcs-server takes about two minutes on two cores.
  gcs = await startFakeGcs();
  account = makeTestServiceAccount();
  emulator = await startCloudFunctionsEmulator({ publicKeyPem: account.publicKeyPem, frameworkCli: FRAMEWORK_CLI });
  await tf.setBackend('cpu');
  // The data as two objects under a prefix, as a daily export would write them.
  const [header, ...rows] = (await readFile(PENGUINS, 'utf8')).trimEnd().split('\n');
  const half = Math.floor(rows.length / 2);
  await seedObjects(gcs.host, BUCKET, {
    'daily/2026-11-01.csv': `${header}\n${rows.slice(0, half).join('\n')}\n`,
    'daily/2026-11-02.csv': `${header}\n${rows.slice(half).join('\n')}\n`,
    'daily/README.txt': 'not data: skipped by the prefix listing',
  });
  workspace = await makeWorkspace();
}, 600_000);

afterAll(async () => {
  await emulator?.stop();
  await gcs?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction(
    workspace,
    {
      data: `gs://${BUCKET}/daily/`,
      label: 'species',
      'function-name': FUNCTION,
      credentials: Buffer.from(account.keyJson).toString('base64'),
      'allow-unauthenticated': 'true',
      ...inputs,
    },
    {
      env: {
        STORAGE_EMULATOR_HOST: gcs.host,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS: emulator.baseUrl,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.baseUrl,
      },
    },
  );
  runs.push(result);
  return result;
}

function succeeded(result: ActionRun): ActionRun {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

async function objectNames(prefix: string): Promise<string[]> {
  const listing = (await (await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o?prefix=${encodeURIComponent(prefix)}`)).json()) as {
    items?: Array<{ name: string }>;
  };
  return (listing.items ?? []).map((item) => item.name);
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}


function runIdOf(result: ActionRun): string {
  return /\/([^/]+)\/$/.exec(result.outputs['model-uri'] ?? '')?.[1] ?? '';
}

describe('the bundled action on Google Cloud (fake-gcs-server and the Cloud Functions emulator)', () => {
  let firstUrl = '';
  let firstRevision = '';
  let firstAnswers: { runId: unknown; predictions: unknown };
  const baselineFile = () => join(workspace, '.ml-pipeline', 'baselines', `ml-pipeline-${FUNCTION}`, 'baseline.json');

  it('reads gs:// data, publishes artifacts and deploys a function that predicts as the model does in process', async () => {
    const first = succeeded(await run());
    expect(first.outputs).toMatchObject({ deployed: 'true', skipped: 'false', 'function-name': FUNCTION });
    expect(Number(first.outputs.accuracy)).toBeGreaterThanOrEqual(0.95);
    expect(first.stdout).toContain(`Data: 2 objects under gs://${BUCKET}/daily/`);
    // The cost line prices the deployed configuration (512Mi, nothing else set) at the check's measured latency.
    expect(first.summary).toMatch(
      /\*\*Cost \(estimate\)\.\*\* This step has run (\d+ min )?\d+ s on the runner\. Keeping `penguins-cloud` \(0\.5 GiB, 0\.333 vCPU\): 0 minimum instance\(s\) idle \$0\.00 a month; a million requests at the deploy check's \d+ ms \$\d+\.\d\d, one at a time \(assuming min-instances 0 and concurrency 1/,
    );
    firstUrl = first.outputs['trigger-url'] ?? '';
    firstRevision = emulator.state.functions.get(`projects/${TEST_PROJECT_ID}/locations/us-central1/functions/${FUNCTION}`)?.serviceConfig?.revision ?? '';
    expect(firstUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);

    // Artifacts under <function>/<run id>/ and latest.json pointing at them.
    const modelUri = first.outputs['model-uri'] ?? '';
    const runId = /\/([^/]+)\/$/.exec(modelUri)?.[1] ?? '';
    expect(modelUri).toBe(`gs://${BUCKET}/${FUNCTION}/${runId}/`);
    expect(await objectNames(`${FUNCTION}/${runId}/`)).toEqual(
      expect.arrayContaining([
        `${FUNCTION}/${runId}/model/model.json`,
        `${FUNCTION}/${runId}/model/weights.bin`,
        `${FUNCTION}/${runId}/model/preprocessing.json`,
        `${FUNCTION}/${runId}/model/predict.mjs`,
        `${FUNCTION}/${runId}/metrics.json`,
        `${FUNCTION}/${runId}/data-report.json`,
      ]),
    );
    const latest = await (await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o/${encodeURIComponent(`${FUNCTION}/latest.json`)}?alt=media`)).json();
    expect(latest).toMatchObject({ runId, uri: modelUri });

    // allow-unauthenticated granted run.invoker to allUsers on the function's service.
    const bindings = [...emulator.state.policies.values()].flatMap((policy) => policy.bindings ?? []);
    expect(bindings).toContainEqual(expect.objectContaining({ role: 'roles/run.invoker', members: ['allUsers'] }));

    // The deployed function answers exactly what the trained model predicts in process.
    const modelDir = join(workspace, '.ml-pipeline', 'artifacts', FUNCTION, runId, 'model');
    const inProcess = (await Predictor.load({ tf }, modelDir)).predict(PENGUIN_INSTANCES);
    const response = await fetch(firstUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances: PENGUIN_INSTANCES }),
    });
    expect(response.status).toBe(200);
    const { predictions } = (await response.json()) as { predictions: unknown[] };
    expect(predictions.map((p) => (p as { label: string }).label)).toEqual(inProcess.map((p) => (p as { label: string }).label));
    predictions.forEach((answer, index) => {
      const expected = (inProcess[index] as { probabilities: Record<string, number> }).probabilities;
      for (const [name, probability] of Object.entries((answer as { probabilities: Record<string, number> }).probabilities)) {
        expect(probability).toBeCloseTo(expected[name] ?? NaN, 5);
      }
    });
    firstAnswers = await answering(firstUrl);
    expect(firstAnswers.runId).toBe(runId);
  });

  it('skips training when the data has not changed and skip-unchanged is true', async () => {
    const skipped = succeeded(await run({ 'skip-unchanged': 'true' }));
    expect(skipped.outputs).toMatchObject({ skipped: 'true', deployed: 'false' });
    expect(skipped.stdout).not.toMatch(/Epoch \d+/);
  });

  it('keeps the previous function answering and the baseline untouched when the deploy fails', async () => {
    const baselineBefore = await readFile(baselineFile(), 'utf8');
    // New data arrives (the fingerprint changes), and the build of the new revision fails.
    const [header, ...rows] = (await readFile(PENGUINS, 'utf8')).trimEnd().split('\n');
    await seedObjects(gcs.host, BUCKET, { 'daily/2026-11-03.csv': `${header}\n${rows.slice(0, 20).join('\n')}\n` });
    emulator.state.failNextDeploy = 'Build failed: npm ERR! code E404';

    // max-regression: this test is about the deploy failing, not the gate.
    const failed = await run({ 'max-regression': '1' });
    expect(failed.code).toBe(1);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toContain(FUNCTION);
    expect(failed.errors[0]).toMatch(/operation/);
    expect(failed.errors[0]).toContain('Build failed: npm ERR! code E404');
    expect(await readFile(baselineFile(), 'utf8')).toBe(baselineBefore);
    const stillServing = await fetch(firstUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances: PENGUIN_INSTANCES.slice(0, 1) }),
    });
    expect(stillServing.status).toBe(200);
  });

  it('leaves all traffic on the old revision when the new one answers wrongly on its tag, and fails the step clearly', async () => {
    const baselineBefore = await readFile(baselineFile(), 'utf8');
    emulator.state.answerWronglyNext = true;

    const failed = await run({ 'max-regression': '1' });
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({ deployed: 'false' });
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toMatch(
      new RegExp(`the new revision ${FUNCTION}-\\d+-\\w+ failed its check, so it took no traffic: .* expected \\d+ predictions, got 0\\.`),
    );
    const kept = `Traffic never left revision ${firstRevision} (100%); the tag 'candidate' was removed.`;
    expect(failed.errors[0]).toContain(kept);
    expect(failed.summary).toContain(kept);
    expect(failed.errors[0]).not.toMatch(/Unexpected error|This is a bug/);

    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: REVISION, revision: firstRevision, percent: 100 }]);
    expect(await answering(firstUrl)).toEqual(firstAnswers);
    expect(await readFile(baselineFile(), 'utf8')).toBe(baselineBefore);
  });

  it('moves all traffic to a new revision that answers right, and takes back the allUsers grant', async () => {
    const good = succeeded(await run({ 'max-regression': '1', 'allow-unauthenticated': 'false' }));
    expect(good.outputs).toMatchObject({ deployed: 'true', 'trigger-url': firstUrl });
    const revision = emulator.state.functions.get(`projects/${TEST_PROJECT_ID}/locations/us-central1/functions/${FUNCTION}`)?.serviceConfig?.revision;
    expect(revision).not.toBe(firstRevision);
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: REVISION, revision, percent: 100 }]);
    expect(good.stdout).toMatch(new RegExp(`Checking revision ${revision} on its tag's URL`));
    expect((await answering(firstUrl)).runId).toBe(runIdOf(good));

    expect(good.stdout).toContain(`Removed allUsers from roles/run.invoker on ${SERVICE} (allow-unauthenticated is false)`);
    const members = (emulator.state.policies.get(SERVICE)?.bindings ?? []).flatMap((binding) => binding.members ?? []);
    expect(members).not.toContain('allUsers');
  });

  it('splits traffic as canary-percent asks, and promote: true moves all of it to the canary without training', async () => {
    const stableRevision = emulator.state.services.get(SERVICE)?.traffic?.[0]?.revision;
    const stableRun = (await answering(firstUrl)).runId;
    const canary = succeeded(await run({ 'max-regression': '1', 'canary-percent': '25' }));
    const canaryRun = runIdOf(canary);
    const revision = emulator.state.functions.get(`projects/${TEST_PROJECT_ID}/locations/us-central1/functions/${FUNCTION}`)?.serviceConfig?.revision;
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([
      { type: REVISION, revision, percent: 25, tag: 'canary' },
      { type: REVISION, revision: stableRevision, percent: 75 },
    ]);
    // The emulator splits every 100 requests exactly: 25 reach the canary's model, 75 the stable one's.
    const versions: unknown[] = [];
    for (let i = 0; i < 100; i++) versions.push(((await (await fetch(firstUrl)).json()) as { version?: unknown }).version);
    expect(versions.filter((version) => version === canaryRun)).toHaveLength(25);
    expect(versions.filter((version) => version === stableRun)).toHaveLength(75);

    const promoted = succeeded(await run({ promote: 'true' }));
    expect(promoted.stdout).not.toMatch(/Epoch \d+/);
    expect(promoted.outputs).toMatchObject({ deployed: 'true', 'serving-run': canaryRun, 'trigger-url': firstUrl });
    expect(promoted.summary).toContain(`Promoted the canary: revision ${revision} serves all traffic`);
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: REVISION, revision, percent: 100 }]);
    for (let i = 0; i < 4; i++) expect((await answering(firstUrl)).runId).toBe(canaryRun);

    // Nothing left to promote: said so, as an input error.
    const again = await run({ promote: 'true' });
    expect(again.code).toBe(1);
    expect(again.errors).toEqual([expect.stringMatching(/^Input 'promote': .* has no canary to promote/)]);
  });

  it('deploys a blend: its members\' folders reach the artifacts and the function source, and it serves as in process', async () => {
    // on-regression: warn, since the blend need not beat the MLP serving now; the deploy check still compares answers.
    const blended = succeeded(await run({ model: 'blend', 'on-regression': 'warn' }));
    expect(blended.outputs.deployed).toBe('true');
    const runId = runIdOf(blended);
    const model = `${FUNCTION}/${runId}/model`;
    expect(await objectNames(`${model}/`)).toEqual(
      expect.arrayContaining([`${model}/blend.json`, `${model}/mlp/weights.bin`, `${model}/linear/model.json`, `${model}/gbt/model.zip`]),
    );
    const card = (await (await fetch(blended.outputs['trigger-url'] ?? '')).json()) as { family?: string; version?: string };
    expect(card).toMatchObject({ family: 'blend', version: runId });
  });

  it('leaves no trace of the key in anything it wrote', async () => {
    const key = account.key;
    const secrets = [
      account.keyJson,
      Buffer.from(account.keyJson).toString('base64'),
      key.private_key_id,
      ...key.private_key.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----')),
    ];
    const haystacks: Array<[string, string]> = [];
    for (const [index, result] of runs.entries()) {
      // `::add-mask::` lines are how the runner learns what to mask; it consumes them and never shows them.
      const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
      expect(result.stdout).toContain('::add-mask::');
      haystacks.push([`run ${index} stdout`, shown], [`run ${index} stderr`, result.stderr]);
      haystacks.push([`run ${index} outputs`, JSON.stringify(result.outputs)], [`run ${index} summary`, result.summary]);
    }
    // The workspace holds the artifacts, the function sources (what was zipped) and the server logs.
    for (const file of await filesBelow(workspace)) haystacks.push([file, (await readFile(file)).toString('latin1')]);
    for (const name of await objectNames('')) {
      const body = await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o/${encodeURIComponent(name)}?alt=media`);
      haystacks.push([`gs://${BUCKET}/${name}`, Buffer.from(await body.arrayBuffer()).toString('latin1')]);
    }
    expect(haystacks.length).toBeGreaterThan(20);
    const leaks = haystacks.flatMap(([where, text]) => secrets.filter((secret) => text.includes(secret)).map(() => where));
    expect(leaks).toEqual([]);
  });
});
