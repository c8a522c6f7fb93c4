// Workload Identity Federation as a GitHub Actions job does it, emulated on 127.0.0.1 from the public references:
// GitHub's OIDC token endpoint, the Security Token Service's token exchange (sts.googleapis.com/v1/token) and IAM
// Credentials' generateAccessToken. google-auth-library honours the token_url and service_account_impersonation_url
// of the external_account file, so the real client runs the whole flow against these servers.
import { createPublicKey, createSign, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLOUD_PLATFORM_SCOPE } from '../src/auth/credentials.js';
import { errorMessage } from '../src/util/errors.js';
import { ApiFailure, readBody, readJson, rpcError, send } from './cloud-functions-emulator.js';
import { AccessTokenRegistry } from './google-auth.js';

/** An OIDC issuer that signs RS256 ID tokens, as token.actions.githubusercontent.com does for a job. */
export interface OidcIssuer {
  issuer: string;
  publicKeyPem: string;
  /** An ID token for `audience`, valid for five minutes, with the claims GitHub puts in a job's token. */
  sign(audience: string, claims?: Record<string, unknown>): string;
}

export function makeOidcIssuer(issuer = 'https://token.actions.githubusercontent.com'): OidcIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  return {
    issuer,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign(audience, claims = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'RS256', typ: 'JWT', kid };
      const payload = {
        iss: issuer,
        aud: audience,
        sub: 'repo:octo-org/ml-pipeline:ref:refs/heads/main',
        repository: 'octo-org/ml-pipeline',
        repository_owner: 'octo-org',
        ref: 'refs/heads/main',
        iat: now,
        nbf: now,
        exp: now + 300,
        ...claims,
      };
      const signingInput = `${segment(header)}.${segment(payload)}`;
      const signature = createSign('sha256').update(signingInput).sign(privateKey).toString('base64url');
      return `${signingInput}.${signature}`;
    },
  };
}

export interface GithubOidcEndpoint {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: `&audience=...` is appended by the caller. */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer the endpoint requires. */
  requestToken: string;
  /** Every ID token handed out. */
  issued: string[];
  stop(): Promise<void>;
}

/** GitHub's ID token request endpoint: GET with the runner's bearer and an `audience`, answering {value: <JWT>}. */
export async function startGithubOidcEndpoint(issuer: OidcIssuer): Promise<GithubOidcEndpoint> {
  const requestToken = randomBytes(24).toString('base64url');
  const issued: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const audience = url.searchParams.get('audience');
    if (req.method !== 'GET' || url.pathname !== '/idtoken') return send(res, 404, { message: 'Not Found' });
    if (req.headers.authorization !== `Bearer ${requestToken}`) return send(res, 401, { message: 'Unauthorized' });
    if (!audience) return send(res, 400, { message: 'audience is required' });
    const value = issuer.sign(audience);
    issued.push(value);
    send(res, 200, { count: value.length, value });
  });
  const port = await listen(server);
  return {
    requestUrl: `http://127.0.0.1:${port}/idtoken?api-version=2.0`,
    requestToken,
    issued,
    stop: () => close(server),
  };
}

export interface WorkloadIdentityOptions {
  issuer: OidcIssuer;
  /** Service accounts the pool's principals hold roles/iam.workloadIdentityUser on; any other is denied. */
  serviceAccounts: string[];
  /** Where generateAccessToken records what it mints: give the same registry to the emulators that accept it. */
  accessTokens: AccessTokenRegistry;
}

export interface WorkloadIdentityEmulator {
  /** The pool's project number, as the provider's resource name carries it. */
  projectNumber: string;
  /** The provider's full resource name: the credentials file's and STS's `audience`. */
  provider: string;
  /** The audience the provider accepts in an ID token, by default: its name as an https URL. */
  oidcAudience: string;
  /** For the credentials file's token_url. */
  tokenUrl: string;
  /** For service_account_impersonation_url. */
  impersonationUrl(email: string): string;
  /** The federated tokens STS minted: generateAccessToken's bearer must be one of them. */
  federatedTokens: AccessTokenRegistry;
  /** Every subject token STS was shown. */
  subjectTokens: string[];
  stop(): Promise<void>;
}

const PROJECT_NUMBER = '123456789012';
const POOL = 'github';
const PROVIDER = 'ml-pipeline';
const POOL_NAME = `projects/${PROJECT_NUMBER}/locations/global/workloadIdentityPools/${POOL}`;
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN = 'urn:ietf:params:oauth:token-type:access_token';
const SUBJECT_TOKEN_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];
const MAX_LIFETIME_SECONDS = 3600;
const CLOCK_SKEW_SECONDS = 60;
const MAX_BODY_BYTES = 64 * 1024;

