import type { LayersModel } from '@tensorflow/tfjs';
import type { RawValue } from '../backends/data/types.js';
import { predictOutputs } from './model.js';
import type { Prediction, RecordEncoder } from './preprocess.js';
import type { TF } from './tf.js';

/**
 * Records in, answers out: the one path from raw values to predictions, used by the serving function and
 * by the pipeline to know what the deployed function must answer.
 */
export function predictRecords(
  tf: TF,
  model: LayersModel,
  encoder: RecordEncoder,
  records: ReadonlyArray<Readonly<Record<string, RawValue>>>,
): Prediction[] {
  const x = new Float32Array(records.length * encoder.width);
  records.forEach((record, row) => encoder.encodeFeatures(record, x, row * encoder.width));
  const outputs = predictOutputs(tf, model, { data: x, rows: records.length, cols: encoder.width });
  return encoder.decode(outputs, records.length);
}
