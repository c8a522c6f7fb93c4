import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { TF } from '../../tf.js';
import type { Task } from '../../types.js';
import type { ModelConfig } from '../mlp.js';
import { Kernels, type FusedActivation } from './kernels.js';

/**
 * The MLP's training maths in TensorFlow.js ops, written out so a step dispatches only the kernels the maths needs
 * (a Layers trainOnBatch step dispatches about 180, each with a fixed cost that dwarfs a small network's
 * arithmetic): the forward pass with bias and activation fused into the matrix product, the backward pass
 * derived by hand with each layer's kernel and bias gradient in one product, and Adam over one flat vector of all
 * parameters, so the optimiser is ten kernels whatever the depth. The per-batch loss is summed on the device; the
 * loop reads it once per epoch.
 *
 * Every op is dispatched straight to its kernel (Kernels), and constants are tensors made once: an op given a number
 * uploads it as a new scalar every call, which on wasm costs more than the kernel it feeds. The gradient is kept as
 * `gradientScale` × the true one (Adam's steps do not change when the gradient is scaled, if epsilon is scaled with
 * it), which spares a full batch its scaling kernel.
 */

type Activation = ModelConfig['activation'];

/** SELU's constants (Klambauer et al. 2017), as tfjs's selu uses them. */
const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

interface ActivationMaths {
  /** What the fused matrix product applies itself; the rest, if any, runs after it. */
  fused: FusedActivation;
  after?: (k: Kernels, z: Tensor) => Tensor;
  /** The activation's derivative, written in terms of its output h. */
  derivative: (k: Kernels, h: Tensor) => Tensor;
}

const ACTIVATIONS: Readonly<Record<Activation, ActivationMaths>> = {
  relu: { fused: 'relu', derivative: (k, h) => k.step(h) },
  // h + 1 = exp(z) where z ≤ 0 (so h ≤ 0), and 1 above.
  elu: { fused: 'elu', derivative: (k, h) => k.add(k.minimum(h, k.constant(0)), k.constant(1)) },
  // scale·alpha·exp(z) = h + scale·alpha where h ≤ 0, scale above.
  selu: {
    fused: 'linear',
    after: (k, z) => k.unary('Selu', z),
    derivative: (k, h) =>
      k.add(k.add(k.minimum(h, k.constant(0)), k.constant(SELU_SCALE * SELU_ALPHA)), k.mul(k.step(h), k.constant(SELU_SCALE * (1 - SELU_ALPHA)))),
  },
  tanh: { fused: 'linear', after: (k, z) => k.unary('Tanh', z), derivative: (k, h) => k.sub(k.constant(1), k.unary('Square', h)) },
};

/** Adam's constants, as tf.train.adam (and so the Layers loop before) used them. */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;
/** categoricalCrossentropy's clip of probabilities, so log never sees 0. */
const PROBABILITY_FLOOR = 1e-7;

export interface NetworkShape {
  inputs: number;
  hiddenLayers: readonly number[];
  outputs: number;
  activation: Activation;
  task: Task;
  learningRate: number;
  /** L2 factor on the hidden layers' kernels, as the Layers model's kernelRegularizer applied it. */
  l2: number;
  /** Rows of a full batch; a shorter batch (a chunk's last) scales its gradient to match. */
  batchSize: number;
}

/**
 * One step's rows on the device: features [1, rows, inputs]; the same transposed with a row of ones below,
 * [1, inputs + 1, rows] (the first layer's kernel and bias gradient in one product; the host transposes for free);
 * targets [1, rows, outputs] (one-hot for classification) and, with dropout, a mask [1, rows, units] per hidden
 * layer. Everything is rank 3, as the matrix-product kernels take it, so the passes spend no kernels reshaping
 * activations. Each is its own upload: an upload costs a few microseconds, less than the kernel that would split
 * one.
 */
export interface Batch {
  x: Tensor;
  xTransposedWithOnes: Tensor;
  y: Tensor;
  /** Per hidden layer: 0 for a dropped unit, 1/(1 − rate) for a kept one; empty without dropout. */
  masks: readonly Tensor[];
}

/**
 * The parameters of a Dense stack, in the Layers model's weight order: kernel, bias, kernel, bias, … Flat, a
 * layer's kernel [inputs, units] and bias [units] are one block [inputs + 1, units], row by row: the shape of
 * the product that gives both their gradients.
 */
