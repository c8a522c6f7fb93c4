// Google credentials for the Cloud Storage and Cloud Functions backends: a service-account key from the
// `credentials` input (JSON or base64 of JSON), else Application Default Credentials, which is what
// google-github-actions/auth sets up (Workload Identity Federation, or a key file it wrote).
//
// The key stays in memory: the JWT client signs with it directly and nothing we run needs a key file (no gcloud,
// no child process), so nothing is written that could be left behind or swept into the function's source zip.
import { createPrivateKey } from 'node:crypto';
import { BaseExternalAccountClient, GoogleAuth, Impersonated, JWT } from 'google-auth-library';
import type { AuthClient } from 'google-auth-library';
import { Input } from '../constants.js';
import { UserError, errorMessage } from '../util/errors.js';

export interface GoogleCredentials {
  /** Signs requests: a JWT client with useJWTAccessWithScope for a key; ADC's client otherwise. */
  authClient: AuthClient;
  projectId: string | null;
  /** The service account's email when known (for messages). */
  principal: string | null;
  /** Removes anything written to disk; called in main's finally. */
  dispose(): Promise<void>;
}

export interface ResolveCredentialsOptions {
  /** Masks a value in the job log (core.setSecret in main). Called before anything can log the value. */
  registerSecret: (secret: string) => void;
  /**
   * Where the project variables (GOOGLE_CLOUD_PROJECT, GCLOUD_PROJECT, CLOUDSDK_CORE_PROJECT) are read; defaults
   * to process.env. ADC discovery itself (GOOGLE_APPLICATION_CREDENTIALS, gcloud's config, the metadata server)
   * always reads process.env: google-auth-library takes no environment.
   */
  env?: NodeJS.ProcessEnv;
}

export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** Nothing is ever written to disk (see the top of this file). */
const nothingToDispose = async (): Promise<void> => undefined;

/** Project variables in the order we honour them; google-github-actions/auth exports all three. */
const PROJECT_VARIABLES = ['GOOGLE_CLOUD_PROJECT', 'GCLOUD_PROJECT', 'CLOUDSDK_CORE_PROJECT'] as const;

/** Standard or URL-safe base64, whitespace removed. */
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

const REQUIRED_FIELDS = ['client_email', 'private_key', 'private_key_id'] as const;

/** Fields that hold secrets in any Google credential file a user might paste, not only a service-account key. */
const SECRET_FIELDS = ['private_key', 'private_key_id', 'client_secret', 'refresh_token'] as const;

const PASTE_KEY =
  'Paste the whole key file into the secret (e.g. GCP_SA_KEY), unchanged or base64-encoded (base64 -w0 key.json), ' +
  `and pass it as ${Input.Credentials}: \${{ secrets.GCP_SA_KEY }}`;
const USE_AUTH_ACTION =
  `run google-github-actions/auth in an earlier step of this job and leave '${Input.Credentials}' empty`;

/**
 * Credential types that are not service-account keys: what each is, and what to do instead. Only these names
 * are echoed back: an unknown `type` value could be anything the user pasted.
 */
const OTHER_CREDENTIAL_TYPES = new Map<string, { what: string; instead: string }>([
  [
    'external_account',
    {
      what: 'a Workload Identity Federation configuration',
      instead: `${USE_AUTH_ACTION} (with workload_identity_provider)`,
    },
  ],
  ['external_account_authorized_user', { what: 'a workforce identity login', instead: USE_AUTH_ACTION }],
  [
    'impersonated_service_account',
    { what: 'an impersonation configuration', instead: `${USE_AUTH_ACTION} (with service_account)` },
  ],
  [
    'authorized_user',
    {
      what: 'user credentials from gcloud auth application-default login, which should not leave your machine',
      instead: `create a service-account key, or ${USE_AUTH_ACTION}`,
    },
  ],
  [
    'gdch_service_account',
    {
      what: 'a Google Distributed Cloud key, which this action does not support',
      instead: 'use a Google Cloud service-account key',
    },
  ],
]);

/** A service-account key with the fields the JWT client needs, checked. */
interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id: string;
  project_id: string | null;
}

/**
 * Credentials from the `credentials` input, or Application Default Credentials when it is empty. Every secret
 * part of the input is passed to registerSecret before this returns or throws, and no error echoes any of it.
 */
