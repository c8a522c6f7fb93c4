import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import yauzl from 'yauzl';
import { CLOUD_PLATFORM_SCOPE } from '../src/auth/credentials.js';
import { LocalDeployer, stopLocalFunction } from '../src/backends/deploy/local.js';
import type { CloudFunction, Operation } from '../src/clients/cloud-functions.js';
import type { IamBinding, IamPolicy } from '../src/clients/cloud-run.js';
import type { FunctionSource } from '../src/stages/package.js';
import { errorMessage } from '../src/util/errors.js';
import { verifyBearer, type AcceptedCredentials } from './google-auth.js';

/**
 * Cloud Functions v2 and the Cloud Run v2 IAM methods, emulated on 127.0.0.1 from the public REST reference, on
 * one server: the paths cannot collide (`.../functions...`, `.../operations/...`, `.../services/...:*IamPolicy`,
 * `/upload/...`). Every API request must carry a JWT signed with the test key, or an access token the IAM Credentials
 * emulator minted, scoped to cloud-platform.
 * Deploys are real: the uploaded zip is unpacked and served by functions-framework through LocalDeployer, which
 * (like Cloud Run) moves traffic to a new revision only once it answers, so a failed deploy leaves the previous
 * revision serving.
 *
 * Known differences from the real services: one Node.js (this one) runs every runtime and nothing is `npm
 * install`ed (the framework CLI given is used); serviceConfig.environmentVariables are stored but not passed to the
 * server (LocalDeployer gives it only PATH); a revision must answer GET / with 200 to become ready (Cloud Run only
 * needs the port to listen); function URLs are plain http and do not enforce roles/run.invoker.
 */

/** publicKeyPem: the test service account's key for self-signed JWTs; accessTokens: minted by IAM Credentials. */
export interface EmulatorOptions extends AcceptedCredentials {
  /** functions-framework's CLI (main.js): it serves every deployed revision. */
  frameworkCli: string;
}

export interface RecordedRequest {
  method: string;
  /** The path after /v2/ for API calls (e.g. `projects/p/locations/l/functions/f`), or `/upload/...`. */
  path: string;
  query: Record<string, string>;
  status: number;
}

/** What the emulator holds, open to tests for assertions and fault injection. */
export interface EmulatorState {
  /** Functions by resource name, as GET returns them. */
  functions: Map<string, CloudFunction>;
  /** IAM policies by Cloud Run service name (`projects/{p}/locations/{l}/services/{s}`). */
  policies: Map<string, IamPolicy>;
  /** Every request, in arrival order, with the status it got. */
  requests: RecordedRequest[];
  /** The next deploy operation fails at build with this message; the serving revision is left alone. */
  failNextDeploy: string | null;
  /** While true, deploy operations stay in progress (not done), as a slow build would. */
  holdDeploys: boolean;
}

export interface CloudFunctionsEmulator {
  /** `http://127.0.0.1:<port>/`: the value for CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS and _RUN. */
  baseUrl: string;
  state: EmulatorState;
  /** Resolves once no operation is in progress. */
  idle(): Promise<void>;
  /** Stops the API server and every function server it started, and removes its temporary files. */
  stop(): Promise<void>;
}

/** Runtimes the emulator accepts: the Node.js runtimes Cloud Functions offers. */
const NODE_RUNTIMES = ['nodejs18', 'nodejs20', 'nodejs22', 'nodejs24'];
const FUNCTION_ID = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const MEMORY = /^(\d+(?:\.\d+)?)(k|M|G|Mi|Gi)?$/;
const MEMORY_BYTES: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, Mi: 2 ** 20, Gi: 2 ** 30 };
const MIN_MEMORY = 128 * 2 ** 20;
const MAX_MEMORY = 32 * 2 ** 30;
const MAX_UPLOAD_BYTES = 100 * 2 ** 20;
const MAX_JSON_BYTES = 2 ** 20;
/** The etag of a policy nobody has written yet. */
const EMPTY_POLICY_ETAG = 'ACAB';
const MEMBER = /^(allUsers|allAuthenticatedUsers|(user|serviceAccount|group|domain|principal|principalSet):.+)$/;

