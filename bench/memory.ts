/**
 * `npm run bench -- memory`: peak memory and time as rows grow, on flights_1m and on a 10× file generated from it
 * (each row ten times, a year apart, with noise on the delay; written once to the system's temp folder, never
 * committed). Two measurements per file, each in a process of its own so that its peak RSS is its own:
 * - the data side in process: read → profile → encode into the store → one epoch's pass over the training chunks
 *   → one pass over the holdout, as the action does them;
 * - the bundled action, end to end, one epoch (`epochs: 1`, `deploy: false`), with `model: mlp` (the network alone,
 *   streaming the store) and with the default `model: auto` (every family, scored on a slice, the winner again);
 *   on the 10M file with `model: mlp` (3 to 5 minutes on the shared 2-core machine; auto is not run there: its
 *   trees train twice on the same 250,000-row sample as at 1M, which the 1M run already measures).
 * Then the ratios 10M / 1M. Figures go to stdout as JSON lines (bench/pipeline.ts's Figure), progress to stderr.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { LocalDataSource } from '../src/backends/data/local.js';
import { Input } from '../src/constants.js';
import { encodeToStores, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { MemoryBudget, SpillFolder, STORE_MEMORY_BYTES } from '../src/data/store.js';
import { readRows } from '../src/formats/read.js';
import { mulberry32 } from '../src/ml/random.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { planTraining } from '../src/stages/validate.js';
import { sharedDatasets } from './datasets.js';

interface Figure {
  name: string;
  subject: string;
  values: string[];
}

interface Measured {
  rows: number;
  seconds: number;
  peakBytes: number;
  note: string;
}

const LABEL = 'delay';
const COPIES = 10;
const SEED = 42;
/** Prints the process's own peak RSS (getrusage, kB) as it exits: what the action run is measured by. */
const PEAK_RSS_HOOK =
  'data:text/javascript,import {writeSync} from "node:fs"; process.on("exit", () => writeSync(2, `PEAK_RSS_KB ${process.resourceUsage().maxRSS}\\n`));';

const repo = resolve(process.argv[2] ?? '.');
const flights = join(sharedDatasets(repo), 'flights_1m.csv');
const bundle = join(repo, 'dist', 'index.js');
/** Node 24 from the `node` npm package, as the action runs; else this Node. */
const node24 = join(repo, 'node_modules', 'node', 'bin', 'node');