export async function resolveCredentials(
  input: string | null,
  options: ResolveCredentialsOptions,
): Promise<GoogleCredentials> {
  const env = options.env ?? process.env;
  if (input === null || input.trim() === '') return applicationDefaultCredentials(options.registerSecret, env);

  const key = parseServiceAccountKey(input, options.registerSecret);
  const authClient = new JWT({
    email: key.client_email,
    key: key.private_key,
    keyId: key.private_key_id,
    scopes: [CLOUD_PLATFORM_SCOPE],
  });
  // google-auth-library 11's JWT constructor ignores a useJWTAccessWithScope option (JWTOptions has no such
  // field), so it is set here: the client then signs its own JWT carrying the scope, where it would otherwise
  // trade a JWT for an access token at oauth2.googleapis.com before the first call.
  authClient.useJWTAccessWithScope = true;
  return {
    authClient,
    projectId: key.project_id ?? projectFromEnv(env),
    principal: key.client_email,
    dispose: nothingToDispose,
  };
}

/**
 * Registers every secret form of a `credentials` value with the log masker: the whole value, each line of a
 * base64 paste and its decoded text, and each secret field whole, JSON-escaped and line by line (the runner
 * masks each log line on its own). It never throws and checks nothing, so readInputs can call it before any
 * other input is read: a file read later (a `model-config` that is the key itself) cannot echo an unmasked part.
 */
export function maskCredentials(input: string, registerSecret: (secret: string) => void): void {
  const trimmed = input.trim();
  if (trimmed === '') return;
  registerSecret(input);
  if (trimmed.startsWith('-----BEGIN')) {
    // A bare PEM key: each line of it, as the runner masks line by line.
    registerPemLines(trimmed, registerSecret);
    return;
  }
  const text = keyFileText(trimmed);
  if (text === null) return;
  if (text !== trimmed) {
    // `base64 key.json` wraps at 76 columns, so every line is a secret too.
    for (const line of trimmed.split(/\r?\n/)) registerIfPresent(line.trim(), registerSecret);
    registerSecret(text);
  }
  let fields: unknown;
  try {
    fields = JSON.parse(text);
  } catch {
    fields = secretFieldsOfUnparsable(text);
  }
  if (typeof fields === 'object' && fields !== null) registerFieldSecrets(fields as Record<string, unknown>, registerSecret);
}

/** Parses and checks the input as a service-account key, registering its secrets first. */
function parseServiceAccountKey(input: string, registerSecret: (secret: string) => void): ServiceAccountKey {
  maskCredentials(input, registerSecret);
  const { text, decoded } = keyText(input);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, so only the position is reported.
    const where = jsonErrorLocation(text, errorMessage(error));
    const of = decoded ? ' of the base64-decoded text' : '';
    const location = where === null ? '' : ` (${where}${of})`;
    throw new UserError(`Input '${Input.Credentials}' is not valid JSON${location}. ${PASTE_KEY}.`);
  }
  // keyText only returns text that starts with `{`, so what parsed is an object.
  const fields = parsed as Record<string, unknown>;

  if (fields.type !== 'service_account') throw new UserError(wrongTypeMessage(fields.type));
  const missing = REQUIRED_FIELDS.filter((field) => !nonEmptyString(fields[field]));
  if (missing.length > 0) {
    throw new UserError(
      `Input '${Input.Credentials}' is a service-account key without ${missing.join(', ')}. ${PASTE_KEY}.`,
    );
  }
  const key: ServiceAccountKey = {
    client_email: fields.client_email as string,
    private_key: fields.private_key as string,
    private_key_id: fields.private_key_id as string,
    project_id: nonEmptyString(fields.project_id) ? fields.project_id : null,
  };
  if (!isRsaPrivateKey(key.private_key)) {
    throw new UserError(
      `Input '${Input.Credentials}' has a private_key that is not an RSA private key in PEM form; the key file ` +
        'was probably altered (its \\n escapes must stay as they are). Paste it unchanged, or create a new key ' +
        '(IAM → Service accounts → Keys).',
    );
  }
  return key;
}

function wrongTypeMessage(type: unknown): string {
  const other = typeof type === 'string' ? OTHER_CREDENTIAL_TYPES.get(type) : undefined;
  if (other !== undefined) {
    const named = `${other.what} (type ${String(type)})`;
    return `Input '${Input.Credentials}' is ${named}, not a service-account key: ${other.instead}.`;
  }
  const found = type === undefined ? 'has no type field' : 'has an unknown type';
  const expected = 'it must be a service-account key (type service_account)';
  return `Input '${Input.Credentials}' ${found}; ${expected}. ${PASTE_KEY}.`;
}

