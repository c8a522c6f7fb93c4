import type { ModelRuntime } from '../../ml/family.js';
import { trainModel, type TrainCallbacks, type TrainingChoice } from '../../stages/train.js';
import type { Compute, ComputeResult, TrainRequest } from './types.js';

/** Trains in this process, on the runner: the default. */
export class RunnerCompute implements Compute {
  readonly description = 'this runner';

  constructor(private readonly choice: TrainingChoice) {}

  async train(runtime: ModelRuntime, request: TrainRequest, callbacks: TrainCallbacks): Promise<ComputeResult> {
    const started = Date.now();
    const { encoder } = request.data;
    const model = { preprocessing: encoder.preprocessing, primaryMetric: request.primaryMetric };
    const selection = await trainModel(runtime, this.choice, request.data.train, model, callbacks);
    return { ...selection, seconds: (Date.now() - started) / 1000, backend: request.runnerBackend, where: { kind: 'runner' } };
  }
}