export class Network {
  private readonly shapes: number[][];
  private readonly sizes: number[];
  private readonly parameters: Variable;
  /** Adam's moments, each divided by its (1 − beta): the update then needs no multiply by (1 − beta). */
  private readonly firstMoment: Variable;
  private readonly secondMoment: Variable;
  /** 2·l2 × gradientScale on the hidden kernels' elements and 0 elsewhere: the L2 penalty's gradient is this × the parameters. */
  private readonly l2Gradient: Tensor | null;
  private readonly trainingLoss: Variable;
  private readonly validationLoss: Variable;
  /**
   * What the kept gradient is a multiple of the gradient of the batch's mean loss: a full batch's output
   * gradient is then p − y (softmax cross-entropy, whose mean's gradient is (p − y)/rows) or ŷ − y (squared
   * error: 2(ŷ − y)/rows), with no kernel to scale it.
   */
  private readonly gradientScale: number;
  private readonly kernels: Kernels;
  /** Adam's step count, for its bias correction. */
  private steps = 0;
  /** Ones per batch size, [1, 1, rows] on wasm and [1, rows, 1] elsewhere: the bias's column in a gradient product. */
  private readonly onesByRows = new Map<number, Tensor>();

  constructor(
    private readonly tf: TF,
    private readonly shape: NetworkShape,
    initialWeights: readonly Tensor[],
  ) {
    const widths = [shape.inputs, ...shape.hiddenLayers, shape.outputs];
    this.shapes = widths.slice(1).flatMap((units, layer) => [[widths[layer] as number, units], [units]]);
    this.sizes = this.shapes.map((dims) => dims.reduce((product, size) => product * size, 1));
    const mismatch = initialWeights.findIndex((weight, i) => weight.shape.join('×') !== this.shapes[i]?.join('×'));
    if (initialWeights.length !== this.shapes.length || mismatch >= 0) {
      throw new Error(`Network weights ${initialWeights.map((weight) => weight.shape.join('×')).join(', ')} do not match the layers ${widths.join('→')}`);
    }
    const total = this.sizes.reduce((sum, size) => sum + size, 0);
    // A variable shares its initial value's data; tidy frees the value's own handle.
    const variable = (initial: () => Tensor): Variable => tf.tidy(() => tf.variable(initial(), false));
    this.parameters = variable(() => tf.concat(initialWeights.map((weight) => tf.reshape(weight, [-1]))));
    this.firstMoment = variable(() => tf.zeros([total]));
    this.secondMoment = variable(() => tf.zeros([total]));
    this.trainingLoss = variable(() => tf.scalar(0));
    this.validationLoss = variable(() => tf.scalar(0));
    this.gradientScale = shape.batchSize / (shape.task === 'classification' ? 1 : 2);
    this.l2Gradient = shape.l2 > 0 ? this.l2Coefficients(total) : null;
    this.kernels = new Kernels(tf);
  }

  /** One Adam step on `batch`; its loss is added to the epoch's training loss on the device. */
  trainStep(batch: Batch): void {
    const k = this.kernels;
    this.steps += 1;
    this.tf.tidy(() => {
      const weights = this.views();
      const pass = this.forward(weights, batch.x, batch.masks);
      const outputGradient = this.addLoss(this.trainingLoss, pass.outputs, batch.y, true);
      const gradient = this.backward(weights, pass, batch, outputGradient);
      this.adam(this.l2Gradient ? k.add(gradient, k.mul(this.parameters, this.l2Gradient)) : gradient);
    });
  }

  /** Adds the loss of `x` under the current weights (no dropout) to the epoch's validation loss on the device. */
  addValidationLoss(x: Tensor, y: Tensor): void {
    this.tf.tidy(() => {
      const pass = this.forward(this.views(), x, []);
      this.addLoss(this.validationLoss, pass.outputs, y, false);
    });
  }

  /** The epoch's loss sums, training then validation, in one read from the device; both restart from 0. */
  async takeLossSums(): Promise<[number, number]> {
    const { tf } = this;
    const sums = tf.stack([this.trainingLoss, this.validationLoss]);
    try {
      const [training, validation] = await sums.data();
      return [training ?? Number.NaN, validation ?? Number.NaN];
    } finally {
      sums.dispose();
      tf.tidy(() => {
        this.trainingLoss.assign(tf.zerosLike(this.trainingLoss));
        this.validationLoss.assign(tf.zerosLike(this.validationLoss));
      });
    }
  }