/** The Function message's fields (JSON names), for rejecting unknown ones as the API's JSON parser does. */
type FieldType = 'string' | 'int32' | 'bool' | 'map' | 'message' | { [field: string]: FieldType };
const STORAGE_SOURCE: FieldType = { bucket: 'string', object: 'string', generation: 'string', sourceUploadUrl: 'string' };
const FUNCTION_FIELDS: { [field: string]: FieldType } = {
  name: 'string',
  description: 'string',
  environment: 'string',
  labels: 'map',
  kmsKeyName: 'string',
  eventTrigger: 'message',
  state: 'string',
  stateMessages: 'message',
  createTime: 'string',
  updateTime: 'string',
  url: 'string',
  satisfiesPzs: 'bool',
  buildConfig: {
    runtime: 'string',
    entryPoint: 'string',
    source: { storageSource: STORAGE_SOURCE, repoSource: 'message', gitUri: 'string' },
    environmentVariables: 'map',
    dockerRepository: 'string',
    dockerRegistry: 'string',
    serviceAccount: 'string',
    workerPool: 'string',
    build: 'string',
    sourceProvenance: 'message',
    sourceToken: 'string',
    automaticUpdatePolicy: 'message',
    onDeployUpdatePolicy: 'message',
  },
  serviceConfig: {
    service: 'string',
    timeoutSeconds: 'int32',
    availableMemory: 'string',
    availableCpu: 'string',
    environmentVariables: 'map',
    maxInstanceCount: 'int32',
    minInstanceCount: 'int32',
    maxInstanceRequestConcurrency: 'int32',
    vpcConnector: 'string',
    vpcConnectorEgressSettings: 'string',
    ingressSettings: 'string',
    uri: 'string',
    serviceAccountEmail: 'string',
    allTrafficOnLatestRevision: 'bool',
    secretEnvironmentVariables: 'message',
    secretVolumes: 'message',
    revision: 'string',
    securityLevel: 'string',
    binaryAuthorizationPolicy: 'string',
  },
};
/** Paths an update mask may not name: output only, or fixed at creation. */
const NOT_UPDATABLE = new Set([
  'name',
  'environment',
  'state',
  'stateMessages',
  'createTime',
  'updateTime',
  'url',
  'satisfiesPzs',
  'buildConfig.build',
  'buildConfig.sourceProvenance',
  'serviceConfig.service',
  'serviceConfig.uri',
  'serviceConfig.revision',
]);

/** An answer in the google.rpc error shape the REST APIs use. */
export class ApiFailure extends Error {
  constructor(
    readonly httpStatus: number,
    readonly rpcStatus: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
  }
}

/** google.rpc.Code numbers, as Operation.error carries them. */
const RPC_CODES = { INVALID_ARGUMENT: 3, FAILED_PRECONDITION: 9, ABORTED: 10 } as const;

/** A failure of an operation, reported through Operation.error (a google.rpc.Status with a numeric code). */
class OperationFailure extends Error {
  constructor(
    readonly rpcStatus: keyof typeof RPC_CODES,
    message: string,
  ) {
    super(message);
  }
}

interface Upload {
  signature: string;
  zip: Buffer | null;
}

