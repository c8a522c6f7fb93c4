import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Matrix } from '../../family.js';
import type { TF } from '../../tf.js';
import { Kernels, type FusedActivation } from './kernels.js';

/**
 * The MLP's predictions computed straight from its weights: per Dense layer one fused kernel (matrix product,
 * bias and activation) for the activations TensorFlow.js fuses (relu, elu, linear), else the product, the bias and
 * the activation (tanh, selu, softmax) as kernels of their own. The kernels LayersModel.predict runs, in its
 * order, so the same outputs on every backend, without what Layers
 * adds to every call (input standardisation and checks, name scopes, the executor, a reshape before and after
 * each product): about 0.25 ms for one row through Layers, a few kernels' dispatch here. Dropout is the
 * identity at inference and adds no step.
 */

/**
 * How a Dense layer applies its activation, as tfjs-layers' Dense does: fused into the product with the bias, or
 * (for the activations the kernel does not fuse) after the product and a separate bias addition. Adding the bias
 * inside the product instead would round differently on wasm.
 */
type ActivationStep = { fused: FusedActivation } | { kernel: 'Tanh' | 'Selu' | 'Softmax' };

/** The activations this family writes (hidden: relu, tanh, elu, selu; output: softmax, linear). */
const ACTIVATIONS: Readonly<Record<string, ActivationStep>> = {
  linear: { fused: 'linear' },
  relu: { fused: 'relu' },
  elu: { fused: 'elu' },
  tanh: { kernel: 'Tanh' },
  selu: { kernel: 'Selu' },
  softmax: { kernel: 'Softmax' },
};

/** Layers that compute nothing at inference. */
const IDENTITY_LAYERS = new Set(['Dropout', 'InputLayer']);

/** Rows per kernel call: large enough to amortise dispatch, small enough to bound memory on a large matrix. */
const ROWS_PER_PASS = 4096;

interface DenseStep {
  /** The kernel as the rank-3 operand [1, inputs, units] the matrix-product kernels take. */
  kernel: Tensor;
  /** [units], or null for a layer without bias. */
  bias: Tensor | null;
  activation: ActivationStep;
}

/** What in a Layers model's topology this pass cannot compute, or null for a stack of Dense and Dropout layers. */
export function unsupportedLayer(model: LayersModel): string | null {
  for (const layer of model.layers) {
    const kind = layer.getClassName();
    if (IDENTITY_LAYERS.has(kind)) continue;
    if (kind !== 'Dense') return `has a ${kind} layer ('${layer.name}'): MLP models are Dense and Dropout layers`;
    const activation = String(layer.getConfig().activation);
    if (!(activation in ACTIVATIONS)) {
      return `has a Dense layer ('${layer.name}') with the activation '${activation}', which MLP models do not use`;
    }
  }
  return model.layers.some((layer) => layer.getClassName() === 'Dense') ? null : 'has no Dense layer';
}

/**
 * A Layers Dense stack's forward pass, on the weights it holds when the pass is built (after training, or as
 * loaded): the pass keeps views of them, so build it once the weights are final. Dispose it before the model.
 */
export class ForwardPass {
  /** The pass makes no constants, so it has nothing of its own to dispose. */
  private readonly kernels: Kernels;

  private constructor(
    private readonly tf: TF,
    private readonly steps: readonly DenseStep[],
    private readonly outputs: number,
  ) {
    this.kernels = new Kernels(tf);
  }

  /** The pass for `model`; a topology unsupportedLayer refuses is a bug here (loadModel checks it first). */
  static of(tf: TF, model: LayersModel): ForwardPass {
    const problem = unsupportedLayer(model);
    if (problem !== null) throw new Error(`The model ${problem}`);
    const steps = model.layers
      .filter((layer) => layer.getClassName() === 'Dense')
      .map((layer): DenseStep => {
        const [kernel, bias] = layer.getWeights() as [Tensor, Tensor | undefined];
        const [inputs, units] = kernel.shape as [number, number];
        return {
          kernel: tf.reshape(kernel, [1, inputs, units]),
          bias: bias ?? null,
          activation: ACTIVATIONS[String(layer.getConfig().activation)] as ActivationStep,
        };
      });
    const outputs = steps.at(-1)?.kernel.shape[2] ?? Number.NaN;
    return new ForwardPass(tf, steps, outputs);
  }

  /** Outputs for every row of `x`, row-major (rows × the last layer's units). */
  predict(x: Matrix): Float32Array {
    if (x.rows <= ROWS_PER_PASS) return this.pass(x.data, x.rows, x.cols);
    const outputs = new Float32Array(x.rows * this.outputs);
    for (let row = 0; row < x.rows; row += ROWS_PER_PASS) {
      const rows = Math.min(ROWS_PER_PASS, x.rows - row);
      outputs.set(this.pass(x.data.subarray(row * x.cols, (row + rows) * x.cols), rows, x.cols), row * this.outputs);
    }
    return outputs;
  }

  dispose(): void {
    for (const step of this.steps) step.kernel.dispose();
  }

  private pass(data: Float32Array, rows: number, cols: number): Float32Array {
    const { tf } = this;
    const output = tf.tidy(() =>
      this.steps.reduce((h: Tensor, { kernel, bias, activation }) => {
        if ('fused' in activation) return this.kernels.fusedMatMul(h, kernel, bias, activation.fused);
        const product = this.kernels.fusedMatMul(h, kernel, null, 'linear');
        const z = bias ? this.kernels.run('Add', { a: product, b: bias }) : product;
        // Softmax over the units, the last axis of [1, rows, units], by its index: the wasm kernel does not read -1.
        return activation.kernel === 'Softmax' ? this.kernels.run('Softmax', { logits: z }, { dim: 2 }) : this.kernels.run(activation.kernel, { x: z });
      }, tf.tensor3d(data, [1, rows, cols])),
    );
    try {
      return output.dataSync() as Float32Array;
    } finally {
      output.dispose();
    }
  }
}