  /** A copy of the parameters to restore later (early stopping's best epoch). */
  snapshot(): Tensor {
    return this.tf.clone(this.parameters) as Tensor;
  }

  restore(snapshot: Tensor): void {
    this.parameters.assign(snapshot);
  }

  /** The parameters as the Layers model's weights, in its order and shapes; the caller disposes them. */
  weights(): Tensor[] {
    const { tf } = this;
    return tf.tidy(() => tf.split(this.parameters, this.sizes).map((piece, i) => tf.reshape(piece, this.shapes[i] as number[])));
  }

  dispose(): void {
    this.tf.dispose([
      this.parameters,
      this.firstMoment,
      this.secondMoment,
      this.trainingLoss,
      this.validationLoss,
      ...(this.l2Gradient ? [this.l2Gradient] : []),
      ...this.onesByRows.values(),
    ]);
    this.kernels.dispose();
  }

  /** Kernels as the rank-3 operand [1, inputs, units] the matrix-product kernels take; biases flat, as they are. */
  private views(): Tensor[] {
    const k = this.kernels;
    return k.splitV(this.parameters, this.sizes).map((piece, i) => (i % 2 === 0 ? k.reshape(piece, [1, ...(this.shapes[i] as number[])]) : piece));
  }

  private l2Coefficients(total: number): Tensor {
    const coefficients = new Float32Array(total);
    let offset = 0;
    this.sizes.forEach((size, i) => {
      // Even indexes are kernels; the output layer's (the last kernel) carries no penalty.
      if (i % 2 === 0 && i < this.sizes.length - 2) coefficients.fill(2 * this.shape.l2 * this.gradientScale, offset, offset + size);
      offset += size;
    });
    return this.tf.tensor1d(coefficients);
  }

  /** Each layer's input (the batch, then every hidden layer's output after dropout), each hidden output before it, and the output layer's pre-activation. */
  private forward(weights: Tensor[], x: Tensor, masks: readonly Tensor[]): ForwardPass {
    const k = this.kernels;
    const maths = ACTIVATIONS[this.shape.activation];
    const layerInputs: Tensor[] = [x];
    const activations: Tensor[] = [];
    let h = x;
    for (let layer = 0; layer < this.shape.hiddenLayers.length; layer++) {
      const z = this.kernels.fusedMatMul(h, weights[2 * layer] as Tensor, weights[2 * layer + 1] as Tensor, maths.fused);
      const activated = maths.after ? maths.after(k, z) : z;
      activations.push(activated);
      const mask = masks[layer];
      h = mask ? k.mul(activated, mask) : activated;
      layerInputs.push(h);
    }
    const last = this.shape.hiddenLayers.length;
    const outputs = this.kernels.fusedMatMul(h, weights[2 * last] as Tensor, weights[2 * last + 1] as Tensor, 'linear');
    return { layerInputs, activations, outputs };
  }


  /**
   * Adds the batch's summed loss to `total` and returns gradientScale × the gradient of its mean with respect to
   * the output layer's pre-activation: softmax + categorical cross-entropy or mean squared error, the losses the
   * Layers model was compiled with.
   */
  private addLoss(total: Variable, outputs: Tensor, y: Tensor, withGradient: boolean): Tensor | null {
    const k = this.kernels;
    let residual: Tensor;
    if (this.shape.task === 'classification') {
      const probabilities = k.run('Softmax', { logits: outputs }, { dim: outputs.rank - 1 });
      const clipped = k.run('ClipByValue', { x: probabilities }, { clipValueMin: PROBABILITY_FLOOR, clipValueMax: 1 - PROBABILITY_FLOOR });
      // −Σ y·log p: the sum is subtracted from the total rather than negated first, a kernel fewer.
      total.assign(k.sub(total, k.sum(k.mul(y, k.unary('Log', clipped)))));
      if (!withGradient) return null;
      residual = k.sub(probabilities, y);
    } else {
      residual = k.sub(outputs, y);
      total.assign(k.add(total, k.sum(k.unary('Square', residual))));
      if (!withGradient) return null;
    }
    const rows = outputs.shape[1] as number;
    return rows === this.shape.batchSize ? residual : k.mul(residual, k.constant(this.shape.batchSize / rows));
  }