/** The JSON text of the input: as given when it starts with `{`, else decoded from base64. */
function keyText(input: string): { text: string; decoded: boolean } {
  const trimmed = input.trim();
  if (trimmed.startsWith('-----BEGIN')) {
    throw new UserError(`Input '${Input.Credentials}' is a bare private key, not a key file. ${PASTE_KEY}.`);
  }
  const text = keyFileText(trimmed);
  if (text === null) {
    throw new UserError(`Input '${Input.Credentials}' is neither JSON nor base64-encoded JSON. ${PASTE_KEY}.`);
  }
  return { text, decoded: text !== trimmed };
}

/** A key file's text: the trimmed input when it starts with `{`, else its base64 decoding if that does; else null. */
function keyFileText(trimmed: string): string | null {
  if (trimmed.startsWith('{')) return trimmed;
  const compact = trimmed.replace(/\s+/g, '');
  if (!BASE64.test(compact)) return null;
  const text = Buffer.from(compact, 'base64').toString('utf8').trim();
  return text.startsWith('{') ? text : null;
}

/**
 * Registers every secret field, in every form it can appear in a log: whole, as escaped inside the key file's
 * JSON (one line of it), and line by line, since the runner masks each log line on its own.
 */
function registerFieldSecrets(fields: Record<string, unknown>, registerSecret: (secret: string) => void): void {
  for (const name of SECRET_FIELDS) {
    const value = fields[name];
    if (!nonEmptyString(value)) continue;
    registerSecret(value);
    registerIfPresent(JSON.stringify(value).slice(1, -1), registerSecret);
    registerPemLines(value, registerSecret);
  }
}

/**
 * The lines of a PEM key (split at real newlines or at literal `\n` from a doubly-escaped paste), except its
 * `-----BEGIN/END ...-----` armour: that text is public, and masking it would hide it from our own messages.
 */
function registerPemLines(value: string, registerSecret: (secret: string) => void): void {
  const lines = value.split(/\r?\n|\\n/).map((line) => line.trim());
  if (lines.length < 2) return;
  for (const line of lines) if (!/^-----[A-Z ]+-----$/.test(line)) registerIfPresent(line, registerSecret);
}