/** An OAuth error answer ({error, error_description}), as STS sends it. */
class OAuthFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** STS and IAM Credentials on one server: `/v1/token` and `/v1/projects/-/serviceAccounts/...` cannot collide. */
export async function startWorkloadIdentityEmulator(options: WorkloadIdentityOptions): Promise<WorkloadIdentityEmulator> {
  const provider = `//iam.googleapis.com/${POOL_NAME}/providers/${PROVIDER}`;
  const oidcAudience = `https://iam.googleapis.com/${POOL_NAME}/providers/${PROVIDER}`;
  const federatedTokens = new AccessTokenRegistry();
  const subjectTokens: string[] = [];

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const answer = (status: number, body: unknown) => send(res, status, body);
    const route = path === '/v1/token' ? exchangeToken(req) : generateAccessToken(req, path);
    route.then(
      (body) => answer(200, body),
      (error: unknown) => {
        if (error instanceof OAuthFailure) answer(400, { error: error.code, error_description: error.message });
        else if (error instanceof ApiFailure) answer(error.httpStatus, rpcError(error.httpStatus, error.rpcStatus, error.message));
        else answer(500, rpcError(500, 'INTERNAL', errorMessage(error)));
      },
    );
  });

  /** POST /v1/token: RFC 8693 token exchange of an OIDC ID token for a federated access token. */
  async function exchangeToken(req: http.IncomingMessage): Promise<unknown> {
    if (req.method !== 'POST') throw new ApiFailure(404, 'NOT_FOUND', 'No method at /v1/token for this verb');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) throw new OAuthFailure('invalid_request', 'The request body is too large.');
    // google-auth-library sends a form, as RFC 8693 says; STS takes JSON too.
    const isJson = req.headers['content-type']?.startsWith('application/json') ?? false;
    const fields = new URLSearchParams(isJson ? (parseJson(body.toString('utf8')) as Record<string, string>) : body.toString('utf8'));
    const field = (name: string) => fields.get(name) ?? '';
    if (field('grant_type') !== TOKEN_EXCHANGE) {
      throw new OAuthFailure('unsupported_grant_type', `Unsupported grant_type: must be ${TOKEN_EXCHANGE}.`);
    }
    if (field('requested_token_type') !== ACCESS_TOKEN) {
      throw new OAuthFailure('invalid_request', `Invalid requested_token_type: must be ${ACCESS_TOKEN}.`);
    }
    if (!SUBJECT_TOKEN_TYPES.includes(field('subject_token_type'))) {
      throw new OAuthFailure('invalid_request', `Invalid subject_token_type for an OIDC provider: must be one of ${SUBJECT_TOKEN_TYPES.join(', ')}.`);
    }
    if (field('audience') !== provider) {
      throw new OAuthFailure(
        'invalid_target',
        'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
      );
    }
    const scopes = field('scope').split(' ').filter((scope) => scope !== '');
    if (!scopes.includes(CLOUD_PLATFORM_SCOPE)) {
      throw new OAuthFailure('invalid_scope', `The scope must include ${CLOUD_PLATFORM_SCOPE} to impersonate a service account.`);
    }
    const subjectToken = field('subject_token');
    subjectTokens.push(subjectToken);
    const subject = verifyIdToken(subjectToken, options.issuer, oidcAudience);
    const principal = `principal://iam.googleapis.com/${POOL_NAME}/subject/${subject}`;
    const { token } = federatedTokens.issue(principal, scopes, MAX_LIFETIME_SECONDS);
    return { access_token: token, issued_token_type: ACCESS_TOKEN, token_type: 'Bearer', expires_in: MAX_LIFETIME_SECONDS };
  }

  /** POST /v1/projects/-/serviceAccounts/{email}:generateAccessToken, with a federated token as the bearer. */
  async function generateAccessToken(req: http.IncomingMessage, path: string): Promise<unknown> {
    const email = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(path)?.[1];
    if (req.method !== 'POST' || email === undefined) throw new ApiFailure(404, 'NOT_FOUND', `No API method at ${path}`);
    const auth = federatedTokens.verify(req.headers.authorization, CLOUD_PLATFORM_SCOPE);
    if (!auth.ok) throw new ApiFailure(auth.status, auth.status === 401 ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED', auth.message);
    const account = decodeURIComponent(email);
    if (!options.serviceAccounts.includes(account)) {
      throw new ApiFailure(403, 'PERMISSION_DENIED', "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).");
    }
    const body = (await readJson(req)) as { scope?: unknown; lifetime?: unknown };
    const scopes = body.scope;
    if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((scope) => typeof scope === 'string' && scope !== '')) {
      throw new ApiFailure(400, 'INVALID_ARGUMENT', 'Scope required.');
    }
    const lifetime = body.lifetime === undefined ? MAX_LIFETIME_SECONDS : lifetimeSeconds(body.lifetime);
    const { token, expiresAt } = options.accessTokens.issue(account, scopes as string[], lifetime);
    return { accessToken: token, expireTime: expiresAt.toISOString() };
  }

  const port = await listen(server);
  const base = `http://127.0.0.1:${port}`;
  return {
    projectNumber: PROJECT_NUMBER,
    provider,
    oidcAudience,
    tokenUrl: `${base}/v1/token`,
    impersonationUrl: (email) => `${base}/v1/projects/-/serviceAccounts/${email}:generateAccessToken`,
    federatedTokens,
    subjectTokens,
    stop: () => close(server),
  };
}

