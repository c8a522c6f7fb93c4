import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gcpMetadata, JWT } from 'google-auth-library';
import { CLOUD_PLATFORM_SCOPE, resolveCredentials, type GoogleCredentials } from '../src/auth/credentials.js';
import { UserError } from '../src/util/errors.js';
import {
  makeTestServiceAccount,
  TEST_PROJECT_ID,
  verifyGoogleJwt,
  type JwtVerdict,
  type TestServiceAccount,
  type TestServiceAccountKey,
} from '../test-support/google-auth.js';
import { leaks } from '../test-support/secrets.js';

// Generated once for the file: every case table below is built from this account.
const account = makeTestServiceAccount();
const keyBase64 = Buffer.from(account.keyJson).toString('base64');

let root: string;
let api: Server;
let apiUrl: string;
let apiRequests: IncomingHttpHeaders[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-credentials-'));
  apiRequests = [];
  // An API stand-in that answers every request with verifyGoogleJwt's verdict on its Authorization header.
  api = createServer((request, response) => {
    apiRequests.push(request.headers);
    const verdict = verifyGoogleJwt(request.headers.authorization, account.publicKeyPem, CLOUD_PLATFORM_SCOPE);
    response.writeHead(verdict.ok ? 200 : verdict.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(verdict));
  });
  apiUrl = `http://127.0.0.1:${await listen(api)}/v2/projects/${TEST_PROJECT_ID}/locations`;
});

