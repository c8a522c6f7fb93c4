/**
 * `npm run bench -- training`: the MLP family's training loop against PyTorch on one thread, side by side in one
 * run, on the same generated data and the same network (20 → 64 → 64 → 2 ReLU, softmax cross-entropy, Adam lr
 * 0.001, batch 256, 5 epochs, no dropout, no validation slice, no early stopping). The data is written once, as
 * float32 files that bench/torch_anchor.py reads too. Ours trains through the family's train() (the model port)
 * on wasm and, when scripts/install-tfjs-node.sh can build the addon, on tensorflow; each backend in its own
 * process, as in the action. Contestants take turns and each keeps its best turn (a shared machine's noise only
 * ever adds time); the figures that matter are the ratios, measured in the same run. Each is given by the clock
 * and by CPU time: on a machine shared with other work the clock also counts the time others had the core.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { mlp } from '../src/ml/families/mlp.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../src/model-config.js';
import { matrixRows } from '../src/data/rows.js';

/** What both sides train: the network and data (issue 10, section 1). */
interface Spec {
  x: string;
  y: string;
  rows: number;
  cols: number;
  hiddenLayers: number[];
  outputs: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
}

/**
 * One contestant's turn: how long training took, on the clock and in CPU time (the process's, every thread), and
 * its last epoch's mean loss (a sanity check that both learnt the same).
 */
interface Turn {
  seconds: number;
  cpuSeconds: number;
  loss: number;
}

type Outcome = Turn | { unavailable: string };

const ROWS = 100_000;
const COLS = 20;
const SEED = 42;
const TURNS = 3;
/** Debian's interpreter, where `apt-get install python3-torch` puts PyTorch (the first python3 on PATH may be another). */
const PYTHON = process.env.BENCH_PYTHON ?? '/usr/bin/python3';

const repo = resolve(process.argv[2] ?? '.');
const child = process.argv[3] === '--train' ? { backend: process.argv[4] as 'wasm' | 'tensorflow', spec: process.argv[5] ?? '', workspace: process.argv[6] ?? repo } : null;

function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

function emit(subject: string, values: string[]): void {
  process.stdout.write(`${JSON.stringify({ name: 'train', subject, values })}\n`);
}

/**
 * 100,000 rows of 20 standard-normal features and a binary label that depends on them non-linearly (a linear
 * score, a product of two features and noise), so the network has something to learn.
 */
function generate(): { x: Float32Array; y: Float32Array } {
  const random = mulberry32(SEED);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const weights = Array.from({ length: COLS }, normal);
  const x = new Float32Array(ROWS * COLS);
  const y = new Float32Array(ROWS);
  for (let row = 0; row < ROWS; row++) {
    let score = 0;
    for (let col = 0; col < COLS; col++) {
      const value = normal();
      x[row * COLS + col] = value;
      score += (weights[col] as number) * value * 0.3;
    }
    score += (x[row * COLS] as number) * (x[row * COLS + 1] as number) + normal() * 0.5;
    y[row] = score > 0 ? 1 : 0;
  }
  return { x, y };
}

function floats(bytes: Buffer): Float32Array {
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The child process: trains once through the family's port on one backend and prints a Turn. */
async function trainOurs(backend: 'wasm' | 'tensorflow', specPath: string, workspace: string): Promise<void> {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as Spec;
  const x = floats(await readFile(spec.x));
  const y = floats(await readFile(spec.y));
  const { tf } = await loadTensorFlow(backend, { workspace, log: note });
  const settings: TrainingSettings = {
    ...DEFAULT_TRAINING_SETTINGS,
    hiddenLayers: spec.hiddenLayers,
    activation: 'relu',
    dropout: 0,
    l2: 0,
    epochs: spec.epochs,
    batchSize: spec.batchSize,
    learningRate: spec.learningRate,
    patience: Number.POSITIVE_INFINITY,
    validationFraction: 0,
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const trained = await mlp.train(
    { tf },
    { rows: matrixRows({ data: x, rows: spec.rows, cols: spec.cols }, y), task: 'classification', classes: spec.outputs },
    { settings, seed: SEED },
  );
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  trained.model.dispose();
  const turn: Turn = { seconds, cpuSeconds: (user + system) / 1e6, loss: trained.history.at(-1)?.loss ?? Number.NaN };
  process.stdout.write(`${JSON.stringify(turn)}\n`);
}

/** Runs a program that prints one JSON object (a Turn, or why it could not run) as its last stdout line. */
function runTurn(command: string, args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    const program = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    program.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    program.on('error', (error) => done({ unavailable: error.message }));
    program.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        done(JSON.parse(last) as Outcome);
      } catch {
        done({ unavailable: `exit ${code}` });
      }
    });
  });
}

