import { MAX_CHUNK_ROWS, type Matrix, type TrainingChunk, type TrainingRows } from '../ml/family.js';
import { permutation, shuffleInPlace, type Random } from '../ml/random.js';
import type { OrderedRows } from './sample.js';

/**
 * An in-memory matrix as TrainingRows, for data of one chunk or less and for tests. It draws from `random` as the
 * MLP did when it trained from one matrix (a permutation of every row, the validation slice its last rows; the
 * chunk order; the loop's shuffle within a chunk), so results on small data are what they were.
 */
export function matrixRows(x: Matrix, y: Float32Array): TrainingRows {
  return new MatrixRows(x, y, null);
}

class MatrixRows implements TrainingRows {
  readonly cols: number;
  readonly rows: number;

  /** `order`: the rows of `x` these are, in that order; null for every row in place. */
  constructor(
    private readonly x: Matrix,
    private readonly y: Float32Array,
    private readonly order: Uint32Array | null,
  ) {
    this.cols = x.cols;
    this.rows = order?.length ?? x.rows;
  }

  async *chunks(random: Random): AsyncGenerator<TrainingChunk> {
    const chunkOrder = shuffleInPlace(Array.from({ length: Math.ceil(this.rows / MAX_CHUNK_ROWS) }, (_, i) => i), random);
    for (const index of chunkOrder) yield this.piece(index * MAX_CHUNK_ROWS, Math.min(this.rows, (index + 1) * MAX_CHUNK_ROWS));
  }

  async *inOrder(): AsyncGenerator<TrainingChunk> {
    if (this.order === null) {
      yield { x: this.x, y: this.y };
      return;
    }
    for (let start = 0; start < this.rows; start += MAX_CHUNK_ROWS) yield this.piece(start, Math.min(this.rows, start + MAX_CHUNK_ROWS));
  }

  async holdBack(rows: number, random: Random): Promise<{ kept: TrainingRows; heldBack: TrainingRows }> {
    const drawn = permutation(this.rows, random);
    const order = this.order === null ? drawn : drawn.map((row) => this.order?.[row] as number);
    const split = this.rows - Math.max(0, Math.min(this.rows, rows));
    return { kept: new MatrixRows(this.x, this.y, order.subarray(0, split)), heldBack: new MatrixRows(this.x, this.y, order.subarray(split)) };
  }

  /** Rows start … end − 1 of these: lent when they lie in place, else copied out. */
  private piece(start: number, end: number): TrainingChunk {
    const { cols } = this;
    if (this.order === null) {
      return { x: { data: this.x.data.subarray(start * cols, end * cols), rows: end - start, cols }, y: this.y.subarray(start, end) };
    }
    return pickRows({ x: this.x, y: this.y }, this.order.subarray(start, end));
  }
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

/** The given rows of a chunk, features and targets, in that order, copied. */
export function pickRows(chunk: TrainingChunk, rows: Uint32Array): TrainingChunk {
  return { x: copyRows(chunk.x, rows), y: Float32Array.from(rows, (row) => chunk.y[row] as number) };
}

/** All rows in one matrix, in their order: for what needs every row at once (a split of a few thousand rows). */
export async function gatherRows(rows: OrderedRows): Promise<TrainingChunk> {
  const x = new Float32Array(rows.rows * rows.cols);
  const y = new Float32Array(rows.rows);
  let at = 0;
  for await (const block of rows.inOrder()) {
    // Rows already in one block (a matrix) are handed over as they are.
    if (at === 0 && block.y.length === rows.rows) return block;
    x.set(block.x.data, at * rows.cols);
    y.set(block.y, at);
    at += block.y.length;
  }
  return { x: { data: x, rows: rows.rows, cols: rows.cols }, y };
}

/** Whether row `row` of a chunk belongs: decided from its content alone, so every read of it agrees. */
export type RowTest = (x: Matrix, y: Float32Array, row: number) => boolean;

/**
 * The rows of `rows` that `keep` accepts, as TrainingRows of their own, without a copy: each read filters the
 * chunks or blocks read underneath. Counting them reads every row once.
 */
export async function filterRows(rows: TrainingRows, keep: RowTest): Promise<TrainingRows> {
  let count = 0;
  for await (const block of rows.inOrder()) for (let row = 0; row < block.y.length; row++) if (keep(block.x, block.y, row)) count++;
  return new FilteredRows(rows, keep, count);
}

class FilteredRows implements TrainingRows {
  readonly cols: number;

  constructor(
    private readonly all: TrainingRows,
    private readonly keep: RowTest,
    readonly rows: number,
  ) {
    this.cols = all.cols;
  }

  async *chunks(random: Random): AsyncGenerator<TrainingChunk> {
    for await (const chunk of this.all.chunks(random)) yield this.filter(chunk);
  }

  async *inOrder(): AsyncGenerator<TrainingChunk> {
    for await (const block of this.all.inOrder()) yield this.filter(block);
  }

  async holdBack(rows: number, random: Random): Promise<{ kept: TrainingRows; heldBack: TrainingRows }> {
    // The share asked for, of the rows underneath: the filter keeps about the same share of each side.
    const share = this.rows > 0 ? rows / this.rows : 0;
    const { kept, heldBack } = await this.all.holdBack(Math.round(share * this.all.rows), random);
    return { kept: await filterRows(kept, this.keep), heldBack: await filterRows(heldBack, this.keep) };
  }

  private filter(chunk: TrainingChunk): TrainingChunk {
    const picked = new Uint32Array(chunk.y.length);
    let count = 0;
    for (let row = 0; row < chunk.y.length; row++) if (this.keep(chunk.x, chunk.y, row)) picked[count++] = row;
    return pickRows(chunk, picked.subarray(0, count));
  }
}
