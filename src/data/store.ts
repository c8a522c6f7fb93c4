import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CHUNK_ROWS, type Matrix, type TrainingChunk, type TrainingRows } from '../ml/family.js';
import { permutation, type Random } from '../ml/random.js';
import { UserError } from '../util/errors.js';
import { within } from '../util/paths.js';

/**
 * Rows per block, the unit the store keeps in memory or writes to disk: 4,096 rows × 50 encoded columns is 800 kB,
 * small enough that a block in flight costs nothing, large enough that a read from disk is one sequential read.
 */
export const BLOCK_ROWS = 4096;
/**
 * Encoded bytes a run keeps in memory across all its stores before blocks go to disk: data up to about 80,000
 * rows of 50 encoded columns never touches the disk; beyond, blocks are read back through the page cache, which
 * costs no resident memory. Small, because a split of one chunk or less trains from a matrix copied from its
 * blocks (stages/train.ts), and blocks kept in memory are resident for the whole run.
 */
export const STORE_MEMORY_BYTES = 16 * 1024 ** 2;

const FLOAT_BYTES = 4;

/** The memory every store of a run draws from; a block that does not fit goes to disk. */
export class MemoryBudget {
  constructor(private left: number) {}

  take(bytes: number): boolean {
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
}

/** Where a store spills: one folder per run under RUNNER_TEMP (the runner empties it after the job), removed by dispose. */
export class SpillFolder {
  private dir: string | null = null;
  private files = 0;

  constructor(private readonly root: string = process.env.RUNNER_TEMP || tmpdir()) {}

  /** A new file's path, creating the folder on first use. */
  file(name: string): string {
    if (this.dir === null) {
      try {
        this.dir = mkdtempSync(join(this.root, 'ml-pipeline-store-'));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new UserError(
          `The encoded data outgrew memory and cannot go to disk: no temporary folder can be made in ${this.root} (${code}). ` +
            'Point RUNNER_TEMP at a writable folder with free space, or unset it to use the system temp folder.',
        );
      }
    }
    return within(this.dir, `${++this.files}-${name}.f32`);
  }

  /** The folder, while it exists (tests check it is gone). */
  get path(): string | null {
    return this.dir;
  }

  dispose(): void {
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}

/** A block kept in memory, or where it lies in the spill file. */
type Block = { rows: number; x: Float32Array; y: Float32Array } | { rows: number; offset: number };

/**
 * Encoded rows held as blocks, in memory or in a spill file, read back as often as needed: in their order a block
 * at a time (evaluation, sampling, validation) or as shuffled training chunks.
 */
export class StoredRows implements TrainingRows {
  constructor(
    readonly cols: number,
    protected readonly blocks: Block[],
    protected file: string | null,
    public rows: number,
  ) {}

  /** Every row once, in their order, a block at a time (a block kept in memory is lent, not copied: read only). */
  async *inOrder(): AsyncGenerator<TrainingChunk> {
    const reader = await this.reader();
    try {
      for (const block of this.blocks) yield await reader(block);
    } finally {
      await reader.close();
    }
  }

  /**
   * Every row once, in chunks of up to MAX_CHUNK_ROWS (16 blocks, drawn from anywhere in the data, so a chunk of
   * chronological data still mixes 16 stretches of time): the blocks in an order drawn from `random`, grouped, and
   * the rows of each chunk shuffled with it too. The same `random` state gives the same chunks.
   */
  async *chunks(random: Random): AsyncGenerator<TrainingChunk> {
    const order = permutation(this.blocks.length, random);
    const reader = await this.reader();
    try {
      let start = 0;
      while (start < order.length) {
        const picked: Block[] = [];
        let rows = 0;
        // At least one block per chunk, however large.
        for (; start < order.length && (picked.length === 0 || rows + (this.blocks[order[start] as number] as Block).rows <= MAX_CHUNK_ROWS); start++) {
          const block = this.blocks[order[start] as number] as Block;
          picked.push(block);
          rows += block.rows;
        }
        const chunk = { x: { data: new Float32Array(rows * this.cols), rows, cols: this.cols }, y: new Float32Array(rows) };
        let at = 0;
        for (const block of picked) {
          const read = await reader(block);
          chunk.x.data.set(read.x.data, at * this.cols);
          chunk.y.set(read.y, at);
          at += block.rows;
        }
        yield shuffleRows(chunk, random);
      }
    } finally {
      await reader.close();
    }
  }

