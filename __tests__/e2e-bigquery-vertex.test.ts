// The bundled action with its data in BigQuery (bqemulator) and its training in a Vertex AI custom job (the Vertex AI
// emulator, with fake-gcs-server as the artifact bucket): the runner reads the rows, stages them beside the trainer,
// the job trains on that copy, and the model is deployed locally.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { Predictor } from '../src/serving/predictor.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { createDataset, loadCsvTable, PENGUINS_TYPES, startBigQueryEmulator, type BigQueryEmulator } from '../test-support/bigquery-emulator.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount, TEST_PROJECT_ID, type TestServiceAccount } from '../test-support/google-auth.js';
import { answering, PENGUIN_INSTANCES } from '../test-support/served-penguins.js';
import { startVertexEmulator, type VertexEmulator } from '../test-support/vertex-emulator.js';

const PENGUINS_CSV = join(REPO, 'examples', 'penguins', 'penguins.csv');
const TABLE = `bq://${TEST_PROJECT_ID}.ml.penguins`;
const BUCKET = 'penguin-models';
const FUNCTION = 'penguins-bq-vertex';
const JOBS = `ml-pipeline-jobs/${FUNCTION}/`;

let bigquery: BigQueryEmulator;
let gcs: FakeGcs;
let vertex: VertexEmulator;
let account: TestServiceAccount;
let workspace: string;

beforeAll(async () => {
  bigquery = await startBigQueryEmulator(TEST_PROJECT_ID);
  await createDataset(bigquery, 'ml');
  await loadCsvTable(bigquery, 'ml', 'penguins', PENGUINS_CSV, PENGUINS_TYPES);
  gcs = await startFakeGcs();
  await seedObjects(gcs.host, BUCKET, {});
  account = makeTestServiceAccount();
  vertex = await startVertexEmulator({ publicKeyPem: account.publicKeyPem, storageHost: gcs.host });
  await tf.setBackend('cpu');
  workspace = await makeWorkspace();
}, 600_000);

afterAll(async () => {
  if (workspace) await stopLocalFunction(join(workspace, '.ml-pipeline', 'serve'), FUNCTION);
  await vertex?.stop();
  await gcs?.stop();
  await bigquery?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    workspace,
    {
      data: TABLE,
      label: 'species',
      'function-name': FUNCTION,
      credentials: Buffer.from(account.keyJson).toString('base64'),
      compute: 'vertex-ai',
      'artifact-bucket': BUCKET,
      'deploy-target': 'local',
      'max-regression': '1',
      ...inputs,
    },
    {
      env: {
        BIGQUERY_EMULATOR_HOST: bigquery.host,
        STORAGE_EMULATOR_HOST: gcs.host,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_AIPLATFORM: vertex.baseUrl,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_LOGGING: vertex.baseUrl,
      },
    },
  );
}

function succeeded(result: ActionRun): ActionRun {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  expect(result.errors).toEqual([]);
  return result;
}

