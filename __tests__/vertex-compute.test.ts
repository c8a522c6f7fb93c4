// VertexCompute in process against the Vertex AI emulator and fake-gcs-server: the ways a job goes wrong before
// or without training, which need no trainer to run (the end-to-end runs are in e2e-vertex.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { resolveCredentials, type GoogleCredentials } from '../src/auth/credentials.js';
import type { TrainRequest } from '../src/backends/compute/types.js';
import { TRAINER_BINARIES, VertexCompute, type VertexComputeOptions } from '../src/backends/compute/vertex.js';
import { createStorage } from '../src/backends/data/gcs.js';
import { parseGcsLocation } from '../src/backends/data/location.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount, TEST_PROJECT_ID } from '../test-support/google-auth.js';
import { prepareFixture } from '../test-support/prepared-fixture.js';
import { startVertexEmulator, type VertexEmulator } from '../test-support/vertex-emulator.js';
import { matrixRows } from '../src/data/rows.js';

const BUCKET = 'iris-lake';

let gcs: FakeGcs;
let vertex: VertexEmulator;
let credentials: GoogleCredentials;
let actionDir: string;
let trainerBundle: string;
let request: TrainRequest;
let messages: { logs: string[]; warnings: string[] };

beforeAll(async () => {
  gcs = await startFakeGcs();
  const account = makeTestServiceAccount();
  vertex = await startVertexEmulator({ publicKeyPem: account.publicKeyPem, storageHost: gcs.host });
  credentials = await resolveCredentials(account.keyJson, { registerSecret: () => undefined });
  await seedObjects(gcs.host, BUCKET, { 'data/iris.csv': 'unused: these jobs never start\n' });
  // An action folder as dist/ is: the bundle, a chunk of it, its licence notices and the WebAssembly binaries
  // beside it, and the serving bundle, which is not the trainer's. The "trainer" exits 0 at once if it was given
  // the trainer argument and the job's folder has the rest beside it but not the serving bundle, else 1.
  actionDir = await mkdtemp(join(tmpdir(), 'vertex-compute-action-'));
  trainerBundle = join(actionDir, 'index.js');
  const staged = [...TRAINER_BINARIES, '42.index.js', 'licenses.txt'];
  for (const file of [...staged, 'serving.js']) await writeFile(join(actionDir, file), 'not really run');
  await writeFile(
    trainerBundle,
    "import { existsSync } from 'node:fs';\n" +
      `const beside = (name) => existsSync(new URL(name, import.meta.url));\n` +
      `process.exit(process.argv[2] === 'trainer' && ${JSON.stringify(staged)}.every(beside) && !beside('serving.js') ? 0 : 1);\n`,
  );
  const { data, profile } = await prepareFixture('iris.csv', 'species');
  request = {
    data: { encoder: data.encoder, train: matrixRows(data.train.x, data.train.y) },
    rows: { train: profile.trainRows, test: profile.testRows },
    primaryMetric: 'accuracy',
    fingerprint: 'sha256:unused',
    runId: 'unused',
    runnerBackend: 'cpu',
  };
}, 600_000);

afterAll(async () => {
  await vertex?.stop();
  await gcs?.stop();
  if (actionDir) await rm(actionDir, { recursive: true, force: true });
});

beforeEach(() => {
  messages = { logs: [], warnings: [] };
  vertex.state.holdJobs = false;
  vertex.state.denyLogReads = false;
});

let runs = 0;

function compute(overrides: Partial<VertexComputeOptions> = {}): VertexCompute {
  return new VertexCompute({
    project: TEST_PROJECT_ID,
    location: 'us-central1',
    machineType: 'n2-standard-4',
    image: 'docker.io/library/node:24-slim',
    serviceAccount: null,
    timeoutMs: 3_600_000,
    authClient: credentials.authClient,
    storage: createStorage(credentials, { STORAGE_EMULATOR_HOST: gcs.host }),
    bucket: BUCKET,
    functionName: 'iris',
    data: parseGcsLocation(`gs://${BUCKET}/data/`),
    holdout: 0.2,
    choice: { model: 'mlp', settings: DEFAULT_TRAINING_SETTINGS, seed: 42 },
    backend: 'cpu',
    trainerBundle,
    vertexEndpoint: vertex.baseUrl,
    loggingEndpoint: vertex.baseUrl,
    denied: { projectId: TEST_PROJECT_ID, principal: credentials.principal },
    ...overrides,
  });
}

function train(target: VertexCompute): Promise<unknown> {
  return target.train({ tf }, { ...request, runId: `run-${++runs}` }, {
    log: (line) => messages.logs.push(line),
    warn: (line) => messages.warnings.push(line),
  });
}

