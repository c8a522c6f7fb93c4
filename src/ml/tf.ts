import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util from 'node:util';
import { UserError, errorMessage } from '../util/errors.js';
import type { TF } from './tfjs.js';

export type { TF } from './tfjs.js';

export type BackendChoice = 'auto' | 'tensorflow' | 'wasm' | 'cpu';
export interface LoadedTensorFlow {
  tf: TF;
  backend: 'tensorflow' | 'wasm' | 'cpu';
}

const TFJS_NODE = '@tensorflow/tfjs-node';
/**
 * The binaries tfjs-backend-wasm can load here: SIMD, or plain where WebAssembly has no SIMD. Not the threaded
 * one (useWasm turns threads off), which the bundle therefore leaves out (scripts/ncc-build.mjs).
 */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

/** The network a run will train: what `auto` weighs to pick the faster backend. */
export interface NetworkShape {
  hiddenLayers: readonly number[];
  batchSize: number;
}

/**
 * Where native TensorFlow starts to beat WebAssembly, in multiply-adds per training step between hidden layers
 * (stepWork). tfjs-node's fixed cost per kernel is higher than wasm's, so small networks train faster on wasm;
 * its matrix products are far faster (and use every core), so wide ones train faster natively. Measured with
 * `npm run bench -- backends` on the lean loop (README, "Backends"): up to batch 256 × [128, 128] (4.2 million)
 * wasm is faster, at batch 32 × [256, 256] (2.1 million) they about tie, from batch 128 × [256, 256] and batch
 * 32 × [512, 512] (8.4 million) native is 1.1 to 2.6× faster, and one hidden layer (0 here; measured up to
 * 1,024 units) trains faster on wasm.
 */
export const NATIVE_STEP_WORK = 8_000_000;

/**
 * batch size × Σ (a hidden layer's width × the next one's): the multiply-adds of a step's products between hidden
 * layers, in the forward pass, the part that grows with the square of the width. The input and output layers
 * are left out: the encoded input width is not known yet when the backend is chosen, and with the few dozen
 * inputs and outputs of tabular data their products are small beside these.
 */
export function stepWork(network: NetworkShape): number {
  return network.batchSize * hiddenProducts(network.hiddenLayers).reduce((sum, [from, to]) => sum + from * to, 0);
}

function hiddenProducts(hiddenLayers: readonly number[]): Array<[number, number]> {
  return hiddenLayers.slice(1).map((units, i) => [hiddenLayers[i] as number, units]);
}

/** How stepWork came to its figure, for the log line. */
function describeWork(network: NetworkShape): string {
  const terms = hiddenProducts(network.hiddenLayers).map(([from, to]) => `${from}·${to}`);
  const products = terms.length === 0 ? '0 (one hidden layer)' : terms.length === 1 ? terms[0] : `(${terms.join(' + ')})`;
  return `batch ${network.batchSize} × ${products} between hidden layers = ${stepWork(network).toLocaleString('en-US')} multiply-adds a step`;
}

/**
 * Loads TensorFlow.js with the chosen backend; call once per process. 'auto' (which needs `network`) takes
 * @tensorflow/tfjs-node when the workspace has it and the network is wide enough for it to be the faster
 * one (NATIVE_STEP_WORK), else WebAssembly, else plain JavaScript, and logs the choice with its reason.
 */
export async function loadTensorFlow(
  choice: BackendChoice,
  options: { workspace: string; log: (message: string) => void; network?: NetworkShape },
): Promise<LoadedTensorFlow> {
  const { workspace, log, network } = options;
  if (choice === 'auto' && network === undefined) throw new Error("loadTensorFlow('auto') needs the network to weigh");
  const work = network ? stepWork(network) : 0;
  const size = network ? describeWork(network) : '';
  let nativeSkipped = '';
  if (choice === 'tensorflow' || (choice === 'auto' && work >= NATIVE_STEP_WORK)) {
    try {
      const tf = await importTfjsNode(workspace);
      log(
        choice === 'auto'
          ? `TensorFlow.js backend: tensorflow (${TFJS_NODE} found in ${workspace}; ${size}, where native is faster than wasm)`
          : `TensorFlow.js backend: tensorflow (input backend: tensorflow; ${TFJS_NODE} found in ${workspace})`,
      );
      return { tf, backend: 'tensorflow' };
    } catch (error) {
      if (choice === 'tensorflow') {
        throw new UserError(
          `Input backend is 'tensorflow' but ${errorMessage(error)}. Run \`npm install ${TFJS_NODE}\` in a step ` +
            `before this action (in ${workspace}), or set backend: wasm.`,
        );
      }
      nativeSkipped = `${errorMessage(error)}; ${size}, where native would be faster`;
    }
  } else if (choice === 'auto') {
    nativeSkipped = `${size}: below ${NATIVE_STEP_WORK.toLocaleString('en-US')}, wasm is faster than native TensorFlow`;
  }

  // Imported here, not at the top: a run that trains nothing (skip-unchanged, promote) never loads it.
  const { tf } = await import('./tfjs.js');
  // The CPU backend prints a "Hi, looks like you are running TensorFlow.js in Node.js" banner through
  // tfjs's warn(), which production mode mutes. In tfjs 4 that flag only gates warnings and logs.
  tf.enableProdMode();
  if (choice === 'cpu') {
    await useBackend(tf, 'cpu');
    log('TensorFlow.js backend: cpu (input backend: cpu)');
    return { tf, backend: 'cpu' };
  }
  try {
    await useWasm(tf);
  } catch (error) {
    if (choice === 'wasm') throw error;
    log(`TensorFlow.js backend: cpu (${nativeSkipped}; WebAssembly failed: ${errorMessage(error)})`);
    await useBackend(tf, 'cpu');
    return { tf, backend: 'cpu' };
  }
  log(choice === 'auto' ? `TensorFlow.js backend: wasm (${nativeSkipped})` : 'TensorFlow.js backend: wasm (input backend: wasm)');
  return { tf, backend: 'wasm' };
}

