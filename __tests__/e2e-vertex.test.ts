import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as tf from '@tensorflow/tfjs';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { Predictor } from '../src/serving/predictor.js';
import { makeWorkspace, REPO, runAction, type ActionRun, type RunOptions } from '../test-support/action.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount, type TestServiceAccount } from '../test-support/google-auth.js';
import { answering, PENGUIN_INSTANCES } from '../test-support/served-penguins.js';
import { startVertexEmulator, TEST_PROJECT_NUMBER, type VertexEmulator } from '../test-support/vertex-emulator.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const BUCKET = 'penguin-lake';
const FUNCTION = 'penguins-vertex';
const JOBS = `ml-pipeline-jobs/${FUNCTION}/`;

let gcs: FakeGcs;
let vertex: VertexEmulator;
let account: TestServiceAccount;
let workspace: string;

beforeAll(async () => {
  gcs = await startFakeGcs();
  account = makeTestServiceAccount();
  vertex = await startVertexEmulator({ publicKeyPem: account.publicKeyPem, storageHost: gcs.host });
  // Small pages, so following the job's log takes several entries:list calls with page tokens.
  vertex.state.maxPageSize = 3;
  await tf.setBackend('cpu');
  await seedObjects(gcs.host, BUCKET, { 'daily/penguins.csv': await readFile(PENGUINS) });
  workspace = await makeWorkspace();
}, 600_000);