async function failure(target: VertexCompute): Promise<Error> {
  return train(target).then(
    () => {
      throw new Error('expected the training to fail');
    },
    (error: Error) => error,
  );
}

describe('VertexCompute', () => {
  it('cancels a job still waiting at training-timeout, and says what to change', async () => {
    vertex.state.holdJobs = true;
    const error = await failure(compute({ timeoutMs: 1500 }));
    const job = [...vertex.state.jobs.values()].at(-1);
    expect(error.name).toBe('UserError');
    expect(error.message).toMatch(
      new RegExp(`^Input 'training-timeout': Vertex AI job ${job?.name} was still JOB_STATE_PENDING after 2 s, so it was cancelled\\. `),
    );
    expect(error.message).toContain('Nothing was deployed and the baseline is unchanged. Raise training-timeout, or choose a larger machine-type.');
    expect(vertex.state.cancelled).toContain(job?.name);
    await vertex.idle();
    expect(job?.state).toBe('JOB_STATE_CANCELLED');
    // Vertex AI was given the same limit, so it stops the job even if this runner is gone.
    expect(job?.jobSpec.scheduling?.timeout).toBe('2s');
    // The staged trainer is removed whatever became of the job.
    const listing = (await (await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o?prefix=ml-pipeline-jobs/iris/run-${runs}/trainer/`)).json()) as { items?: unknown[] };
    expect(listing.items ?? []).toEqual([]);
  });

  it('follows a job whose log it may not read, warning once, and refuses a job that wrote no model', async () => {
    // The staged "trainer" exits 0 at once without writing anything (its chunk and binaries beside it): a
    // training-image that ignores its command.
    vertex.state.denyLogReads = true;
    const error = await failure(compute());
    const job = [...vertex.state.jobs.values()].at(-1);
    expect(job?.state).toBe('JOB_STATE_SUCCEEDED');
    expect(messages.warnings).toEqual([
      expect.stringMatching(/^Vertex AI: the job's log cannot be read, so it is not shown here: Cloud Logging entries\.list was denied \(403\).* needs logging\.logEntries\.list, granted by roles\/logging\.viewer/),
    ]);
    expect(error.message).toMatch(
      new RegExp(`^The Vertex AI job succeeded but wrote nothing to AIP_MODEL_DIR \\(gs://${BUCKET}/ml-pipeline-jobs/iris/run-${runs}/output/model/\\)`),
    );
  });

  it('names the trainer bundle or a WebAssembly binary missing beside it, before staging anything', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'vertex-compute-bare-'));
    try {
      const jobs = vertex.state.jobs.size;
      const bundle = join(bare, 'index.js');
      expect((await failure(compute({ trainerBundle: bundle }))).message).toBe(
        `The trainer bundle's file ${bundle} is missing: run npm run bundle (the released action ships it).`,
      );
      await writeFile(bundle, 'process.exit(0);\n');
      await writeFile(join(bare, 'licenses.txt'), 'notices');
      const error = await failure(compute({ trainerBundle: bundle }));
      expect(error.message).toBe(
        `The trainer bundle's binary ${join(bare, TRAINER_BINARIES[0] as string)} is missing: run npm run bundle (the released action ships it).`,
      );
      expect(vertex.state.jobs.size).toBe(jobs);
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('names the permission and the role when creating the job is denied', async () => {
    const error = await failure(compute({ project: 'someone-elses-project' }));
    expect(error.name).toBe('UserError');
    expect(error.message).toContain("Input 'compute': Vertex AI customJobs.create was denied (403)");
    expect(error.message).toContain('The service account needs aiplatform.customJobs.create, granted by roles/aiplatform.user');
    expect(error.message).toMatch(/gcloud projects add-iam-policy-binding .* --role=roles\/aiplatform\.user$/);
  });

  it('names the account to grant actAs on when the job may not run as training-service-account', async () => {
    const trainer = `trainer@${TEST_PROJECT_ID}.iam.gserviceaccount.com`;
    vertex.state.actAsDenied.add(trainer);
    const error = await failure(compute({ serviceAccount: trainer }));
    expect(error.message).toContain('The service account needs iam.serviceAccounts.actAs, granted by roles/iam.serviceAccountUser');
    expect(error.message).toMatch(
      new RegExp(`gcloud iam service-accounts add-iam-policy-binding ${trainer.replace(/\./g, '\\.')} --project=${TEST_PROJECT_ID} .*--role=roles/iam\\.serviceAccountUser$`),
    );
  });

  it('says which inputs make the job when Vertex AI refuses it', async () => {
    const error = await failure(compute({ machineType: 'z9-imaginary-4' }));
    expect(error.message).toContain('Vertex AI customJobs.create failed (400): Machine type "z9-imaginary-4" is not supported.');
    expect(error.message).toContain('Check the inputs the job is made from: machine-type');
  });
});
