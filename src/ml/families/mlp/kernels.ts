import type { NamedAttrMap, NamedTensorMap, Tensor } from '@tensorflow/tfjs';
import type { TF } from '../../tf.js';

/** The activations the fused matrix-product kernel applies itself. */
export type FusedActivation = 'relu' | 'elu' | 'linear';

/**
 * The MLP's ops, each dispatched straight to its kernel through the engine (which still tracks every tensor for
 * tidy): the training step (network.ts) and the forward pass (forward.ts). An op such as tf.add first converts and
 * checks its inputs and opens a named scope: on wasm that doubles a small kernel's cost (an Add of 128 values took
 * 8.7 µs through tf.add and 4.5 µs through runKernel, measured), and a step runs about forty. The inputs here are
 * tensors already, in the shapes the kernels take, so none of that work is needed. Constants are scalars made
 * once per value.
 */
export class Kernels {
  private readonly constants = new Map<number, Tensor>();

  constructor(private readonly tf: TF) {}

  run(name: string, inputs: NamedTensorMap, attributes: NamedAttrMap = {}): Tensor {
    return this.tf.engine().runKernel(name, inputs, attributes);
  }

  unary(name: 'Log' | 'Square' | 'Sqrt' | 'Selu' | 'Tanh', x: Tensor): Tensor {
    return this.run(name, { x });
  }

  add(a: Tensor, b: Tensor): Tensor {
    return this.run('Add', { a, b });
  }

  sub(a: Tensor, b: Tensor): Tensor {
    return this.run('Sub', { a, b });
  }

  mul(a: Tensor, b: Tensor): Tensor {
    return this.run('Multiply', { a, b });
  }

  div(a: Tensor, b: Tensor): Tensor {
    return this.run('RealDiv', { a, b });
  }

  minimum(a: Tensor, b: Tensor): Tensor {
    return this.run('Minimum', { a, b });
  }

  /** 1 where x > 0, else 0 (tf.step). */
  step(x: Tensor): Tensor {
    return this.run('Step', { x }, { alpha: 0 });
  }

  /** The sum of every element, as a scalar. */
  sum(x: Tensor): Tensor {
    return this.run('Sum', { x }, { axis: x.shape.map((_, axis) => axis), keepDims: false });
  }

  /**
   * activation(x·kernel + bias) in one kernel (no bias for null). tf.fused.matMul's wrapper would add three
   * reshapes and a gradient record per call.
   */
  fusedMatMul(x: Tensor, kernel: Tensor, bias: Tensor | null, activation: FusedActivation): Tensor {
    const attributes = { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 };
    return this.run('_FusedMatMul', bias ? { a: x, b: kernel, bias } : { a: x, b: kernel }, attributes);
  }

  matMul(a: Tensor, b: Tensor, transposeA = false, transposeB = false): Tensor {
    return this.run('BatchMatMul', { a, b }, { transposeA, transposeB });
  }

  /** A rank-3 tensor's last two axes swapped. */
  transpose(x: Tensor): Tensor {
    return this.run('Transpose', { x }, { perm: [0, 2, 1] });
  }

  concat(tensors: Tensor[], axis: number): Tensor {
    if (tensors.length === 1) return tensors[0] as Tensor;
    return this.run('Concat', tensors as unknown as NamedTensorMap, { axis });
  }

  reshape(x: Tensor, shape: number[]): Tensor {
    return this.run('Reshape', { x }, { shape });
  }

  splitV(x: Tensor, sizes: number[]): Tensor[] {
    return this.tf.engine().runKernel('SplitV', { x }, { numOrSizeSplits: sizes, axis: 0 });
  }

  constant(value: number): Tensor {
    let constant = this.constants.get(value);
    if (!constant) {
      constant = this.tf.keep(this.tf.scalar(value));
      this.constants.set(value, constant);
    }
    return constant;
  }

  dispose(): void {
    this.tf.dispose([...this.constants.values()]);
  }
}
