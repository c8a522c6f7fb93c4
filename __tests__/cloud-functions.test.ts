import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT } from 'google-auth-library';
import yauzl from 'yauzl';
import { resolveCredentials, type GoogleCredentials } from '../src/auth/credentials.js';
import { CANDIDATE_TAG, CloudFunctionsDeployer, zipDirectory, type CloudFunctionsDeployerOptions } from '../src/backends/deploy/cloud-functions.js';
import { DeploymentRefused, type DeploymentCheck } from '../src/backends/deploy/types.js';
import { CloudFunctionsClient } from '../src/clients/cloud-functions.js';
import { GoogleApiError } from '../src/clients/google-api.js';
import { CloudRunClient, LATEST, REVISION } from '../src/clients/cloud-run.js';
import { bundleFiles, predictorFiles } from '../src/ml/bundle.js';
import { mlp } from '../src/ml/families/mlp.js';
import { predictRecords } from '../src/ml/predict.js';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { ENTRY_FILE, writeFunctionSource } from '../src/stages/package.js';
import { UserError } from '../src/util/errors.js';
import { REPO } from '../test-support/action.js';
import { startCloudFunctionsEmulator, type CloudFunctionsEmulator } from '../test-support/cloud-functions-emulator.js';
import { makeTestServiceAccount, TEST_PROJECT_ID, type TestServiceAccount } from '../test-support/google-auth.js';
import { writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';
import { frameworkCliPath, servingBundlePath } from '../test-support/dist.js';

const FUNCTION = 'penguins-cloud';
const REGION = 'us-central1';
const PARENT = `projects/${TEST_PROJECT_ID}/locations/${REGION}`;
const NAME = `${PARENT}/functions/${FUNCTION}`;
const SERVICE = `${PARENT}/services/${FUNCTION}`;

let tf: TF;
let root: string;
let modelDir: string;
let bundle: TinyBundle;
let check: DeploymentCheck;
let account: TestServiceAccount;
let credentials: GoogleCredentials;
let emulator: CloudFunctionsEmulator;
let env: NodeJS.ProcessEnv;
let servingBundle: string;
let sources = 0;

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: REPO, log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-cloud-functions-'));
  modelDir = join(root, 'model');
  servingBundle = await servingBundlePath(root);
  const frameworkCli = frameworkCliPath();
  bundle = await writeTinyBundle(tf, modelDir, 'classification', FUNCTION);
  const instances = bundle.records.slice(0, 10);
  check = { instances, expected: predictRecords(bundle.model, new RecordEncoder(bundle.preprocessing), instances) };
  account = makeTestServiceAccount();
  credentials = await resolveCredentials(account.keyJson, { registerSecret: () => undefined, env: {} });
  emulator = await startCloudFunctionsEmulator({ publicKeyPem: account.publicKeyPem, frameworkCli });
  env = { CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS: emulator.baseUrl, CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.baseUrl };
});

