// node bench/backends.mjs: training step cost of the wasm and the native (tfjs-node) backends side by side, for
// MLPs of two equal hidden layers (20 inputs, one sigmoid output, Adam) at batch 32 and 256: the measurements
// behind NATIVE_STEP_WORK in src/ml/tf.ts, where backend: auto switches to native. Builds tfjs-node first with
// scripts/install-tfjs-node.sh (cached after the first run). Run it on Node 24, the action's runtime.
// Each backend runs in its own process, as in the action: libtensorflow's idle worker threads would otherwise
// take CPU from wasm's one thread. The processes take turns, and each figure is the best of its turns (a shared
// machine's noise only ever adds time).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import util from 'node:util';

const BACKENDS = ['wasm', 'tensorflow'];
const BATCHES = [32, 256];
const WIDTHS = [32, 64, 128, 256, 512];
const TURNS = 3;
const STEPS = 20;

const root = join(import.meta.dirname, '..');
const [, script, backend] = process.argv;

if (backend === undefined) {
  const workspace = execFileSync('bash', [join(root, 'scripts', 'install-tfjs-node.sh')], { encoding: 'utf8' }).trim();
  const best = new Map();
  for (let turn = 0; turn < TURNS; turn++) {
    for (const name of BACKENDS) {
      const env = { ...process.env, TFJS_NODE_WORKSPACE: workspace, TF_CPP_MIN_LOG_LEVEL: '1' };
      const costs = JSON.parse(execFileSync(process.execPath, [script, name], { encoding: 'utf8', env }));
      for (const [key, ms] of Object.entries(costs)) best.set(`${name} ${key}`, Math.min(best.get(`${name} ${key}`) ?? Infinity, ms));
    }
  }
  console.log(`Node ${process.version}; ms per training step, best of ${TURNS} turns of ${STEPS} steps`);
  console.log('| batch × units² | batch | 2 hidden layers of | wasm | tensorflow | faster |');
  console.log('| ---: | ---: | ---: | ---: | ---: | --- |');
  for (const batch of BATCHES) {
    for (const width of WIDTHS) {
      const wasm = best.get(`wasm ${batch} ${width}`);
      const native = best.get(`tensorflow ${batch} ${width}`);
      const faster = wasm >= native ? `tensorflow ${(wasm / native).toFixed(1)}×` : `wasm ${(native / wasm).toFixed(1)}×`;
      const work = (batch * width * width).toLocaleString('en-US');
      console.log(`| ${work} | ${batch} | ${width} | ${wasm.toFixed(2)} | ${native.toFixed(2)} | ${faster} |`);
    }
  }
} else {
  console.log(JSON.stringify(await measure(await loadBackend(backend))));
}

/** The tfjs namespace on `name`: tfjs-node from the built workspace, or the project's tfjs with wasm. */
async function loadBackend(name) {
  if (name === 'tensorflow') {
    // As src/ml/tf.ts does before loading tfjs-node 4.22, which calls what Node 23 removed.
    util.isNullOrUndefined ??= (value) => value === null || value === undefined;
    return createRequire(join(process.env.TFJS_NODE_WORKSPACE, 'package.json'))('@tensorflow/tfjs-node');
  }
  const require = createRequire(join(root, 'package.json'));
  const tf = require('@tensorflow/tfjs');
  require('@tensorflow/tfjs-backend-wasm').setWasmPaths(join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist') + '/');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend failed to initialise');
  return tf;
}

/** Milliseconds per trainOnBatch step for each batch size and width, after a few warm-up steps. */
async function measure(tf) {
  const costs = {};
  for (const batch of BATCHES) {
    for (const width of WIDTHS) {
      const model = tf.sequential({
        layers: [
          tf.layers.dense({ units: width, activation: 'relu', inputShape: [20] }),
          tf.layers.dense({ units: width, activation: 'relu' }),
          tf.layers.dense({ units: 1, activation: 'sigmoid' }),
        ],
      });
      model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy' });
      const x = tf.randomNormal([batch, 20], 0, 1, 'float32', 1);
      const y = tf.randomUniform([batch, 1], 0, 1, 'float32', 2).round();
      for (let step = 0; step < 5; step++) await model.trainOnBatch(x, y);
      const start = performance.now();
      for (let step = 0; step < STEPS; step++) await model.trainOnBatch(x, y);
      costs[`${batch} ${width}`] = (performance.now() - start) / STEPS;
      tf.dispose([model, x, y]);
    }
  }
  return costs;
}
