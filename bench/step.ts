/**
 * `npm run bench -- step`: where a step of the MLP family's training loop spends its time, kernel by kernel, on
 * wasm (BENCH_BACKEND=cpu for the plain JavaScript kernels). The network and data are bench/training.ts's (20 →
 * 64 → 64 → 2 ReLU, batch 256, no dropout, no validation slice), trained through the family's train(): once
 * plain, for the step's cost by the clock and in CPU time, and once under tf.profile, for the kernels a step
 * dispatches and the time each spends inside its backend. What the kernels do not account for is TensorFlow.js's
 * own work around them (dispatch, tensor bookkeeping, tidy), the host's batch assembly and garbage collection.
 */
import { matrixRows } from '../src/data/rows.js';
import { mlp } from '../src/ml/families/mlp.js';
import { mulberry32 } from '../src/ml/random.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../src/model-config.js';

const ROWS = 25_600;
const COLS = 20;
const BATCH = 256;
const EPOCHS = 3;
const backend = process.env.BENCH_BACKEND === 'cpu' ? 'cpu' : 'wasm';

function emit(subject: string, values: string[]): void {
  process.stdout.write(`${JSON.stringify({ name: 'step', subject, values })}\n`);
}

function rowsOf(): { x: Float32Array; y: Float32Array } {
  const random = mulberry32(42);
  const x = Float32Array.from({ length: ROWS * COLS }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: ROWS }, (_, row) => ((x[row * COLS] as number) + (x[row * COLS + 1] as number) > 0 ? 1 : 0));
  return { x, y };
}

const settings: TrainingSettings = {
  ...DEFAULT_TRAINING_SETTINGS,
  hiddenLayers: [64, 64],
  activation: 'relu',
  dropout: 0,
  l2: 0,
  epochs: EPOCHS,
  batchSize: BATCH,
  learningRate: 0.001,
  patience: Number.POSITIVE_INFINITY,
  validationFraction: 0,
};

async function train(tf: TF): Promise<void> {
  const { x, y } = rowsOf();
  const trained = await mlp.train({ tf }, { rows: matrixRows({ data: x, rows: ROWS, cols: COLS }, y), task: 'classification', classes: 2 }, { settings, seed: 1 });
  trained.model.dispose();
}

try {
  const { tf } = await loadTensorFlow(backend, { workspace: process.cwd(), log: (message) => process.stderr.write(`${message}\n`) });
  const steps = (ROWS / BATCH) * EPOCHS;
  await train(tf); // warm-up: wasm compiles its hot functions on first use
  const started = performance.now();
  const cpu = process.cpuUsage();
  await train(tf);
  const { user, system } = process.cpuUsage(cpu);
  const stepMicros = ((performance.now() - started) * 1000) / steps;
  const cpuMicros = (user + system) / steps;

  const profile = await tf.profile(() => train(tf));
  const byKernel = new Map<string, { count: number; micros: number }>();
  for (const kernel of profile.kernels) {
    const entry = byKernel.get(kernel.name) ?? { count: 0, micros: 0 };
    entry.count += 1;
    entry.micros += ((await kernel.kernelTimeMs) as number) * 1000;
    byKernel.set(kernel.name, entry);
  }
  // The run also builds the model and reads its weights once: a kernel dispatched fewer times than there are steps
  // belongs to that, not to the step, and is left out.
  const perStep = [...byKernel.entries()].filter(([, entry]) => entry.count >= steps).sort((a, b) => b[1].micros - a[1].micros);
  const kernelMicros = perStep.reduce((sum, [, entry]) => sum + entry.micros / steps, 0);
  const kernels = perStep.reduce((sum, [, entry]) => sum + entry.count / steps, 0);
  emit('kernel', ['per step', 'µs per step', 'share of the step (CPU)']);
  for (const [name, entry] of perStep) {
    const micros = entry.micros / steps;
    emit(name, [(entry.count / steps).toFixed(1), micros.toFixed(1), `${((100 * micros) / cpuMicros).toFixed(0)} %`]);
  }
  emit(`all ${kernels.toFixed(0)} kernels`, ['', kernelMicros.toFixed(0), `${((100 * kernelMicros) / cpuMicros).toFixed(0)} %`]);
  emit('the rest: dispatch, bookkeeping, batch assembly, GC', ['', (cpuMicros - kernelMicros).toFixed(0), `${((100 * (cpuMicros - kernelMicros)) / cpuMicros).toFixed(0)} %`]);
  emit(`a step on ${backend}: ${stepMicros.toFixed(0)} µs by the clock`, ['', cpuMicros.toFixed(0), '100 %']);
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
