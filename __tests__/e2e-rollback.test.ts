import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REVISION } from '../src/clients/cloud-run.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { startCloudFunctionsEmulator, type CloudFunctionsEmulator } from '../test-support/cloud-functions-emulator.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount, TEST_PROJECT_ID, type TestServiceAccount } from '../test-support/google-auth.js';
import { answering } from '../test-support/served-penguins.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const FRAMEWORK_CLI = join(REPO, 'dist', 'functions-framework', 'index.js');
const BUCKET = 'penguin-rollback';
const FUNCTION = 'penguins-rollback';
const FUNCTION_NAME = `projects/${TEST_PROJECT_ID}/locations/us-central1/functions/${FUNCTION}`;
const SERVICE = `projects/${TEST_PROJECT_ID}/locations/us-central1/services/${FUNCTION}`;

let gcs: FakeGcs;
let emulator: CloudFunctionsEmulator;
let account: TestServiceAccount;
let workspace: string;

beforeAll(async () => {
  gcs = await startFakeGcs();
  account = makeTestServiceAccount();
  emulator = await startCloudFunctionsEmulator({ publicKeyPem: account.publicKeyPem, frameworkCli: FRAMEWORK_CLI });
  await seedObjects(gcs.host, BUCKET, { 'penguins.csv': await readFile(PENGUINS, 'utf8') });
  workspace = await makeWorkspace();
}, 600_000);

