import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { predictionMismatch } from '../../serving/predictor.js';
import type { FunctionSource } from '../../stages/package.js';
import { errorMessage } from '../../util/errors.js';
import { freeLoopbackPort } from '../../util/net.js';
import { within } from '../../util/paths.js';
import type { Deployer, Deployment, DeploymentCheck } from './types.js';

/** What `<stateDir>/<function name>.json` records about the server that answers for a function. */
interface ServerState {
  pid: number;
  port: number;
  url: string;
  dir: string;
}

const READY_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 30_000;
/** How long a recorded local server may take to show its card before it counts as gone. */
const CARD_CHECK_TIMEOUT_MS = 2_000;
const STOP_TIMEOUT_MS = 5_000;
const LOG_FILE = 'server.log';
/**
 * A free port is found by binding port 0 and letting it go, so another process can take it before
 * functions-framework listens on it (EADDRINUSE): the server is then started on another, this many times in all.
 */
const PORT_ATTEMPTS = 3;
/** Function sources kept per function (each holds a 2 MB bundle): the newest, for their server.log, and the served one. */
export const KEPT_SOURCES = 3;

/** The line the server writes to its log once it listens on its port: the port is then its own. */
const LISTENING = 'ml-pipeline-action: listening';

/**
 * functions-framework 5 has no host option (flags and env give only the port) and calls server.listen(port),
 * which binds every interface. This preload, run by the server's node through --import, adds 127.0.0.1 to
 * listen calls that name a port and no host, and writes LISTENING once such a call succeeds.
 */
export const LOOPBACK_PRELOAD = `data:text/javascript,${encodeURIComponent(
  [
    "import net from 'node:net';",
    'const listen = net.Server.prototype.listen;',
    'net.Server.prototype.listen = function (...args) {',
    "  const port = typeof args[0] === 'number' || /^\\d+$/.test(String(args[0]));",
    "  if (port && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');",
    `  if (port) this.once('listening', () => process.stdout.write('${LISTENING}\\n'));`,
    '  return listen.apply(this, args);',
    '};',
  ].join('\n'),
)}`;

/**
 * Serves the function source with functions-framework on 127.0.0.1, in a detached process that outlives the
 * action, so later steps of the job (or `npm run demo`) can call it. Like Cloud Functions, a new revision
 * takes over only once it answers correctly; a failed deploy leaves the previous server serving.
 */
export class LocalDeployer implements Deployer {
  readonly target = 'local';
  private readonly stateDir: string;
  private readonly frameworkCli: string;
  private readonly node: string;
  private readonly freePort: () => Promise<number>;

  constructor(options: { stateDir: string; frameworkCli: string; node?: string; freePort?: () => Promise<number> }) {
    this.stateDir = options.stateDir;
    this.frameworkCli = options.frameworkCli;
    this.node = options.node ?? process.execPath;
    this.freePort = options.freePort ?? freeLoopbackPort;
  }

  /** A server started by an earlier job is gone with that job's machine: only a card that answers counts. */
  async answers(url: string, runId: string): Promise<boolean> {
    try {
      const card = await request(url, 'GET', undefined, CARD_CHECK_TIMEOUT_MS);
      return card.status === 200 && (card.body as { version?: unknown } | null)?.version === runId;
    } catch {
      return false;
    }
  }

  async deploy(source: FunctionSource, check: DeploymentCheck, onProgress: (message: string) => void): Promise<Deployment> {
    const dir = resolve(source.dir);
    try {
      const pruned = await pruneSources(dir, (await readState(this.stateDir, source.functionName))?.dir ?? null);
      if (pruned > 0) onProgress(`Removed ${pruned} older function sources of ${source.functionName} (kept the newest ${KEPT_SOURCES})`);
    } catch (error) {
      // Disk space is not worth a failed deploy.
      onProgress(`Could not remove older function sources of ${source.functionName}: ${errorMessage(error)}`);
    }
    const log = join(dir, LOG_FILE);
    let started: Started | null = null;
    let checkLatencyMs: number | undefined;
    try {
      started = await this.startAnswering(dir, source, log, onProgress);
      checkLatencyMs = await verify(started.url, started.answer, check);
    } catch (error) {
      if (started) await stopServer(started.server.pid, dir);
      throw new Error(
        `Local deploy of ${source.functionName} failed: ${errorMessage(error)}. ` +
          `The previous server, if any, still answers. Last lines of ${log}:\n${await tail(log)}`,
        { cause: error },
      );
    }
    onProgress(`${source.functionName} answers ${check.instances.length} check instances as the pipeline predicted`);
    if (await stopLocalFunction(this.stateDir, source.functionName)) {
      onProgress(`Stopped the previous server of ${source.functionName}`);
    }
    const { server, port, url } = started;
    await writeState(this.stateDir, source.functionName, { pid: server.pid, port, url, dir });
    return { url, functionName: source.functionName, revision: basename(dir), ...(checkLatencyMs !== undefined && { checkLatencyMs }) };
  }