export async function startCloudFunctionsEmulator(options: EmulatorOptions): Promise<CloudFunctionsEmulator> {
  const root = await mkdtemp(join(tmpdir(), 'cloud-functions-emulator-'));
  const state: EmulatorState = { functions: new Map(), policies: new Map(), requests: [], failNextDeploy: null, holdDeploys: false };
  const operations = new Map<string, Operation>();
  const uploads = new Map<string, Upload>();
  /** Deploy tasks in progress by function name: one at a time per function, as the API allows. */
  const running = new Map<string, Promise<void>>();
  const revisions = new Map<string, number>();
  /** Where LocalDeployer records each parent's servers: functions are keyed by id inside it. */
  const serveDirs = new Set<string>();
  let stopped = false;
  let sequence = 0;
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, rpcError(500, 'INTERNAL', errorMessage(error))));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const record: RecordedRequest = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
    state.requests.push(record);
    const answer = (status: number, body: unknown) => {
      record.status = status;
      send(res, status, body);
    };
    try {
      if (url.pathname.startsWith('/upload/')) {
        const [status, body] = await receiveUpload(req, url);
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/xml' }).end(body);
        return;
      }
      const auth = verifyBearer(req.headers.authorization, options, CLOUD_PLATFORM_SCOPE);
      if (!auth.ok) {
        throw new ApiFailure(auth.status, auth.status === 401 ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED', auth.message);
      }
      if (!url.pathname.startsWith('/v2/')) throw new ApiFailure(404, 'NOT_FOUND', `No API method at ${url.pathname}`);
      const path = url.pathname.slice('/v2/'.length);
      record.path = path;
      const body = req.method === 'POST' || req.method === 'PATCH' ? await readJson(req) : undefined;
      answer(200, route(req.method ?? '', path, url.searchParams, body));
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      answer(error.httpStatus, rpcError(error.httpStatus, error.rpcStatus, error.message, error.details));
    }
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): unknown {
    const location = '(projects/[^/]+/locations/([^/]+))';
    const at = (pattern: string) => new RegExp(`^${location}${pattern}$`).exec(path);
    let match: RegExpExecArray | null;
    if ((match = at('/functions:generateUploadUrl')) && method === 'POST') return generateUploadUrl(match[2] ?? '');
    if ((match = at('/functions')) && method === 'POST') return createFunction(match[1] ?? '', query.get('functionId'), body);
    if (at('/functions/[^/:]+') && method === 'GET') return getFunction(path);
    if (at('/functions/[^/:]+') && method === 'PATCH') return patchFunction(path, query.get('updateMask'), body);
    if (at('/operations/[^/:]+') && method === 'GET') {
      const operation = operations.get(path);
      if (!operation) throw new ApiFailure(404, 'NOT_FOUND', `Operation ${path} does not exist.`);
      return operation;
    }
    const service = path.split(':')[0] ?? '';
    if (at('/services/[^/:]+:getIamPolicy') && method === 'GET') return policyOf(service);
    if (at('/services/[^/:]+:setIamPolicy') && method === 'POST') return setIamPolicy(service, body);
    throw new ApiFailure(404, 'NOT_FOUND', `No API method for ${method} /v2/${path}`);
  }

  function generateUploadUrl(location: string): unknown {
    const bucket = `gcf-v2-uploads-000000000000-${location}`;
    const object = `${randomBytes(16).toString('hex')}.zip`;
    const signature = randomBytes(16).toString('hex');
    uploads.set(`${bucket}/${object}`, { signature, zip: null });
    return {
      uploadUrl: `${baseUrl}upload/${bucket}/${object}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${signature}`,
      storageSource: { bucket, object },
    };
  }

  /** The signed-URL PUT: no Authorization header (the signature authorizes), content-type signed as application/zip. */
  async function receiveUpload(req: http.IncomingMessage, url: URL): Promise<[number, string]> {
    const upload = uploads.get(url.pathname.slice('/upload/'.length));
    if (req.method !== 'PUT' || !upload || url.searchParams.get('X-Goog-Signature') !== upload.signature) {
      req.resume();
      return [403, xmlError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.')];
    }
    if (req.headers.authorization !== undefined) {
      req.resume();
      return [400, xmlError('InvalidAuthorization', 'A signed URL request must not carry an Authorization header.')];
    }
    if (req.headers['content-type'] !== 'application/zip') {
      req.resume();
      const why = 'The request signature we calculated does not match: the content-type was signed as application/zip.';
      return [403, xmlError('SignatureDoesNotMatch', why)];
    }
    const zip = await readBody(req, MAX_UPLOAD_BYTES);
    if (zip === null) {
      return [400, xmlError('EntityTooLarge', `Your proposed upload exceeds the maximum allowed size of ${MAX_UPLOAD_BYTES} bytes.`)];
    }
    upload.zip = zip;
    return [200, ''];
  }

  function getFunction(name: string): CloudFunction {
    const fn = state.functions.get(name);
    if (!fn) throw new ApiFailure(404, 'NOT_FOUND', `Resource '${name}' was not found`);
    return fn;
  }

  function createFunction(parent: string, functionId: string | null, body: unknown): Operation {
    checkFields(body);
    const fn = structuredClone(body as CloudFunction);
    const id = functionId ?? fn.name?.split('/').pop() ?? '';
    if (!FUNCTION_ID.test(id)) {
      throw invalidArgument(
        'function_id',
        `Invalid function_id "${id}": it must start with a lower-case letter, hold only lower-case letters, digits ` +
          'and hyphens, end with a letter or digit, and be at most 63 characters long.',
      );
    }
    const name = `${parent}/functions/${id}`;
    if (fn.name !== undefined && fn.name !== name) throw invalidArgument('function.name', `Function name ${fn.name} does not match ${name}.`);
    if (state.functions.has(name)) {
      const [, project, , location] = parent.split('/');
      throw new ApiFailure(409, 'ALREADY_EXISTS', `Function ${id} in region ${location} in project ${project} already exists`);
    }
    if (!fn.buildConfig?.runtime) {
      throw invalidArgument('function.build_config.runtime', 'Runtime is required when creating a function.');
    }
    if (!fn.buildConfig.source?.storageSource) {
      throw invalidArgument('function.build_config.source', 'A source is required when creating a function.');
    }
    const created: CloudFunction = {
      ...fn,
      name,
      environment: 'GEN_2',
      buildConfig: { ...fn.buildConfig, entryPoint: fn.buildConfig.entryPoint || id },
      serviceConfig: { availableMemory: '256M', maxInstanceCount: 100, ...fn.serviceConfig },
    };
    checkConfig(created);
    return startDeploy('create', name, null, created);
  }

  function patchFunction(name: string, mask: string | null, body: unknown): Operation {
    checkFields(body);
    const current = getFunction(name);
    const fn = body as CloudFunction;
    if (fn.name !== undefined && fn.name !== name) throw invalidArgument('function.name', `Function name ${fn.name} does not match ${name}.`);
    if (running.has(name)) {
      throw new ApiFailure(409, 'ABORTED', `An operation on function ${name} is already in progress. Please try again later.`);
    }
    const paths = mask === null || mask === '' ? providedPaths(fn) : mask.split(',').map((path) => camelCase(path.trim()));
    const updated = structuredClone(current);
    for (const path of paths) {
      const type = fieldType(path);
      if (type === null) throw invalidArgument('update_mask', `Invalid update mask: "${path}" is not a field of Function.`);
      if (NOT_UPDATABLE.has(path)) throw invalidArgument('update_mask', `Invalid update mask: field "${path}" cannot be updated.`);
      setPath(updated, path, getPath(fn, path));
    }
    checkConfig(updated);
    return startDeploy('update', name, current, updated);
  }

  /** Stores the function as DEPLOYING and starts its deploy; the operation says how it ends. */
  function startDeploy(verb: 'create' | 'update', name: string, previous: CloudFunction | null, fn: CloudFunction): Operation {
    const [project, location] = [name.split('/')[1] ?? '', name.split('/')[3] ?? ''];
    const operationName = `projects/${project}/locations/${location}/operations/operation-${Date.now()}-${++sequence}`;
    const operation: Operation = {
      name: operationName,
      done: false,
      metadata: {
        '@type': 'type.googleapis.com/google.cloud.functions.v2.OperationMetadata',
        createTime: new Date().toISOString(),
        target: name,
        verb,
        apiVersion: 'v2',
        stages: [
          { name: 'BUILD', state: 'IN_PROGRESS' },
          { name: 'SERVICE', state: 'NOT_STARTED' },
        ],
      },
    };
    operations.set(operationName, operation);
    state.functions.set(name, { ...structuredClone(fn), state: 'DEPLOYING', updateTime: new Date().toISOString() });
    const task = deploy(name, fn, operation)
      .then((deployed) => {
        state.functions.set(name, deployed);
        finish(operation, { response: { '@type': 'type.googleapis.com/google.cloud.functions.v2.Function', ...deployed } });
      })
      .catch((error: unknown) => {
        const failure = error instanceof OperationFailure ? error : new OperationFailure('FAILED_PRECONDITION', errorMessage(error));
        const message = { severity: 'ERROR', type: 'Deployment', message: failure.message };
        // The serving revision, and the configuration it runs, stay as they were; a first deploy leaves a FAILED function.
        state.functions.set(name, previous ? { ...previous, stateMessages: [message] } : { ...fn, state: 'FAILED', stateMessages: [message] });
        finish(operation, { error: { code: RPC_CODES[failure.rpcStatus], message: failure.message } });
      })
      .finally(() => running.delete(name));
    running.set(name, task);
    return operation;
  }

  function finish(operation: Operation, outcome: Pick<Operation, 'response' | 'error'>): void {
    operation.done = true;
    Object.assign(operation, outcome);
    const stages = operation.metadata?.stages ?? [];
    for (const stage of stages) stage.state = 'COMPLETE';
  }

  /** Build (unzip the uploaded source) and serve (functions-framework through LocalDeployer) one revision. */
  async function deploy(name: string, fn: CloudFunction, operation: Operation): Promise<CloudFunction> {
    while (state.holdDeploys && !stopped) await sleep(50);
    if (stopped) throw new OperationFailure('ABORTED', 'The emulator stopped before the deploy finished.');
    if (state.failNextDeploy !== null) {
      const message = state.failNextDeploy;
      state.failNextDeploy = null;
      throw new OperationFailure('INVALID_ARGUMENT', `Build failed: ${message}`);
    }
    const source = fn.buildConfig?.source?.storageSource;
    const zip = source ? uploads.get(`${source.bucket}/${source.object}`)?.zip : null;
    if (!source || !zip) {
      throw new OperationFailure(
        'INVALID_ARGUMENT',
        `Build failed: cannot read the function source gs://${source?.bucket}/${source?.object}: no such object. ` +
          'Upload the zip to the URL from generateUploadUrl first.',
      );
    }
    const [, project, , location, , id = ''] = name.split('/');
    const number = (revisions.get(name) ?? 0) + 1;
    revisions.set(name, number);
    const revisionName = `${id}-${String(number).padStart(5, '0')}-${randomBytes(2).toString('hex').slice(0, 3)}`;
    const dir = join(root, 'revisions', revisionName);
    try {
      await unzip(zip, dir);
    } catch (error) {
      throw new OperationFailure('INVALID_ARGUMENT', `Build failed: the function source is not a valid zip archive: ${errorMessage(error)}`);
    }
    const [build, service] = operation.metadata?.stages ?? [];
    if (build) build.state = 'COMPLETE';
    if (service) service.state = 'IN_PROGRESS';
    const serveDir = join(root, 'serve', `${project}-${location}`);
    serveDirs.add(serveDir);
    const deployer = new LocalDeployer({ stateDir: serveDir, frameworkCli: options.frameworkCli });
    // FunctionSource types the entry point the pipeline writes; the emulator serves whichever the request named.
    const functionSource = { dir, entryPoint: fn.buildConfig?.entryPoint, functionName: id } as FunctionSource;
    try {
      const served = await deployer.deploy(functionSource, { instances: [], expected: [] }, () => undefined);
      return {
        ...fn,
        state: 'ACTIVE',
        stateMessages: [],
        updateTime: new Date().toISOString(),
        url: served.url,
        serviceConfig: {
          ...fn.serviceConfig,
          uri: served.url,
          service: `projects/${project}/locations/${location}/services/${id}`,
          revision: revisionName,
        },
      };
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new OperationFailure(
        'INVALID_ARGUMENT',
        `Could not create or update Cloud Run service ${id}, Container Healthcheck failed. Revision '${revisionName}' ` +
          `is not ready and cannot serve traffic. ${errorMessage(cause)}. ` +
          `Logs for this revision might contain more information: ${join(dir, 'server.log')}`,
      );
    }
  }

  function policyOf(service: string): IamPolicy {
    const exists = [...state.functions.values()].some((fn) => fn.serviceConfig?.service === service);
    if (!exists) {
      const [, project, , location, , id] = service.split('/');
      const what = `Resource '${id}' of kind 'SERVICE' in region '${location}' in project '${project}'`;
      throw new ApiFailure(404, 'NOT_FOUND', `${what} does not exist.`);
    }
    return state.policies.get(service) ?? { version: 1, etag: EMPTY_POLICY_ETAG };
  }

  function setIamPolicy(service: string, body: unknown): IamPolicy {
    const current = policyOf(service);
    const policy = (body as { policy?: IamPolicy } | null)?.policy;
    if (typeof policy !== 'object' || policy === null) {
      throw invalidArgument('policy', 'Request contains an invalid argument: policy is required.');
    }
    if (policy.etag !== undefined && policy.etag !== current.etag) {
      const message = 'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.';
      throw new ApiFailure(409, 'ABORTED', message);
    }
    const bindings: IamBinding[] = [];
    for (const binding of policy.bindings ?? []) {
      if (typeof binding.role !== 'string' || !binding.role.startsWith('roles/')) {
        throw invalidArgument('policy.bindings.role', `Role ${String(binding.role)} is not supported for this resource.`);
      }
      const bad = (binding.members ?? []).find((member) => !MEMBER.test(member));
      if (bad !== undefined) throw invalidArgument('policy.bindings.members', `Invalid member: ${bad}`);
      if ((binding.members ?? []).length > 0) bindings.push({ ...binding, members: [...new Set(binding.members)] });
    }
    const stored: IamPolicy = { version: policy.version ?? 1, bindings, etag: Buffer.from(`etag-${++sequence}`).toString('base64') };
    state.policies.set(service, stored);
    return stored;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    baseUrl,
    state,
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
    async stop() {
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...running.values()]);
      for (const name of state.functions.keys()) {
        const [, project, , location, , id = ''] = name.split('/');
        const serveDir = join(root, 'serve', `${project}-${location}`);
        if (serveDirs.has(serveDir)) await stopLocalFunction(serveDir, id);
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

export function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

export function rpcError(code: number, status: string, message: string, details: unknown[] = []): unknown {
  return { error: { code, message, status, ...(details.length > 0 && { details }) } };
}

function invalidArgument(field: string, description: string): ApiFailure {
  return new ApiFailure(400, 'INVALID_ARGUMENT', description, [
    { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field, description }] },
  ]);
}