afterAll(async () => {
  await emulator?.stop();
  await gcs?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(
    workspace,
    {
      data: `gs://${BUCKET}/penguins.csv`,
      label: 'species',
      'function-name': FUNCTION,
      credentials: Buffer.from(account.keyJson).toString('base64'),
      'allow-unauthenticated': 'true',
      epochs: '20',
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
}

function succeeded(result: ActionRun): ActionRun {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}


const runIdOf = (result: ActionRun): string => /\/([^/]+)\/$/.exec(result.outputs['model-uri'] ?? '')?.[1] ?? '';
const baselineFile = () => join(workspace, '.ml-pipeline', 'baselines', `ml-pipeline-${FUNCTION}`, 'baseline.json');
const baselineRun = async (): Promise<unknown> => (JSON.parse(await readFile(baselineFile(), 'utf8')) as { runId?: unknown }).runId;
/** The function's newest revision: a deploy makes a new one, moving traffic back to an earlier one does not. */
const latestRevision = (): string | undefined => emulator.state.functions.get(FUNCTION_NAME)?.serviceConfig?.revision;
const trafficOf = () => emulator.state.services.get(SERVICE)?.traffic;

describe('rollback-to through the bundled action (fake-gcs-server and the Cloud Functions emulator)', () => {
  let url = '';
  const trained: Record<'a' | 'b', { runId: string; modelUri: string; revision: string; answers: { runId: unknown; predictions: unknown } }> =
    {} as never;

  it('trains run A, then run B, each deployed', async () => {
    for (const [name, seed] of [['a', '1'], ['b', '2']] as const) {
      const result = succeeded(await run({ seed, 'max-regression': '1' }));
      expect(result.outputs.deployed).toBe('true');
      url = result.outputs['trigger-url'] ?? '';
      const revision = latestRevision() ?? '';
      trained[name] = { runId: runIdOf(result), modelUri: result.outputs['model-uri'] ?? '', revision, answers: await answering(url) };
      expect(trained[name].answers.runId).toBe(trained[name].runId);
    }
    // Different seeds, different models: a rollback that did nothing could not pass for one that worked.
    expect(trained.b.answers.predictions).not.toEqual(trained.a.answers.predictions);
    expect(await baselineRun()).toBe(trained.b.runId);
  });

  it('rollback-to: previous serves run A again without training, checked on its old revision, and makes it the baseline', async () => {
    const result = succeeded(await run({ 'rollback-to': 'previous' }));
    expect(result.stdout).not.toMatch(/Epoch \d+/);
    // The faster path: A's revision still exists, so traffic moves back to it once it has answered on the tag.
    expect(result.stdout).toContain(`Checking revision ${trained.a.revision} on its tag's URL`);
    expect(result.stdout).toContain(`answers 3 check instances as the pipeline predicted`);
    expect(result.stdout).toContain(`revision ${trained.a.revision} serves 100% of traffic again`);
    expect(latestRevision()).toBe(trained.b.revision);
    expect(trafficOf()).toEqual([{ type: REVISION, revision: trained.a.revision, percent: 100 }]);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      skipped: 'true',
      'serving-run': trained.a.runId,
      'model-uri': trained.a.modelUri,
      'trigger-url': url,
      'artifacts-uri': '',
    });
    expect(await answering(url)).toEqual(trained.a.answers);
    expect(await baselineRun()).toBe(trained.a.runId);
    expect(result.summary).toContain(`rollback-to is previous (run ${trained.a.runId}), so nothing was trained.`);
  });

  it('rollback-to: a run id serves that run again; previous then goes back to what it replaced', async () => {
    const toB = succeeded(await run({ 'rollback-to': trained.b.runId }));
    expect(toB.outputs).toMatchObject({ deployed: 'true', 'serving-run': trained.b.runId, 'model-uri': trained.b.modelUri });
    expect(await answering(url)).toEqual(trained.b.answers);
    expect(await baselineRun()).toBe(trained.b.runId);

    const toA = succeeded(await run({ 'rollback-to': trained.a.runId }));
    expect(toA.outputs).toMatchObject({ deployed: 'true', 'serving-run': trained.a.runId });
    expect(await answering(url)).toEqual(trained.a.answers);

    const back = succeeded(await run({ 'rollback-to': 'previous' }));
    expect(back.outputs['serving-run']).toBe(trained.b.runId);
    expect(await answering(url)).toEqual(trained.b.answers);
    // Every one of them moved traffic between the two revisions A and B deployed: none deployed anew.
    expect(latestRevision()).toBe(trained.b.revision);
  });

  it("redeploys the run's bundle, checked the same way, when its revision no longer exists", async () => {
    const record = JSON.parse(await readFile(baselineFile(), 'utf8')) as { previousServing: { runId: string; revision: string } };
    expect(record.previousServing).toMatchObject({ runId: trained.a.runId, revision: trained.a.revision });
    // As if Cloud Run had deleted it (it keeps a limited number of revisions).
    record.previousServing.revision = `${FUNCTION}-00099-gone`;
    await writeFile(baselineFile(), JSON.stringify(record));
    const result = succeeded(await run({ 'rollback-to': 'previous' }));
    expect(result.stdout).toContain(`Revision ${FUNCTION}-00099-gone no longer exists: deploying its model bundle again.`);
    expect(result.stdout).toContain(`answers 3 check instances as the pipeline predicted`);
    const redeployed = latestRevision();
    expect(redeployed).not.toBe(trained.b.revision);
    expect(trafficOf()).toEqual([{ type: REVISION, revision: redeployed, percent: 100 }]);
    expect(result.outputs).toMatchObject({ deployed: 'true', 'serving-run': trained.a.runId, 'model-uri': trained.a.modelUri });
    expect(await answering(url)).toEqual(trained.a.answers);
    expect(await baselineRun()).toBe(trained.a.runId);
  });

  it('refuses an unknown run id, naming the runs there, and a run id that is no single path segment', async () => {
    const unknown = await run({ 'rollback-to': 'no-such-run' });
    expect(unknown.code).not.toBe(0);
    const runs = [trained.a.runId, trained.b.runId].sort().join(', ');
    expect(unknown.errors).toEqual([
      `Input 'rollback-to': gs://${BUCKET}/ holds no run 'no-such-run' of ${FUNCTION}. Its runs: ${runs}. ` +
        'Name one of those, or check artifact-bucket and function-name.',
    ]);
    const climbing = await run({ 'rollback-to': '../other' });
    expect(climbing.errors).toEqual([expect.stringMatching(/^Input 'rollback-to' \(previous or a run id\): '\.\.\/other' cannot name a folder/)]);
    // Neither changed what serves.
    expect((await answering(url)).runId).toBe(trained.a.runId);
  });
});