afterAll(async () => {
  await emulator?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** A new function source from the test's model bundle, with `change` applied to it. */
async function source(functionName = FUNCTION, change?: (dir: string) => Promise<void>) {
  const written = await writeFunctionSource({ outDir: join(root, 'functions', `rev-${++sources}`), modelDir, modelFiles: bundleFiles(mlp), servingBundle, functionName });
  await change?.(written.dir);
  return written;
}

function deployer(options: Partial<CloudFunctionsDeployerOptions> = {}): CloudFunctionsDeployer {
  return new CloudFunctionsDeployer({
    project: TEST_PROJECT_ID,
    region: REGION,
    functionName: FUNCTION,
    runtime: 'nodejs22',
    memory: '512Mi',
    maxInstances: null,
    environmentVariables: null,
    minInstances: null,
    serviceAccount: null,
    ingress: null,
    timeoutSeconds: null,
    concurrency: null,
    canaryPercent: 0,
    allowUnauthenticated: false,
    deadlineMs: 120_000,
    authClient: credentials.authClient,
    principal: credentials.principal,
    env,
    ...options,
  });
}

function client(): CloudFunctionsClient {
  return new CloudFunctionsClient({ authClient: credentials.authClient, endpoint: emulator.baseUrl });
}

async function predictions(url: string): Promise<unknown> {
  const body = JSON.stringify({ instances: check.instances });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return ((await response.json()) as { predictions?: unknown }).predictions;
}

function requestsTo(method: string, pattern: RegExp) {
  return emulator.state.requests.filter((request) => request.method === method && pattern.test(request.path));
}

describe('zipDirectory', () => {
  it('zips exactly the files of the source, sorted, to the same bytes whatever their times and modes', async () => {
    const first = await zipDirectory((await source()).dir);
    const other = await source();
    await utimes(join(other.dir, ENTRY_FILE), new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    await chmod(join(other.dir, 'package.json'), 0o600);
    const second = await zipDirectory(other.dir);
    expect(first.files).toEqual([ENTRY_FILE, ...predictorFiles(mlp), ...bundleFiles(mlp).map((file) => `model/${file}`), 'package.json'].sort());
    expect(second.zip.equals(first.zip)).toBe(true);
    const archive = await yauzl.fromBufferPromise(first.zip, { lazyEntries: true });
    const names: string[] = [];
    for await (const entry of archive.eachEntry()) names.push(entry.fileName);
    expect(names).toEqual(first.files);
  });

  it('refuses a symbolic link, which could reach anything on the runner', async () => {
    const written = await source(FUNCTION, (dir) => symlink('/etc/hostname', join(dir, 'model', 'extra')));
    await expect(zipDirectory(written.dir)).rejects.toThrow(
      new UserError(`The function source ${written.dir} holds ${join(written.dir, 'model', 'extra')}, which is not a regular file: refusing to zip it`),
    );
  });
});

describe('CloudFunctionsDeployer against the emulator', () => {
  let firstUrl: string;

  it('creates the function from the uploaded zip and checks it answers as the pipeline predicted', async () => {
    const progress: string[] = [];
    const deployment = await deployer().deploy(await source(), check, (message) => progress.push(message));

    const fn = emulator.state.functions.get(NAME);
    expect(fn).toMatchObject({
      state: 'ACTIVE',
      buildConfig: { runtime: 'nodejs22', entryPoint: 'predict' },
      serviceConfig: { availableMemory: '512Mi' },
    });
    // checkLatencyMs: the check's prediction request, which the summary's cost line prices.
    expect(deployment).toEqual({ url: fn?.serviceConfig?.uri, functionName: FUNCTION, revision: fn?.serviceConfig?.revision, checkLatencyMs: expect.any(Number) });
    expect(deployment.revision).toMatch(new RegExp(`^${FUNCTION}-00001-`));
    expect(requestsTo('POST', /\/functions$/).map((request) => request.query)).toEqual([{ functionId: FUNCTION }]);
    expect(requestsTo('PUT', /^\/upload\//).map((request) => request.status)).toEqual([200]);
    expect(progress).toContain(`${NAME} answers ${check.instances.length} check instances as the pipeline predicted`);
    expect(await predictions(deployment.url)).toEqual(check.expected);
    // A first deploy has nothing to keep serving: the new revision takes the traffic as it becomes ready.
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: LATEST, percent: 100 }]);
    expect(requestsTo('PATCH', /\/services\//)).toEqual([]);
    firstUrl = deployment.url;
  });

  it('patches an existing function with an update mask naming exactly the fields it sets', async () => {
    const options = { memory: '1Gi', maxInstances: 3, environmentVariables: { MODEL_STAGE: 'prod' } };
    const deployment = await deployer(options).deploy(await source(), check, () => undefined);
    const [patch] = requestsTo('PATCH', new RegExp(`^${NAME}$`));
    expect(patch?.query.updateMask?.split(',')).toEqual([
      'buildConfig.runtime',
      'buildConfig.entryPoint',
      'buildConfig.source',
      'serviceConfig.availableMemory',
      'serviceConfig.maxInstanceCount',
      'serviceConfig.environmentVariables',
      'serviceConfig.allTrafficOnLatestRevision',
    ]);
    const kept = { maxInstanceCount: 3, environmentVariables: { MODEL_STAGE: 'prod' } };
    expect(emulator.state.functions.get(NAME)?.serviceConfig).toMatchObject({ availableMemory: '1Gi', ...kept });
    expect(deployment.revision).toMatch(new RegExp(`^${FUNCTION}-00002-`));
    expect(await predictions(deployment.url)).toEqual(check.expected);
    // The service URL stays; the new revision has all of its traffic, and the tag it was checked on is gone.
    expect(deployment.url).toBe(firstUrl);
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: REVISION, revision: deployment.revision, percent: 100 }]);

    // Left unset, max instances and variables are left out of the mask, so the function keeps them.
    await deployer().deploy(await source(), check, () => undefined);
    expect(requestsTo('PATCH', new RegExp(`^${NAME}$`))[1]?.query.updateMask).toBe(
      'buildConfig.runtime,buildConfig.entryPoint,buildConfig.source,serviceConfig.availableMemory,serviceConfig.allTrafficOnLatestRevision',
    );
    expect(emulator.state.functions.get(NAME)?.serviceConfig).toMatchObject({ availableMemory: '512Mi', ...kept });
  });

  it('checks a new revision on a tag before it takes traffic, and moves all of it once it answers', async () => {
    const before = emulator.state.services.get(SERVICE)?.traffic?.[0]?.revision;
    const progress: string[] = [];
    const deployment = await deployer().deploy(await source(), check, (message) => progress.push(message));
    const patches = requestsTo('PATCH', new RegExp(`^${SERVICE}$`)).slice(-2);
    expect(patches.map((request) => [request.query.updateMask, request.status])).toEqual([
      ['traffic', 200],
      ['traffic', 200],
    ]);
    const checked = progress.find((message) => message.startsWith(`Checking revision ${deployment.revision} on its tag's URL`));
    expect(checked).toBeDefined();
    expect(checked).not.toContain(deployment.url);
    expect(deployment.checkLatencyMs).toEqual(expect.any(Number));
    expect(progress).toContain(`${NAME} deployed revision ${deployment.revision} without traffic; revision ${before} (100%) keeps serving`);
    expect(progress).toContain(
      `${NAME}: revision ${deployment.revision} now serves 100% of traffic at ${deployment.url} (it was revision ${before} (100%)); the tag '${CANDIDATE_TAG}' was removed`,
    );
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual([{ type: REVISION, revision: deployment.revision, percent: 100 }]);
  });

  it('leaves all traffic on the previous revision when the new one answers wrongly on its tag, and removes the tag', async () => {
    const before = structuredClone(emulator.state.services.get(SERVICE)?.traffic);
    const url = emulator.state.services.get(SERVICE)?.uri ?? '';
    emulator.state.answerWronglyNext = true;
    const refused = deployer().deploy(await source(), check, () => undefined);
    await expect(refused).rejects.toBeInstanceOf(DeploymentRefused);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `^${NAME}: the new revision ${FUNCTION}-\\d+-\\w+ failed its check, so it took no traffic: revision \\S+ does not answer as the pipeline predicted: expected 10 predictions, got 0\\. ` +
          `Traffic never left revision ${before?.[0]?.revision} \\(100%\\); the tag '${CANDIDATE_TAG}' was removed\\.`,
      ),
    );
    expect(emulator.state.services.get(SERVICE)?.traffic).toEqual(before);
    // Every request to the service URL still reaches the old revision.
    for (let i = 0; i < 3; i++) expect(await predictions(url)).toEqual(check.expected);
  });

  it('sets min-instances, the runtime service account, ingress, the request timeout and concurrency (with 1 CPU)', async () => {
    const options = {
      minInstances: 1,
      serviceAccount: 'predictor@my-project.iam.gserviceaccount.com',
      ingress: 'ALLOW_INTERNAL_AND_GCLB' as const,
      timeoutSeconds: 120,
      concurrency: 8,
    };
    await deployer(options).deploy(await source(), check, () => undefined);
    expect(requestsTo('PATCH', new RegExp(`^${NAME}$`)).at(-1)?.query.updateMask?.split(',')).toEqual(
      expect.arrayContaining([
        'serviceConfig.availableCpu',
        'serviceConfig.minInstanceCount',
        'serviceConfig.maxInstanceRequestConcurrency',
        'serviceConfig.timeoutSeconds',
        'serviceConfig.serviceAccountEmail',
        'serviceConfig.ingressSettings',
      ]),
    );
    expect(emulator.state.functions.get(NAME)?.serviceConfig).toMatchObject({
      availableCpu: '1',
      minInstanceCount: 1,
      serviceAccountEmail: 'predictor@my-project.iam.gserviceaccount.com',
      ingressSettings: 'ALLOW_INTERNAL_AND_GCLB',
      timeoutSeconds: 120,
      maxInstanceRequestConcurrency: 8,
    });
  });

  it("rejects a bad function name or memory size with the API's message", async () => {
    const badName = deployer({ functionName: 'Bad_Name' }).deploy(await source('Bad_Name'), check, () => undefined);
    await expect(badName).rejects.toThrow(UserError);
    await expect(badName).rejects.toThrow(
      `Deploying ${PARENT}/functions/Bad_Name failed: Failed to POST ${emulator.baseUrl}v2/${PARENT}/functions?functionId=Bad_Name: (400) Invalid function_id "Bad_Name"`,
    );
    expect(emulator.state.functions.has(`${PARENT}/functions/Bad_Name`)).toBe(false);

    const badMemory = deployer({ memory: 'lots' }).deploy(await source(), check, () => undefined);
    await expect(badMemory).rejects.toThrow(UserError);
    await expect(badMemory).rejects.toThrow(/Failed to PATCH .*: \(400\) Invalid value specified for container memory: "lots"/);
  });

  it('gives up on an operation that outlives the deadline, with an error that names it', async () => {
    emulator.state.holdDeploys = true;
    try {
      const slow = deployer({ deadlineMs: 2000 }).deploy(await source(), check, () => undefined);
      await expect(slow).rejects.toThrow(UserError);
      await expect(slow).rejects.toThrow(
        new RegExp(`^Deploying ${NAME}: operation ${PARENT}/operations/[\\w-]+ was not done within deploy-timeout \\(2 s\\)\\. It may still finish`),
      );
    } finally {
      emulator.state.holdDeploys = false;
      await emulator.idle();
    }
  });

  it('keeps the previous revision serving when a deploy fails', async () => {
    const before = structuredClone(emulator.state.functions.get(NAME));
    const url = before?.serviceConfig?.uri ?? '';

    emulator.state.failNextDeploy = 'npm install exited with code 1';
    const buildFailure = deployer().deploy(await source(), check, () => undefined);
    await expect(buildFailure).rejects.toThrow(UserError);
    await expect(buildFailure).rejects.toThrow(
      new RegExp(`^Deploying ${NAME} failed: operation ${PARENT}/operations/[\\w-]+ ended with: Build failed: npm install exited with code 1\\. The previous revision, if any, keeps serving`),
    );

    const crashing = await source(FUNCTION, (dir) => writeFile(join(dir, ENTRY_FILE), "throw new Error('boom at import');\n"));
    await expect(deployer().deploy(crashing, check, () => undefined)).rejects.toThrow(
      /ended with: Could not create or update Cloud Run service penguins-cloud, Container Healthcheck failed\. Revision 'penguins-cloud-\d+-\w+' is not ready and cannot serve traffic\. functions-framework exited \(code 1\) before answering/,
    );

    expect(emulator.state.functions.get(NAME)?.serviceConfig).toEqual(before?.serviceConfig);
    expect(emulator.state.functions.get(NAME)?.state).toBe('ACTIVE');
    expect(await predictions(url)).toEqual(check.expected);
  });

  it('grants roles/run.invoker to allUsers once, keeping the other bindings', async () => {
    const run = new CloudRunClient({ authClient: credentials.authClient, endpoint: emulator.baseUrl });
    const developer = { role: 'roles/run.developer', members: ['user:dev@example.com'] };
    await run.setIamPolicy(SERVICE, { ...(await run.getIamPolicy(SERVICE)), bindings: [developer] });
    const sets = () => requestsTo('POST', /:setIamPolicy$/).filter((request) => request.status === 200).length;
    const setsBefore = sets();

    const progress: string[] = [];
    await deployer({ allowUnauthenticated: true }).deploy(await source(), check, (message) => progress.push(message));
    await deployer({ allowUnauthenticated: true }).deploy(await source(), check, (message) => progress.push(message));

    expect(sets() - setsBefore).toBe(1);
    expect(emulator.state.policies.get(SERVICE)?.bindings).toEqual([developer, { role: 'roles/run.invoker', members: ['allUsers'] }]);
    expect(progress).toContain(`Granted roles/run.invoker to allUsers on ${SERVICE}`);
    expect(progress).toContain(`${SERVICE} already allows unauthenticated calls`);
  });

  it('removes the allUsers grant once allow-unauthenticated is false, keeping the other bindings, and only once', async () => {
    const developer = { role: 'roles/run.developer', members: ['user:dev@example.com'] };
    const sets = () => requestsTo('POST', /:setIamPolicy$/).filter((request) => request.status === 200).length;
    const setsBefore = sets();
    const removed = `Removed allUsers from roles/run.invoker on ${SERVICE} (allow-unauthenticated is false): only principals granted roles/run.invoker can call it now`;

    const first: string[] = [];
    await deployer().deploy(await source(), check, (message) => first.push(message));
    expect(first).toContain(removed);
    expect(emulator.state.policies.get(SERVICE)?.bindings).toEqual([developer]);
    const second: string[] = [];
    await deployer().deploy(await source(), check, (message) => second.push(message));
    expect(second).not.toContain(removed);
    expect(sets() - setsBefore).toBe(1);
    expect(emulator.state.policies.get(SERVICE)?.bindings).toEqual([developer]);
  });

  it('refuses a policy written over a stale etag', async () => {
    const run = new CloudRunClient({ authClient: credentials.authClient, endpoint: emulator.baseUrl });
    const read = await run.getIamPolicy(SERVICE);
    await run.setIamPolicy(SERVICE, read);
    const stale = run.setIamPolicy(SERVICE, read);
    await expect(stale).rejects.toMatchObject({ status: 409, rpcStatus: 'ABORTED' });
    await expect(stale).rejects.toThrow(`Failed to POST ${emulator.baseUrl}v2/${SERVICE}:setIamPolicy: (409) There were concurrent policy changes.`);
  });
});