afterAll(async () => {
  await new Promise((resolve) => api.close(resolve));
  await rm(root, { recursive: true, force: true });
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function resolveCollecting(
  input: string | null,
  env: NodeJS.ProcessEnv = {},
): Promise<{ credentials: GoogleCredentials; secrets: string[] }> {
  const secrets: string[] = [];
  const credentials = await resolveCredentials(input, { registerSecret: (secret) => secrets.push(secret), env });
  return { credentials, secrets };
}

async function rejectionOf(input: string | null): Promise<{ error: unknown; secrets: string[] }> {
  const secrets: string[] = [];
  try {
    await resolveCredentials(input, { registerSecret: (secret) => secrets.push(secret), env: {} });
  } catch (error) {
    return { error, secrets };
  }
  throw new Error('resolveCredentials succeeded');
}

/** The lines of a PEM private key that carry key material (not its BEGIN/END armour). */
function pemBodyLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
}

/** Everything secret about a key, in every form the runner must mask. */
function keySecrets(key: TestServiceAccountKey): string[] {
  const escaped = JSON.stringify(key.private_key).slice(1, -1);
  return [key.private_key, escaped, ...pemBodyLines(key.private_key), key.private_key_id];
}

function keyJsonWith(changes: Record<string, unknown>, without: string[] = []): string {
  const fields: Record<string, unknown> = { ...account.key, ...changes };
  for (const name of without) delete fields[name];
  return JSON.stringify(fields, null, 2);
}

function signedAuthorization(key: TestServiceAccountKey, header: object, claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode(header)}.${encode(claims)}`;
  return `Bearer ${signed}.${sign('sha256', Buffer.from(signed), key.private_key).toString('base64url')}`;
}

async function authorizationOf(credentials: GoogleCredentials): Promise<string> {
  return (await credentials.authClient.getRequestHeaders()).get('authorization') ?? '';
}

describe('a service-account key in the credentials input', () => {
  it('signs requests with a self-signed JWT that the API verifies, with no token endpoint round trip', async () => {
    const before = apiRequests.length;
    const { credentials, secrets } = await resolveCollecting(account.keyJson);

    const response = await credentials.authClient.request<JwtVerdict>({ url: apiUrl });

    expect(response.data).toEqual({ ok: true, email: account.key.client_email });
    expect(apiRequests.length - before).toBe(1);
    expect(credentials.authClient).toBeInstanceOf(JWT);
    expect(credentials.projectId).toBe(TEST_PROJECT_ID);
    expect(credentials.principal).toBe(account.key.client_email);
    expect(secrets).toEqual(expect.arrayContaining([account.keyJson, ...keySecrets(account.key)]));
    await credentials.dispose();
  });

  it('accepts the key base64-encoded, on one line or wrapped as `base64` prints it, and masks every line', async () => {
    const wrapped = keyBase64.replace(/.{76}/g, '$&\n');
    for (const encoded of [keyBase64, wrapped, `\n  ${keyBase64}  \n`]) {
      const { credentials, secrets } = await resolveCollecting(encoded);
      const response = await credentials.authClient.request<JwtVerdict>({ url: apiUrl });
      expect(response.data).toEqual({ ok: true, email: account.key.client_email });
      expect(secrets).toEqual(expect.arrayContaining([encoded, account.keyJson.trim(), ...keySecrets(account.key)]));
      if (encoded === wrapped) expect(secrets).toEqual(expect.arrayContaining(wrapped.split('\n').filter(Boolean)));
    }
  });

  it("takes the project from the key's project_id, then GOOGLE_CLOUD_PROJECT, GCLOUD_PROJECT, CLOUDSDK_CORE_PROJECT", async () => {
    const all = { GOOGLE_CLOUD_PROJECT: 'google-cloud', GCLOUD_PROJECT: 'gcloud', CLOUDSDK_CORE_PROJECT: 'cloudsdk' };
    const withoutProject = keyJsonWith({}, ['project_id']);
    const projectOf = async (input: string, env: NodeJS.ProcessEnv) =>
      (await resolveCollecting(input, env)).credentials.projectId;

    expect(await projectOf(account.keyJson, all)).toBe(TEST_PROJECT_ID);
    expect(await projectOf(withoutProject, all)).toBe('google-cloud');
    expect(await projectOf(withoutProject, { ...all, GOOGLE_CLOUD_PROJECT: ' ' })).toBe('gcloud');
    expect(await projectOf(withoutProject, { CLOUDSDK_CORE_PROJECT: 'cloudsdk' })).toBe('cloudsdk');
    expect(await projectOf(withoutProject, {})).toBeNull();
  });

  const notAuthorizedUser = { type: 'authorized_user', client_id: '32555940559.apps.googleusercontent.com' };
  const userSecrets = { client_secret: 'GOCSPX-k3yM4t3r14lN0tF0rL0gs', refresh_token: '1//0gR3fr3shT0k3nTh4tMustN0tL34k' };
  const federation = {
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/providers/repo',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: 'https://sts.googleapis.com/v1/token',
    credential_source: { url: 'https://token.actions.githubusercontent.com', format: { type: 'json', subject_token_field_name: 'value' } },
  };
  const escapedKey = account.key.private_key.replace(/\n/g, '\\n');
  const ecKey = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }).privateKey;
  const truncated = account.keyJson.slice(0, account.keyJson.indexOf('"client_email"'));

  it.each<{ name: string; input: string; message: RegExp; masked?: string[]; secrets?: string[] }>([
    {
      name: 'text that is neither JSON nor base64',
      input: account.keyJson.slice(1),
      message: /^Input 'credentials' is neither JSON nor base64-encoded JSON\. Paste the whole key file into the secret \(e\.g\. GCP_SA_KEY\)/,
    },
    {
      name: 'base64 of something other than JSON',
      input: Buffer.from(account.key.private_key).toString('base64'),
      message: /^Input 'credentials' is neither JSON nor base64-encoded JSON\./,
      secrets: [Buffer.from(account.key.private_key).toString('base64')],
    },
    { name: 'a bare private key', input: account.key.private_key, message: /^Input 'credentials' is a bare private key, not a key file\./ },
    {
      name: 'truncated JSON',
      input: truncated,
      message: /^Input 'credentials' is not valid JSON \(line 5, column \d+\)\. Paste the whole key file/,
      masked: keySecrets(account.key),
    },
    {
      name: 'truncated JSON in base64',
      input: Buffer.from(truncated).toString('base64'),
      message: /^Input 'credentials' is not valid JSON \(line 5, column \d+ of the base64-decoded text\)\./,
      masked: [truncated.trim(), ...keySecrets(account.key)],
      secrets: [Buffer.from(truncated).toString('base64')],
    },
    {
      name: 'user credentials',
      input: JSON.stringify({ ...notAuthorizedUser, ...userSecrets }),
      message:
        /^Input 'credentials' is user credentials from gcloud auth application-default login, which should not leave your machine \(type authorized_user\), not a service-account key: create a service-account key, or run google-github-actions\/auth/,
      masked: Object.values(userSecrets),
      secrets: Object.values(userSecrets),
    },
    {
      name: 'a Workload Identity Federation configuration',
      input: JSON.stringify(federation, null, 2),
      message:
        /^Input 'credentials' is a Workload Identity Federation configuration \(type external_account\), not a service-account key: run google-github-actions\/auth in an earlier step of this job and leave 'credentials' empty \(with workload_identity_provider\)\.$/,
    },
    {
      name: 'an unknown type, which is not echoed',
      input: keyJsonWith({ type: 'UNKNOWN-TYPE-NAME-ghp_1234' }),
      message: /^Input 'credentials' has an unknown type; it must be a service-account key \(type service_account\)\./,
      masked: keySecrets(account.key),
      secrets: ['UNKNOWN-TYPE-NAME-ghp_1234'],
    },
    {
      name: 'no type',
      input: keyJsonWith({}, ['type']),
      message: /^Input 'credentials' has no type field; it must be a service-account key/,
      masked: keySecrets(account.key),
    },
    {
      name: 'no client_email',
      input: keyJsonWith({}, ['client_email']),
      message: /^Input 'credentials' is a service-account key without client_email\. Paste the whole key file/,
      masked: keySecrets(account.key),
    },
    {
      name: 'no private_key',
      input: keyJsonWith({ private_key: '' }),
      message: /^Input 'credentials' is a service-account key without private_key\./,
      masked: [account.key.private_key_id],
    },
    {
      name: 'neither client_email nor private_key_id',
      input: keyJsonWith({ client_email: 7 }, ['private_key_id']),
      message: /^Input 'credentials' is a service-account key without client_email, private_key_id\./,
      masked: pemBodyLines(account.key.private_key),
    },
    {
      name: 'a private key with a line missing',
      input: keyJsonWith({ private_key: account.key.private_key.replace(/\n[^\n-]+\n/, '\n') }),
      message: /^Input 'credentials' has a private_key that is not an RSA private key in PEM form; .*its \\n escapes must stay/,
      masked: [account.key.private_key_id, ...pemBodyLines(account.key.private_key).slice(1)],
    },
    {
      name: 'a private key whose newlines were escaped twice',
      input: keyJsonWith({ private_key: escapedKey }),
      message: /has a private_key that is not an RSA private key in PEM form/,
      masked: [escapedKey, ...pemBodyLines(account.key.private_key)],
    },
    {
      name: 'an elliptic-curve private key',
      input: keyJsonWith({ private_key: ecKey }),
      message: /has a private_key that is not an RSA private key in PEM form/,
      masked: pemBodyLines(ecKey),
      secrets: pemBodyLines(ecKey),
    },
  ])('rejects $name without echoing any secret, after masking it', async ({ input, message, masked = [], secrets = [] }) => {
    const { error, secrets: registered } = await rejectionOf(input);

    expect(error).toBeInstanceOf(UserError);
    const text = (error as UserError).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    // Not the input itself: its field names (client_email, ...) may rightly appear in the message.
    const pasted = [...pemBodyLines(account.key.private_key), account.key.private_key_id, keyBase64, ...secrets];
    expect(leaks(text, pasted)).toEqual([]);
    expect(registered).toEqual(expect.arrayContaining([input, ...masked]));
    // Masking the public PEM armour would hide it from every message that mentions it.
    expect(registered.filter((secret) => /^-----[A-Z ]+-----$/.test(secret))).toEqual([]);
  });
});

describe('verifyGoogleJwt', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: account.key.private_key_id };
  const email = account.key.client_email;
  const claims = () => ({ iss: email, sub: email, scope: CLOUD_PLATFORM_SCOPE, iat: now(), exp: now() + 3600 });
  const check = (authorization: string | undefined, key: TestServiceAccount = account) =>
    verifyGoogleJwt(authorization, key.publicKeyPem, CLOUD_PLATFORM_SCOPE);
  let clientToken: string;

  beforeAll(async () => {
    clientToken = await authorizationOf((await resolveCollecting(account.keyJson)).credentials);
  });

  it('accepts exactly the claims google-auth-library signs with useJWTAccessWithScope', () => {
    const [encodedHeader = '', encodedClaims = ''] = clientToken.replace('Bearer ', '').split('.');
    const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as object;
    expect(decode(encodedHeader)).toEqual(header);
    expect(Object.keys(decode(encodedClaims)).sort()).toEqual(['exp', 'iat', 'iss', 'scope', 'sub']);
    expect(check(clientToken)).toEqual({ ok: true, email });
    expect(check(signedAuthorization(account.key, header, claims()))).toEqual({ ok: true, email });
  });

  it('rejects a token whose claims were changed after signing', () => {
    const [encodedHeader, , signature] = clientToken.replace('Bearer ', '').split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims(), iss: 'attacker@evil.example', sub: 'attacker@evil.example' }));
    const verdict = check(`Bearer ${encodedHeader}.${forged.toString('base64url')}.${signature}`);
    expect(verdict).toEqual({ ok: false, status: 401, message: expect.stringMatching(/signature does not verify/) });
  });

  it('rejects expired, over-long and future tokens', () => {
    const expired = { ...claims(), iat: now() - 7200, exp: now() - 3600 };
    const overLong = { ...claims(), exp: now() + 7200 };
    const future = { ...claims(), iat: now() + 600, exp: now() + 1200 };
    expect(check(signedAuthorization(account.key, header, expired))).toMatchObject({ status: 401, message: /expired/ });
    expect(check(signedAuthorization(account.key, header, overLong))).toMatchObject({ status: 401, message: /at most 3600/ });
    expect(check(signedAuthorization(account.key, header, future))).toMatchObject({ status: 401, message: /future/ });
  });

  it('answers 403 for a token without the needed scope', () => {
    const readOnly = { ...claims(), scope: 'https://www.googleapis.com/auth/devstorage.read_only' };
    expect(check(signedAuthorization(account.key, header, readOnly))).toMatchObject({
      ok: false,
      status: 403,
      message: /^Request had insufficient authentication scopes/,
    });
  });

  it("rejects another key's token, a wrong kid, an audience token and a malformed header", () => {
    const stranger = makeTestServiceAccount();
    const strangerToken = signedAuthorization(stranger.key, { ...header, kid: stranger.key.private_key_id }, claims());
    const audienceClaims = { iss: email, sub: email, aud: 'https://cloudfunctions.googleapis.com/', iat: now(), exp: now() + 3600 };

    expect(check(strangerToken)).toMatchObject({ status: 401, message: /kid does not name this service account key/ });
    expect(check(strangerToken, stranger)).toEqual({ ok: true, email });
    expect(check(signedAuthorization(stranger.key, header, claims()))).toMatchObject({ status: 401, message: /signature/ });
    expect(check(signedAuthorization(account.key, { ...header, kid: 'f'.repeat(40) }, claims()))).toMatchObject({ status: 401 });
    expect(check(signedAuthorization(account.key, header, audienceClaims))).toMatchObject({ status: 401, message: /claims/ });
    expect(check(undefined)).toMatchObject({ status: 401, message: /no Authorization header/ });
    expect(check(clientToken.replace('Bearer', 'Basic'))).toMatchObject({ status: 401 });
  });
});

describe('Application Default Credentials (empty credentials input)', () => {
  // The variables google-auth-library and gcp-metadata read from process.env, cleared around each test so
  // the runner's or developer's own setup cannot leak in.
  const ADC_VARIABLES = [
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CLOUDSDK_CONFIG',
    'METADATA_SERVER_DETECTION',
    'GCE_METADATA_HOST',
    'GCE_METADATA_IP',
    'GOOGLE_CLOUD_PROJECT',
    'GCLOUD_PROJECT',
    'CLOUDSDK_CORE_PROJECT',
    'GOOGLE_CLOUD_QUOTA_PROJECT',
  ];
  let saved: Record<string, string | undefined>;
  let emptyGcloudConfig: string;

  beforeAll(async () => {
    emptyGcloudConfig = join(root, 'gcloud');
    await mkdir(emptyGcloudConfig);
  });

  beforeEach(() => {
    saved = Object.fromEntries(ADC_VARIABLES.map((name) => [name, process.env[name]]));
    for (const name of ADC_VARIABLES) delete process.env[name];
    // No gcloud application-default login file, and no metadata server: without these, ADC on a machine with
    // nothing configured pings 169.254.169.254 (up to 3 s on a non-Google host). 'none' skips the ping, and
    // forcing residency off keeps a Google Cloud host (where the BIOS check says yes) from finding one anyway.
    process.env.CLOUDSDK_CONFIG = emptyGcloudConfig;
    process.env.METADATA_SERVER_DETECTION = 'none';
    gcpMetadata.setGCPResidency(false);
  });

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    gcpMetadata.setGCPResidency();
  });

  it('uses the key file GOOGLE_APPLICATION_CREDENTIALS names, signing its own JWTs and masking its key', async () => {
    const keyFile = join(root, 'adc-key.json');
    await writeFile(keyFile, account.keyJson, { mode: 0o600 });
    process.env.GOOGLE_APPLICATION_CREDENTIALS = keyFile;
    try {
      const { credentials, secrets } = await resolveCollecting(null, { GOOGLE_CLOUD_PROJECT: 'env-project' });

      const response = await credentials.authClient.request<JwtVerdict>({ url: apiUrl });
      expect(response.data).toEqual({ ok: true, email: account.key.client_email });
      expect(credentials.projectId).toBe(TEST_PROJECT_ID);
      expect(credentials.principal).toBe(account.key.client_email);
      expect(secrets).toEqual(expect.arrayContaining(keySecrets(account.key)));
    } finally {
      await rm(keyFile, { force: true });
    }
  });

  it('uses the metadata server on Google Cloud, masking each access token it hands out', async () => {
    const token = 'ya29.metadata-access-token-for-tests';
    const metadataRequests: IncomingHttpHeaders[] = [];
    const metadata = createServer((request, response) => {
      metadataRequests.push(request.headers);
      const isToken = request.url?.startsWith('/computeMetadata/v1/instance/service-accounts/default/token') ?? false;
      response.writeHead(isToken ? 200 : 404, { 'content-type': 'application/json', 'metadata-flavor': 'Google' });
      response.end(isToken ? JSON.stringify({ access_token: token, expires_in: 3599, token_type: 'Bearer' }) : '{}');
    });
    process.env.GCE_METADATA_HOST = `127.0.0.1:${await listen(metadata)}`;
    process.env.METADATA_SERVER_DETECTION = 'assume-present';
    try {
      const { credentials, secrets } = await resolveCollecting(null, { GCLOUD_PROJECT: 'env-project' });

      expect(await authorizationOf(credentials)).toBe(`Bearer ${token}`);
      expect(secrets).toContain(token);
      expect(credentials.projectId).toBe('env-project');
      expect(credentials.principal).toBeNull();
      expect(metadataRequests.every((headers) => headers['metadata-flavor'] === 'Google')).toBe(true);
    } finally {
      await new Promise((resolve) => metadata.close(resolve));
    }
  });

  it('says to set credentials or run google-github-actions/auth when there are none', async () => {
    const { error } = await rejectionOf(null);

    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^No Google credentials: input 'credentials' is empty and Application Default Credentials found none .*Set the 'credentials' input to a service-account key .*or run google-github-actions\/auth in an earlier step of this job\.$/,
    );
  });

  it('names a missing GOOGLE_APPLICATION_CREDENTIALS file', async () => {
    process.env.GOOGLE_APPLICATION_CREDENTIALS = join(root, 'no-such-key.json');
    const { error } = await rejectionOf('  ');

    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^Application Default Credentials could not be loaded \(GOOGLE_APPLICATION_CREDENTIALS=\S+no-such-key\.json\): .*no-such-key\.json/);
  });

  it('does not echo a GOOGLE_APPLICATION_CREDENTIALS key file that is not valid JSON', async () => {
    const keyFile = join(root, 'broken-key.json');
    await writeFile(keyFile, account.keyJson.replace('"private_key_id"', 'private_key_id'), { mode: 0o600 });
    process.env.GOOGLE_APPLICATION_CREDENTIALS = keyFile;
    try {
      const { error } = await rejectionOf(null);

      expect(error).toBeInstanceOf(UserError);
      const text = (error as UserError).message;
      expect(text).toMatch(/^GOOGLE_APPLICATION_CREDENTIALS names a file that is not valid JSON\./);
      expect(leaks(text, keySecrets(account.key))).toEqual([]);
    } finally {
      await rm(keyFile, { force: true });
    }
  });
});
