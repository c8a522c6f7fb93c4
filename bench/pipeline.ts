/**
 * The benchmark behind `npm run bench`: the real modules on real data, one stage at a time, then the bundled
 * action serving a model on 127.0.0.1. scripts/bench.mjs compiles and runs it with the repository root as
 * its argument. Each figure goes to stdout as one JSON line (a Figure); progress goes to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { RawValue } from '../src/backends/data/types.js';
import { LOOPBACK_PRELOAD, stopLocalFunction } from '../src/backends/deploy/local.js';
import { Input, Output, STATE_DIR } from '../src/constants.js';
import { mlp } from '../src/ml/families/mlp.js';
import { loadTensorFlow } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { readRows } from '../src/formats/read.js';
import { encodeToStores, fitPreprocessing, type StoredData } from '../src/data/prepare.js';
import { MemoryBudget, SpillFolder, STORE_MEMORY_BYTES } from '../src/data/store.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining, type TrainingPlan } from '../src/stages/validate.js';
import { freeLoopbackPort } from '../src/util/net.js';
import { parseGithubOutput } from '../scripts/github-output.mjs';
import { sharedDatasets } from './datasets.js';
import { gatherRows, matrixRows } from '../src/data/rows.js';

/** One line of the table: what was measured, on what, and the formatted numbers. */
interface Figure {
  name: string;
  subject: string;
  values: string[];
}

interface Dataset {
  path: string;
  label: string;
}

const HOLDOUT = 0.2;
const SEED = 42;
/** Epochs per backend: enough for a steady per-epoch rate after the first epoch's warm-up. */
const TRAINING_EPOCHS = 5;
const FUNCTION_NAME = 'bench-penguins';
const PENGUINS_LABEL = 'species';
const SEQUENTIAL_REQUESTS = 500;
const CONCURRENT_CLIENTS = 8;
const CONCURRENT_REQUESTS = 2000;
/** Requests before measuring, so connection setup and the first lazily compiled paths are not counted. */
const WARM_UP_REQUESTS = 20;
/** Alternating rounds of the function and the bare server, so a change in the machine's load hits both alike. */
const SERVING_ROUNDS = 3;
/** Starts measured of each program (the action, bare node; the function, a bare server): the median counts. */
const STARTS = 7;

const repo = resolve(process.argv[2] ?? '.');
const diamonds: Dataset = { path: join(repo, 'examples', 'diamonds', 'diamonds.csv'), label: 'price' };
const flights: Dataset = { path: join(sharedDatasets(repo), 'flights_1m.csv'), label: 'delay' };
const penguins = join(repo, 'examples', 'penguins', 'penguins.csv');
const bundle = join(repo, 'dist', 'index.js');
const frameworkCli = join(repo, 'dist', 'functions-framework', 'index.js');
const split = new HoldoutSplit(HOLDOUT, SEED);

