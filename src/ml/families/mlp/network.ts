import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { TF } from '../../tf.js';
import type { Task } from '../../types.js';
import type { ModelConfig } from '../mlp.js';

/**
 * The MLP's training maths in TensorFlow.js ops, written out so a step dispatches only the kernels the maths needs
 * (a Layers trainOnBatch step dispatches about 180, each with a fixed cost that dwarfs a small network's
 * arithmetic): the forward pass with bias and activation fused into the matrix product, the backward pass
 * derived by hand, and Adam over one flat vector of all parameters, so the optimiser is a dozen kernels whatever
 * the depth. The per-batch loss is summed on the device; the loop reads it once per epoch.
 */

type Activation = ModelConfig['activation'];

/** SELU's constants (Klambauer et al. 2017), as tfjs's selu uses them. */
const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

interface ActivationMaths {
  /** What the fused matrix product applies itself; the rest, if any, runs after it. */
  fused: 'relu' | 'elu' | 'linear';
  after?: (tf: TF, z: Tensor) => Tensor;
  /** The activation's derivative, written in terms of its output h. */
  derivative: (tf: TF, h: Tensor) => Tensor;
}

const ACTIVATIONS: Readonly<Record<Activation, ActivationMaths>> = {
  relu: { fused: 'relu', derivative: (tf, h) => tf.step(h) },
  // h + 1 = exp(z) where z ≤ 0 (so h ≤ 0), and 1 above.
  elu: { fused: 'elu', derivative: (tf, h) => tf.add(tf.minimum(h, 0), 1) },
  // scale·alpha·exp(z) = h + scale·alpha where h ≤ 0, scale above.
  selu: {
    fused: 'linear',
    after: (tf, z) => tf.selu(z),
    derivative: (tf, h) => tf.add(tf.add(tf.minimum(h, 0), SELU_SCALE * SELU_ALPHA), tf.mul(tf.step(h), SELU_SCALE * (1 - SELU_ALPHA))),
  },
  tanh: { fused: 'linear', after: (tf, z) => tf.tanh(z), derivative: (tf, h) => tf.sub(1, tf.square(h)) },
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
}

/**
 * One step's rows on the device: features [1, rows, inputs] and the same transposed [1, inputs, rows] (the
 * first layer's kernel gradient multiplies by it; the host transposes for free), targets [1, rows, outputs]
 * (one-hot for classification) and, with dropout, a mask [1, rows, units] per hidden layer. Everything is rank
 * 3, as the matrix-product kernels take it, so the passes spend no kernels reshaping activations.
 */
export interface Batch {
  x: Tensor;
  xTransposed: Tensor;
  y: Tensor;
  /** Per hidden layer: 0 for a dropped unit, 1/(1 − rate) for a kept one; empty without dropout. */
  masks: readonly Tensor[];
}

/** The parameters of a Dense stack, in the Layers model's weight order: kernel, bias, kernel, bias, … */
export class Network {
  private readonly shapes: number[][];
  private readonly sizes: number[];
  private readonly viewShapes: number[][];
  private readonly parameters: Variable;
  private readonly firstMoment: Variable;
  private readonly secondMoment: Variable;
  /** 2·l2 on the hidden kernels' elements and 0 elsewhere: the L2 penalty's gradient is this × the parameters. */
  private readonly l2Gradient: Tensor | null;
  private readonly trainingLoss: Variable;
  private readonly validationLoss: Variable;
  /** Adam's step count, for its bias correction. */
  private steps = 0;
  /** A row of ones [1, 1, rows] per batch size: its product with a layer's deltas sums them over the rows. */
  private readonly onesRows = new Map<number, Tensor>();