  /**
   * About `rows` of the rows, in whole blocks drawn by `random` from anywhere in the data (at least one block
   * when rows > 0, and never every block), and the rest: a validation slice that needs no copy.
   */
  async holdBack(rows: number, random: Random): Promise<{ kept: StoredRows; heldBack: StoredRows }> {
    const share = this.rows > 0 ? rows / this.rows : 0;
    const wanted = share > 0 ? Math.max(1, Math.round(share * this.blocks.length)) : 0;
    const chosen = new Set(permutation(this.blocks.length, random).subarray(0, Math.max(0, Math.min(this.blocks.length - 1, wanted))));
    const part = (held: boolean) => {
      const blocks = this.blocks.filter((_, index) => chosen.has(index) === held);
      return new StoredRows(this.cols, blocks, this.file, blocks.reduce((sum, block) => sum + block.rows, 0));
    };
    return { kept: part(false), heldBack: part(true) };
  }

  /** Reads a block from memory or from the spill file, through one file handle. */
  private async reader(): Promise<((block: Block) => Promise<TrainingChunk>) & { close(): Promise<void> }> {
    const handle = this.file === null ? null : await open(this.file, 'r');
    const read = async (block: Block): Promise<TrainingChunk> => {
      const cols = this.cols;
      if ('x' in block) return { x: { data: block.x, rows: block.rows, cols }, y: block.y };
      if (handle === null) throw new Error(`block at ${block.offset} of a store without a spill file`);
      const buffer = new ArrayBuffer(block.rows * (cols + 1) * FLOAT_BYTES);
      const { bytesRead } = await handle.read(new Uint8Array(buffer), 0, buffer.byteLength, block.offset);
      if (bytesRead !== buffer.byteLength) throw new Error(`${this.file} ended ${buffer.byteLength - bytesRead} bytes early`);
      const data = new Float32Array(buffer, 0, block.rows * cols);
      return { x: { data, rows: block.rows, cols }, y: new Float32Array(buffer, data.byteLength, block.rows) };
    };
    return Object.assign(read, { close: async () => handle?.close() });
  }
}

/**
 * StoredRows written row by row, once: blocks stay in memory while the run's MemoryBudget lasts; beyond it they
 * are written to one file in the SpillFolder, so memory stays flat however many rows come.
 */
export class EncodedStore extends StoredRows {
  private x: Float32Array;
  private y: Float32Array;
  private filled = 0;
  private fd: number | null = null;
  private fileBytes = 0;

  constructor(
    cols: number,
    private readonly name: string,
    private readonly budget: MemoryBudget,
    private readonly spill: SpillFolder,
    private readonly blockRows = BLOCK_ROWS,
  ) {
    super(cols, [], null, 0);
    this.x = new Float32Array(blockRows * cols);
    this.y = new Float32Array(blockRows);
  }

  /** Appends one row: `write` puts its `cols` features at `offset` of `out`. */
  append(target: number, write: (out: Float32Array, offset: number) => void): void {
    write(this.x, this.filled * this.cols);
    this.y[this.filled++] = target;
    this.rows++;
    if (this.filled === this.blockRows) this.seal();
  }

  /** Ends appending: the last, partly filled block joins the others. */
  finish(): void {
    if (this.filled > 0) this.seal();
    this.dispose();
  }

  /** Closes the spill file if appending stopped early (an error); the SpillFolder removes it. */
  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Whether some blocks were written to disk. */
  get spilled(): boolean {
    return this.file !== null;
  }

  private seal(): void {
    const rows = this.filled;
    const x = this.x.subarray(0, rows * this.cols);
    const y = this.y.subarray(0, rows);
    const bytes = (x.length + y.length) * FLOAT_BYTES;
    if (this.budget.take(bytes)) {
      this.blocks.push({ rows, x: x.slice(), y: y.slice() });
    } else {
      if (this.fd === null) {
        this.file = this.spill.file(this.name);
        this.fd = openSync(this.file, 'w');
      }
      writeSync(this.fd, new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
      writeSync(this.fd, new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
      this.blocks.push({ rows, offset: this.fileBytes });
      this.fileBytes += bytes;
    }
    this.filled = 0;
  }
}

/** Fisher–Yates over whole rows of the chunk, in place. */
function shuffleRows(chunk: { x: Matrix; y: Float32Array }, random: Random): TrainingChunk {
  const { data, cols } = chunk.x;
  const kept = new Float32Array(cols);
  for (let i = chunk.y.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    if (i === j) continue;
    kept.set(data.subarray(i * cols, (i + 1) * cols));
    data.copyWithin(i * cols, j * cols, (j + 1) * cols);
    data.set(kept, j * cols);
    const target = chunk.y[i] as number;
    chunk.y[i] = chunk.y[j] as number;
    chunk.y[j] = target;
  }
  return chunk;
}
