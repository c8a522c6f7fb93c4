// Throwaway service accounts for tests, and the check the API emulators run on every request: the self-signed
// JWT google-auth-library makes with useJWTAccessWithScope (see src/auth/credentials.ts), verified with node:crypto,
// or an opaque access token an emulator minted (IAM Credentials, STS: see workload-identity.ts).
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';

/** The fields of a service-account key file as the Cloud console downloads it. */
export interface TestServiceAccountKey {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export interface TestServiceAccount {
  key: TestServiceAccountKey;
  /** The key file's text, pretty-printed like a downloaded key. */
  keyJson: string;
  publicKeyPem: string;
}

export type JwtVerdict = { ok: true; email: string } | { ok: false; status: 401 | 403; message: string };

export const TEST_PROJECT_ID = 'ml-pipeline-test';
const TEST_EMAIL = `ml-pipeline-deployer@${TEST_PROJECT_ID}.iam.gserviceaccount.com`;

// Google lets a self-signed JWT live at most an hour; a minute of clock skew is tolerated either way.
const MAX_LIFETIME_SECONDS = 3600;
const CLOCK_SKEW_SECONDS = 60;

// Exactly what google-auth-library 11 signs with useJWTAccessWithScope (JWTAccess.getRequestHeaders): anything
// else (an `aud` instead of `scope`, extra claims) means the client is not configured the way the action's is.
const HEADER_FIELDS = ['alg', 'kid', 'typ'];
const CLAIMS = ['exp', 'iat', 'iss', 'scope', 'sub'];

const UNAUTHENTICATED = 'Request had invalid authentication credentials';
const INSUFFICIENT_SCOPES = 'Request had insufficient authentication scopes';

/**
 * A service account with a fresh 2048-bit RSA key. Its private_key_id is derived from the public key (see
 * keyIdOf) so verifyGoogleJwt can check a token's `kid` from the public key alone. token_uri points at a closed
 * local port: a client that tried to trade its JWT for an access token would fail at once, not reach Google.
 */
export function makeTestServiceAccount(): TestServiceAccount {
  const { privateKey, publicKey: publicKeyPem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const certificates = 'https://www.googleapis.com/robot/v1/metadata/x509';
  const key: TestServiceAccountKey = {
    type: 'service_account',
    project_id: TEST_PROJECT_ID,
    private_key_id: keyIdOf(publicKeyPem),
    private_key: privateKey,
    client_email: TEST_EMAIL,
    client_id: '100000000000000000001',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'http://127.0.0.1:9/token',
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `${certificates}/${encodeURIComponent(TEST_EMAIL)}`,
    universe_domain: 'googleapis.com',
  };
  return { key, keyJson: `${JSON.stringify(key, null, 2)}\n`, publicKeyPem };
}

/**
 * Checks an Authorization header as Google checks a self-signed service-account JWT: RS256 signature by the
 * account's key, `kid` naming that key, not expired, at most an hour long, and a `scope` claim that includes
 * `scope`. Failures carry the status and message Google would answer with (401 bad credentials, 403 scope).
 */
export function verifyGoogleJwt(
  authorizationHeader: string | undefined,
  publicKeyPem: string,
  scope: string,
): JwtVerdict {
  const rejected = (why: string): JwtVerdict => ({ ok: false, status: 401, message: `${UNAUTHENTICATED}: ${why}.` });
  if (authorizationHeader === undefined || authorizationHeader === '') return rejected('no Authorization header');
  const parts = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorizationHeader);
  if (parts === null) return rejected('the Authorization header is not "Bearer <JWT>"');
  const [, encodedHeader = '', encodedPayload = '', signature = ''] = parts;
  const header = decodeSegment(encodedHeader);
  const payload = decodeSegment(encodedPayload);
  if (header === null || payload === null) return rejected('the JWT header or payload is not base64url JSON');

  if (!sameKeys(header, HEADER_FIELDS) || header.alg !== 'RS256' || header.typ !== 'JWT') {
    return rejected('the JWT header must be exactly {alg: RS256, typ: JWT, kid}');
  }
  if (header.kid !== keyIdOf(publicKeyPem)) return rejected('kid does not name this service account key');
  const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`);
  if (!verify('sha256', signed, createPublicKey(publicKeyPem), Buffer.from(signature, 'base64url'))) {
    return rejected('the JWT signature does not verify');
  }

  if (!sameKeys(payload, CLAIMS)) return rejected(`the JWT claims must be exactly ${CLAIMS.join(', ')}`);
  const { iss, sub, iat, exp } = payload;
  if (typeof iss !== 'string' || !iss.includes('@') || sub !== iss) {
    return rejected('iss and sub must both be the service account email');
  }
  if (!Number.isInteger(iat) || !Number.isInteger(exp)) return rejected('iat and exp must be whole seconds');
  const issuedAt = iat as number;
  const expiresAt = exp as number;
  const now = Math.floor(Date.now() / 1000);
  if (expiresAt <= issuedAt || expiresAt - issuedAt > MAX_LIFETIME_SECONDS) {
    return rejected(`exp must be after iat and at most ${MAX_LIFETIME_SECONDS} seconds later`);
  }
  if (issuedAt > now + CLOCK_SKEW_SECONDS) return rejected('iat is in the future');
  if (expiresAt < now - CLOCK_SKEW_SECONDS) return rejected('the JWT has expired');

  const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  if (!granted.includes(scope)) {
    return { ok: false, status: 403, message: `${INSUFFICIENT_SCOPES}: ${scope} is not among the JWT's scopes.` };
  }
  return { ok: true, email: iss };
}