  constructor(
    private readonly tf: TF,
    private readonly shape: NetworkShape,
    initialWeights: readonly Tensor[],
  ) {
    const widths = [shape.inputs, ...shape.hiddenLayers, shape.outputs];
    this.shapes = widths.slice(1).flatMap((units, layer) => [[widths[layer] as number, units], [units]]);
    this.sizes = this.shapes.map((dims) => dims.reduce((product, size) => product * size, 1));
    // Kernels as the rank-3 operand [1, inputs, units] the matrix-product kernels take.
    this.viewShapes = this.shapes.map((dims) => (dims.length === 2 ? [1, ...dims] : dims));
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
    this.l2Gradient = shape.l2 > 0 ? this.l2Coefficients(total) : null;
  }

  /** One Adam step on `batch`; its loss is added to the epoch's training loss on the device. */
  trainStep(batch: Batch): void {
    const { tf } = this;
    this.steps += 1;
    tf.tidy(() => {
      const weights = this.views();
      const pass = this.forward(weights, batch.x, batch.masks);
      const outputGradient = this.addLoss(this.trainingLoss, pass.outputs, batch.y, true);
      const gradient = this.backward(weights, pass, batch, outputGradient);
      this.adam(this.l2Gradient ? tf.add(gradient, tf.mul(this.parameters, this.l2Gradient)) : gradient);
    });
  }

  /** Adds the loss of `x` under the current weights (no dropout) to the epoch's validation loss on the device. */
  addValidationLoss(x: Tensor, y: Tensor): void {
    const { tf } = this;
    tf.tidy(() => {
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
      ...this.onesRows.values(),
    ]);
  }

  private views(): Tensor[] {
    const { tf } = this;
    return tf.split(this.parameters, this.sizes).map((piece, i) => tf.reshape(piece, this.viewShapes[i] as number[]));
  }

  private l2Coefficients(total: number): Tensor {
    const coefficients = new Float32Array(total);
    let offset = 0;
    this.sizes.forEach((size, i) => {
      // Even indexes are kernels; the output layer's (the last kernel) carries no penalty.
      if (i % 2 === 0 && i < this.sizes.length - 2) coefficients.fill(2 * this.shape.l2, offset, offset + size);
      offset += size;
    });
    return this.tf.tensor1d(coefficients);
  }

  /** Each layer's input (the batch, then every hidden layer's output after dropout), each hidden output before it, and the output layer's pre-activation. */
  private forward(weights: Tensor[], x: Tensor, masks: readonly Tensor[]): ForwardPass {
    const { tf } = this;
    const maths = ACTIVATIONS[this.shape.activation];
    const layerInputs: Tensor[] = [x];
    const activations: Tensor[] = [];
    let h = x;
    for (let layer = 0; layer < this.shape.hiddenLayers.length; layer++) {
      const z = this.dense(h, weights[2 * layer] as Tensor, weights[2 * layer + 1] as Tensor, maths.fused);
      const activated = maths.after ? maths.after(tf, z) : z;
      activations.push(activated);
      const mask = masks[layer];
      h = mask ? tf.mul(activated, mask) : activated;
      layerInputs.push(h);
    }
    const last = this.shape.hiddenLayers.length;
    const outputs = this.dense(h, weights[2 * last] as Tensor, weights[2 * last + 1] as Tensor, 'linear');
    return { layerInputs, activations, outputs };
  }

  /**
   * activation(x·kernel + bias) in one kernel. Called as the kernel rather than through tf.fused.matMul, whose
   * wrapper adds three reshapes and a gradient record per call: this loop derives its own gradients.
   */
  private dense(x: Tensor, kernel: Tensor, bias: Tensor, activation: ActivationMaths['fused']): Tensor {
    const attributes = { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 };
    return this.tf.engine().runKernel('_FusedMatMul', { a: x, b: kernel, bias }, attributes) as Tensor;
  }