describe('Cloud Functions client against the emulator', () => {
  const minimal = (storageSource: { bucket: string; object: string }) => ({
    buildConfig: { runtime: 'nodejs22', entryPoint: 'predict', source: { storageSource } },
  });

  it('answers null for a missing function, and NOT_FOUND when patching one', async () => {
    const missing = `${PARENT}/functions/nowhere`;
    expect(await client().getFunction(missing)).toBeNull();
    const patch = client().patchFunction(missing, {}, ['serviceConfig.availableMemory']);
    await expect(patch).rejects.toBeInstanceOf(GoogleApiError);
    await expect(patch).rejects.toMatchObject({ status: 404, rpcStatus: 'NOT_FOUND' });
    await expect(patch).rejects.toThrow(`Failed to PATCH ${emulator.baseUrl}v2/${missing}?updateMask=serviceConfig.availableMemory: (404) Resource '${missing}' was not found`);
  });

  it('rejects a second create, a create without a runtime, and update masks naming unknown or output-only fields', async () => {
    const { storageSource } = await client().generateUploadUrl(PARENT);
    await expect(client().createFunction(PARENT, FUNCTION, minimal(storageSource))).rejects.toMatchObject({
      status: 409,
      rpcStatus: 'ALREADY_EXISTS',
    });
    await expect(client().createFunction(PARENT, 'no-runtime', { buildConfig: { source: { storageSource } } })).rejects.toThrow(
      '(400) Runtime is required when creating a function.',
    );
    await expect(client().patchFunction(NAME, {}, ['serviceConfig.memory'])).rejects.toThrow(
      '(400) Invalid update mask: "serviceConfig.memory" is not a field of Function.',
    );
    await expect(client().patchFunction(NAME, {}, ['serviceConfig.uri'])).rejects.toThrow(
      '(400) Invalid update mask: field "serviceConfig.uri" cannot be updated.',
    );
    await expect(client().patchFunction(NAME, { serviceConfig: { memory: '1Gi' } } as never, ['serviceConfig'])).rejects.toThrow(
      `(400) Invalid JSON payload received. Unknown name "memory" at 'function.service_config': Cannot find field.`,
    );
  });

  it('fails the operation of a function whose source was never uploaded', async () => {
    const { storageSource } = await client().generateUploadUrl(PARENT);
    const operation = await client().createFunction(PARENT, 'never-uploaded', minimal(storageSource));
    await expect(client().waitForOperation(operation.name, { deadlineMs: 30_000 })).rejects.toThrow(
      `Operation ${operation.name} failed: Build failed: cannot read the function source gs://${storageSource.bucket}/${storageSource.object}: no such object.`,
    );
    expect(emulator.state.functions.get(`${PARENT}/functions/never-uploaded`)?.state).toBe('FAILED');
  });

  it("refuses a traffic split Cloud Run would refuse: unknown revisions, shares not adding up to 100, repeated tags", async () => {
    const run = new CloudRunClient({ authClient: credentials.authClient, endpoint: emulator.baseUrl });
    const serving = (await run.getService(SERVICE))?.trafficStatuses?.find((status) => (status.percent ?? 0) > 0)?.revision ?? '';
    await expect(run.updateTraffic(SERVICE, [{ type: REVISION, revision: 'nowhere-00001-abc', percent: 100 }])).rejects.toThrow(
      `(400) Revision 'nowhere-00001-abc' does not exist in service '${SERVICE}'.`,
    );
    await expect(run.updateTraffic(SERVICE, [{ type: REVISION, revision: serving, percent: 90 }])).rejects.toThrow(
      '(400) The traffic percents must add up to 100, not 90.',
    );
    const tagged = { type: REVISION, revision: serving, percent: 0, tag: 'blue' } as const;
    await expect(run.updateTraffic(SERVICE, [{ type: LATEST, percent: 100 }, tagged, tagged])).rejects.toThrow(
      "(400) Tag 'blue' is used by more than one traffic target.",
    );
    expect(await run.getService(`${PARENT}/services/nowhere`)).toBeNull();
  });

  it('refuses an upload that carries credentials or another content type', async () => {
    const { uploadUrl } = await client().generateUploadUrl(PARENT);
    const headers = { 'content-type': 'application/zip', authorization: 'Bearer x' };
    const withAuth = await fetch(uploadUrl, { method: 'PUT', headers, body: 'zip' });
    expect(withAuth.status).toBe(400);
    const asText = await fetch(uploadUrl, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'zip' });
    expect(asText.status).toBe(403);
  });
});

