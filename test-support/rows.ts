import type { RawValue } from '../src/backends/data/types.js';
import type { DataRow } from '../src/formats/read.js';

/** In-memory records as the row reader would yield them, for stage tests that are not about reading. */
export async function* rowsOf(records: Array<Record<string, RawValue>>, file = 'data.csv'): AsyncGenerator<DataRow> {
  let line = 2;
  for (const values of records) yield { values, file, line: line++ };
}
