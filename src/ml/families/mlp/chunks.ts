import type { Matrix, TrainingChunk } from '../../family.js';

/**
 * The most rows the training loop holds on the device at once: a chunk of 65,536 rows × 100 encoded columns is
 * 26 MB, and larger chunks would not make a step cheaper.
 */
export const MAX_CHUNK_ROWS = 65_536;

/** Some rows of encoded training data (the port's TrainingChunk): `x` row r holds `y[r]`'s features. */
export type RowChunk = TrainingChunk;

/**
 * Rows the loop reads as a sequence of chunks of at most MAX_CHUNK_ROWS rows, each uploaded once per epoch: the
 * loop shuffles the order of the chunks and the rows within each by the run's seed. A source behind `read` may be
 * memory (matrixChunks) or a store on disk; it must return the same rows for the same index every time.
 */
export interface RowChunks {
  /** Rows over all chunks. */
  readonly rows: number;
  readonly count: number;
  read(index: number): RowChunk | Promise<RowChunk>;
}

/** The given rows of an in-memory matrix, in that order, as chunks: each read copies its rows out. */
export function matrixChunks(x: Matrix, y: Float32Array, rows: Uint32Array): RowChunks {
  return {
    rows: rows.length,
    count: Math.ceil(rows.length / MAX_CHUNK_ROWS),
    read(index) {
      const part = rows.subarray(index * MAX_CHUNK_ROWS, (index + 1) * MAX_CHUNK_ROWS);
      return { x: copyRows(x, part), y: Float32Array.from(part, (row) => y[row] as number) };
    },
  };
}

/** The given rows of `x`, in that order, as a new matrix. */
export function copyRows(x: Matrix, rows: Uint32Array): Matrix {
  const { cols } = x;
  const data = new Float32Array(rows.length * cols);
  // Element by element: for the usual few dozen columns this is several times faster than a subarray per row.
  for (let i = 0; i < rows.length; i++) {
    const from = (rows[i] as number) * cols;
    for (let c = 0; c < cols; c++) data[i * cols + c] = x.data[from + c] as number;
  }
  return { data, rows: rows.length, cols };
}
