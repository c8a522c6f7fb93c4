import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { startCloudFunctionsEmulator, type CloudFunctionsEmulator } from '../test-support/cloud-functions-emulator.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { AccessTokenRegistry, TEST_PROJECT_ID } from '../test-support/google-auth.js';
import {
  externalAccountFile,
  githubCredentialSource,
  makeOidcIssuer,
  startGithubOidcEndpoint,
  startWorkloadIdentityEmulator,
  type CredentialSource,
  type GithubOidcEndpoint,
  type OidcIssuer,
  type WorkloadIdentityEmulator,
} from '../test-support/workload-identity.js';
import { leaks } from '../test-support/secrets.js';

// Workload Identity Federation end to end through the bundled action (npm run bundle first): an external_account
// file as google-github-actions/auth leaves it, the real google-auth-library exchanging the OIDC token at the STS
// emulator and impersonating through the IAM Credentials emulator, then gs:// data and a deploy with that token.

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const FRAMEWORK_CLI = join(REPO, 'dist', 'functions-framework', 'index.js');
const BUCKET = 'wif-data';
const DEPLOYER = `ml-pipeline-deployer@${TEST_PROJECT_ID}.iam.gserviceaccount.com`;
/** A service account the pool's principals were never granted roles/iam.workloadIdentityUser on. */
const NOT_GRANTED = `someone-else@${TEST_PROJECT_ID}.iam.gserviceaccount.com`;
/** The repository the OIDC tokens are for (their `repository` claim). */
const REPOSITORY = 'octo-org/ml-pipeline';

let gcs: FakeGcs;
let issuer: OidcIssuer;
let accessTokens: AccessTokenRegistry;
let wif: WorkloadIdentityEmulator;
let oidc: GithubOidcEndpoint;
let emulator: CloudFunctionsEmulator;
let workspace: string;
/** Where the credentials files are written: outside the workspace, as they should be. */
let runnerTemp: string;

beforeAll(async () => {
  gcs = await startFakeGcs();
  issuer = makeOidcIssuer();
  accessTokens = new AccessTokenRegistry();
  wif = await startWorkloadIdentityEmulator({ issuer, serviceAccounts: [DEPLOYER], accessTokens });
  oidc = await startGithubOidcEndpoint(issuer);
  // Accepts only the access tokens IAM Credentials minted: no key exists in this file.
  emulator = await startCloudFunctionsEmulator({ accessTokens, frameworkCli: FRAMEWORK_CLI });
  await seedObjects(gcs.host, BUCKET, { 'penguins/penguins.csv': await readFile(PENGUINS) });
  workspace = await makeWorkspace();
  runnerTemp = await mkdtemp(join(tmpdir(), 'ml-pipeline-wif-'));
}, 600_000);