/** The secret fields of a key file that does not parse (cut short, say), found one by one to mask them anyway. */
function secretFieldsOfUnparsable(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of SECRET_FIELDS) {
    const quoted = new RegExp(`"${name}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(text)?.[1];
    if (quoted === undefined) continue;
    try {
      fields[name] = JSON.parse(quoted);
    } catch {
      // An escape JSON does not know: nothing to mask beyond the whole input.
    }
  }
  return fields;
}

function registerIfPresent(value: string, registerSecret: (secret: string) => void): void {
  if (value !== '') registerSecret(value);
}

/** Application Default Credentials; a key file found this way also signs its own JWTs, with no token endpoint. */
async function applicationDefaultCredentials(
  registerSecret: (secret: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<GoogleCredentials> {
  const envProject = projectFromEnv(env);
  // A project from the environment spares google-auth-library its own search (gcloud config, metadata server).
  const auth = new GoogleAuth({
    scopes: [CLOUD_PLATFORM_SCOPE],
    ...(envProject === null ? {} : { projectId: envProject }),
  });
  // GoogleAuth copies this onto the JWT client it makes from a service-account key file.
  auth.useJWTAccessWithScope = true;
  let authClient: AuthClient;
  try {
    authClient = await auth.getClient();
  } catch (error) {
    throw new UserError(applicationDefaultFailure(error));
  }
  if (authClient instanceof JWT) {
    registerFieldSecrets({ private_key: authClient.key, private_key_id: authClient.keyId }, registerSecret);
  }
  // Access tokens (federation, impersonation, metadata server) are bearer secrets: mask each as it arrives.
  authClient.on('tokens', (tokens) => {
    if (nonEmptyString(tokens.access_token)) registerSecret(tokens.access_token);
  });
  if (authClient instanceof BaseExternalAccountClient) await federate(authClient, auth.jsonContent, env);
  const discovered = envProject ?? (await auth.getProjectId().catch(() => null));
  return {
    authClient,
    projectId: (nonEmptyString(authClient.projectId) ? authClient.projectId : null) ?? discovered,
    principal: principalOf(authClient),
    dispose: nothingToDispose,
  };
}

function applicationDefaultFailure(error: unknown): string {
  const fix =
    `Set the '${Input.Credentials}' input to a service-account key (\${{ secrets.GCP_SA_KEY }}), or run ` +
    'google-github-actions/auth in an earlier step of this job.';
  // Read by shape, not instanceof: errors from node:fs can come from another realm (as under jest's vm).
  const fields = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
  // The file may be a key, and V8's JSON messages quote the text around the error.
  if (fields.name === 'SyntaxError') {
    return `GOOGLE_APPLICATION_CREDENTIALS names a file that is not valid JSON. ${fix}`;
  }
  const text = typeof fields.message === 'string' ? fields.message : errorMessage(error);
  const message = text.replace(/\s+/g, ' ').trim();
  if (message.startsWith('Could not load the default credentials')) {
    return (
      `No Google credentials: input '${Input.Credentials}' is empty and Application Default Credentials found none ` +
      `(GOOGLE_APPLICATION_CREDENTIALS is unset, no gcloud application-default login, not on Google Cloud). ${fix}`
    );
  }
  // google-auth-library reads process.env, so that is where the file it tried is named.
  const file = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  const from = file ? ` (GOOGLE_APPLICATION_CREDENTIALS=${file})` : '';
  return `Application Default Credentials could not be loaded${from}: ${message.replace(/\.$/, '')}. ${fix}`;
}

/**
 * Workload Identity Federation exchanges its tokens on first use, which would be a Cloud Storage read or a deploy
 * half-way through the run, failing with the library's bare message. Exchanging here makes a refusal fail at
 * authentication, before anything is written, and say which of the three steps refused and what to check.
 */
async function federate(client: BaseExternalAccountClient, config: object | null, env: NodeJS.ProcessEnv): Promise<void> {
  limitFederationRequests(client, config);
  try {
    await client.getAccessToken();
  } catch (error) {
    const pool = `projects/${client.projectNumber ?? 'PROJECT_NUMBER'}/locations/global/workloadIdentityPools/POOL`;
    const repository = env.GITHUB_REPOSITORY?.trim() || 'OWNER/REPO';
    const member = `principalSet://iam.googleapis.com/${pool}/attribute.repository/${repository}`;
    throw new UserError(federationFailure(error, { serviceAccount: client.getServiceAccountEmail(), member }));
  }
}

/** STS, IAM Credentials and the OIDC token endpoint answer in well under a second; a hung one must not hang the job. */
const FEDERATION_TIMEOUT_MS = 30_000;

/**
 * Gives the federation's own requests (to the token_url, service_account_impersonation_url and credential_source
 * url of the external_account file) a deadline; the library sets none. Only those: Cloud Storage's resumable
 * uploads also go through this client, and may rightly take longer.
 */
function limitFederationRequests(client: BaseExternalAccountClient, config: object | null): void {
  const fields = (config ?? {}) as {
    token_url?: unknown;
    service_account_impersonation_url?: unknown;
    credential_source?: { url?: unknown };
  };
  const urls = [fields.token_url, fields.service_account_impersonation_url, fields.credential_source?.url]
    .filter((url): url is string => typeof url === 'string' && URL.canParse(url))
    .map((url) => new URL(url).href);
  // The token exchange goes through the StsCredentials' own Gaxios, which the client keeps in a protected field.
  const sts = (client as unknown as { stsCredential?: { transporter?: typeof client.transporter } }).stsCredential;
  for (const transporter of new Set([client.transporter, sts?.transporter])) {
    transporter?.interceptors.request.add({
      resolved: async (options) => {
        if (options.signal !== undefined || !urls.includes(String(options.url))) return options;
        // gaxios has already turned `timeout` into a signal by the time interceptors run, so the signal is set here,
        // for every attempt together. Once it fires, a retry would only abort at once, and node-fetch then destroys
        // the new attempt's body stream with an error nobody listens to, which ends the process: so none is made.
        const deadline = AbortSignal.timeout(FEDERATION_TIMEOUT_MS);
        const retryConfig = options.retryConfig ?? {};
        const onRetryAttempt = retryConfig.onRetryAttempt;
        options.signal = deadline;
        options.retryConfig = {
          ...retryConfig,
          onRetryAttempt: async (error) => {
            if (deadline.aborted) throw error;
            await onRetryAttempt?.(error);
          },
        };
        return options;
      },
    });
  }
}