  /** gradientScale × the gradient of the batch's mean loss with respect to every parameter, as one flat vector in their order. */
  private backward(weights: Tensor[], pass: ForwardPass, batch: Batch, outputGradient: Tensor | null): Tensor {
    const k = this.kernels;
    const maths = ACTIVATIONS[this.shape.activation];
    const blocks: Tensor[] = new Array<Tensor>(this.shape.hiddenLayers.length + 1);
    let delta = outputGradient as Tensor;
    for (let layer = this.shape.hiddenLayers.length; layer >= 0; layer--) {
      const block = layer === 0 ? k.matMul(batch.xTransposedWithOnes, delta) : this.blockGradient(pass.layerInputs[layer] as Tensor, delta);
      blocks[layer] = k.reshape(block, [-1]);
      if (layer === 0) break;
      let upstream = this.productTransposed(delta, weights[2 * layer] as Tensor);
      const mask = batch.masks[layer - 1];
      if (mask) upstream = k.mul(upstream, mask);
      delta = k.mul(upstream, maths.derivative(k, pass.activations[layer - 1] as Tensor));
    }
    return k.concat(blocks, 0);
  }

  /**
   * [h, 1]ᵀ·delta: a layer's kernel gradient (hᵀ·delta) with its bias gradient (the rows' sum of delta) as one
   * more row, [1, inputs + 1, units], the layer's block of the flat parameters. wasm's BatchMatMul multiplies a
   * transposed operand in a slow scalar loop, several times slower than a Transpose kernel and its fast product
   * together; the other backends transpose inside the product.
   */
  private blockGradient(h: Tensor, delta: Tensor): Tensor {
    const k = this.kernels;
    const ones = this.ones(h.shape[1] as number);
    if (this.tf.getBackend() === 'wasm') return k.matMul(k.concat([k.transpose(h), ones], 1), delta);
    return k.matMul(k.concat([h, ones], 2), delta, true, false);
  }

  private ones(rows: number): Tensor {
    let ones = this.onesByRows.get(rows);
    if (!ones) {
      ones = this.tf.keep(this.tf.ones(this.tf.getBackend() === 'wasm' ? [1, 1, rows] : [1, rows, 1]));
      this.onesByRows.set(rows, ones);
    }
    return ones;
  }

  /** a·bᵀ; on wasm a Transpose kernel and a plain product, as blockGradient. */
  private productTransposed(a: Tensor, b: Tensor): Tensor {
    const k = this.kernels;
    return this.tf.getBackend() === 'wasm' ? k.matMul(a, k.transpose(b)) : k.matMul(a, b, false, true);
  }

  /**
   * Adam with tf.train.adam's bias correction, on moments kept as M = m/(1 − beta1) and V = v/(1 − beta2) of the
   * scaled gradient: m/(√v + ε) = k·M/(√V + ε·gradientScale/√(1 − beta2)) with k = (1 − beta1)/√(1 − beta2), so
   * the constants fold into the step size and epsilon.
   */
  private adam(gradient: Tensor): void {
    const k = this.kernels;
    const correction = Math.sqrt(1 - BETA2 ** this.steps);
    const stepSize = ((this.shape.learningRate * correction) / (1 - BETA1 ** this.steps)) * ((1 - BETA1) / Math.sqrt(1 - BETA2));
    const epsilon = (EPSILON * correction * this.gradientScale) / Math.sqrt(1 - BETA2);
    const m = k.add(k.mul(this.firstMoment, k.constant(BETA1)), gradient);
    const v = k.add(k.mul(this.secondMoment, k.constant(BETA2)), k.unary('Square', gradient));
    this.firstMoment.assign(m);
    this.secondMoment.assign(v);
    // The step's own two numbers are uploaded each step; a cached constant per value would only grow.
    const { tf } = this;
    this.parameters.assign(k.sub(this.parameters, k.mul(k.div(m, k.add(k.unary('Sqrt', v), tf.scalar(epsilon))), tf.scalar(stepSize))));
  }
}

interface ForwardPass {
  layerInputs: Tensor[];
  activations: Tensor[];
  outputs: Tensor;
}
