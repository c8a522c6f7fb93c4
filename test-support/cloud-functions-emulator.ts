import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import yauzl from 'yauzl';
import { CLOUD_PLATFORM_SCOPE } from '../src/auth/credentials.js';
import { LocalDeployer, stopLocalFunction } from '../src/backends/deploy/local.js';
import type { CloudFunction } from '../src/clients/cloud-functions.js';
import type { Operation } from '../src/clients/google-api.js';
import {
  LATEST,
  REVISION,
  type IamBinding,
  type IamPolicy,
  type RunService,
  type TrafficTarget,
  type TrafficTargetStatus,
} from '../src/clients/cloud-run.js';
import { ENTRY_FILE, type FunctionSource } from '../src/stages/package.js';
import { errorMessage } from '../src/util/errors.js';
import { verifyBearer, type AcceptedCredentials } from './google-auth.js';
import { listenOnLoopback } from './processes.js';

/**
 * Cloud Functions v2 and the Cloud Run Admin v2 services methods (get, patch of the traffic split, IAM), emulated on
 * 127.0.0.1 from the public REST reference, on one server: the paths cannot collide (`.../functions...`,
 * `.../operations/...`, `.../services/...`, `/upload/...`). Every API request must carry a JWT signed with the test
 * key, or an access token the IAM Credentials emulator minted, scoped to cloud-platform.
 * Deploys are real: the uploaded zip is unpacked and each revision is served by its own functions-framework server
 * (through LocalDeployer); a revision becomes ready only once it answers. The service URL is a front server that
 * routes each request by the traffic split (deterministically: of every 100 requests, the first `percent` go to
 * the first target, and so on), and each tag gets a URL of its own that routes to its revision. As in Cloud
 * Functions, a new revision takes all the traffic unless serviceConfig.allTrafficOnLatestRevision is false; then
 * the traffic stays pinned to the revisions that served it.
 *
 * Known differences from the real services: one Node.js (this one) runs every runtime and nothing is `npm
 * install`ed (the framework CLI given is used); serviceConfig.environmentVariables are stored but not passed to the
 * server (LocalDeployer gives it only PATH); a revision must answer GET / with 200 to become ready (Cloud Run only
 * needs the port to listen); a revision with neither traffic nor a tag is stopped (scaled to zero) and started
 * again when traffic returns to it; services.patch changes only `traffic`; URLs are plain http and enforce neither
 * roles/run.invoker nor ingressSettings.
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
  /** Cloud Run services by name, as services.get returns them (without trafficStatuses, computed on each get). */
  services: Map<string, RunService>;
  /** Every request, in arrival order, with the status it got. */
  requests: RecordedRequest[];
  /** The next deploy operation fails at build with this message; the serving revision is left alone. */
  failNextDeploy: string | null;
  /** While true, deploy operations stay in progress (not done), as a slow build would. */
  holdDeploys: boolean;
  /**
   * The next revision deploys and becomes ready, but answers every prediction request with no predictions, as a
   * broken serving change would: only a check of its answers notices.
   */
  answerWronglyNext: boolean;
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
const TAG = /^[a-z](?:[-a-z0-9]{0,44}[a-z0-9])?$/;
/** What a revision serves under answerWronglyNext: ready (GET answers), but no predictions. */
const WRONG_ANSWERS = `export function predict(req, res) {
  res.json(req.method === 'GET' ? { name: 'broken' } : { predictions: [] });
}
`;
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
  const state: EmulatorState = {
    functions: new Map(),
    policies: new Map(),
    services: new Map(),
    requests: [],
    failNextDeploy: null,
    holdDeploys: false,
    answerWronglyNext: false,
  };
  const operations = new Map<string, Operation>();
  const uploads = new Map<string, Upload>();
  /** Deploy tasks in progress by function name: one at a time per function, as the API allows. */
  const running = new Map<string, Promise<void>>();
  const revisions = new Map<string, number>();
  /** What serves each service: its revisions' servers, the front server and one server per tag. */
  const serving = new Map<string, ServiceServers>();
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
    if (at('/services/[^/:]+') && method === 'GET') return getService(path);
    if (at('/services/[^/:]+') && method === 'PATCH') return patchService(path, query.get('updateMask'), body);
    if ((match = at('/services/[^/:]+/revisions/([^/:]+)')) && method === 'GET') return getRevision(path, match[3] ?? '');
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
    const dir = join(root, 'revisions', revisionName, 'source');
    try {
      await unzip(zip, dir);
    } catch (error) {
      throw new OperationFailure('INVALID_ARGUMENT', `Build failed: the function source is not a valid zip archive: ${errorMessage(error)}`);
    }
    if (state.answerWronglyNext) {
      state.answerWronglyNext = false;
      await writeFile(join(dir, ENTRY_FILE), WRONG_ANSWERS);
    }
    const [build, stage] = operation.metadata?.stages ?? [];
    if (build) build.state = 'COMPLETE';
    if (stage) stage.state = 'IN_PROGRESS';
    // FunctionSource types the entry point the pipeline writes; the emulator serves whichever the request named.
    const functionSource = { dir, entryPoint: fn.buildConfig?.entryPoint, functionName: id } as FunctionSource;
    const revision: RevisionServer = { name: revisionName, source: functionSource, stateDir: join(root, 'serve', revisionName), url: null };
    try {
      await startRevision(revision);
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      throw new OperationFailure(
        'INVALID_ARGUMENT',
        `Could not create or update Cloud Run service ${id}, Container Healthcheck failed. Revision '${revisionName}' ` +
          `is not ready and cannot serve traffic. ${errorMessage(cause)}. ` +
          `Logs for this revision might contain more information: ${join(dir, 'server.log')}`,
      );
    }
    const serviceName = `projects/${project}/locations/${location}/services/${id}`;
    const service = state.services.get(serviceName) ?? (await createService(serviceName));
    serversOf(serviceName).revisions.set(revisionName, revision);
    const previous = service.latestReadyRevision?.split('/').pop();
    const traffic = service.traffic ?? [];
    // allTrafficOnLatestRevision false: what served keeps serving, pinned to the revision LATEST meant until now.
    const pinned =
      fn.serviceConfig?.allTrafficOnLatestRevision === false && previous !== undefined
        ? traffic.map((target) => (target.type === LATEST ? { ...target, type: REVISION, revision: previous } : target))
        : [{ type: LATEST, percent: 100 }];
    service.latestReadyRevision = service.latestCreatedRevision = `${serviceName}/revisions/${revisionName}`;
    await serveTraffic(serviceName, pinned as TrafficTarget[]);
    return {
      ...fn,
      state: 'ACTIVE',
      stateMessages: [],
      updateTime: new Date().toISOString(),
      url: service.uri,
      serviceConfig: { ...fn.serviceConfig, uri: service.uri, service: serviceName, revision: revisionName },
    };
  }

  async function startRevision(revision: RevisionServer): Promise<void> {
    const deployer = new LocalDeployer({ stateDir: revision.stateDir, frameworkCli: options.frameworkCli });
    revision.url = (await deployer.deploy(revision.source, { instances: [], expected: [] }, () => undefined)).url;
  }

  async function stopRevision(revision: RevisionServer): Promise<void> {
    if (revision.url === null) return;
    revision.url = null;
    await stopLocalFunction(revision.stateDir, revision.source.functionName);
  }

  function serversOf(serviceName: string): ServiceServers {
    const servers = serving.get(serviceName);
    if (!servers) throw new Error(`No servers for ${serviceName}`);
    return servers;
  }

  /** A new service, with the front server its URL names: it routes each request by the traffic split. */
  async function createService(serviceName: string): Promise<RunService> {
    const revisions = new Map<string, RevisionServer>();
    // Of every 100 requests, the first `percent` go to the first target, and so on: a split without randomness.
    let routed = 0;
    const front = router(() => {
      const shares = resolvedTraffic(serviceName).filter((target) => (target.percent ?? 0) > 0);
      let slot = routed++ % 100;
      for (const target of shares) {
        if (slot < (target.percent ?? 0)) return revisions.get(target.revision ?? '')?.url ?? null;
        slot -= target.percent ?? 0;
      }
      return null;
    });
    const servers: ServiceServers = { revisions, front, tags: new Map() };
    serving.set(serviceName, servers);
    const service: RunService = { name: serviceName, uri: await listenOnLoopback(servers.front), traffic: [], etag: nextEtag() };
    state.services.set(serviceName, service);
    return service;
  }

  /** The traffic targets with LATEST resolved to its revision, and each tag's URL. */
  function resolvedTraffic(serviceName: string): TrafficTargetStatus[] {
    const service = state.services.get(serviceName);
    const latest = service?.latestReadyRevision?.split('/').pop();
    const tags = serving.get(serviceName)?.tags;
    return (service?.traffic ?? []).map((target) => ({
      ...target,
      revision: target.type === LATEST ? latest : target.revision,
      ...(target.tag && tags?.has(target.tag) && { uri: tags.get(target.tag)?.url }),
    }));
  }

  /**
   * Serves `traffic`: starts the revisions it needs first (so no request finds a revision still starting), then
   * routes by it, gives each new tag its URL, closes those of tags gone, and stops revisions nothing reaches.
   */
  async function serveTraffic(serviceName: string, traffic: TrafficTarget[]): Promise<void> {
    const service = state.services.get(serviceName) as RunService;
    const servers = serversOf(serviceName);
    const latest = service.latestReadyRevision?.split('/').pop();
    const reached = new Set(
      traffic.filter((target) => (target.percent ?? 0) > 0 || target.tag).map((target) => (target.type === LATEST ? latest : target.revision)),
    );
    for (const revision of servers.revisions.values()) if (reached.has(revision.name) && revision.url === null) await startRevision(revision);
    service.traffic = structuredClone(traffic);
    service.etag = nextEtag();
    const tags = new Set(traffic.flatMap((target) => (target.tag ? [target.tag] : [])));
    for (const [tag, tagged] of servers.tags) {
      if (tags.has(tag)) continue;
      servers.tags.delete(tag);
      await close(tagged.server);
    }
    for (const tag of tags) {
      if (servers.tags.has(tag)) continue;
      const server = router(() => {
        const revision = resolvedTraffic(serviceName).find((target) => target.tag === tag)?.revision;
        return servers.revisions.get(revision ?? '')?.url ?? null;
      });
      servers.tags.set(tag, { server, url: await listenOnLoopback(server) });
    }
    for (const revision of servers.revisions.values()) if (!reached.has(revision.name)) await stopRevision(revision);
  }

  function getService(name: string): RunService {
    const service = state.services.get(name);
    if (!service) throw serviceNotFound(name);
    return { ...structuredClone(service), urls: [service.uri], trafficStatuses: resolvedTraffic(name), reconciling: false } as RunService;
  }

  /** revisions.get: only what the deployer reads, that the revision exists (traffic may reach it again). */
  function getRevision(path: string, revision: string): unknown {
    const service = path.slice(0, path.indexOf('/revisions/'));
    if (!state.services.has(service) || !serversOf(service).revisions.has(revision)) {
      throw new ApiFailure(404, 'NOT_FOUND', `Revision '${revision}' of service '${service}' does not exist.`);
    }
    return { name: path, service, uid: revision };
  }

  /** services.patch of the traffic split: checked now, applied by the operation it returns. */
  function patchService(name: string, mask: string | null, body: unknown): Operation {
    const service = state.services.get(name);
    if (!service) throw serviceNotFound(name);
    if (mask !== null && mask !== '' && mask !== 'traffic') {
      throw invalidArgument('update_mask', `This emulator updates only the traffic of a service, not "${mask}".`);
    }
    const traffic = checkTraffic(name, (body as { traffic?: unknown } | null)?.traffic);
    if (running.has(name)) {
      throw new ApiFailure(409, 'ABORTED', `Resource '${name}' is being changed by another operation. Please try again later.`);
    }
    const [, project, , location] = name.split('/');
    const operationName = `projects/${project}/locations/${location}/operations/${randomBytes(8).toString('hex')}`;
    const operation: Operation = {
      name: operationName,
      done: false,
      metadata: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', name },
    };
    operations.set(operationName, operation);
    const before = structuredClone(service.traffic ?? []);
    const task = serveTraffic(name, traffic)
      .then(() => finish(operation, { response: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', ...getService(name) } }))
      .catch(async (error: unknown) => {
        await serveTraffic(name, before).catch(() => undefined);
        finish(operation, { error: { code: RPC_CODES.FAILED_PRECONDITION, message: `Revision not ready: ${errorMessage(error)}` } });
      })
      .finally(() => running.delete(name));
    running.set(name, task);
    return operation;
  }

  /** The checks services.patch makes of Service.traffic: known revisions, shares summing to 100, unique tags. */
  function checkTraffic(name: string, traffic: unknown): TrafficTarget[] {
    if (!Array.isArray(traffic)) throw invalidArgument('service.traffic', 'traffic must be a list of traffic targets.');
    const revisions = serversOf(name).revisions;
    const tags = new Set<string>();
    let total = 0;
    for (const [index, target] of (traffic as TrafficTarget[]).entries()) {
      const field = `service.traffic[${index}]`;
      if (target.type === REVISION) {
        if (!target.revision || !revisions.has(target.revision)) {
          throw invalidArgument(`${field}.revision`, `Revision '${target.revision ?? ''}' does not exist in service '${name}'.`);
        }
      } else if (target.type === LATEST) {
        if (target.revision !== undefined) throw invalidArgument(`${field}.revision`, 'A LATEST traffic target must not name a revision.');
      } else {
        throw invalidArgument(`${field}.type`, `Traffic target type ${String(target.type)} is not one of ${LATEST}, ${REVISION}.`);
      }
      const percent = target.percent ?? 0;
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
        throw invalidArgument(`${field}.percent`, `percent must be an integer from 0 to 100, not ${String(target.percent)}.`);
      }
      total += percent;
      if (target.tag !== undefined) {
        if (!TAG.test(target.tag)) throw invalidArgument(`${field}.tag`, `Tag '${target.tag}' is not a valid tag (lower-case letters, digits, hyphens).`);
        if (tags.has(target.tag)) throw invalidArgument(`${field}.tag`, `Tag '${target.tag}' is used by more than one traffic target.`);
        tags.add(target.tag);
      }
    }
    if (total !== 100) throw invalidArgument('service.traffic', `The traffic percents must add up to 100, not ${total}.`);
    return traffic as TrafficTarget[];
  }

  function nextEtag(): string {
    return Buffer.from(`etag-${++sequence}`).toString('base64');
  }

  function policyOf(service: string): IamPolicy {
    if (!state.services.has(service)) throw serviceNotFound(service);
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
    const stored: IamPolicy = { version: policy.version ?? 1, bindings, etag: nextEtag() };
    state.policies.set(service, stored);
    return stored;
  }

  baseUrl = await listenOnLoopback(server);

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
      for (const servers of serving.values()) {
        await Promise.all([servers.front, ...[...servers.tags.values()].map((tagged) => tagged.server)].map(close));
        for (const revision of servers.revisions.values()) await stopRevision(revision);
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

interface RevisionServer {
  /** The short name, `fn-00002-abc`. */
  name: string;
  source: FunctionSource;
  /** Where LocalDeployer records this revision's server: one folder per revision, so revisions serve side by side. */
  stateDir: string;
  /** Its own server's URL; null while it is stopped (scaled to zero). */
  url: string | null;
}

interface ServiceServers {
  revisions: Map<string, RevisionServer>;
  /** The service URL's server. */
  front: http.Server;
  /** Each tag's URL's server. */
  tags: Map<string, { server: http.Server; url: string }>;
}

/** A server that forwards each request to the URL `pick` names, or answers 503 when it names none. */
function router(pick: () => string | null): http.Server {
  return http.createServer((req, res) => {
    const target = pick();
    if (target === null) {
      req.resume();
      res.writeHead(503, { 'content-type': 'text/plain' }).end('No revision of this service is serving.');
      return;
    }
    const upstream = http.request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host }, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain' });
      res.end(`The revision did not answer: ${errorMessage(error)}`);
    });
    req.pipe(upstream);
  });
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function serviceNotFound(service: string): ApiFailure {
  const [, project, , location, , id] = service.split('/');
  return new ApiFailure(404, 'NOT_FOUND', `Resource '${id}' of kind 'SERVICE' in region '${location}' in project '${project}' does not exist.`);
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
  const config = fn.serviceConfig ?? {};
  const maxInstances = Number(config.maxInstanceCount ?? 0);
  if (maxInstances < 0) throw invalidArgument('function.service_config.max_instance_count', 'max_instance_count must not be negative.');
  const minInstances = Number(config.minInstanceCount ?? 0);
  if (minInstances < 0 || (maxInstances > 0 && minInstances > maxInstances)) {
    throw invalidArgument('function.service_config.min_instance_count', 'min_instance_count must be from 0 to max_instance_count.');
  }
  const timeout = Number(config.timeoutSeconds ?? 60);
  if (!(timeout >= 1 && timeout <= 3600)) {
    throw invalidArgument('function.service_config.timeout_seconds', 'timeout_seconds must be from 1 to 3600 for an HTTP function.');
  }
  const ingress = config.ingressSettings;
  if (ingress !== undefined && !['ALLOW_ALL', 'ALLOW_INTERNAL_ONLY', 'ALLOW_INTERNAL_AND_GCLB'].includes(ingress)) {
    throw invalidArgument('function.service_config.ingress_settings', `Invalid value for ingress_settings: "${ingress}".`);
  }
  const account = config.serviceAccountEmail;
  if (account !== undefined && !/^[^@\s]+@[^@\s]+\.gserviceaccount\.com$/.test(account)) {
    throw invalidArgument('function.service_config.service_account_email', `Invalid service account email: "${account}".`);
  }
  const concurrency = Number(config.maxInstanceRequestConcurrency ?? 1);
  if (!(concurrency >= 1 && concurrency <= 1000)) {
    throw invalidArgument('function.service_config.max_instance_request_concurrency', 'max_instance_request_concurrency must be from 1 to 1000.');
  }
  if (concurrency > 1 && !(Number(config.availableCpu ?? 0) >= 1)) {
    throw invalidArgument(
      'function.service_config.max_instance_request_concurrency',
      'Could not update Cloud Run service. spec.template.spec.containers[0].resources.limits.cpu: Invalid value specified ' +
        'for cpu. Total cpu < 1 is not supported with concurrency > 1.',
    );
  }
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
