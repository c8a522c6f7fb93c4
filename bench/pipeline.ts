/**
 * The benchmark behind `npm run bench`: the real modules on real data, one stage at a time, then the bundled
 * action serving a model on 127.0.0.1. scripts/bench.mjs compiles and runs it with the repository root as
 * its argument. Each figure goes to stdout as one JSON line (a Figure); progress goes to stderr.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { RawValue } from '../src/backends/data/types.js';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
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
import { parseGithubOutput } from '../scripts/github-output.mjs';

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

const repo = resolve(process.argv[2] ?? '.');
const diamonds: Dataset = { path: join(repo, 'examples', 'diamonds', 'diamonds.csv'), label: 'price' };
const flights: Dataset = { path: join(repo, '..', 'shared', 'datasets', 'flights_1m.csv'), label: 'delay' };
const penguins = join(repo, 'examples', 'penguins', 'penguins.csv');
const bundle = join(repo, 'dist', 'index.js');
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
  const train = await prepared.data.train.toMatrix();
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
      mlp.train({ tf }, { ...train, task: prepared.plan.task, classes }, {
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

/** Runs dist/index.js as a runner would: INPUT_* variables, a workspace and a GITHUB_OUTPUT file. */
async function runAction(workspace: string, outputFile: string, inputs: Record<string, string>): Promise<string> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
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
    note(`serve: ${CONCURRENT_REQUESTS} requests from ${CONCURRENT_CLIENTS} clients…`);
    const concurrent = await load(target, instances, CONCURRENT_CLIENTS, CONCURRENT_REQUESTS, interrupt.signal);
    emit({
      name: `serve ${CONCURRENT_CLIENTS} clients`,
      subject: `${CONCURRENT_REQUESTS} POSTs`,
      values: [
        `p50 ${milliseconds(percentile(concurrent.latencies, 0.5))}`,
        `p99 ${milliseconds(percentile(concurrent.latencies, 0.99))}`,
        `${whole(CONCURRENT_REQUESTS / concurrent.seconds)} req/s`,
      ],
    });
  } finally {
    process.off('SIGINT', onInterrupt);
    await stopLocalFunction(join(workspace, STATE_DIR, 'serve'), FUNCTION_NAME);
    await rm(scratch, { recursive: true, force: true });
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
  const prepared = await benchDataStages();
  try {
    await benchTraining(prepared, basename(diamonds.path));
  } finally {
    prepared.data.dispose();
  }
  await benchServing();
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  note(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