afterAll(async () => {
  if (workspace) await stopLocalFunction(join(workspace, '.ml-pipeline', 'serve'), FUNCTION);
  await vertex?.stop();
  await gcs?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function run(inputs: Record<string, string> = {}, options: Pick<RunOptions, 'onSpawn'> = {}): Promise<ActionRun> {
  return runAction(
    workspace,
    {
      data: `gs://${BUCKET}/daily/`,
      label: 'species',
      'function-name': FUNCTION,
      credentials: Buffer.from(account.keyJson).toString('base64'),
      compute: 'vertex-ai',
      'deploy-target': 'local',
      'max-regression': '1',
      ...inputs,
    },
    {
      ...options,
      env: {
        STORAGE_EMULATOR_HOST: gcs.host,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_AIPLATFORM: vertex.baseUrl,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_LOGGING: vertex.baseUrl,
      },
    },
  );
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

const lastJob = () => [...vertex.state.jobs.values()].at(-1);
const baselineFile = () => join(workspace, '.ml-pipeline', 'baselines', `ml-pipeline-${FUNCTION}`, 'baseline.json');

describe('compute: vertex-ai through the bundled action (fake-gcs-server and the Vertex AI emulator)', () => {
  let served = { url: '', runId: '' as unknown };

  it('trains in a custom job that runs the trainer, streams its log once, and deploys a function that predicts as the model does', async () => {
    const result = succeeded(await run());
    const job = lastJob();
    const name = job?.name ?? '';
    const id = name.split('/').pop() ?? '';
    expect(name).toMatch(new RegExp(`^projects/${TEST_PROJECT_NUMBER}/locations/us-central1/customJobs/\\d+$`));
    expect(job).toMatchObject({ state: 'JOB_STATE_SUCCEEDED' });
    const [pool] = job?.jobSpec.workerPoolSpecs ?? [];
    expect(pool).toMatchObject({ machineSpec: { machineType: 'n2-standard-4' }, replicaCount: '1' });
    expect(pool?.containerSpec.imageUri).toBe('docker.io/library/node:24-slim');
    expect(pool?.containerSpec.command?.[1]).toMatch(new RegExp(`^/gcs/${BUCKET}/${JOBS}[^/]+/trainer/index\\.js$`));
    expect(job?.jobSpec.baseOutputDirectory?.outputUriPrefix).toMatch(new RegExp(`^gs://${BUCKET}/${JOBS}[^/]+/output/$`));
    expect(result.stdout).toContain(`Vertex AI: created custom job ${name}`);

    // Every line the job wrote reached the step's log once, in order, though it came in pages of three.
    const written = vertex.state.entries.filter((entry) => entry.resource?.labels?.job_id === id).map((entry) => `[vertex] ${entry.textPayload}`);
    expect(written.length).toBeGreaterThan(5);
    expect(written).toContain('[vertex] ml-pipeline trainer: done');
    const shown = result.stdout.split('\n').filter((line) => line.startsWith('[vertex] '));
    expect(shown).toEqual(written);
    const paged = vertex.state.calls.filter((call) => call.path === '/v2/entries:list' && (call.body as { pageToken?: string }).pageToken);
    expect(paged.length).toBeGreaterThan(0);

    // The summary says where it trained; the staged trainer is gone, the run specification and the model stay.
    expect(result.summary).toContain('Trained on **Vertex AI**, machine type `n2-standard-4`');
    const staged = await objectNames(JOBS);
    expect(staged.filter((object) => object.includes('/trainer/'))).toEqual([]);
    expect(staged).toEqual(expect.arrayContaining([expect.stringMatching(/run-spec\.json$/), expect.stringMatching(/output\/model\/weights\.bin$/)]));

    // The served function answers what the job's model, as published, predicts in process.
    expect(result.outputs).toMatchObject({ deployed: 'true', 'function-name': FUNCTION });
    const runId = /\/([^/]+)\/?$/.exec(result.outputs['model-uri'] ?? '')?.[1] ?? '';
    const modelDir = join(workspace, '.ml-pipeline', 'artifacts', FUNCTION, runId, 'model');
    const expected = (await Predictor.load({ tf }, modelDir)).predict(PENGUIN_INSTANCES);
    const answers = await answering(result.outputs['trigger-url'] ?? '');
    expect(answers.runId).toBe(runId);
    const predictions = answers.predictions as Array<{ label: string; probabilities: Record<string, number> }>;
    expect(predictions.map((p) => p.label)).toEqual(expected.map((p) => (p as { label: string }).label));
    predictions.forEach((answer, index) => {
      const probabilities = (expected[index] as { probabilities: Record<string, number> }).probabilities;
      for (const [label, probability] of Object.entries(answer.probabilities)) expect(probability).toBeCloseTo(probabilities[label] ?? NaN, 5);
    });
    expect(Number(result.outputs.accuracy)).toBeGreaterThanOrEqual(0.9);
    served = { url: result.outputs['trigger-url'] ?? '', runId };
  });

  it('trains the same model in the job as on the runner: the same stages, seed and data', async () => {
    const inJob = succeeded(await run({ deploy: 'false' }));
    const onRunner = succeeded(await run({ deploy: 'false', compute: 'runner' }));
    expect(onRunner.stdout).not.toContain('Vertex AI');
    expect(JSON.parse(inJob.outputs.metrics ?? '')).toEqual(JSON.parse(onRunner.outputs.metrics ?? ''));
    const epochs = (result: ActionRun) => /Trained (\d+) epochs on (\w+)/.exec(result.stdout)?.slice(1);
    expect(epochs(inJob)).toEqual([expect.stringMatching(/^\d+$/), 'wasm']);
    expect(epochs(inJob)).toEqual(epochs(onRunner));
  });

  it('fails clearly when the job fails: the job, its state and error, its last log lines; nothing deployed, baseline unchanged', async () => {
    const baselineBefore = await readFile(baselineFile(), 'utf8');
    // New data lands after the runner read the data and before the job does: the trainer refuses to train on it.
    const late = `${(await readFile(PENGUINS, 'utf8')).split('\n').slice(0, 20).join('\n')}\n`;
    vertex.state.beforeJobRuns = () => seedObjects(gcs.host, BUCKET, { 'daily/late.csv': late });
    try {
      const failed = await run();
      const name = lastJob()?.name ?? '';
      expect(failed.code).toBe(1);
      expect(lastJob()?.state).toBe('JOB_STATE_FAILED');
      expect(failed.errors).toHaveLength(1);
      const [error = ''] = failed.errors;
      expect(error).toContain(`Vertex AI job ${name} ended JOB_STATE_FAILED: The replica workerpool0-0 exited with a non-zero status of 1`);
      expect(error).toMatch(/Last log lines:\n(?:.*\n)*\[vertex\] ml-pipeline trainer failed: The data under gs:\/\/penguin-lake\/daily\/ changed after the runner read it/);
      expect(error).toContain('Nothing was deployed and the baseline is unchanged.');
      expect(error).not.toMatch(/Unexpected error|This is a bug/);
      expect(await readFile(baselineFile(), 'utf8')).toBe(baselineBefore);
      expect((await answering(served.url)).runId).toBe(served.runId);
    } finally {
      vertex.state.beforeJobRuns = null;
      await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o/${encodeURIComponent('daily/late.csv')}`, { method: 'DELETE' });
    }
  });

  it('cancels its job when the step is cancelled (SIGTERM), and fails saying so', async () => {
    const baselineBefore = await readFile(baselineFile(), 'utf8');
    const jobsBefore = vertex.state.jobs.size;
    // The job waits for resources, as in a stockout, until the step is cancelled.
    vertex.state.holdJobs = true;
    let action: ChildProcess | null = null;
    try {
      const cancelled = run({}, { onSpawn: (child) => (action = child) });
      while (vertex.state.jobs.size === jobsBefore || lastJob()?.state !== 'JOB_STATE_PENDING') await sleep(100);
      (action as ChildProcess | null)?.kill('SIGTERM');
      const result = await cancelled;
      const name = lastJob()?.name ?? '';
      expect(vertex.state.cancelled).toEqual([name]);
      await vertex.idle();
      expect(lastJob()).toMatchObject({ state: 'JOB_STATE_CANCELLED', error: { code: 1 } });
      expect(result.code).toBe(1);
      // The state the action last saw: QUEUED from create when the signal came before its first poll.
      expect(result.errors).toEqual([
        expect.stringMatching(new RegExp(`^The step was cancelled \\(SIGTERM\\) while Vertex AI job ${name} was JOB_STATE_(?:QUEUED|PENDING): the job was asked to cancel\\.`)),
      ]);
      expect(result.errors[0]).toContain('Nothing was deployed and the baseline is unchanged.');
      expect(await readFile(baselineFile(), 'utf8')).toBe(baselineBefore);
    } finally {
      vertex.state.holdJobs = false;
    }
  });
});
