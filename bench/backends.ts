/**
 * `npm run bench -- backends`: what a training step of the MLP family's loop costs on wasm and on native TensorFlow
 * (tfjs-node, built by scripts/install-tfjs-node.sh), by network width and batch size: the figures behind
 * NATIVE_STEP_WORK in src/ml/tf.ts, where `backend: auto` switches to native. Each network trains through the
 * family's train() on generated rows (20 inputs, a binary label, ReLU, no dropout, no validation slice), so a
 * step is the one a run takes, batch assembly on the host included. The first epoch warms up; the step cost is
 * that of the epochs after it, by the clock and in CPU time (every thread of the process: libtensorflow uses
 * several). Each backend runs in its own process, as in the action, and the two take turns; each figure is the
 * best of its turns (a shared machine's noise only ever adds time).
 */
import { execFile, spawn } from 'node:child_process';
import { resolve, join } from 'node:path';
import { promisify } from 'node:util';
import { matrixRows } from '../src/data/rows.js';
import { mlp } from '../src/ml/families/mlp.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow, stepWork } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';

type Backend = 'wasm' | 'tensorflow';

interface Case {
  hiddenLayers: number[];
  batchSize: number;
}

/** Per case (in CASES' order): milliseconds per step by the clock and in CPU time. */
type Costs = Array<{ ms: number; cpuMs: number }>;

const COLS = 20;
const STEPS_PER_EPOCH = 24;
const MEASURED_EPOCHS = 3;
const TURNS = 3;
const NETWORKS = [[64, 32], [64, 64], [128, 128], [256, 256], [512, 512], [1024]];
const BATCHES = [32, 128, 256];
const CASES: Case[] = BATCHES.flatMap((batchSize) => NETWORKS.map((hiddenLayers) => ({ hiddenLayers, batchSize })));

const repo = resolve(process.argv[2] ?? '.');
const child = process.argv[3] === '--measure' ? { backend: process.argv[4] as Backend, workspace: process.argv[5] ?? repo } : null;

function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** `rows` rows of standard-normal-ish features and a label that depends on two of them. */
function rowsOf(rows: number): { x: Float32Array; y: Float32Array } {
  const random = mulberry32(7);
  const x = Float32Array.from({ length: rows * COLS }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, row) => ((x[row * COLS] as number) * (x[row * COLS + 1] as number) > 0 ? 1 : 0));
  return { x, y };
}

/** The child process: every case once on one backend; prints Costs. */
async function measure(backend: Backend, workspace: string): Promise<void> {
  const { tf } = await loadTensorFlow(backend, { workspace, log: note });
  const costs: Costs = [];
  for (const { hiddenLayers, batchSize } of CASES) {
    const rows = batchSize * STEPS_PER_EPOCH;
    const { x, y } = rowsOf(rows);
    const marks: Array<{ at: number; cpu: NodeJS.CpuUsage }> = [];
    const trained = await mlp.train(
      { tf },
      { rows: matrixRows({ data: x, rows, cols: COLS }, y), task: 'classification', classes: 2 },
      {
        settings: {
          ...DEFAULT_TRAINING_SETTINGS,
          hiddenLayers,
          batchSize,
          activation: 'relu',
          dropout: 0,
          l2: 0,
          epochs: 1 + MEASURED_EPOCHS,
          patience: Number.POSITIVE_INFINITY,
          validationFraction: 0,
        },
        seed: 1,
        onEpoch: () => marks.push({ at: performance.now(), cpu: process.cpuUsage() }),
      },
    );
    trained.model.dispose();
    const first = marks[0];
    const last = marks.at(-1);
    if (!first || !last || marks.length !== 1 + MEASURED_EPOCHS) throw new Error(`expected ${1 + MEASURED_EPOCHS} epochs, got ${marks.length}`);
    const steps = MEASURED_EPOCHS * STEPS_PER_EPOCH;
    const cpuMicros = last.cpu.user + last.cpu.system - first.cpu.user - first.cpu.system;
    costs.push({ ms: (last.at - first.at) / steps, cpuMs: cpuMicros / 1000 / steps });
  }
  process.stdout.write(`${JSON.stringify(costs)}\n`);
}

function runChild(backend: Backend, workspace: string): Promise<Costs> {
  return new Promise((done, fail) => {
    const program = spawn(process.execPath, [process.argv[1] ?? '', repo, '--measure', backend, workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    program.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    program.on('error', fail);
    program.on('close', (code) => {
      try {
        done(JSON.parse(out.trim().split('\n').at(-1) ?? '') as Costs);
      } catch {
        fail(new Error(`the ${backend} process ended with ${code} and no figures`));
      }
    });
  });
}

async function main(): Promise<void> {
  note('building tfjs-node for the tensorflow backend (cached after the first run)…');
  const { stdout } = await promisify(execFile)('bash', [join(repo, 'scripts', 'install-tfjs-node.sh')], { encoding: 'utf8' });
  const workspace = stdout.trim().split('\n').at(-1) ?? '';
  const best: Record<Backend, Costs> = { wasm: [], tensorflow: [] };
  for (let turn = 1; turn <= TURNS; turn++) {
    for (const backend of ['wasm', 'tensorflow'] as const) {
      note(`turn ${turn}: ${backend}…`);
      const costs = await runChild(backend, workspace);
      best[backend] = costs.map((cost, i) => {
        const kept = best[backend][i];
        return kept ? { ms: Math.min(kept.ms, cost.ms), cpuMs: Math.min(kept.cpuMs, cost.cpuMs) } : cost;
      });
    }
  }
  const faster = (wasm: number, native: number) => (wasm >= native ? `tensorflow ${(wasm / native).toFixed(1)}×` : `wasm ${(native / wasm).toFixed(1)}×`);
  process.stdout.write(
    `${JSON.stringify({ name: 'backends', subject: 'multiply-adds between hidden layers (stepWork)', values: ['batch', 'hidden layers', 'wasm ms', 'tensorflow ms', 'faster', 'wasm CPU ms', 'tensorflow CPU ms', 'faster by CPU'] })}\n`,
  );
  CASES.map((network, i) => ({ network, i, work: stepWork(network) }))
    .sort((a, b) => a.work - b.work)
    .forEach(({ network, i, work }) => {
      const wasm = best.wasm[i];
      const native = best.tensorflow[i];
      if (!wasm || !native) return;
      const values = [
        String(network.batchSize),
        network.hiddenLayers.join(', '),
        wasm.ms.toFixed(2),
        native.ms.toFixed(2),
        faster(wasm.ms, native.ms),
        wasm.cpuMs.toFixed(2),
        native.cpuMs.toFixed(2),
        faster(wasm.cpuMs, native.cpuMs),
      ];
      process.stdout.write(`${JSON.stringify({ name: 'backends', subject: work.toLocaleString('en-US'), values })}\n`);
    });
}

try {
  if (child) await measure(child.backend, child.workspace);
  else await main();
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  note(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
