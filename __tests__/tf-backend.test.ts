import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTensorFlow, NATIVE_STEP_WORK, stepWork, WASM_FILES, wasmDirectory } from '../src/ml/tf.js';
import { UserError } from '../src/util/errors.js';

const require = createRequire(import.meta.url);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tf-backend-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A workspace directory without @tensorflow/tfjs-node (none is installed anywhere on this machine). */
function emptyWorkspace(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Batch 32 × layers [64, 32]: far below the work where native TensorFlow is faster. */
const SMALL = { hiddenLayers: [64, 32], batchSize: 32 };
/** Batch 256 × [512, 512]: 67 million multiply-adds a step, where native TensorFlow trains 2 to 3× faster. */
const WIDE = { hiddenLayers: [512, 512], batchSize: 256 };

/** A stand-in for tfjs-node in `workspace`: a CommonJS package with its shape (the tfjs API with a 'tensorflow'
 * backend registered, here the CPU kernels under that name), that counts its loads in globalThis. */
function installFakeTfjsNode(workspace: string): void {
  const packageDir = path.join(workspace, 'node_modules', '@tensorflow', 'tfjs-node');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify({ name: '@tensorflow/tfjs-node', main: 'index.js' }));
  writeFileSync(
    path.join(packageDir, 'index.js'),
    `globalThis.fakeTfjsNodeLoads = (globalThis.fakeTfjsNodeLoads ?? 0) + 1;
     const tf = require(${JSON.stringify(require.resolve('@tensorflow/tfjs'))});
     for (const kernel of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...kernel, backendName: 'tensorflow' });
     tf.registerBackend('tensorflow', () => tf.findBackendFactory('cpu')(), 3);
     module.exports = tf;`,
  );
}

const fakeLoads = (): number => (globalThis as { fakeTfjsNodeLoads?: number }).fakeTfjsNodeLoads ?? 0;

const wasmDist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');

describe('loadTensorFlow', () => {
  // First in the file: the CPU backend prints its banner on its first tensor in a fresh tfjs instance.
  it('cpu: uses the CPU backend without the "running TensorFlow.js in Node.js" banner', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { tf, backend } = await loadTensorFlow('cpu', { workspace: emptyWorkspace('cpu'), log: () => undefined });
      expect(backend).toBe('cpu');
      expect(tf.getBackend()).toBe('cpu');
      tf.tensor([1, 2, 3]).dispose();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('auto: takes WebAssembly for a wide network when the workspace has no tfjs-node, and says why in one line', async () => {
    const logs: string[] = [];
    const { tf, backend } = await loadTensorFlow('auto', {
      workspace: emptyWorkspace('auto'),
      network: WIDE,
      log: (message) => logs.push(message),
    });
    expect(backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(logs).toEqual([
      expect.stringMatching(
        /^TensorFlow\.js backend: wasm \(@tensorflow\/tfjs-node is not installed in .*auto; batch 256 × 512·512 between hidden layers = 67,108,864 multiply-adds a step, where native would be faster\)$/,
      ),
    ]);
  });

  it('auto: takes WebAssembly for a small network without loading the tfjs-node the workspace has', async () => {
    const workspace = emptyWorkspace('small-with-tfjs-node');
    installFakeTfjsNode(workspace);
    const logs: string[] = [];
    const { backend } = await loadTensorFlow('auto', { workspace, network: SMALL, log: (message) => logs.push(message) });
    expect(backend).toBe('wasm');
    expect(fakeLoads()).toBe(0);
    expect(logs).toEqual([
      'TensorFlow.js backend: wasm (batch 32 × 64·32 between hidden layers = 65,536 multiply-adds a step: below 8,000,000, ' +
        'wasm is faster than native TensorFlow)',
    ]);
  });

  it('wasm: runs single-threaded and computes', async () => {
    const { tf, backend } = await loadTensorFlow('wasm', { workspace: emptyWorkspace('wasm'), log: () => undefined });
    expect(backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(false);
    const product = tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]]));
    expect(product.dataSync()[0]).toBe(11);
    product.dispose();
  });

  it('tensorflow: a UserError naming the input and the remedies when tfjs-node is missing', async () => {
    const workspace = emptyWorkspace('explicit');
    const loading = loadTensorFlow('tensorflow', { workspace, log: () => undefined });
    await expect(loading).rejects.toThrow(UserError);
    await expect(loading).rejects.toThrow(/^Input backend is 'tensorflow' but @tensorflow\/tfjs-node is not installed/);
    await expect(loading).rejects.toThrow('npm install @tensorflow/tfjs-node');
    await expect(loading).rejects.toThrow('backend: wasm');
  });

  // Last in the file: it registers a backend on the shared tfjs instance.
  it('auto: imports tfjs-node from the workspace for a wide network', async () => {
    const workspace = emptyWorkspace('wide-with-tfjs-node');
    installFakeTfjsNode(workspace);
    const logs: string[] = [];
    const { tf, backend } = await loadTensorFlow('auto', { workspace, network: WIDE, log: (message) => logs.push(message) });
    expect(backend).toBe('tensorflow');
    expect(fakeLoads()).toBe(1);
    expect(tf.getBackend()).toBe('tensorflow');
    expect(tf.tidy(() => tf.add(tf.scalar(2), tf.scalar(3)).dataSync()[0])).toBe(5);
    expect(logs).toEqual([
      `TensorFlow.js backend: tensorflow (@tensorflow/tfjs-node found in ${workspace}; batch 256 × 512·512 between hidden layers = ` +
        '67,108,864 multiply-adds a step, where native is faster than wasm)',
    ]);
  });
});