function xmlError(code: string, message: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

/** The request body, or null when it is larger than `limit` bytes. */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_JSON_BYTES);
  if (body === null) throw new ApiFailure(413, 'INVALID_ARGUMENT', 'Request payload size exceeds the limit.');
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new ApiFailure(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. ${errorMessage(error)}`);
  }
}

/** Rejects unknown fields and wrongly typed values, with the messages of the APIs' JSON parser. */
function checkFields(body: unknown, fields: { [field: string]: FieldType } = FUNCTION_FIELDS, at = 'function'): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiFailure(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Expected an object at '${at}'.`);
  }
  for (const [key, value] of Object.entries(body)) {
    const type = fields[key];
    const where = `${at}.${snakeCase(key)}`;
    if (type === undefined) {
      throw new ApiFailure(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${key}" at '${at}': Cannot find field.`);
    }
    if (value === null) continue;
    const wrong =
      (type === 'string' && typeof value !== 'string') ||
      (type === 'bool' && typeof value !== 'boolean') ||
      (type === 'int32' && !(Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value)))) ||
      (type === 'map' && (typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')));
    if (wrong) {
      const typeName = typeof type === 'string' ? `TYPE_${type.toUpperCase()}` : 'message';
      throw new ApiFailure(400, 'INVALID_ARGUMENT', `Invalid value at '${where}' (${typeName}), ${JSON.stringify(value)}`);
    }
    if (typeof type === 'object') checkFields(value, type, where);
  }
}

