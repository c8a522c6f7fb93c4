/**
 * TensorFlow.js as this project uses it: tfjs-core's tensors and ops, tfjs-layers' models, and the cpu backend.
 * Not the @tensorflow/tfjs package, which adds the webgl backend, the graph-model converter, tf.data and a
 * second copy of tfjs-core's code: 3.8 MB in each bundle that no run uses.
 */
import * as cpu from '@tensorflow/tfjs-backend-cpu';
import * as core from '@tensorflow/tfjs-core';
import * as layers from '@tensorflow/tfjs-layers';

/**
 * The TensorFlow.js API a model family uses; @tensorflow/tfjs-node's namespace is a superset of it. (Both
 * packages are CommonJS, so each namespace also has a `default`: their module.exports, not part of the API.)
 */
export type TF = Omit<typeof core & typeof layers, 'default'>;

/**
 * The cpu backend registers itself and its kernels as its module loads. Its namespace is spread in too (it adds
 * MathBackendCPU and version_cpu) because a bare `import '@tensorflow/tfjs-backend-cpu'` is dropped from the
 * bundle: its package.json declares side effects only for its ESM files, not the CommonJS one ncc resolves.
 */
export const tf: TF = { ...cpu, ...core, ...layers };

/**
 * TensorFlow.js on its cpu backend, as every served model runs it (the function and the predictor module): the
 * same arithmetic, so the same answers.
 */
export async function startCpuBackend(): Promise<void> {
  tf.enableProdMode(); // mutes the cpu backend's "install tfjs-node" banner
  if (!(await tf.setBackend('cpu'))) throw new Error('the TensorFlow.js cpu backend failed to initialise');
  await tf.ready();
}