/**
 * tfjs-node 4.22 calls util helpers that Node 23 removed (`util.isNullOrUndefined`) or deprecated
 * (`util.isArray`, which Node 22+ still has but which prints a DEP0044 warning into the user's log on first
 * call). It reads them from Node's one shared util object when a kernel runs, so they are set there before it
 * loads: the removed one only where missing, the deprecated one to Array.isArray, which is what it does.
 */
function restoreRemovedUtilHelpers(): void {
  const helpers = util as unknown as Record<string, unknown>;
  helpers.isNullOrUndefined ??= (value: unknown): boolean => value === null || value === undefined;
  helpers.isArray = Array.isArray;
}

/**
 * tfjs-node cannot be bundled (its native library is downloaded at install time), so it is resolved from the
 * user's workspace at run time. Its namespace is the full tfjs API on its own tfjs-core instance.
 */
async function importTfjsNode(workspace: string): Promise<TF> {
  let resolved: string;
  try {
    resolved = createRequire(path.join(workspace, 'package.json')).resolve(TFJS_NODE);
  } catch {
    throw new Error(`${TFJS_NODE} is not installed in ${workspace}`);
  }
  restoreRemovedUtilHelpers();
  // libtensorflow logs a few INFO lines about its CPU build when it loads; keep the job log for warnings and
  // errors, unless the user chose a level.
  process.env.TF_CPP_MIN_LOG_LEVEL ??= '1';
  let imported: { default?: TF };
  try {
    imported = (await import(/* webpackIgnore: true */ pathToFileURL(resolved).href)) as { default?: TF };
  } catch (error) {
    throw new Error(`${TFJS_NODE} in ${workspace} failed to load: ${errorMessage(error)}`, { cause: error });
  }
  // A CommonJS module imported from ESM: `default` is its module.exports.
  const tf = imported.default ?? (imported as TF);
  await useBackend(tf, 'tensorflow');
  return tf;
}

async function useWasm(tf: TF): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // import.meta.url is dist/index.js in the bundle, and src/ml/tf.ts under ts-jest (which runs ESM).
  wasm.setWasmPaths(wasmDirectory(import.meta.url));
  // Threads would make float sums order-dependent; tfjs already disables them on Node, this keeps it so.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await useBackend(tf, 'wasm');
}

async function useBackend(tf: TF, name: LoadedTensorFlow['backend']): Promise<void> {
  // setBackend reports a failed initialisation as `false`, not as an exception.
  if (!(await tf.setBackend(name))) throw new Error(`the ${name} backend failed to initialise`);
  await tf.ready();
}

/**
 * The directory holding the tfjs-backend-wasm*.wasm binaries, with a trailing separator as setWasmPaths wants:
 * next to the running module when the bundle copied them there (dist/), else the package's dist/ in
 * node_modules (development and tests).
 */
export function wasmDirectory(moduleUrl: string): string {
  const candidates = [path.dirname(fileURLToPath(moduleUrl))];
  try {
    const packageJson = createRequire(moduleUrl).resolve('@tensorflow/tfjs-backend-wasm/package.json');
    candidates.push(path.join(path.dirname(packageJson), 'dist'));
  } catch {
    // Not resolvable from here (as in the bundle): only the module's own directory can hold them.
  }
  const found = candidates.find((dir) => WASM_FILES.every((file) => existsSync(path.join(dir, file))));
  if (found === undefined) {
    throw new Error(`none of ${candidates.join(', ')} has the WebAssembly binaries ${WASM_FILES.join(', ')}`);
  }
  return found + path.sep;
}