/** What an emulator accepts as a bearer: JWTs signed by a test key, tokens from a registry, or both. */
export interface AcceptedCredentials {
  /** The test service account's public key: self-signed JWTs must verify against it. */
  publicKeyPem?: string;
  /** Opaque access tokens minted by the IAM Credentials emulator. */
  accessTokens?: AccessTokenRegistry;
}

/** The one check an emulator runs on a request's Authorization header, whichever credentials it accepts. */
export function verifyBearer(authorizationHeader: string | undefined, accepted: AcceptedCredentials, scope: string): JwtVerdict {
  if (accepted.accessTokens && OPAQUE_BEARER.test(authorizationHeader ?? '')) {
    return accepted.accessTokens.verify(authorizationHeader, scope);
  }
  if (accepted.publicKeyPem !== undefined) return verifyGoogleJwt(authorizationHeader, accepted.publicKeyPem, scope);
  return { ok: false, status: 401, message: `${UNAUTHENTICATED}: the Authorization header is not "Bearer <access token>".` };
}

/** Google's OAuth access tokens: `ya29.` and an opaque tail (no dots, unlike a JWT). */
const OPAQUE_BEARER = /^Bearer ya29\.[\w-]+$/;

/**
 * Opaque access tokens as Google's token services mint them: random, bound to a principal, scopes and an expiry.
 * The emulator that mints them holds the registry; an emulator that accepts them is given the same one.
 */
export class AccessTokenRegistry {
  readonly #tokens = new Map<string, { principal: string; scopes: string[]; expiresAt: number }>();

  issue(principal: string, scopes: string[], lifetimeSeconds: number): { token: string; expiresAt: Date } {
    const token = `ya29.${randomBytes(48).toString('base64url')}`;
    const expiresAt = Date.now() + lifetimeSeconds * 1000;
    this.#tokens.set(token, { principal, scopes, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** Every token issued so far: tests check none of them reached a log. */
  issued(): string[] {
    return [...this.#tokens.keys()];
  }

  /** As Google checks an access token: known, not expired, and granting `scope`. `email` is its principal. */
  verify(authorizationHeader: string | undefined, scope: string): JwtVerdict {
    const token = /^Bearer (\S+)$/.exec(authorizationHeader ?? '')?.[1];
    const grant = token === undefined ? undefined : this.#tokens.get(token);
    if (grant === undefined || grant.expiresAt <= Date.now()) {
      return { ok: false, status: 401, message: `${UNAUTHENTICATED}: the access token is unknown or expired.` };
    }
    if (!grant.scopes.includes(scope)) {
      return { ok: false, status: 403, message: `${INSUFFICIENT_SCOPES}: ${scope} is not among the token's scopes.` };
    }
    return { ok: true, email: grant.principal };
  }
}

/** A 40-hex-digit key id (the shape Google gives private_key_id): SHA-1 of the public key's DER encoding. */
function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha1').update(der).digest('hex');
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function sameKeys(object: Record<string, unknown>, expected: string[]): boolean {
  const keys = Object.keys(object).sort();
  return keys.length === expected.length && keys.every((key, index) => key === expected[index]);
}