  /**
   * The server started on a free port, and its first answer; on another port when one was taken before the server
   * could listen on it (PORT_ATTEMPTS). A server that fails otherwise is stopped and the failure thrown.
   */
  private async startAnswering(dir: string, source: FunctionSource, log: string, onProgress: (message: string) => void): Promise<Started> {
    for (let attempt = 1; ; attempt++) {
      const port = await this.freePort();
      const url = `http://127.0.0.1:${port}/`;
      onProgress(`Starting ${source.functionName} under functions-framework on ${url} (log: ${log})`);
      const logged = await fileSize(log);
      const server = this.start(dir, source.entryPoint, port, log);
      try {
        return { server, port, url, answer: await firstAnswer(url, server, log, logged) };
      } catch (error) {
        await stopServer(server.pid, dir);
        const taken = server.exit !== null && (await readFrom(log, logged)).includes('EADDRINUSE');
        if (!taken || attempt === PORT_ATTEMPTS) throw error;
        onProgress(`Port ${port} was taken before functions-framework listened on it; starting on another`);
      }
    }
  }

  private start(dir: string, target: string, port: number, log: string): StartedServer {
    const fd = openSync(log, 'a');
    try {
      const child = spawn(
        this.node,
        ['--import', LOOPBACK_PRELOAD, this.frameworkCli, `--target=${target}`, `--source=${dir}`, `--port=${port}`],
        // Its own process group (detached), so it survives the action and is stopped as a group. Only PATH
        // from the environment: the server outlives the step and must not hold the step's secrets. And
        // RUNNER_TRACKING_ID, by which the runner finds and stops a job's leftover processes when it ends.
        { cwd: dir, detached: true, stdio: ['ignore', fd, fd], env: serverEnvironment(process.env) },
      );
      if (child.pid === undefined) throw new Error(`Cannot start ${this.node} ${this.frameworkCli}`);
      const server: StartedServer = { pid: child.pid, exit: null };
      child.once('exit', (code, signal) => {
        server.exit = `functions-framework exited (${signal ?? `code ${code}`})`;
      });
      child.unref();
      return server;
    } finally {
      closeSync(fd);
    }
  }
}

function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = { PATH: env.PATH ?? '' };
  if (env.RUNNER_TRACKING_ID) kept.RUNNER_TRACKING_ID = env.RUNNER_TRACKING_ID;
  return kept;
}

/**
 * Stops the server recorded for `functionName` and forgets it. True when a server was stopped; false when none
 * was recorded or the recorded process is gone (its pid is only signalled while it still runs that source).
 */
export async function stopLocalFunction(stateDir: string, functionName: string): Promise<boolean> {
  const state = await readState(stateDir, functionName);
  if (state === null) return false;
  const stopped = await stopServer(state.pid, state.dir);
  await rm(stateFile(stateDir, functionName), { force: true });
  return stopped;
}

interface StartedServer {
  pid: number;
  /** Set when the process has exited. */
  exit: string | null;
}

/** A server that answered, where, and its first answer. */
interface Started {
  server: StartedServer;
  port: number;
  url: string;
  answer: Answer;
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file).catch(() => null))?.size ?? 0;
}

/** What `file` gained after its first `from` bytes (the log of one start: the log is appended to). */
async function readFrom(file: string, from: number): Promise<string> {
  return (await readFile(file).catch(() => Buffer.alloc(0))).subarray(from).toString('utf8');
}

/**
 * The answer to the first GET that reaches the server, asked once the server says it listens (LISTENING in its
 * log, from `logged` bytes on): before that, whatever answers on the port is another process that took it first,
 * and this server will exit with EADDRINUSE. It may take a while to start and load the model.
 */
async function firstAnswer(url: string, server: StartedServer, log: string, logged: number): Promise<Answer> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let listening = false;
  for (;;) {
    if (server.exit !== null) throw new Error(`${server.exit} before answering`);
    listening ||= (await readFrom(log, logged)).includes(LISTENING);
    if (listening) {
      try {
        return await request(url, 'GET', undefined, Math.max(1, deadline - Date.now()));
      } catch (error) {
        if (!isRefused(error)) throw error;
      }
    }
    if (Date.now() >= deadline) throw new Error(`no answer on ${url} within ${READY_TIMEOUT_MS / 1000} s`);
    await sleep(POLL_INTERVAL_MS);
  }
}

