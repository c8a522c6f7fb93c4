import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLOUD_PLATFORM_SCOPE } from '../src/auth/credentials.js';
import type { LogEntry } from '../src/clients/cloud-logging.js';
import { TERMINAL_STATES, type CustomJob, type JobState } from '../src/clients/vertex-ai.js';
import { errorMessage } from '../src/util/errors.js';
import { ApiFailure, readJson, rpcError, send } from './cloud-functions-emulator.js';
import { verifyBearer, type AcceptedCredentials, TEST_PROJECT_ID } from './google-auth.js';
import { listenOnLoopback } from './processes.js';

/**
 * Vertex AI custom jobs (v1 projects.locations.customJobs create, get, cancel) and Cloud Logging's entries:list,
 * emulated on one 127.0.0.1 server from the public REST references: the paths cannot collide (`/v1/...` and
 * `/v2/entries:list`). Every request must carry a JWT signed by the test key (or a token the IAM Credentials
 * emulator minted), scoped to cloud-platform, checked by the same verifier as the Cloud Functions emulator's.
 *
 * Jobs really run. A created job is QUEUED, then PENDING while its /gcs/ mount is prepared, then RUNNING while its
 * container's command runs as a local process with the container's env and the AIP_* variables baseOutputDirectory
 * sets; its exit decides SUCCEEDED or FAILED (with Vertex AI's error message), and cancel ends it CANCELLED (code 1)
 * after SIGTERM to the process. Each line it writes becomes a log entry (stdout INFO, stderr ERROR) of resource type
 * ml_job labelled with the job's id, which entries:list serves in pages.
 *
 * Known differences from the real services: the image is not pulled; the command runs on this machine, `node`
 * being the Node.js that runs the tests, with STORAGE_EMULATOR_HOST pointing it at fake-gcs-server (which stands
 * for Cloud Storage and needs no credentials). The Cloud Storage FUSE mount is a copy, taken as the job starts, of
 * the objects in the folder of each /gcs/<bucket>/<path> argument of the command (the command is given the copy's
 * path), not a live mount of the bucket. machineSpec is checked for shape only, and one worker pool of one replica
 * is all it runs. Log entries are available as soon as they are written (Cloud Logging takes seconds); a filter
 * may only AND `resource.type="…"`, `resource.labels.<label>="…"` and `timestamp>="…"` (or `>`) clauses.
 */

export interface VertexEmulatorOptions extends AcceptedCredentials {
  /** fake-gcs-server's address (http://127.0.0.1:PORT): the jobs' /gcs/ mount and STORAGE_EMULATOR_HOST. */
  storageHost: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}

/** What the emulator holds, open to tests for assertions and fault injection. */
export interface VertexEmulatorState {
  jobs: Map<string, CustomJob>;
  /** Every request, in arrival order, with the status it got (and its JSON body, for POSTs). */
  calls: RecordedCall[];
  /** Names of the jobs customJobs.cancel was called for. */
  cancelled: string[];
  /** Every log entry written, in order. */
  entries: LogEntry[];
  /** The most entries:list puts on one page, whatever the request asks (the API's own limit is 1000). */
  maxPageSize: number;
  /** While true, new jobs stay PENDING (waiting for resources, as in a stockout) until it is false again. */
  holdJobs: boolean;
  /** Service accounts the caller may not act as (no iam.serviceAccounts.actAs): a job naming one is refused. */
  actAsDenied: Set<string>;
  /** While true, entries:list is denied, as to a caller without roles/logging.viewer. */
  denyLogReads: boolean;
  /** Runs as each job's process is about to start: the moment the job reads its inputs. */
  beforeJobRuns: ((job: CustomJob) => Promise<void>) | null;
}