function emit(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

// ------------------------------------------------------------------------------------------ measuring

/** Peak resident set size while work runs: sampled on a timer and whenever the work reports progress. */
class RssSampler {
  readonly start = process.memoryUsage.rss();
  peak = this.start;
  private readonly timer = setInterval(() => this.sample(), 20);

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}

interface Measured<T> {
  result: T;
  seconds: number;
  rss: RssSampler;
}

async function measure<T>(work: (sample: () => void) => Promise<T>): Promise<Measured<T>> {
  const rss = new RssSampler();
  const started = performance.now();
  try {
    const result = await work(() => rss.sample());
    return { result, seconds: (performance.now() - started) / 1000, rss };
  } finally {
    rss.stop();
  }
}

function whole(value: number): string {
  return Math.round(value).toLocaleString('en');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function milliseconds(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

// ------------------------------------------------------------------------------------------ data stages

interface Prepared {
  plan: TrainingPlan;
  data: StoredData;
}

/**
 * The pipeline's two passes over a data file, each measured: profiling, then planning and encoding into the
 * stores the action uses (memory up to its budget, disk beyond). The caller disposes of the stores.
 */
async function benchData(dataset: Dataset, report: boolean): Promise<Prepared> {
  const name = basename(dataset.path);
  const source = new LocalDataSource(dataset.path, repo);
  const files = await source.list();
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const rowsOf = (sample: () => void) => readRows(source, files, { onProgress: sample });

  note(`read+profile ${name} (${megabytes(bytes)})…`);
  const profiled = await measure((sample) => profileRows(rowsOf(sample), split));
  const profile = profiled.result;
  if (report) {
    emit({
      name: 'read+profile',
      subject: name,
      values: [
        `${whole(profile.rows)} rows`,
        `${whole(profile.rows / profiled.seconds)} rows/s`,
        `${(bytes / 1e6 / profiled.seconds).toFixed(1)} MB/s`,
        `peak RSS ${megabytes(profiled.rss.peak)} (start ${megabytes(profiled.rss.start)})`,
      ],
    });
  }

  note(`plan+encode ${name}…`);
  const encoded = await measure(async (sample) => {
    const plan = planTraining(profile, {
      // What main.ts passes: the data source's own description.
      dataDescription: source.description,
      label: dataset.label,
      features: [],
      exclude: [],
      task: 'auto',
      holdout: HOLDOUT,
    });
    const preprocessing = fitPreprocessing(plan, profile, DEFAULT_TRAINING_SETTINGS.maxCategories);
    const storage = { budget: new MemoryBudget(STORE_MEMORY_BYTES), spill: new SpillFolder() };
    const data = await encodeToStores(rowsOf(sample), preprocessing, split, profile, null, storage);
    return { plan, data };
  });
  const { plan, data } = encoded.result;
  if (report) {
    const matrixBytes = (data.train.rows + data.test.rows) * data.encoder.width * 4;
    emit({
      name: 'plan+encode',
      subject: name,
      values: [
        `${whole(profile.rows)} rows`,
        `${whole(profile.rows / encoded.seconds)} rows/s`,
        `${data.encoder.width} columns encoded (${megabytes(matrixBytes)}, at most ${megabytes(STORE_MEMORY_BYTES)} of it in memory)`,
        `peak RSS ${megabytes(encoded.rss.peak)}`,
      ],
    });
  }
  return { plan, data };
}

// ------------------------------------------------------------------------------------------ training

async function benchTraining(prepared: Prepared, subject: string): Promise<void> {
  const train = await gatherRows(prepared.data.train);
  const { x } = train;
  const classes = prepared.data.encoder.preprocessing.classes?.length ?? 1;
  // The default network and batch size; a fixed epoch count that early stopping cannot cut short.
  const config = { ...DEFAULT_TRAINING_SETTINGS, epochs: TRAINING_EPOCHS, patience: Number.POSITIVE_INFINITY };
  for (const backend of ['wasm', 'cpu'] as const) {
    note(`train ${subject} on ${backend}…`);
    const { tf } = await loadTensorFlow(backend, { workspace: repo, log: note });
    const epochSeconds: number[] = [];
    let epochStart = performance.now();
    const trained = await measure(() =>
      mlp.train({ tf }, { rows: matrixRows(train.x, train.y), task: prepared.plan.task, classes }, {
        settings: config,
        seed: SEED,
        onEpoch: () => {
          const now = performance.now();
          epochSeconds.push((now - epochStart) / 1000);
          epochStart = now;
        },
      }),
    );
    trained.result.model.dispose();
    // As the run report counts it: rows handed to training (its validation slice included) × epochs.
    const samples = x.rows * trained.result.history.length;
    emit({
      name: 'train',
      subject: `${subject} ${backend}`,
      values: [
        `${whole(x.rows)} rows × ${trained.result.history.length} epochs`,
        `${whole(samples / trained.seconds)} samples/s`,
        `epochs ${epochSeconds.map((seconds) => seconds.toFixed(1)).join(' / ')} s`,
        `${x.cols} inputs, batch ${config.batchSize}`,
      ],
    });
  }
}

// ------------------------------------------------------------------------------------------ serving

/** The environment a runner gives dist/index.js: INPUT_* variables, a workspace and a GITHUB_OUTPUT file. */
function actionEnvironment(workspace: string, outputFile: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** Runs dist/index.js as a runner would. */
async function runAction(workspace: string, outputFile: string, inputs: Record<string, string>): Promise<string> {
  const env = actionEnvironment(workspace, outputFile, inputs);
  const { code, log } = await new Promise<{ code: number | null; log: string }>((done, fail) => {
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ code: exitCode, log }));
  });
  if (code !== 0) throw new Error(`the action exited with ${code}:\n${log.trimEnd().split('\n').slice(-20).join('\n')}`);
  return log;
}

/** The penguins' feature values, as a client would send them. */
async function penguinInstances(): Promise<Array<Record<string, RawValue>>> {
  const source = new LocalDataSource(penguins, repo);
  const instances: Array<Record<string, RawValue>> = [];
  for await (const row of readRows(source, await source.list())) {
    delete row.values[PENGUINS_LABEL];
    instances.push(row.values);
  }
  return instances;
}

/** POSTs one instance and returns the milliseconds until the whole answer arrived; anything but 200 throws. */
function post(agent: http.Agent, url: URL, instance: Record<string, RawValue>, signal: AbortSignal): Promise<number> {
  const payload = JSON.stringify({ instances: [instance] });
  const started = performance.now();
  return new Promise((done, fail) => {
    const call = http.request(
      url,
      {
        method: 'POST',
        agent,
        signal,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          if (response.statusCode === 200) done(performance.now() - started);
          else fail(new Error(`POST ${url.href} answered ${response.statusCode}: ${Buffer.concat(chunks).toString('utf8')}`));
        });
      },
    );
    call.on('error', fail);
    call.end(payload);
  });
}