/** What the API checks of a function's configuration whatever the call. */
function checkConfig(fn: CloudFunction): void {
  const runtime = fn.buildConfig?.runtime;
  if (runtime !== undefined && !NODE_RUNTIMES.includes(runtime)) {
    throw invalidArgument(
      'function.build_config.runtime',
      `Runtime "${runtime}" is not supported by this emulator; use one of ${NODE_RUNTIMES.join(', ')}.`,
    );
  }
  const memory = fn.serviceConfig?.availableMemory;
  if (memory !== undefined) {
    const match = MEMORY.exec(memory);
    const bytes = match ? Number(match[1]) * (MEMORY_BYTES[match[2] ?? ''] ?? 1) : NaN;
    if (!(bytes >= MIN_MEMORY && bytes <= MAX_MEMORY)) {
      throw invalidArgument(
        'function.service_config.available_memory',
        `Invalid value specified for container memory: "${memory}". Use a quantity with the unit k, M, G, Mi or Gi ` +
          '(such as 256M or 1Gi) between 128Mi and 32Gi.',
      );
    }
  }
  const maxInstances = Number(fn.serviceConfig?.maxInstanceCount ?? 0);
  if (maxInstances < 0) throw invalidArgument('function.service_config.max_instance_count', 'max_instance_count must not be negative.');
}