describe('stepWork', () => {
  it('is batch size × the products between hidden layers, and puts the measured crossover on the right sides', () => {
    expect(stepWork({ hiddenLayers: [64, 32], batchSize: 32 })).toBe(65_536);
    expect(stepWork({ hiddenLayers: [64, 32, 16], batchSize: 2 })).toBe(2 * (64 * 32 + 32 * 16));
    // Measured (README, "Backends"): wasm is faster for the default network, at batch 256 × [128, 128] and for
    // one hidden layer of 1,024 units; they tie at batch 32 × [256, 256]; native wins from batch 128 × [256, 256]
    // and batch 32 × [512, 512].
    for (const network of [
      { hiddenLayers: [64, 32], batchSize: 128 },
      { hiddenLayers: [128, 128], batchSize: 256 },
      { hiddenLayers: [1024], batchSize: 256 },
      { hiddenLayers: [256, 256], batchSize: 32 },
    ]) {
      expect(stepWork(network)).toBeLessThan(NATIVE_STEP_WORK);
    }
    for (const network of [
      { hiddenLayers: [256, 256], batchSize: 128 },
      { hiddenLayers: [512, 512], batchSize: 32 },
    ]) {
      expect(stepWork(network)).toBeGreaterThanOrEqual(NATIVE_STEP_WORK);
    }
    expect(stepWork({ hiddenLayers: [], batchSize: 32 })).toBe(0);
  });
});

describe('wasmDirectory', () => {
  it('prefers the running module’s directory when the bundle copied the binaries next to it', () => {
    const bundleDir = emptyWorkspace('dist');
    for (const file of WASM_FILES) {
      writeFileSync(path.join(bundleDir, file), '');
    }
    expect(wasmDirectory(pathToFileURL(path.join(bundleDir, 'index.js')).href)).toBe(bundleDir + path.sep);
  });

  it('falls back to the package in node_modules, as under ts-jest where the module is src/ml/tf.ts', () => {
    const source = pathToFileURL(path.resolve('src/ml/tf.ts')).href;
    expect(wasmDirectory(source)).toBe(wasmDist + path.sep);
  });

  it('names the directories it searched when none has the binaries', () => {
    const bundleDir = emptyWorkspace('stripped-dist');
    expect(() => wasmDirectory(pathToFileURL(path.join(bundleDir, 'index.js')).href)).toThrow(bundleDir);
  });
});