function emit(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;

// ------------------------------------------------------------------------------------------ the 10× file

/** flights_1m ten times: copy k moves every date k years on and adds noise of up to ±3 minutes to the delay. */
async function generateTenfold(target: string): Promise<void> {
  if (existsSync(target) && statSync(target).size > 10 * statSync(flights).size * 0.95) return;
  note(`writing ${target} (${COPIES} × flights_1m)…`);
  const out = createWriteStream(target);
  const random = mulberry32(SEED);
  for (let copy = 0; copy < COPIES; copy++) {
    let header = true;
    for await (const line of createInterface({ input: createReadStream(flights), crlfDelay: Infinity })) {
      if (header) {
        if (copy === 0) out.write(`${line}\n`);
        header = false;
        continue;
      }
      const [date = '', delay = '', ...rest] = line.split(',');
      const year = Number(date.slice(0, 4)) + copy;
      const noisy = delay === '' ? '' : String(Number(delay) + Math.floor(random() * 7) - 3);
      if (!out.write(`${year}${date.slice(4)},${noisy},${rest.join(',')}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
  }
  out.end();
  await finished(out);
}

// ------------------------------------------------------------------------------------------ the data side

/** In a child process (`--data-side FILE`): the action's data stages and one pass each over the stores. */
async function dataSide(file: string): Promise<void> {
  const started = performance.now();
  const split = new HoldoutSplit(0.2, SEED);
  const source = new LocalDataSource(file, repo, { allowOutsideWorkspace: true });
  const files = await source.list();
  const rows = () => readRows(source, files);
  const profile = await profileRows(rows(), split, LABEL);
  const plan = planTraining(profile, { dataDescription: source.description, label: LABEL, features: [], exclude: [], task: 'auto', holdout: 0.2 });
  const preprocessing = fitPreprocessing(plan, profile, DEFAULT_TRAINING_SETTINGS.maxCategories);
  const spill = new SpillFolder();
  const data = await encodeToStores(rows(), preprocessing, split, profile, null, { budget: new MemoryBudget(STORE_MEMORY_BYTES), spill });
  try {
    let seen = 0;
    for await (const chunk of data.train.chunks(mulberry32(SEED))) seen += chunk.y.length;
    for await (const block of data.test.inOrder()) seen += block.y.length;
    const measured: Measured = {
      rows: profile.rows,
      seconds: (performance.now() - started) / 1000,
      peakBytes: process.resourceUsage().maxRSS * 1024,
      note: `${seen.toLocaleString('en')} rows read back, ${data.encoder.width} encoded columns`,
    };
    process.stdout.write(`${JSON.stringify(measured)}\n`);
  } finally {
    data.dispose();
  }
}

/** Runs `args` with `program`, returning its stdout and stderr; a non-zero exit throws with the end of its log. */
function run(program: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ stdout, stderr });
      else fail(new Error(`${basename(args[0] ?? program)} exited with ${code}:\n${`${stdout}\n${stderr}`.trimEnd().split('\n').slice(-15).join('\n')}`));
    });
  });
}

async function measureDataSide(file: string): Promise<Measured> {
  note(`data side on ${basename(file)}…`);
  const { stdout } = await run(process.execPath, [process.argv[1] ?? '', repo, '--data-side', file]);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Measured;
}

// ------------------------------------------------------------------------------------------ the action

async function measureAction(file: string, model: 'mlp' | 'auto'): Promise<Measured> {
  note(`the bundled action on ${basename(file)}, model ${model}, one epoch…`);
  const scratch = await mkdtemp(join(tmpdir(), 'ml-pipeline-bench-memory-'));
  try {
    await mkdir(join(scratch, 'workspace', 'data'), { recursive: true });
    await symlink(file, join(scratch, 'workspace', 'data', basename(file)));
    await writeFile(join(scratch, 'output'), '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: join(scratch, 'workspace'),
      GITHUB_OUTPUT: join(scratch, 'output'),
      RUNNER_TEMP: scratch,
    };
    const inputs = {
      [Input.Data]: `data/${basename(file)}`,
      [Input.Label]: LABEL,
      [Input.Model]: model,
      [Input.Epochs]: '1',
      [Input.Deploy]: 'false',
      [Input.AllowOutsideWorkspace]: 'true',
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const started = performance.now();
    const { stdout, stderr } = await run(existsSync(node24) ? node24 : process.execPath, ['--import', PEAK_RSS_HOOK, bundle], { env, cwd: join(scratch, 'workspace') });
    const seconds = (performance.now() - started) / 1000;
    const peak = Number(/PEAK_RSS_KB (\d+)/.exec(stderr)?.[1] ?? Number.NaN) * 1024;
    const task = /(\d+) rows: (\d+) train, (\d+) holdout/.exec(stdout);
    const trained = /Trained .*? in ([\d.]+) s/.exec(stdout)?.[1];
    const chose = /model auto: training (\w+) again/.exec(stdout)?.[1];
    // The metrics output, as the runner's GITHUB_OUTPUT file holds it.
    const metric = /"rmse":([\d.]+)/.exec(await readFile(join(scratch, 'output'), 'utf8'))?.[1];
    const what = `${chose ? `chose ${chose}, ` : ''}training ${trained ?? '?'} s of it${metric ? `, holdout RMSE ${Number(metric).toFixed(2)}` : ''}`;
    return { rows: Number(task?.[1] ?? Number.NaN), seconds, peakBytes: peak, note: what };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------ main

function figure(name: string, subject: string, measured: Measured): void {
  emit({
    name,
    subject,
    values: [`${measured.rows.toLocaleString('en')} rows`, `peak RSS ${megabytes(measured.peakBytes)}`, `${measured.seconds.toFixed(0)} s`, measured.note],
  });
}

function ratio(name: string, small: Measured, large: Measured): void {
  emit({
    name,
    subject: '10M / 1M',
    values: [`rows × ${(large.rows / small.rows).toFixed(1)}`, `peak RSS × ${(large.peakBytes / small.peakBytes).toFixed(2)}`, `time × ${(large.seconds / small.seconds).toFixed(1)}`, ''],
  });
}

async function bench(): Promise<void> {
  if (!existsSync(flights)) throw new Error(`${flights} is missing: set BENCH_DATA_DIR to the folder of the shared datasets`);
  const tenfold = join(tmpdir(), 'ml-pipeline-bench-flights_10m.csv');
  await generateTenfold(tenfold);
  const sides = [await measureDataSide(flights), await measureDataSide(tenfold)] as const;
  figure('data side', 'flights_1m', sides[0]);
  figure('data side', 'flights_10m', sides[1]);
  ratio('data side', ...sides);
  const small = await measureAction(flights, 'mlp');
  figure('action, model mlp', 'flights_1m', small);
  figure('action, model auto', 'flights_1m', await measureAction(flights, 'auto'));
  const large = await measureAction(tenfold, 'mlp');
  figure('action, model mlp', 'flights_10m', large);
  ratio('action, model mlp', small, large);
}

if (process.argv[3] === '--data-side') await dataSide(process.argv[4] ?? '');
else await bench();
