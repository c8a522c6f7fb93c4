import type { Readable } from 'node:stream';

/** One cell as a reader yields it: CSV gives strings, JSON Lines gives JSON primitives; missing is null. */
export type RawValue = string | number | boolean | null;

/** One file (or object) of training data. */
export interface DataFile {
  /** Where the backend finds it: an absolute path, or a gs:// URI. */
  readonly uri: string;
  /** How messages name it: a workspace-relative path or a gs:// URI. */
  readonly display: string;
  readonly size: number;
  /** How to read it when its name has no data extension (BigQuery's rows, spooled as JSON Lines). */
  readonly format?: 'csv' | 'jsonl';
}

/** Where training data comes from. Local files, Cloud Storage and BigQuery implement this; the pipeline sees only this. */
export interface DataSource {
  /** For logs: "3 files matching data/*.csv". */
  readonly description: string;
  /** Resolves the files once, sorted by name so runs are reproducible; throws UserError when none match. */
  list(): Promise<DataFile[]>;
  /** The raw bytes of one file as a stream: never the whole file in memory. */
  open(file: DataFile): Promise<Readable>;
  /**
   * A stable identity of the data, the same exactly when the data is the same: local files hash names,
   * sizes and contents; Cloud Storage uses names, generations and checksums without downloading.
   */
  fingerprint(files: readonly DataFile[]): Promise<string>;
  /**
   * Removes what the source keeps on disk while the run reads the data (Cloud Storage's spool). Call it once
   * the data is read, also when the run fails.
   */
  dispose?(): Promise<void>;
}