/** `clients` loops that share `total` requests; returns each request's latency and the wall time. */
async function load(
  url: URL,
  instances: ReadonlyArray<Record<string, RawValue>>,
  clients: number,
  total: number,
  signal: AbortSignal,
): Promise<{ latencies: number[]; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const drive = async (requests: number, latencies: number[]) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < requests) {
          latencies.push(await post(agent, url, instances[next++ % instances.length] ?? {}, signal));
        }
      }),
    );
  };
  try {
    // Not counted: opens every client's connection and lets the server compile its hot paths.
    await drive(WARM_UP_REQUESTS, []);
    const latencies: number[] = [];
    const started = performance.now();
    await drive(total, latencies);
    return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
  } finally {
    agent.destroy();
  }
}

async function benchServing(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'ml-pipeline-bench-'));
  const workspace = join(scratch, 'workspace');
  // The server runs detached and would outlive this process: Ctrl+C ends the requests and comes to the cleanup
  // below. (The action, when running, gets the Ctrl+C itself and fails.)
  const interrupt = new AbortController();
  const onInterrupt = () => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const data = 'examples/penguins/penguins.csv';
    await mkdir(join(workspace, 'examples', 'penguins'), { recursive: true });
    await copyFile(penguins, join(workspace, data));
    const outputFile = join(scratch, 'github-output');
    await writeFile(outputFile, '');

    note(`action: train and deploy ${FUNCTION_NAME} locally…`);
    const action = await measure(() =>
      runAction(workspace, outputFile, {
        [Input.Data]: data,
        [Input.Label]: PENGUINS_LABEL,
        [Input.DeployTarget]: 'local',
        [Input.FunctionName]: FUNCTION_NAME,
      }),
    );
    const url = parseGithubOutput(await readFile(outputFile, 'utf8'))[Output.TriggerUrl] ?? null;
    if (!url) throw new Error(`the action set no ${Output.TriggerUrl}:\n${action.result}`);
    const trained = /Trained (\d+) epochs on (\w+) in ([\d.]+) s/.exec(action.result);
    emit({
      name: 'action',
      subject: 'penguins.csv',
      values: [
        `${action.seconds.toFixed(1)} s end to end`,
        trained ? `training ${trained[3]} s (${trained[1]} epochs on ${trained[2]})` : 'training time not logged',
      ],
    });

    const instances = await penguinInstances();
    const target = new URL(url);
    interrupt.signal.throwIfAborted();
    note(`serve: ${SEQUENTIAL_REQUESTS} sequential requests…`);
    const sequential = await load(target, instances, 1, SEQUENTIAL_REQUESTS, interrupt.signal);
    emit({
      name: 'serve 1 client',
      subject: `${SEQUENTIAL_REQUESTS} POSTs`,
      values: [
        `p50 ${milliseconds(percentile(sequential.latencies, 0.5))}`,
        `p99 ${milliseconds(percentile(sequential.latencies, 0.99))}`,
        `${whole(SEQUENTIAL_REQUESTS / sequential.seconds)} req/s`,
      ],
    });
    const answer = await answerText(target, instances[0] ?? {});
    await benchThroughput(target, instances, answer, interrupt.signal);
    const source = /\(log: (.+)[\\/]server\.log\)/.exec(action.result)?.[1];
    if (source === undefined) throw new Error(`the action's log names no function source:\n${action.result}`);
    await benchColdStart(source, instances[0] ?? {}, answer, interrupt.signal);
    await benchStartUp(actionEnvironment(workspace, outputFile, { [Input.Data]: data, [Input.Label]: PENGUINS_LABEL, [Input.Deploy]: 'false' }), workspace);
  } finally {
    process.off('SIGINT', onInterrupt);
    await stopLocalFunction(join(workspace, STATE_DIR, 'serve'), FUNCTION_NAME);
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The function against a bare Node http server that reads each body and answers the function's own answer,
 * both in a process of their own on this machine, with the same keep-alive clients: what functions-framework,
 * Express, the checks and the model cost per request, as a share of what Node's HTTP alone allows.
 */
async function benchThroughput(
  target: URL,
  instances: ReadonlyArray<Record<string, RawValue>>,
  answer: string,
  signal: AbortSignal,
): Promise<void> {
  const bare = await startServer((port) => [process.execPath, '-e', BARE_SERVER, String(port), answer], tmpdir());
  try {
    await firstAnswerMs(bare, instances[0] ?? {}, signal);
    const served: Loaded[] = [];
    const plain: Loaded[] = [];
    note(`serve: ${SERVING_ROUNDS} × ${CONCURRENT_REQUESTS} requests from ${CONCURRENT_CLIENTS} clients, to the function and to a bare server in turn…`);
    for (let round = 0; round < SERVING_ROUNDS; round++) {
      plain.push(await load(bare.url, instances, CONCURRENT_CLIENTS, CONCURRENT_REQUESTS, signal));
      served.push(await load(target, instances, CONCURRENT_CLIENTS, CONCURRENT_REQUESTS, signal));
    }
    const function_ = combined(served);
    const baseline = combined(plain);
    for (const [name, run] of [[`serve ${CONCURRENT_CLIENTS} clients`, function_], [`bare http ${CONCURRENT_CLIENTS} clients`, baseline]] as const) {
      emit({
        name,
        subject: `${run.latencies.length} POSTs`,
        values: [
          `p50 ${milliseconds(percentile(run.latencies, 0.5))}`,
          `p99 ${milliseconds(percentile(run.latencies, 0.99))}`,
          `${whole(run.latencies.length / run.seconds)} req/s`,
        ],
      });
    }
    const share = function_.latencies.length / function_.seconds / (baseline.latencies.length / baseline.seconds);
    emit({ name: 'serving ratio', subject: 'function ÷ bare http', values: [`${ratio(share)} the requests/s (target ≥ 0.80×)`] });
  } finally {
    await stop(bare.child);
  }
}

/**
 * Process start to first answered prediction: functions-framework, the serving bundle, TensorFlow.js and the
 * model loading, then the first POST. Beside it, the same for the bare server: what Node alone takes.
 */
async function benchColdStart(source: string, instance: Record<string, RawValue>, answer: string, signal: AbortSignal): Promise<void> {
  note(`cold start: ${STARTS} starts of the function and of a bare server…`);
  const served: number[] = [];
  const plain: number[] = [];
  for (let start = 0; start < STARTS; start++) {
    plain.push(await coldStartMs((port) => [process.execPath, '-e', BARE_SERVER, String(port), answer], tmpdir(), instance, signal));
    served.push(
      await coldStartMs(
        (port) => [process.execPath, '--import', LOOPBACK_PRELOAD, frameworkCli, '--target=predict', `--source=${source}`, `--port=${port}`],
        source,
        instance,
        signal,
      ),
    );
  }
  emit({
    name: 'cold start',
    subject: 'first prediction',
    values: [`function ${milliseconds(median(served))}`, `bare http ${milliseconds(median(plain))}`, `(median of ${STARTS}; target < 1 s)`],
  });
}

/** Process start to the action's first log line, beside a bare `node -e` printing one line. */
async function benchStartUp(env: NodeJS.ProcessEnv, workspace: string): Promise<void> {
  note(`start-up: ${STARTS} starts of the action and of bare node…`);
  const action: number[] = [];
  const plain: number[] = [];
  for (let start = 0; start < STARTS; start++) {
    plain.push(await firstLineMs([process.execPath, '-e', 'console.log("ready")'], workspace, env));
    action.push(await firstLineMs([process.execPath, bundle], workspace, env));
  }
  emit({
    name: 'start-up',
    subject: 'first log line',
    values: [`action ${milliseconds(median(action))}`, `bare node ${milliseconds(median(plain))}`, `(median of ${STARTS}; target < 500 ms)`],
  });
}

/** Answers a fixed JSON to every request once it has read the body: the least an HTTP server in Node does. */
const BARE_SERVER = `
const http = require('node:http');
const [port, answer] = process.argv.slice(1);
const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(answer) };
http.createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, headers).end(answer));
}).listen(Number(port), '127.0.0.1');
`;

interface Loaded {
  latencies: number[];
  seconds: number;
}

function combined(runs: readonly Loaded[]): Loaded {
  return {
    latencies: runs.flatMap((run) => run.latencies).sort((a, b) => a - b),
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
  };
}

interface Server {
  child: ChildProcess;
  url: URL;
  started: number;
}

/** Spawns `command(port)` on a free loopback port; its output is dropped. */
async function startServer(command: (port: number) => string[], cwd: string): Promise<Server> {
  const port = await freeLoopbackPort();
  const [program, ...args] = command(port);
  const started = performance.now();
  const child = spawn(program ?? process.execPath, args, { cwd, stdio: 'ignore', env: { PATH: process.env.PATH } });
  return { child, url: new URL(`http://127.0.0.1:${port}/`), started };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill();
  await exited;
}

/** The body the function answers for `instance`, as the bare server will send it. */
async function answerText(url: URL, instance: Record<string, RawValue>): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ instances: [instance] }), signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST ${url.href} answered ${response.status}: ${text}`);
  return text;
}

/** Milliseconds from the server's spawn to its first 200 answer to a prediction, polling while it refuses connections. */
async function firstAnswerMs(server: Server, instance: Record<string, RawValue>, signal: AbortSignal): Promise<number> {
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(60_000)]);
  for (;;) {
    deadline.throwIfAborted();
    if (server.child.exitCode !== null) throw new Error(`the server at ${server.url.href} exited (${server.child.exitCode}) before answering`);
    try {
      await post(new http.Agent(), server.url, instance, deadline);
      return performance.now() - server.started;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
    }
    await sleep(2);
  }
}

async function coldStartMs(
  command: (port: number) => string[],
  cwd: string,
  instance: Record<string, RawValue>,
  signal: AbortSignal,
): Promise<number> {
  const server = await startServer(command, cwd);
  try {
    return await firstAnswerMs(server, instance, signal);
  } finally {
    await stop(server.child);
  }
}

/** Milliseconds from spawning `command` to the first line on its stdout; the process is then stopped. */
async function firstLineMs(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const [program, ...args] = command;
  const started = performance.now();
  const child = spawn(program ?? process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    return await new Promise<number>((done, fail) => {
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) done(performance.now() - started);
      });
      child.on('error', fail);
      child.on('close', (code) => fail(new Error(`${command.join(' ')} exited (${code}) before printing a line`)));
    });
  } finally {
    await stop(child);
  }
}

// ------------------------------------------------------------------------------------------ main

/** Benchmarks reading and encoding on the largest data at hand, and returns diamonds encoded for training. */
async function benchDataStages(): Promise<Prepared> {
  const dataset = existsSync(flights.path) ? flights : diamonds;
  const prepared = await benchData(dataset, true);
  if (dataset === diamonds) return prepared;
  prepared.data.dispose();
  return benchData(diamonds, false);
}

try {
  // `npm run bench -- serving` passes 'serving': the serving figures alone.
  if (process.argv[3] !== 'serving') {
    const prepared = await benchDataStages();
    try {
      await benchTraining(prepared, basename(diamonds.path));
    } finally {
      prepared.data.dispose();
    }
  }
  await benchServing();
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  note(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