afterAll(async () => {
  await emulator?.stop();
  await oidc?.stop();
  await wif?.stop();
  await gcs?.stop();
  for (const dir of [workspace, runnerTemp]) if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes the external_account file and runs the action with an empty `credentials` input. */
async function runWithFederation(
  name: string,
  source: CredentialSource,
  options: { serviceAccount?: string; tokenUrl?: string; inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  const credentialsFile = join(runnerTemp, `${name}.json`);
  const config = JSON.parse(externalAccountFile(wif, options.serviceAccount ?? DEPLOYER, source)) as Record<string, unknown>;
  if (options.tokenUrl !== undefined) config.token_url = options.tokenUrl;
  await writeFile(credentialsFile, JSON.stringify(config), { mode: 0o600 });
  return runAction(
    workspace,
    {
      data: `gs://${BUCKET}/penguins/`,
      label: 'species',
      'function-name': name,
      credentials: '',
      'allow-unauthenticated': 'true',
      ...options.inputs,
    },
    {
      env: {
        // What google-github-actions/auth exports for later steps.
        GOOGLE_APPLICATION_CREDENTIALS: credentialsFile,
        GOOGLE_CLOUD_PROJECT: TEST_PROJECT_ID,
        GITHUB_REPOSITORY: REPOSITORY,
        STORAGE_EMULATOR_HOST: gcs.host,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS: emulator.baseUrl,
        CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN: emulator.baseUrl,
      },
    },
  );
}

/** An OIDC token in a file (credential_source.file), for `audience`. */
async function tokenFile(name: string, audience: string): Promise<CredentialSource> {
  const file = join(runnerTemp, `${name}.oidc`);
  await writeFile(file, issuer.sign(audience), { mode: 0o600 });
  return { file };
}

function succeeded(result: ActionRun): ActionRun {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Every token of the flow: the OIDC tokens, STS's federated tokens, the impersonated access tokens. */
function allTokens(): string[] {
  return [...wif.subjectTokens, ...oidc.issued, ...wif.federatedTokens.issued(), ...accessTokens.issued(), oidc.requestToken];
}

/** The tokens found in what the runner would show: stdout without its ::add-mask:: commands, and stderr. */
function leakedTokens(result: ActionRun): string[] {
  const shown = `${result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')}\n${result.stderr}`;
  return allTokens().filter((token) => shown.includes(token));
}

async function objectsUnder(prefix: string): Promise<string[]> {
  const url = `${gcs.host}/storage/v1/b/${BUCKET}/o?prefix=${encodeURIComponent(prefix)}`;
  const listing = (await (await fetch(url)).json()) as { items?: Array<{ name: string }> };
  return (listing.items ?? []).map((item) => item.name);
}

describe('Workload Identity Federation through the bundled action', () => {
  it('reads gs:// data and deploys with an OIDC token from a file, naming the impersonated service account', async () => {
    const minted = accessTokens.issued().length;
    const result = succeeded(await runWithFederation('penguins-wif-file', await tokenFile('file', wif.oidcAudience)));

    expect(result.stdout).toContain(`Google Cloud: ${DEPLOYER}, project ${TEST_PROJECT_ID}`);
    expect(result.outputs).toMatchObject({ deployed: 'true', 'function-name': 'penguins-wif-file' });
    // The deploy went through with the impersonated token (the emulator accepts nothing else), minted once.
    expect(accessTokens.issued()).toHaveLength(minted + 1);
    const answer = await fetch(result.outputs['trigger-url'] ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [{ island: 'Biscoe', bill_length_mm: 47.5, bill_depth_mm: 15, flipper_length_mm: 218, body_mass_g: 4950, sex: 'male', year: 2008 }] }),
    });
    expect(answer.status).toBe(200);
    // Each access token was masked before anything could print it, and no token of the flow was printed.
    for (const token of accessTokens.issued().slice(minted)) expect(result.stdout).toContain(`::add-mask::${token}`);
    expect(leakedTokens(result)).toEqual([]);
  });

  it('gets the OIDC token from a URL with headers, as from GitHub’s ID token endpoint', async () => {
    const handedOut = oidc.issued.length;
    const source = githubCredentialSource(oidc, wif.oidcAudience);
    const result = succeeded(await runWithFederation('penguins-wif-url', source));

    expect(oidc.issued.length).toBeGreaterThan(handedOut);
    expect(result.stdout).toContain(`Google Cloud: ${DEPLOYER}`);
    expect(result.outputs).toMatchObject({ deployed: 'true' });
    expect(leakedTokens(result)).toEqual([]);
  });

  it('fails at authentication with one clear error when STS refuses the token (wrong audience)', async () => {
    const apiCalls = emulator.state.requests.length;
    const source = await tokenFile('wrong-audience', 'https://github.com/octo-org');
    const result = await runWithFederation('penguins-wif-refused', source);

    expect(result.code).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    const [error = ''] = result.errors;
    expect(error).toMatch(/^Workload Identity Federation: the Security Token Service \(127\.0\.0\.1:\d+\) refused .*\(HTTP 400\): invalid_grant: The audience in ID Token/);
    expect(error).toMatch(/allowed audiences/);
    expect(error).toContain('permissions: id-token: write');
    expect(error).not.toMatch(/This is a bug/);
    // Refused before anything was written or deployed.
    expect(await objectsUnder('penguins-wif-refused/')).toEqual([]);
    expect(emulator.state.requests.length).toBe(apiCalls);
    expect(leakedTokens(result)).toEqual([]);
  });

  it('names the permission and the role when impersonation is refused (403 on generateAccessToken)', async () => {
    const source = await tokenFile('not-granted', wif.oidcAudience);
    const result = await runWithFederation('penguins-wif-denied', source, { serviceAccount: NOT_GRANTED });

    expect(result.code).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    const [error = ''] = result.errors;
    expect(error).toMatch(/^Workload Identity Federation: IAM Credentials \(127\.0\.0\.1:\d+\) refused generateAccessToken for someone-else@\S+ \(HTTP 403\)/);
    expect(error).toContain("Permission 'iam.serviceAccounts.getAccessToken' denied");
    const member = `principalSet://iam.googleapis.com/projects/${wif.projectNumber}/locations/global/workloadIdentityPools/POOL/attribute.repository/${REPOSITORY}`;
    expect(error).toContain(`gcloud iam service-accounts add-iam-policy-binding ${NOT_GRANTED} --role=roles/iam.workloadIdentityUser --member=${member}`);
    expect(error).not.toMatch(/This is a bug/);
    expect(await objectsUnder('penguins-wif-denied/')).toEqual([]);
    expect(leakedTokens(result)).toEqual([]);
  });

  it('names the OIDC endpoint and its status when it refuses the runner’s request token', async () => {
    const source = { ...githubCredentialSource(oidc, wif.oidcAudience), headers: { Authorization: 'Bearer expired' } };
    const result = await runWithFederation('penguins-wif-no-oidc', source);

    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual([
      expect.stringMatching(/^Workload Identity Federation: could not get the OIDC token or exchange it \(127\.0\.0\.1:\d+, HTTP 401\): .*id-token: write/),
    ]);
    expect(result.errors[0]).not.toContain('/idtoken');
    expect(leakedTokens(result)).toEqual([]);
  });

  it('gives up on a token endpoint that never answers, with an error naming it', async () => {
    // Accepts the connection and the request, and never answers, as a hung proxy would.
    const hung = createServer(() => undefined);
    hung.listen(0, '127.0.0.1');
    await once(hung, 'listening');
    try {
      const { port } = hung.address() as AddressInfo;
      const result = await runWithFederation('penguins-wif-hung', await tokenFile('hung', wif.oidcAudience), {
        tokenUrl: `http://127.0.0.1:${port}/v1/token`,
      });

      expect(result.code).not.toBe(0);
      expect(result.errors).toEqual([
        expect.stringMatching(new RegExp(`^Workload Identity Federation: could not get the OIDC token or exchange it \\(127\\.0\\.0\\.1:${port}\\): no answer within 30 s\\. `)),
      ]);
    } finally {
      hung.closeAllConnections();
      hung.close();
    }
  }, 120_000);

  it('does not quote the OIDC token when its file is not the JSON the credentials file says', async () => {
    const { file } = (await tokenFile('not-json', wif.oidcAudience)) as { file: string };
    const token = await readFile(file, 'utf8');
    const source = { file, format: { type: 'json' as const, subject_token_field_name: 'value' } };
    const result = await runWithFederation('penguins-wif-not-json', source);

    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual([expect.stringMatching(/^Workload Identity Federation: the OIDC token from credential_source is not valid JSON/)]);
    // V8's message would quote about ten characters of the token.
    expect(leaks(`${result.stdout}\n${result.stderr}`, [token], 8)).toEqual([]);
  });
});