/** The type of a dotted field path of Function, or null when there is no such field. */
function fieldType(path: string): FieldType | null {
  let fields: FieldType = FUNCTION_FIELDS;
  for (const part of path.split('.')) {
    if (typeof fields !== 'object') return null;
    const next: FieldType | undefined = fields[part];
    if (next === undefined) return null;
    fields = next;
  }
  return fields;
}

/** With no update mask, the API updates the fields the request provides: its leaf paths. */
function providedPaths(value: unknown, prefix = '', fields: FieldType = FUNCTION_FIELDS): string[] {
  if (typeof fields !== 'object' || typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = fields[key];
    return type === undefined || NOT_UPDATABLE.has(path) ? [] : providedPaths(child, path, type);
  });
}

function getPath(target: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], target);
}

function setPath(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target as Record<string, unknown>;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[last];
  else node[last] = structuredClone(value);
}

function camelCase(path: string): string {
  return path.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Unpacks the zip into `dir`; yauzl refuses absolute paths and `..`, so nothing lands outside it. */
async function unzip(zip: Buffer, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const archive = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  try {
    for await (const entry of archive.eachEntry()) {
      const path = join(dir, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(path, { recursive: true });
        continue;
      }
      await mkdir(dirname(path), { recursive: true });
      await pipeline(await archive.openReadStreamPromise(entry), createWriteStream(path));
    }
  } finally {
    archive.close();
  }
}