/** The fields of a failed federation request: a GaxiosError, or STS's OAuth error with the Gaxios fields copied. */
interface FederationError {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  status?: unknown;
  config?: { url?: unknown };
  response?: { status?: unknown; data?: unknown };
}

const WIF_SETUP =
  'the job has `permissions: id-token: write` and runs google-github-actions/auth before this step, with the ' +
  'workload_identity_provider and service_account you meant';

/**
 * Which federation step failed (reading the OIDC token, the STS exchange, IAM Credentials impersonation) and
 * what to check. Only the host of a URL is named (the OIDC request URL is the runner's), and never a token: the
 * error object also holds the request, with the subject token and the federated token in it.
 */
function federationFailure(error: unknown, who: { serviceAccount: string | null; member: string }): string {
  const fields = typeof error === 'object' && error !== null ? (error as FederationError) : {};
  const status = fields.response?.status ?? fields.status;
  const requested = fields.config?.url;
  const url = typeof requested === 'string' || requested instanceof URL ? String(requested) : '';
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? null;
  const said =
    fields.code === 'TimeoutError'
      ? `no answer within ${FEDERATION_TIMEOUT_MS / 1000} s`
      : oneLine(typeof fields.message === 'string' ? fields.message : errorMessage(error)).replace(/\.+$/, '');
  const check = `Check that ${WIF_SETUP}, and that GOOGLE_APPLICATION_CREDENTIALS is the file it wrote.`;

  // STS answers in OAuth's shape ({error, error_description}); google-auth-library words it "Error code <error>: …".
  if (typeof (fields.response?.data as { error?: unknown } | undefined)?.error === 'string') {
    return (
      `Workload Identity Federation: the Security Token Service (${host ?? 'token_url'}) refused to exchange the ` +
      `OIDC token (HTTP ${String(status)}): ${said.replace(/^Error code /, '')}. Check that the workload identity ` +
      "provider exists and is enabled, that its allowed audiences include the token's audience (by default the " +
      "provider's own https://iam.googleapis.com/projects/... name), that its attribute condition admits this " +
      `repository, and that ${WIF_SETUP}.`
    );
  }
  if (url.includes(':generateAccessToken') && typeof status === 'number') {
    const account = who.serviceAccount ?? 'SERVICE_ACCOUNT_EMAIL';
    const fix =
      status === 403
        ? `Check that ${account} exists, and grant this repository's principals roles/iam.workloadIdentityUser on ` +
          'it (the role that carries iam.serviceAccounts.getAccessToken): gcloud iam service-accounts ' +
          `add-iam-policy-binding ${account} --role=roles/iam.workloadIdentityUser --member=${who.member}`
        : check;
    return (
      `Workload Identity Federation: IAM Credentials (${host ?? 'service_account_impersonation_url'}) refused ` +
      `generateAccessToken for ${account} (HTTP ${String(status)}): ${said}. ${fix}`
    );
  }
  // V8's JSON messages quote the text around the error, and that text is the OIDC token.
  if (fields.name === 'SyntaxError') {
    return (
      'Workload Identity Federation: the OIDC token from credential_source is not valid JSON, though its format ' +
      `says JSON (format.type json, with subject_token_field_name). ${check}`
    );
  }
  const where = host === null ? '' : ` (${host}${status === undefined ? '' : `, HTTP ${String(status)}`})`;
  return `Workload Identity Federation: could not get the OIDC token or exchange it${where}: ${said}. ${check}`;
}

/** A message on one line, cut to a length a log line can carry. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The service account behind an ADC client, when it can be known without a network call. */
function principalOf(client: AuthClient): string | null {
  if (client instanceof JWT) return client.email ?? null;
  if (client instanceof Impersonated) return client.getTargetPrincipal();
  if (client instanceof BaseExternalAccountClient) return client.getServiceAccountEmail();
  return null;
}

function projectFromEnv(env: NodeJS.ProcessEnv): string | null {
  for (const name of PROJECT_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return null;
}

/** "line L, column C" from a JSON.parse error's position, when V8 gives one. */
function jsonErrorLocation(text: string, message: string): string | null {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return null;
  const before = text.slice(0, Number(position)).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function isRsaPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey({ key: pem, format: 'pem' }).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