async function objectNames(prefix: string): Promise<string[]> {
  const listing = (await (await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o?prefix=${encodeURIComponent(prefix)}`)).json()) as {
    items?: Array<{ name: string }>;
  };
  return (listing.items ?? []).map((item) => item.name);
}

async function objectText(name: string): Promise<string> {
  const response = await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o/${encodeURIComponent(name)}?alt=media`);
  if (!response.ok) throw new Error(`reading ${name}: ${response.status}`);
  return response.text();
}

const lastJob = () => [...vertex.state.jobs.values()].at(-1);
/** The run's staging prefix, from the job's output directory: gs://<bucket>/ml-pipeline-jobs/<fn>/<run>/output/. */
const stageOf = (job = lastJob()) => (job?.jobSpec.baseOutputDirectory?.outputUriPrefix ?? '').replace(`gs://${BUCKET}/`, '').replace(/output\/$/, '');

describe('bq:// data trained in a Vertex AI job, through the bundled action', () => {
  let served = { url: '', runId: '' };

  it('stages the rows the runner read, the job trains on them, and the function predicts what the published model does', async () => {
    const result = succeeded(await run());
    expect(lastJob()).toMatchObject({ state: 'JOB_STATE_SUCCEEDED' });
    const stage = stageOf();
    expect(stage).toMatch(new RegExp(`^${JOBS}[^/]+/$`));
    expect(result.stdout).toContain(`Vertex AI: staged the trainer, the data and the run specification under gs://${BUCKET}/${stage}.`);

    // The job was handed the staged copy, not the bq:// table, and read every row the runner read.
    const spec = JSON.parse(await objectText(`${stage}run-spec.json`)) as { data: string; fingerprint: string; rows: { train: number; test: number } };
    expect(spec.data).toBe(`gs://${BUCKET}/${stage}data/rows.jsonl`);
    expect(spec.rows.train + spec.rows.test).toBe(344);
    expect(result.stdout).toContain(`[vertex] Run specification gs://${BUCKET}/${stage}run-spec.json: data ${spec.data}`);
    expect(result.stdout).toContain(`[vertex] Encoded ${spec.rows.train} training rows`);

    // The staged data and trainer are gone; the specification and the model stay for the record.
    const left = await objectNames(stage);
    expect(left.filter((name) => name.includes('/data/') || name.includes('/trainer/'))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining([`${stage}run-spec.json`, expect.stringMatching(/output\/model\/weights\.bin$/)]));

    // The served function answers what the job's model, as published, predicts in process.
    expect(result.outputs).toMatchObject({ deployed: 'true', 'function-name': FUNCTION });
    const runId = /\/([^/]+)\/?$/.exec(result.outputs['model-uri'] ?? '')?.[1] ?? '';
    const modelDir = join(workspace, '.ml-pipeline', 'artifacts', FUNCTION, runId, 'model');
    const expected = (await Predictor.load({ tf }, modelDir)).predict(PENGUIN_INSTANCES) as Array<{ label: string; probabilities: Record<string, number> }>;
    const answers = await answering(result.outputs['trigger-url'] ?? '');
    expect(answers.runId).toBe(runId);
    const predictions = answers.predictions as Array<{ label: string; probabilities: Record<string, number> }>;
    expect(predictions.map((p) => p.label)).toEqual(expected.map((p) => p.label));
    predictions.forEach((answer, index) => {
      for (const [label, probability] of Object.entries(answer.probabilities)) {
        expect(probability).toBeCloseTo(expected[index]?.probabilities[label] ?? NaN, 5);
      }
    });
    expect(Number(result.outputs.accuracy)).toBeGreaterThanOrEqual(0.9);
    served = { url: result.outputs['trigger-url'] ?? '', runId };
  });

  it('fails when the staged copy changes before the job reads it, and removes the staged data after the failed job', async () => {
    // Another writer replaces the staged rows as the job starts: the trainer checks the copy's own fingerprint.
    vertex.state.beforeJobRuns = async (job) => {
      const stage = stageOf(job);
      await seedObjects(gcs.host, BUCKET, { [`${stage}data/rows.jsonl`]: '{"species":"Adelie"}\n' });
    };
    try {
      const failed = await run();
      const job = lastJob();
      expect(failed.code).toBe(1);
      expect(job?.state).toBe('JOB_STATE_FAILED');
      const stage = stageOf(job);
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors[0]).toContain(`[vertex] ml-pipeline trainer failed: The data under gs://${BUCKET}/${stage}data/rows.jsonl changed after the runner read it`);
      expect(failed.errors[0]).toContain('Nothing was deployed and the baseline is unchanged.');
      expect((await objectNames(stage)).filter((name) => name.includes('/data/') || name.includes('/trainer/'))).toEqual([]);
      expect((await answering(served.url)).runId).toBe(served.runId);
    } finally {
      vertex.state.beforeJobRuns = null;
    }
  });
});