  /**
   * Adds the batch's summed loss to `total` and returns the gradient of its mean with respect to the output
   * layer's pre-activation:
   * softmax + categorical cross-entropy (gradient p − y) or mean squared error (gradient 2(ŷ − y)), the losses
   * the Layers model was compiled with.
   */
  private addLoss(total: Variable, outputs: Tensor, y: Tensor, withGradient: boolean): Tensor | null {
    const { tf } = this;
    const rows = outputs.shape[1] as number;
    if (this.shape.task === 'classification') {
      const probabilities = tf.softmax(outputs);
      // −Σ y·log p: the sum is subtracted from the total rather than negated first, a kernel fewer.
      total.assign(tf.sub(total, tf.sum(tf.mul(y, tf.log(tf.clipByValue(probabilities, PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR))))));
      return withGradient ? tf.mul(tf.sub(probabilities, y), 1 / rows) : null;
    }
    const error = tf.sub(outputs, y);
    total.assign(tf.add(total, tf.sum(tf.square(error))));
    return withGradient ? tf.mul(error, 2 / rows) : null;
  }

  /** The gradient of the batch's mean loss with respect to every parameter, as one flat vector in their order. */
  private backward(weights: Tensor[], pass: ForwardPass, batch: Batch, outputGradient: Tensor | null): Tensor {
    const { tf } = this;
    const maths = ACTIVATIONS[this.shape.activation];
    const gradients: Tensor[] = new Array<Tensor>(weights.length);
    const ones = this.onesRow(batch.x.shape[1] as number);
    let delta = outputGradient as Tensor;
    for (let layer = this.shape.hiddenLayers.length; layer >= 0; layer--) {
      gradients[2 * layer] = layer === 0 ? tf.matMul(batch.xTransposed, delta) : this.transposedProduct(pass.layerInputs[layer] as Tensor, delta);
      // A product with a row of ones rather than tf.sum, which on wasm transposes to reduce over the rows.
      gradients[2 * layer + 1] = tf.matMul(ones, delta);
      if (layer === 0) break;
      let upstream = this.productTransposed(delta, weights[2 * layer] as Tensor);
      const mask = batch.masks[layer - 1];
      if (mask) upstream = tf.mul(upstream, mask);
      delta = tf.mul(upstream, maths.derivative(tf, pass.activations[layer - 1] as Tensor));
    }
    return tf.concat(gradients.map((gradient) => tf.reshape(gradient, [-1]))) as Tensor;
  }

  private onesRow(rows: number): Tensor {
    let ones = this.onesRows.get(rows);
    if (!ones) {
      ones = this.tf.keep(this.tf.ones([1, 1, rows]));
      this.onesRows.set(rows, ones);
    }
    return ones;
  }

  /**
   * aᵀ·b. wasm's BatchMatMul multiplies a transposed operand in a slow scalar loop, several times slower than
   * a Transpose kernel and its fast product together; the other backends transpose inside the product.
   */
  private transposedProduct(a: Tensor, b: Tensor): Tensor {
    const { tf } = this;
    return tf.getBackend() === 'wasm' ? tf.matMul(tf.transpose(a, [0, 2, 1]), b) : tf.matMul(a, b, true, false);
  }

  /** a·bᵀ, as transposedProduct. */
  private productTransposed(a: Tensor, b: Tensor): Tensor {
    const { tf } = this;
    return tf.getBackend() === 'wasm' ? tf.matMul(a, tf.transpose(b, [0, 2, 1])) : tf.matMul(a, b, false, true);
  }

  /** Adam with tf.train.adam's bias correction, folded into the step size and epsilon. */
  private adam(gradient: Tensor): void {
    const { tf } = this;
    const correction = Math.sqrt(1 - BETA2 ** this.steps);
    const stepSize = (this.shape.learningRate * correction) / (1 - BETA1 ** this.steps);
    const m = tf.add(tf.mul(this.firstMoment, BETA1), tf.mul(gradient, 1 - BETA1));
    const v = tf.add(tf.mul(this.secondMoment, BETA2), tf.mul(tf.square(gradient), 1 - BETA2));
    this.firstMoment.assign(m);
    this.secondMoment.assign(v);
    this.parameters.assign(tf.sub(this.parameters, tf.mul(tf.div(m, tf.add(tf.sqrt(v), EPSILON * correction)), stepSize)));
  }
}

interface ForwardPass {
  layerInputs: Tensor[];
  activations: Tensor[];
  outputs: Tensor;
}