export interface VertexEmulator {
  /** `http://127.0.0.1:<port>/`: the value for CLOUDSDK_API_ENDPOINT_OVERRIDES_AIPLATFORM and _LOGGING. */
  baseUrl: string;
  state: VertexEmulatorState;
  /** Resolves once no job's process is running. */
  idle(): Promise<void>;
  /** Stops the server and every job's process, and removes the mounts. */
  stop(): Promise<void>;
}

/** The real API names jobs by project number; ours for TEST_PROJECT_ID. */
export const TEST_PROJECT_NUMBER = '123456789012';
const MACHINE_TYPE = /^(?:n1|n2|n2d|e2|c2|c2d|c3|m1|a2|a3|g2)-[a-z0-9-]+$/;
const WORKER_POOL = 'workerpool0-0';
const SEVERITY = { stdout: 'INFO', stderr: 'ERROR' } as const;
const CLAUSE = /^(resource\.type|resource\.labels\.[a-z_]+|timestamp)\s*(=|>=|>)\s*"([^"]*)"$/;

interface RunningJob {
  child: ChildProcess | null;
  done: Promise<void>;
}

export async function startVertexEmulator(options: VertexEmulatorOptions): Promise<VertexEmulator> {
  const root = await mkdtemp(join(tmpdir(), 'vertex-emulator-'));
  const state: VertexEmulatorState = {
    jobs: new Map(),
    calls: [],
    cancelled: [],
    entries: [],
    maxPageSize: 1000,
    holdJobs: false,
    actAsDenied: new Set(),
    denyLogReads: false,
    beforeJobRuns: null,
  };
  const running = new Map<string, RunningJob>();
  let sequence = 0;
  let stopped = false;
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, rpcError(500, 'INTERNAL', errorMessage(error))));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const call: RecordedCall = { method: req.method ?? '', path: url.pathname, status: 0 };
    state.calls.push(call);
    try {
      const auth = verifyBearer(req.headers.authorization, options, CLOUD_PLATFORM_SCOPE);
      if (!auth.ok) throw new ApiFailure(auth.status, auth.status === 401 ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED', auth.message);
      const body = req.method === 'POST' ? await readJson(req) : undefined;
      call.body = body;
      const answer = route(req.method ?? '', url.pathname, body);
      call.status = 200;
      send(res, 200, answer);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      call.status = error.httpStatus;
      send(res, error.httpStatus, rpcError(error.httpStatus, error.rpcStatus, error.message, error.details));
    }
  }

  function route(method: string, path: string, body: unknown): unknown {
    if (path === '/v2/entries:list' && method === 'POST') return listEntries(body);
    const jobs = /^\/v1\/(projects\/([^/]+)\/locations\/([^/]+))\/customJobs$/.exec(path);
    if (jobs && method === 'POST') return createJob(jobs[2] ?? '', jobs[3] ?? '', body);
    const job = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/customJobs\/[^/:]+)(:cancel)?$/.exec(path);
    if (job && method === 'GET' && !job[2]) return jobNamed(job[1] ?? '');
    if (job && method === 'POST' && job[2]) return cancelJob(job[1] ?? '');
    throw new ApiFailure(404, 'NOT_FOUND', `No API method for ${method} ${path}`);
  }

  function createJob(project: string, location: string, body: unknown): CustomJob {
    if (project !== TEST_PROJECT_ID && project !== TEST_PROJECT_NUMBER) {
      throw new ApiFailure(403, 'PERMISSION_DENIED', `Permission 'aiplatform.customJobs.create' denied on resource '//aiplatform.googleapis.com/projects/${project}/locations/${location}' (or it may not exist).`);
    }
    const job = body as Partial<CustomJob> | null;
    if (typeof job?.displayName !== 'string' || job.displayName === '') throw invalid('custom_job.display_name', 'display_name is required.');
    const pools = job.jobSpec?.workerPoolSpecs ?? [];
    if (pools.length !== 1) throw invalid('custom_job.job_spec.worker_pool_specs', 'This emulator runs exactly one worker pool.');
    const [pool] = pools;
    if (!pool?.containerSpec?.imageUri) throw invalid('custom_job.job_spec.worker_pool_specs[0].container_spec.image_uri', 'image_uri is required.');
    if (!MACHINE_TYPE.test(pool.machineSpec?.machineType ?? '')) {
      throw invalid('custom_job.job_spec.worker_pool_specs[0].machine_spec.machine_type', `Machine type "${pool.machineSpec?.machineType ?? ''}" is not supported.`);
    }
    if (String(pool.replicaCount) !== '1') throw invalid('custom_job.job_spec.worker_pool_specs[0].replica_count', 'The chief pool must have one replica.');
    const account = job.jobSpec?.serviceAccount;
    if (account !== undefined && state.actAsDenied.has(account)) {
      throw new ApiFailure(403, 'PERMISSION_DENIED', `Permission 'iam.serviceAccounts.actAs' denied on service account ${account} (or it may not exist).`);
    }
    const outputUri = job.jobSpec?.baseOutputDirectory?.outputUriPrefix;
    if (outputUri !== undefined && !outputUri.startsWith('gs://')) {
      throw invalid('custom_job.job_spec.base_output_directory.output_uri_prefix', `"${outputUri}" is not a Cloud Storage URI.`);
    }
    const id = String(1_000_000_000_000 + ++sequence);
    const name = `projects/${TEST_PROJECT_NUMBER}/locations/${location}/customJobs/${id}`;
    const now = new Date().toISOString();
    const created: CustomJob = { ...structuredClone(job as CustomJob), name, state: 'JOB_STATE_QUEUED', createTime: now, updateTime: now };
    state.jobs.set(name, created);
    const run: RunningJob = { child: null, done: Promise.resolve() };
    running.set(name, run);
    run.done = runJob(created, run, project).finally(() => running.delete(name));
    return created;
  }

  function jobNamed(name: string): CustomJob {
    const job = state.jobs.get(name);
    if (!job) throw new ApiFailure(404, 'NOT_FOUND', `The CustomJob does not exist: ${name}`);
    return job;
  }

  function cancelJob(name: string): unknown {
    const job = jobNamed(name);
    state.cancelled.push(name);
    if (job.state && TERMINAL_STATES.has(job.state)) {
      throw new ApiFailure(400, 'FAILED_PRECONDITION', `Cannot cancel CustomJob ${name} because it is in state ${job.state}.`);
    }
    setState(job, 'JOB_STATE_CANCELLING');
    running.get(name)?.child?.kill('SIGTERM');
    return {};
  }

  function setState(job: CustomJob, next: JobState): void {
    job.state = next;
    job.updateTime = new Date().toISOString();
    if (next === 'JOB_STATE_RUNNING') job.startTime = job.updateTime;
    if (TERMINAL_STATES.has(next)) job.endTime = job.updateTime;
  }

  const cancelling = (job: CustomJob) => job.state === 'JOB_STATE_CANCELLING' || stopped;

  function finishCancelled(job: CustomJob): void {
    job.error = { code: 1, message: 'CANCELED' };
    setState(job, 'JOB_STATE_CANCELLED');
  }

  /** QUEUED → PENDING (the mount) → RUNNING (the process) → SUCCEEDED, FAILED or CANCELLED. */
  async function runJob(job: CustomJob, run: RunningJob, project: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (cancelling(job)) return finishCancelled(job);
    setState(job, 'JOB_STATE_PENDING');
    while (state.holdJobs && !cancelling(job)) await new Promise((resolve) => setTimeout(resolve, 50));
    if (cancelling(job)) return finishCancelled(job);
    const id = job.name?.split('/').pop() ?? '';
    const container = job.jobSpec.workerPoolSpecs[0]?.containerSpec;
    try {
      const command = await mountGcs([...(container?.command ?? []), ...(container?.args ?? [])], join(root, id));
      await state.beforeJobRuns?.(job);
      const output = job.jobSpec.baseOutputDirectory?.outputUriPrefix.replace(/\/?$/, '/');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: join(root, id),
        STORAGE_EMULATOR_HOST: options.storageHost,
        CLOUD_ML_JOB_ID: id,
        ...Object.fromEntries((container?.env ?? []).map((variable) => [variable.name, variable.value])),
        ...(output && { AIP_MODEL_DIR: `${output}model/`, AIP_CHECKPOINT_DIR: `${output}checkpoints/`, AIP_TENSORBOARD_LOG_DIR: `${output}logs/` }),
      };
      const [program = '', ...args] = command;
      if (cancelling(job)) return finishCancelled(job);
      const child = spawn(program === 'node' ? process.execPath : program, args, { cwd: join(root, id), env, stdio: ['ignore', 'pipe', 'pipe'] });
      run.child = child;
      setState(job, 'JOB_STATE_RUNNING');
      const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
      const spawnFailed = once(child, 'error').then(([error]) => error as Error);
      for (const stream of ['stdout', 'stderr'] as const) {
        createInterface({ input: child[stream] }).on('line', (line) => writeEntry(project, id, stream, line));
      }
      const outcome = await Promise.race([exited, spawnFailed]);
      if (outcome instanceof Error) throw outcome;
      const [code, signal] = outcome;
      if (cancelling(job)) return finishCancelled(job);
      if (code === 0) return setState(job, 'JOB_STATE_SUCCEEDED');
      job.error = {
        code: 3,
        message:
          `The replica ${WORKER_POOL} exited with a non-zero status of ${code ?? signal}. Termination reason: Error. To find out more ` +
          `about why your job exited please check the logs: https://console.cloud.google.com/logs/viewer?project=${TEST_PROJECT_NUMBER}&resource=ml_job%2Fjob_id%2F${id}`,
      };
      setState(job, 'JOB_STATE_FAILED');
    } catch (error) {
      job.error = { code: 13, message: `Internal error occurred for the current attempt: ${errorMessage(error)}` };
      setState(job, 'JOB_STATE_FAILED');
    }
  }

  /** The command with each /gcs/<bucket>/<path> argument replaced by a local copy of its folder's objects. */
  async function mountGcs(command: string[], dir: string): Promise<string[]> {
    await mkdir(dir, { recursive: true });
    const mounted: string[] = [];
    for (const arg of command) {
      const match = /^\/gcs\/([^/]+)\/(.+)$/.exec(arg);
      if (!match) {
        mounted.push(arg);
        continue;
      }
      const [, bucket = '', path = ''] = match;
      const folder = path.includes('/') ? `${dirname(path)}/` : '';
      const listing = (await (await fetch(`${options.storageHost}/storage/v1/b/${bucket}/o?prefix=${encodeURIComponent(folder)}`)).json()) as {
        items?: Array<{ name: string }>;
      };
      for (const { name } of listing.items ?? []) {
        const local = join(dir, 'gcs', bucket, ...name.split('/'));
        await mkdir(dirname(local), { recursive: true });
        const object = await fetch(`${options.storageHost}/storage/v1/b/${bucket}/o/${encodeURIComponent(name)}?alt=media`);
        await writeFile(local, Buffer.from(await object.arrayBuffer()));
      }
      mounted.push(join(dir, 'gcs', bucket, ...path.split('/')));
    }
    return mounted;
  }

  function writeEntry(project: string, jobId: string, stream: 'stdout' | 'stderr', line: string): void {
    state.entries.push({
      logName: `projects/${project}/logs/${WORKER_POOL}`,
      resource: { type: 'ml_job', labels: { job_id: jobId, project_id: project, task_name: WORKER_POOL } },
      // Milliseconds, so lines written together share a timestamp, as they can in Cloud Logging.
      timestamp: new Date().toISOString(),
      severity: SEVERITY[stream],
      insertId: `${(++sequence).toString(36)}${jobId.slice(-4)}`,
      textPayload: line,
    });
  }

  function listEntries(body: unknown): unknown {
    if (state.denyLogReads) {
      throw new ApiFailure(403, 'PERMISSION_DENIED', "Permission 'logging.logEntries.list' denied on resource (or it may not exist).");
    }
    const request = (body ?? {}) as { resourceNames?: unknown; filter?: unknown; orderBy?: unknown; pageSize?: unknown; pageToken?: unknown };
    const projects = Array.isArray(request.resourceNames) ? request.resourceNames.map(String) : [];
    if (projects.length === 0) throw invalid('resource_names', 'At least one resource name is required.');
    const filter = typeof request.filter === 'string' ? request.filter : '';
    const matches = entryFilter(filter);
    const descending = request.orderBy === 'timestamp desc';
    if (request.orderBy !== undefined && request.orderBy !== 'timestamp asc' && !descending) {
      throw invalid('order_by', `Invalid order_by: "${String(request.orderBy)}".`);
    }
    const inProjects = state.entries.filter((entry) => projects.includes(`projects/${entry.resource?.labels?.project_id ?? ''}`));
    const selected = inProjects.filter(matches);
    if (descending) selected.reverse();
    let offset = 0;
    if (request.pageToken !== undefined) {
      const token = decodeToken(String(request.pageToken));
      if (token === null || token.filter !== filter) throw invalid('page_token', 'The page token is invalid, or was made for another filter.');
      offset = token.offset;
    }
    const pageSize = Math.min(Number(request.pageSize ?? 50) || 50, state.maxPageSize, 1000);
    const page = selected.slice(offset, offset + pageSize);
    const next = offset + page.length < selected.length ? encodeToken({ filter, offset: offset + page.length }) : undefined;
    return { entries: page, ...(next && { nextPageToken: next }) };
  }

  baseUrl = await listenOnLoopback(server);

  return {
    baseUrl,
    state,
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running.values()].map((run) => run.done));
    },
    async stop() {
      stopped = true;
      for (const run of running.values()) run.child?.kill('SIGTERM');
      await Promise.allSettled([...running.values()].map((run) => run.done));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The filter as a predicate: ANDed clauses of the forms CLAUSE accepts; anything else is refused as the API does. */
function entryFilter(filter: string): (entry: LogEntry) => boolean {
  const clauses = filter.trim() === '' ? [] : filter.split(/\s+AND\s+/);
  const tests = clauses.map((clause) => {
    const match = CLAUSE.exec(clause.trim());
    if (!match) throw invalid('filter', `Unparseable filter: this emulator does not read "${clause}".`);
    const [, field = '', operator, value = ''] = match;
    if (field === 'timestamp') {
      const since = Date.parse(value);
      if (Number.isNaN(since)) throw invalid('filter', `Invalid timestamp "${value}".`);
      return (entry: LogEntry) => {
        const at = Date.parse(entry.timestamp ?? '');
        return operator === '>' ? at > since : at >= since;
      };
    }
    if (operator !== '=') throw invalid('filter', `Operator ${operator} is not supported on ${field} by this emulator.`);
    if (field === 'resource.type') return (entry: LogEntry) => entry.resource?.type === value;
    const label = field.slice('resource.labels.'.length);
    return (entry: LogEntry) => entry.resource?.labels?.[label] === value;
  });
  return (entry) => tests.every((test) => test(entry));
}

function encodeToken(token: { filter: string; offset: number }): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): { filter: string; offset: number } | null {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { filter?: unknown; offset?: unknown };
    return typeof token.filter === 'string' && Number.isInteger(token.offset) ? { filter: token.filter, offset: token.offset as number } : null;
  } catch {
    return null;
  }
}

function invalid(field: string, description: string): ApiFailure {
  return new ApiFailure(400, 'INVALID_ARGUMENT', description, [
    { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field, description }] },
  ]);
}