/** Where the OIDC token comes from, as an external_account file says it: a file, or a URL with headers. */
export type CredentialSource =
  | { file: string; format?: JsonFormat }
  | { url: string; headers: Record<string, string>; format: JsonFormat };

/** The token is the named field of a JSON document (without it: the whole text is the token). */
interface JsonFormat {
  type: 'json';
  subject_token_field_name: string;
}

/** The external_account file google-github-actions/auth writes for later steps (GOOGLE_APPLICATION_CREDENTIALS). */
export function externalAccountFile(
  emulator: WorkloadIdentityEmulator,
  serviceAccount: string,
  credentialSource: CredentialSource,
  audience = emulator.provider,
): string {
  const config = {
    type: 'external_account',
    audience,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: emulator.tokenUrl,
    service_account_impersonation_url: emulator.impersonationUrl(serviceAccount),
    credential_source: credentialSource,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The credential_source google-github-actions/auth writes: GitHub's endpoint, the runner's bearer, JSON `value`. */
export function githubCredentialSource(endpoint: GithubOidcEndpoint, audience: string): CredentialSource {
  return {
    url: `${endpoint.requestUrl}&audience=${encodeURIComponent(audience)}`,
    headers: { Authorization: `Bearer ${endpoint.requestToken}` },
    format: { type: 'json', subject_token_field_name: 'value' },
  };
}

/** Checks an ID token as STS checks it for an OIDC provider, answering `sub`, or the invalid_grant STS would send. */
function verifyIdToken(token: string, issuer: OidcIssuer, audience: string): string {
  const invalid = (why: string) => new OAuthFailure('invalid_grant', why);
  const [header, payload, signature] = token.split('.');
  const claims = payload === undefined ? null : decode(payload);
  if (header === undefined || signature === undefined || claims === null || decode(header)?.alg !== 'RS256') {
    throw invalid('Unable to parse the ID Token.');
  }
  const signed = Buffer.from(`${header}.${payload}`);
  if (!verify('sha256', signed, createPublicKey(issuer.publicKeyPem), Buffer.from(signature, 'base64url'))) {
    throw invalid('Invalid ID Token signature.');
  }
  if (claims.iss !== issuer.issuer) throw invalid(`The issuer in ID Token ${String(claims.iss)} does not match the expected ones.`);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(audience)) {
    throw invalid(`The audience in ID Token [${audiences.map(String).join(', ')}] does not match the expected audience.`);
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp < now - CLOCK_SKEW_SECONDS) throw invalid('ID Token expired.');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw invalid('The ID Token has no sub claim.');
  return claims.sub;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new OAuthFailure('invalid_request', 'The request body is not valid JSON.');
  }
}

/** A google.protobuf.Duration in JSON ("3600s"), at most an hour as generateAccessToken allows. */
function lifetimeSeconds(value: unknown): number {
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?s$/.test(value) ? Number(value.slice(0, -1)) : NaN;
  if (!(seconds > 0 && seconds <= MAX_LIFETIME_SECONDS)) {
    throw new ApiFailure(400, 'INVALID_ARGUMENT', `The lifetime must be a duration of at most ${MAX_LIFETIME_SECONDS}s.`);
  }
  return seconds;
}

function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function listen(server: http.Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
}