describe('authentication against the emulator', () => {
  it('answers 401 in the google.rpc shape without a token, and for a JWT signed by another key', async () => {
    const bare = await fetch(`${emulator.baseUrl}v2/${NAME}`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toEqual({
      error: { code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials: no Authorization header.' },
    });

    const stranger = await resolveCredentials(makeTestServiceAccount().keyJson, { registerSecret: () => undefined, env: {} });
    const denied = deployer({ authClient: stranger.authClient }).deploy(await source(), check, () => undefined);
    await expect(denied).rejects.toThrow(UserError);
    await expect(denied).rejects.toThrow(
      `Deploying ${NAME} failed: Cloud Functions functions.generateUploadUrl was rejected (401): Request had invalid authentication credentials: kid does not name this service account key.`,
    );
  });

  it('answers 403 for a JWT without the cloud-platform scope', async () => {
    const narrow = new JWT({
      email: account.key.client_email,
      key: account.key.private_key,
      keyId: account.key.private_key_id,
      scopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
    });
    narrow.useJWTAccessWithScope = true;
    const denied = deployer({ authClient: narrow }).deploy(await source(), check, () => undefined);
    await expect(denied).rejects.toThrow(UserError);
    await expect(denied).rejects.toThrow(
      /^Deploying .* failed: Cloud Functions functions\.generateUploadUrl was denied \(403\): Request had insufficient authentication scopes/,
    );
  });
});