/**
 * The new server must return its card and predict the check instances as the pipeline did. Resolves to the
 * prediction request's latency in milliseconds (undefined when there were no instances to check).
 */
async function verify(url: string, card: Answer, check: DeploymentCheck): Promise<number | undefined> {
  if (card.status !== 200) throw new Error(`GET ${url} answered ${card.status}: ${describeBody(card.body)}`);
  if (check.instances.length === 0) return undefined;
  const started = performance.now();
  const answer = await request(url, 'POST', { instances: check.instances });
  const latencyMs = performance.now() - started;
  if (answer.status !== 200) throw new Error(`POST ${url} answered ${answer.status}: ${describeBody(answer.body)}`);
  const predictions = (answer.body as { predictions?: unknown } | null)?.predictions;
  const mismatch = predictionMismatch(check.expected, predictions);
  if (mismatch !== null) throw new Error(`the server's predictions differ from the pipeline's: ${mismatch}`);
  return latencyMs;
}

interface Answer {
  status: number;
  body: unknown;
}

/** One JSON request without a keep-alive agent, so no socket outlives it and holds the action's process. */
function request(
  url: string,
  method: 'GET' | 'POST',
  body?: unknown,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const call = http.request(
      url,
      {
        method,
        agent: false,
        timeout: timeoutMs,
        headers: payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: kept as text for the error message.
          }
          resolvePromise({ status: response.statusCode ?? 0, body: parsed });
        });
      },
    );
    call.on('timeout', () => call.destroy(new Error(`${method} ${url} did not answer within ${timeoutMs / 1000} s`)));
    call.on('error', reject);
    call.end(payload);
  });
}

function isRefused(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ECONNREFUSED';
}

function describeBody(body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  const text = typeof error === 'string' ? error : typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}

/** Terminates the process group of `pid` if that process still serves `dir`; true when it did. */
async function stopServer(pid: number, dir: string): Promise<boolean> {
  if (!(await servesSource(pid, dir))) return false;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (await servesSource(pid, dir)) {
    if (Date.now() >= deadline) {
      signalGroup(pid, 'SIGKILL');
      break;
    }
    await sleep(50);
  }
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Whether `pid` is a running functions-framework for `dir`. A pid can be reused after the server died, so the
 * process's command line must carry the source flag; an exited process (or a zombie) has none.
 */
async function servesSource(pid: number, dir: string): Promise<boolean> {
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return args.includes(`--source=${dir}`);
  } catch {
    return false;
  }
}

/** Confined to stateDir: the name comes from an input, and this path is removed and renamed over. */
function stateFile(stateDir: string, functionName: string): string {
  return within(stateDir, `${functionName}.json`);
}

/**
 * Removes the function sources beside `dir` (its siblings: one per deploy of the function) but the newest
 * KEPT_SOURCES, `dir` itself and the one a server still answers from. Returns how many it removed.
 */
async function pruneSources(dir: string, served: string | null): Promise<number> {
  const parent = dirname(dir);
  const sources = await Promise.all(
    (await readdir(parent, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const path = within(parent, entry.name);
        return { path, modified: (await stat(path)).mtimeMs };
      }),
  );
  sources.sort((a, b) => b.modified - a.modified);
  const kept = new Set([dir, served, ...sources.slice(0, KEPT_SOURCES).map((source) => source.path)]);
  const removed = sources.filter((source) => !kept.has(source.path));
  for (const source of removed) await rm(source.path, { recursive: true, force: true });
  return removed.length;
}

async function readState(stateDir: string, functionName: string): Promise<ServerState | null> {
  let text: string;
  try {
    text = await readFile(stateFile(stateDir, functionName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const state = JSON.parse(text) as Partial<ServerState>;
    return Number.isInteger(state.pid) && typeof state.dir === 'string' ? (state as ServerState) : null;
  } catch {
    return null; // a torn or foreign file names no server we could stop
  }
}

/** Written to a temporary name and renamed, so a reader never sees half a file. */
async function writeState(stateDir: string, functionName: string, state: ServerState): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  const file = stateFile(stateDir, functionName);
  const temporary = within(stateDir, `${functionName}.json.tmp`);
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, file);
}

/** The last lines of a log, read from its end so a long log is never read whole. */
async function tail(file: string, bytes = 4096): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, bytes);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      const lines = buffer.toString('utf8').split('\n');
      return (size > bytes ? lines.slice(1) : lines).slice(-20).join('\n').trimEnd() || '(empty)';
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `(cannot read it: ${errorMessage(error)})`;
  }
}
