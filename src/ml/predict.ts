import type { RawValue } from '../backends/data/types.js';
import type { TrainedModel } from './family.js';
import type { Prediction, RecordEncoder } from './preprocess.js';

/**
 * Records in, answers out: the one path from raw values to predictions, used by the serving function and
 * by the pipeline to know what the deployed function must answer.
 */
export function predictRecords(
  model: TrainedModel,
  encoder: RecordEncoder,
  records: ReadonlyArray<Readonly<Record<string, RawValue>>>,
): Prediction[] {
  const x = new Float32Array(records.length * encoder.width);
  records.forEach((record, row) => encoder.encodeFeatures(record, x, row * encoder.width));
  const outputs = model.predict({ data: x, rows: records.length, cols: encoder.width });
  return encoder.decode(outputs, records.length);
}