/** The workspace holding a built tfjs-node, or why there is none. */
async function nativeWorkspace(): Promise<string | { unavailable: string }> {
  try {
    const { stdout } = await promisify(execFile)('bash', [join(repo, 'scripts', 'install-tfjs-node.sh')], { encoding: 'utf8' });
    return stdout.trim().split('\n').at(-1) ?? '';
  } catch (error) {
    return { unavailable: `addon unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ml-pipeline-bench-training-'));
  try {
    const { x, y } = generate();
    const spec: Spec = {
      x: join(dir, 'x.f32'),
      y: join(dir, 'y.f32'),
      rows: ROWS,
      cols: COLS,
      hiddenLayers: [64, 64],
      outputs: 2,
      epochs: 5,
      batchSize: 256,
      learningRate: 0.001,
    };
    const specPath = join(dir, 'spec.json');
    await Promise.all([
      writeFile(spec.x, new Uint8Array(x.buffer)),
      writeFile(spec.y, new Uint8Array(y.buffer)),
      writeFile(specPath, JSON.stringify(spec)),
    ]);
    note('building tfjs-node for the tensorflow backend (cached after the first run)…');
    const workspace = await nativeWorkspace();
    const contestants: Array<{ name: string; run: () => Promise<Outcome> }> = [
      {
        name: 'PyTorch, 1 thread',
        run: () => (existsSync(PYTHON) ? runTurn(PYTHON, [join(repo, 'bench', 'torch_anchor.py'), specPath]) : Promise.resolve({ unavailable: `anchor unavailable (${PYTHON} not found)` })),
      },
      { name: 'ours, wasm', run: () => runTurn(process.execPath, [process.argv[1] ?? '', repo, '--train', 'wasm', specPath]) },
      {
        name: 'ours, tensorflow',
        run: () => (typeof workspace === 'string' ? runTurn(process.execPath, [process.argv[1] ?? '', repo, '--train', 'tensorflow', specPath, workspace]) : Promise.resolve(workspace)),
      },
    ];
    // Each contestant's best turn by the clock, and separately by CPU time.
    const best = new Map<string, { wall: Turn; cpu: Turn } | { unavailable: string }>();
    for (let turn = 1; turn <= TURNS; turn++) {
      for (const contestant of contestants) {
        note(`turn ${turn}: ${contestant.name}…`);
        const outcome = await contestant.run();
        const kept = best.get(contestant.name);
        if (!('seconds' in outcome)) {
          if (!kept) best.set(contestant.name, outcome);
          continue;
        }
        const previous = kept && 'wall' in kept ? kept : { wall: outcome, cpu: outcome };
        best.set(contestant.name, {
          wall: outcome.seconds < previous.wall.seconds ? outcome : previous.wall,
          cpu: outcome.cpuSeconds < previous.cpu.cpuSeconds ? outcome : previous.cpu,
        });
      }
    }
    const samples = spec.rows * spec.epochs;
    const anchor = best.get('PyTorch, 1 thread');
    const network = `${COLS}→${spec.hiddenLayers.join('→')}→${spec.outputs}, batch ${spec.batchSize}`;
    note(`each: ${ROWS.toLocaleString('en')} rows × ${spec.epochs} epochs of ${network}; best of ${TURNS} turns`);
    for (const { name } of contestants) {
      const outcome = best.get(name) ?? { unavailable: 'not run' };
      if (!('wall' in outcome)) {
        emit(name, [outcome.unavailable]);
        continue;
      }
      const rate = samples / outcome.wall.seconds;
      const cpuRate = samples / outcome.cpu.cpuSeconds;
      const ratio = (value: number, anchorSeconds: (turns: { wall: Turn; cpu: Turn }) => number) =>
        anchor && 'wall' in anchor ? `${((value * anchorSeconds(anchor)) / samples).toFixed(2)}× PyTorch` : 'anchor unavailable';
      emit(name, [
        `${Math.round(rate).toLocaleString('en')} samples/s`,
        ratio(rate, (turns) => turns.wall.seconds),
        `${Math.round(cpuRate).toLocaleString('en')} samples/CPU-s`,
        ratio(cpuRate, (turns) => turns.cpu.cpuSeconds),
        `loss ${outcome.wall.loss.toFixed(4)}`,
      ]);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  if (child) await trainOurs(child.backend, child.spec, child.workspace);
  else await main();
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  note(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
