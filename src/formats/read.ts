import path from 'node:path';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { CsvError, Parser } from 'csv-parse';
import type { DataFile, DataSource, RawValue } from '../backends/data/types.js';
import { UserError } from '../util/errors.js';
import { emptyRecord } from '../util/values.js';

/** One record of the data, keyed by column name. */
export interface DataRow {
  /** A null-prototype record (emptyRecord), so any column name is a plain own key. */
  values: Record<string, RawValue>;
  /** The file's display name. */
  file: string;
  /** 1-based line where the record starts (a quoted CSV field may span several lines). */
  line: number;
}

export interface ReadProgress {
  /** Rows read so far, over all files. */
  rows: number;
  /** Bytes of text read so far, over all files (of a gzip file: decompressed). */
  bytes: number;
  file: string;
}

export type DataFormat = 'csv' | 'jsonl';

/** How a file is being read, announced before its first row so the caller can log it. */
export type FileFormatInfo = { file: string; format: 'csv'; delimiter: string } | { file: string; format: 'jsonl' };

export interface ReadOptions {
  /** Called every PROGRESS_EVERY rows and at the end of each file. */
  onProgress?: (progress: ReadProgress) => void;
  onFile?: (info: FileFormatInfo) => void;
}

/** Extensions of uncompressed data files (lower case). `.tsv` is CSV whose delimiter defaults to a tab. */
const TEXT_EXTENSIONS: Readonly<Record<string, DataFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The suffix of a gzip-compressed data file (`data.csv.gz`); the reader decompresses it as it streams. */
const GZIP_SUFFIX = '.gz';

/** File extensions the reader understands (lower case): each text extension, alone or followed by `.gz`. */
export const DATA_EXTENSIONS: Readonly<Record<string, DataFormat>> = Object.fromEntries(
  Object.entries(TEXT_EXTENSIONS).flatMap(([extension, format]) => [
    [extension, format],
    [`${extension}${GZIP_SUFFIX}`, format],
  ]),
);

/** The supported extensions, for messages. */
export const SUPPORTED_EXTENSIONS_TEXT =
  "'.csv', '.tsv' (tab-separated), '.jsonl' or '.ndjson' (JSON Lines), each also gzip-compressed ('.csv.gz')";

/** The format a file name's extension announces, or null when the reader cannot read it. */
export function dataFormatOf(name: string): DataFormat | null {
  const lower = name.toLowerCase();
  const uncompressed = lower.endsWith(GZIP_SUFFIX) ? lower.slice(0, -GZIP_SUFFIX.length) : lower;
  return TEXT_EXTENSIONS[path.posix.extname(uncompressed)] ?? null;
}

const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', '?']);

/** Values that mean "missing" in a CSV cell: '', whitespace-only, NA, N/A, NaN, null, ? (case-insensitive, trimmed). */
export function isMissingToken(text: string): boolean {
  // Fast path for most cells: longer than any token, and starting and ending in printable ASCII, so
  // trimming cannot shorten it (every whitespace character is below 0x21 or above 0x7E).
  const { length } = text;
  if (length > 4) {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(length - 1);
    if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return false;
  }
  const trimmed = text.trim();
  return trimmed.length <= 4 && MISSING_TOKENS.has(trimmed.toLowerCase());
}

const PROGRESS_EVERY = 50_000;

/**
 * Longest record (CSV) or line (JSON Lines) accepted, in characters. Without a cap, one unclosed quote or a
 * file without line breaks would make the reader buffer the rest of the file.
 */
export const MAX_RECORD_LENGTH = 8 * 1024 * 1024;

/**
 * Every row of every file, in order, streamed: each file's bytes go through the file-type check (and gzip
 * decompression) and UTF-8 validation into the CSV parser or the JSON Lines splitter, so memory stays
 * bounded by the longest record, not the file size. Values are strings (CSV) or JSON primitives; missing
 * tokens become null. All files must have the same columns (ColumnAgreement). Empty and header-only files
 * yield nothing: deciding that "no rows" is an error is the validation stage's job.
 */
export async function* readRows(
  source: DataSource,
  files: readonly DataFile[],
  options: ReadOptions = {},
): AsyncGenerator<DataRow> {
  const { onProgress, onFile } = options;
  const agreement = new ColumnAgreement();
  let rows = 0;
  let bytesBefore = 0;
  for (const file of files) {
    const format = file.format ?? dataFormatOf(file.display);
    if (format === null) {
      throw new UserError(
        `${file.display}: cannot read this file type; the data reader reads ${SUPPORTED_EXTENSIONS_TEXT} files.`,
      );
    }
    const input = await source.open(file);
    const validator = new Utf8ValidatingStream(file.display);
    // Errors from either end up in the validated stream, and from there in the row loop below.
    const validated = pipeline(textBytes(file.display, input), validator, () => {});
    try {
      const records =
        format === 'csv'
          ? readCsv(file.display, validated, agreement, onFile)
          : readJsonLines(file.display, validated, agreement, onFile);
      for await (const row of records) {
        yield row;
        rows++;
        if (rows % PROGRESS_EVERY === 0) {
          onProgress?.({ rows, bytes: bytesBefore + validator.bytes, file: file.display });
        }
      }
    } finally {
      // Also when the caller stops early: close the file.
      input.destroy();
      validator.destroy();
    }
    bytesBefore += validator.bytes;
    onProgress?.({ rows, bytes: bytesBefore, file: file.display });
  }
}

// ---------------------------------------------------------------------------------------------------- File type

/** Bytes read before deciding what a file is: the longest signature below. */
const SIGNATURE_BYTES = 10;

/** What a file's first bytes show it to be when it is not text the reader can take as UTF-8. */
interface Signature {
  matches(head: Buffer): boolean;
  what: string;
  remedy: string;
}

const startsWith =
  (...bytes: number[]) =>
  (head: Buffer): boolean =>
    head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);

const iconvFrom = (encoding: string): string =>
  `Re-encode it as UTF-8, e.g. \`iconv -f ${encoding} -t UTF-8 in.csv > out.csv\`, or save it from a spreadsheet ` +
  'as "CSV UTF-8".';

const decompress = (tool: string): string =>
  `Decompress it first (\`${tool} FILE\`), or compress it with gzip instead: the reader decompresses '.gz' itself.`;

const GZIP = startsWith(0x1f, 0x8b);

/** Checked in order: a UTF-32 LE byte-order mark starts with the UTF-16 LE one. */
const SIGNATURES: readonly Signature[] = [
  {
    matches: startsWith(0x50, 0x4b, 0x03, 0x04),
    what: 'a zip archive (an .xlsx or .ods spreadsheet is one too)',
    remedy: 'Unzip it and point \'data\' at the CSV or JSON Lines file inside; from a spreadsheet, save it as "CSV UTF-8".',
  },
  {
    matches: startsWith(0x50, 0x4b, 0x05, 0x06),
    what: 'an empty zip archive',
    remedy: "Point 'data' at the CSV or JSON Lines file itself.",
  },
  {
    matches: startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    what: 'an Excel 97-2003 workbook (.xls) or another OLE2 document',
    remedy: 'Save it from the spreadsheet as "CSV UTF-8".',
  },
  {
    matches: (head) => startsWith(0x42, 0x5a, 0x68)(head) && startsWith(0x31, 0x41, 0x59, 0x26, 0x53, 0x59)(head.subarray(4)),
    what: 'bzip2-compressed',
    remedy: decompress('bunzip2'),
  },
  { matches: startsWith(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00), what: 'xz-compressed', remedy: decompress('xz -d') },
  { matches: startsWith(0x28, 0xb5, 0x2f, 0xfd), what: 'zstd-compressed', remedy: decompress('zstd -d') },
  { matches: GZIP, what: 'gzip-compressed (the file is compressed twice)', remedy: 'Decompress it once (`gunzip FILE`): the reader decompresses one level of gzip.' },
  { matches: startsWith(0xff, 0xfe, 0x00, 0x00), what: 'UTF-32 LE text (it starts with a UTF-32 byte-order mark)', remedy: iconvFrom('UTF-32') },
  { matches: startsWith(0x00, 0x00, 0xfe, 0xff), what: 'UTF-32 BE text (it starts with a UTF-32 byte-order mark)', remedy: iconvFrom('UTF-32') },
  { matches: startsWith(0xff, 0xfe), what: 'UTF-16 LE text (it starts with a UTF-16 byte-order mark)', remedy: iconvFrom('UTF-16') },
  { matches: startsWith(0xfe, 0xff), what: 'UTF-16 BE text (it starts with a UTF-16 byte-order mark)', remedy: iconvFrom('UTF-16') },
  // Without a byte-order mark, ASCII text in UTF-16 alternates its characters with NUL bytes.
  {
    matches: (head) => head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0,
    what: 'UTF-16 LE text without a byte-order mark (every other byte is NUL)',
    remedy: iconvFrom('UTF-16LE'),
  },
  {
    matches: (head) => head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0,
    what: 'UTF-16 BE text without a byte-order mark (every other byte is NUL)',
    remedy: iconvFrom('UTF-16BE'),
  },
];

/**
 * A file's text bytes, streamed: gzip (known by its magic bytes, whatever the file's name) is decompressed on
 * the fly, and a file whose first bytes show another compression, an archive, a spreadsheet or UTF-16/32
 * text fails here, before any row, with what it is and how to convert it.
 */
async function* textBytes(file: string, input: AsyncIterable<Buffer>, decompressed = false): AsyncGenerator<Buffer> {
  const chunks = input[Symbol.asyncIterator]();
  const head = await readHead(chunks, SIGNATURE_BYTES);
  const bytes = replay(head.chunks, head.complete ? null : chunks);
  const first = Buffer.concat(head.chunks);
  if (!decompressed && GZIP(first)) {
    yield* textBytes(file, gunzip(file, bytes), true);
    return;
  }
  const signature = SIGNATURES.find((candidate) => candidate.matches(first));
  if (signature) {
    const hex = [...first.subarray(0, 4)].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    throw new UserError(
      `${file}: ${decompressed ? 'its decompressed content is' : 'this is'} ${signature.what}, not CSV or JSON Lines text ` +
        `(its first bytes are ${hex}). ${signature.remedy}`,
    );
  }
  yield* bytes;
}

/** gzip data decompressed as it streams; a corrupt or truncated stream is the user's to fix, not a crash. */
async function* gunzip(file: string, compressed: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const decompressor = createGunzip();
  try {
    for await (const chunk of pipeline(Readable.from(compressed), decompressor, () => {})) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('Z_')) throw error;
    throw new UserError(
      `${file}: the gzip data is damaged or cut short after ${decompressor.bytesWritten} compressed bytes ` +
        `(${(error as Error).message}). Upload or commit the file again, and check it with \`gzip -t FILE\`.`,
    );
  } finally {
    decompressor.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------- UTF-8

const LATIN1_REMEDY =
  'Re-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8 in.csv > out.csv` (for Windows-1252 use -f cp1252), ' +
  'or save it from a spreadsheet as "CSV UTF-8".';

/**
 * Passes bytes through unchanged and fails at the first byte that is not well-formed UTF-8 (Unicode 15,
 * table 3-7): stray continuation bytes, overlong forms, surrogates and code points above U+10FFFF; and at
 * the first NUL, which is UTF-8 but marks a binary file. The state
 * carries over between chunks, so a character split across two chunks is accepted.
 */
class Utf8ValidatingStream extends Transform {
  /** Bytes checked so far: the offset of the next byte. */
  bytes = 0;
  /** Line of the next byte (1-based), for the error message. */
  private line = 1;
  /** Continuation bytes the current character still needs; 0 between characters. */
  private pending = 0;
  /** Range the next continuation byte must fall in: narrower than 80..BF right after some lead bytes. */
  private low = 0x80;
  private high = 0xbf;
  /** Where the current multi-byte character started, for the error message. */
  private leadByte = 0;
  private leadOffset = 0;
  private leadLine = 1;

  constructor(private readonly file: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const error = this.check(chunk);
    if (error) callback(error);
    else callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.pending === 0) callback();
    else callback(this.invalid('starts a UTF-8 character that the file ends in the middle of'));
  }

  private check(chunk: Uint8Array): UserError | null {
    let { pending, low, high, line } = this;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      let byte = chunk[i]!;
      if (pending === 0) {
        // ASCII fast path: most bytes of tabular data.
        while (byte < 0x80) {
          if (byte === 0x0a) line++;
          else if (byte === 0x00) return this.nulByte(this.bytes + i, line);
          if (++i === length) break;
          byte = chunk[i]!;
        }
        if (byte < 0x80) break;
        this.leadByte = byte;
        this.leadOffset = this.bytes + i;
        this.leadLine = line;
        if (byte >= 0xc2 && byte <= 0xdf) {
          pending = 1;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          pending = 2;
          if (byte === 0xe0) low = 0xa0; // else overlong
          if (byte === 0xed) high = 0x9f; // else a surrogate
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          pending = 3;
          if (byte === 0xf0) low = 0x90; // else overlong
          if (byte === 0xf4) high = 0x8f; // else above U+10FFFF
        } else {
          return this.invalid(
            byte >= 0x80 && byte <= 0xbf ? 'is a UTF-8 continuation byte without a lead byte' : 'never occurs in UTF-8',
          );
        }
      } else {
        if (byte < low || byte > high) {
          return this.invalid('starts a byte sequence that is not valid UTF-8');
        }
        pending--;
        low = 0x80;
        high = 0xbf;
      }
    }
    this.pending = pending;
    this.low = low;
    this.high = high;
    this.line = line;
    this.bytes += length;
    return null;
  }

  /** NUL is valid UTF-8 but never occurs in text: the file is binary, or text in a wider encoding. */
  private nulByte(offset: number, line: number): UserError {
    return new UserError(
      `${this.file}:${line}: byte 0x00 (NUL) at byte offset ${offset}: text never holds NUL bytes, so the file is ` +
        'binary (not CSV or JSON Lines) or text in UTF-16 or UTF-32. Point \'data\' at the exported CSV or JSON ' +
        'Lines file; to convert UTF-16 text, run e.g. `iconv -f UTF-16LE -t UTF-8 in.csv > out.csv`.',
    );
  }

  /** Names the character's lead byte, which is where a Latin-1 file goes wrong (é is E9). */
  private invalid(what: string): UserError {
    const hex = this.leadByte.toString(16).toUpperCase().padStart(2, '0');
    return new UserError(
      `${this.file}:${this.leadLine}: not UTF-8: byte 0x${hex} at byte offset ${this.leadOffset} ${what} ` +
        `(is the file Latin-1 or Windows-1252?). ${LATIN1_REMEDY}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------- CSV

/** A CSV record as parsed, with the line it starts on. */
interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * csv-parse's Parser, numbering records by the line they start on. The parser pushes each record
 * synchronously as it completes it, so `nextLine` is exact even when a later record fails to parse, and
 * numbering here costs far less than the parser's per-record `info` objects.
 */
class LineNumberingParser extends Parser {
  /** Line where the next record starts. */
  nextLine = 1;

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(chunk, encoding);
    const fields = chunk as string[];
    const record: CsvRecord = { fields, line: this.nextLine };
    this.nextLine += 1 + lineBreaksIn(fields);
    return super.push(record);
  }
}

/** Line breaks inside quoted fields: CRLF, LF and a lone CR each count once, as editors number lines. */
function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    for (let i = 0; i < field.length; i++) {
      const code = field.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && field.charCodeAt(i + 1) !== 0x0a)) count++;
    }
  }
  return count;
}

/** Bytes read before choosing the delimiter: a whole first chunk of a file stream. */
const SNIFF_BYTES = 64 * 1024;
/** Records (header included) the delimiter must split consistently. */
const SNIFF_RECORDS = 20;
const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

async function* readCsv(
  file: string,
  validated: Readable,
  agreement: ColumnAgreement,
  onFile: ReadOptions['onFile'],
): AsyncGenerator<DataRow> {
  const chunks: AsyncIterator<Buffer> = validated[Symbol.asyncIterator]();
  const head = await readHead(chunks, SNIFF_BYTES);
  const delimiter = chooseDelimiter(file, Buffer.concat(head.chunks), head.complete);
  onFile?.({ file, format: 'csv', delimiter });

  const parser = new LineNumberingParser({
    delimiter,
    bom: true,
    // Any line ending, even mixed within a file; CRLF is tried first so it counts as one line break.
    record_delimiter: ['\r\n', '\n', '\r'],
    // Field counts are checked below, with a message that names the line and says what to do.
    relax_column_count: true,
    // A quote inside an unquoted field (5'11") is text, as in Python's csv module and spreadsheets.
    relax_quotes: true,
    max_record_size: MAX_RECORD_LENGTH,
  });
  pipeline(Readable.from(replay(head.chunks, head.complete ? null : chunks)), parser, () => {});

  let columns: string[] | null = null;
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) {
      const { fields, line } = record;
      // A blank line: one empty field.
      if (fields.length === 1 && fields[0] === '') continue;
      if (columns === null) {
        columns = headerColumns(file, fields, line);
        agreement.checkFile(file, columns);
        continue;
      }
      if (fields.length !== columns.length) throw fieldCountError(file, line, columns.length, fields.length, delimiter);
      const values = emptyRecord();
      for (let i = 0; i < fields.length; i++) {
        const text = fields[i]!;
        values[columns[i]!] = isMissingToken(text) ? null : text;
      }
      yield { values, file, line };
    }
  } catch (error) {
    if (error instanceof CsvError) throw csvSyntaxError(file, parser.nextLine, error);
    throw error;
  } finally {
    parser.destroy();
  }
}

/** Reads whole chunks until at least `bytes` bytes (or the whole file, when shorter). */
async function readHead(chunks: AsyncIterator<Buffer>, bytes: number): Promise<{ chunks: Buffer[]; complete: boolean }> {
  const head: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) return { chunks: head, complete: true };
    head.push(next.value);
    length += next.value.length;
  }
  return { chunks: head, complete: false };
}

/** The bytes already read to choose the delimiter or the file type, then the rest of the file. */
async function* replay(head: readonly Buffer[], rest: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  yield* head;
  if (rest === null) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * The candidate that splits the header and the first records into the same number (> 1) of fields: the
 * extension's default (tab for .tsv, comma otherwise) when it does, else the one giving the most fields.
 * When none is consistent, one that splits the header and most records alike still wins, so a single bad
 * row is reported by its line instead of as an unknown delimiter.
 */
function chooseDelimiter(file: string, head: Buffer, complete: boolean): string {
  const preferred = /\.tsv(?:\.gz)?$/i.test(file) ? '\t' : ',';
  const scored = DELIMITER_CANDIDATES.map((delimiter) => {
    const counts = fieldCounts(head, delimiter.charCodeAt(0), complete);
    const header = counts[0] ?? 0;
    const agreeing = counts.filter((count) => count === header).length;
    return { delimiter, header, agreeing, records: counts.length };
  });
  const byPreference = (a: (typeof scored)[number], b: (typeof scored)[number]): number =>
    Number(b.delimiter === preferred) - Number(a.delimiter === preferred) || b.header - a.header;
  const consistent = scored.filter((s) => s.header > 1 && s.agreeing === s.records).sort(byPreference);
  const mostly = scored.filter((s) => s.header > 1 && s.agreeing - 1 > (s.records - 1) / 2).sort(byPreference);
  const chosen = consistent[0] ?? mostly[0];
  if (chosen) return chosen.delimiter;
  // An empty or header-only file yields no rows whatever the delimiter; don't fail on it here.
  if (scored.every((s) => s.records <= 1)) return preferred;
  throw new UserError(
    `${file}: could not determine the delimiter: none of comma, semicolon, tab or | splits the header and the ` +
      `first ${SNIFF_RECORDS - 1} rows into the same number of columns (at least 2). Check that the first line is a ` +
      'header naming every column, that every row has one value per column, and that values containing the ' +
      'delimiter are in double quotes.',
  );
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Fields per record in the first SNIFF_RECORDS records of `head` when split by `delimiter`, honouring
 * double quotes (a quoted field may hold delimiters and line breaks). Blank lines are skipped; the last,
 * possibly cut-off record counts only at the end of the file or when it is the only one.
 */
function fieldCounts(head: Buffer, delimiter: number, complete: boolean): number[] {
  const counts: number[] = [];
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let fields = 1;
  let blank = true;
  let fieldStart = true;
  let quoted = false;
  for (let i = start; i < head.length && counts.length < SNIFF_RECORDS; i++) {
    const byte = head[i]!;
    if (quoted) {
      if (byte === QUOTE) {
        if (head[i + 1] === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (byte === LF || byte === CR) {
      if (!blank) counts.push(fields);
      if (byte === CR && head[i + 1] === LF) i++;
      fields = 1;
      blank = true;
      fieldStart = true;
      continue;
    }
    blank = false;
    if (byte === delimiter) {
      fields++;
      fieldStart = true;
    } else {
      quoted = byte === QUOTE && fieldStart;
      fieldStart = false;
    }
  }
  if (!blank && counts.length < SNIFF_RECORDS && (complete || counts.length === 0)) counts.push(fields);
  return counts;
}

/** Trimmed header names; every column needs a unique one, since rows are records keyed by them. */
function headerColumns(file: string, fields: readonly string[], line: number): string[] {
  const columns = fields.map((field) => field.trim());
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    const position = index + 1;
    if (name === '') {
      throw new UserError(
        `${file}:${line}: column ${position} of the header has no name. Give every column a name in the first ` +
          'line (or remove the delimiter at the end of each line, if there is one).',
      );
    }
    const first = seen.get(name);
    if (first !== undefined) {
      throw new UserError(
        `${file}:${line}: columns ${first} and ${position} of the header are both named ${quoteList([name])}. ` +
          'Rename one of them: column names must be unique.',
      );
    }
    seen.set(name, position);
  });
  return columns;
}

const SAME_COLUMNS_RULE =
  "All files of the 'data' input must have the same columns, in any order (a JSON Lines file's columns are the " +
  'keys of all its records; a record may omit a key, which is a missing value).';

/**
 * Every file of one dataset has the same columns, so no file silently adds features that the other files'
 * rows lack (the model would be trained on their union, and the served function would require them all).
 * The first file (in name order) that has any column is the reference; a file without one (empty, or JSON
 * Lines without records) yields no rows and is not compared. A CSV file's columns are its header, checked
 * before its first row; a JSON Lines file's are the keys of all its records: a key the reference lacks fails
 * at the line it first appears on, a reference column no record has fails at the end of the file.
 */
class ColumnAgreement {
  private reference: { file: string; columns: ReadonlySet<string> } | null = null;

  /** A file's complete columns: the CSV header, or the keys of all of a JSON Lines file's records. */
  checkFile(file: string, columns: Iterable<string>): void {
    const mine = new Set(columns);
    if (this.reference === null) {
      if (mine.size > 0) this.reference = { file, columns: mine };
      return;
    }
    const { file: theirFile, columns: theirs } = this.reference;
    const missing = [...theirs].filter((name) => !mine.has(name));
    const extra = [...mine].filter((name) => !theirs.has(name));
    if (missing.length === 0 && extra.length === 0) return;
    const differences = [
      missing.length > 0 ? `it lacks ${quoteList(missing)}` : '',
      extra.length > 0 ? `it has ${quoteList(extra)} which ${theirFile} lacks` : '',
    ].filter(Boolean);
    throw new UserError(
      `${file}: its columns differ from those of ${theirFile}: ${differences.join('; ')}. ${SAME_COLUMNS_RULE} ` +
        'Fix the header or the keys (in JSON Lines, "name": null in one record declares a column with no value ' +
        'there), or move the file out of the input.',
    );
  }

  /** A key first seen in a JSON Lines file, checked at its line so the message can point at it. */
  checkKey(file: string, line: number, key: string): void {
    if (this.reference === null || this.reference.columns.has(key)) return;
    throw new UserError(
      `${file}:${line}: key ${quoteList([key])} is not a column of ${this.reference.file} (its columns: ` +
        `${quoteList([...this.reference.columns])}). ${SAME_COLUMNS_RULE} Rename the key, add the column to the ` +
        'other files, or move the file out of the input.',
    );
  }
}

/** Names as messages show them: the first 10, each cut to 60 characters (a header may hold a whole file). */
function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((name) => `'${shortened(name)}'`);
  if (names.length > shown.length) shown.push(`and ${names.length - shown.length} more`);
  return shown.join(', ');
}

function shortened(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}...` : name;
}

function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `'${delimiter}'`;
}

function fieldCountError(file: string, line: number, expected: number, found: number, delimiter: string): UserError {
  const remedy =
    found > expected
      ? `Put values that contain the delimiter (${delimiterName(delimiter)}) in double quotes, or remove the ` +
        'extra fields.'
      : 'Add the missing fields (leave a field empty for a missing value) or fix the delimiters on that line.';
  return new UserError(`${file}:${line}: expected ${expected} fields (as in the header), found ${found}. ${remedy}`);
}

function csvSyntaxError(file: string, line: number, error: CsvError): UserError {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new UserError(
        `${file}:${line}: a double quote opened in the record starting on this line is never closed. ` +
          'Close the quoted field, and write a double quote inside a quoted field as two ("").',
      );
    case 'CSV_MAX_RECORD_SIZE':
      return new UserError(
        `${file}:${line}: the record starting on this line is longer than ${MAX_RECORD_LENGTH} characters, ` +
          'usually because a double quote is never closed. Close the quoted field, and write a double quote ' +
          'inside a quoted field as two ("").',
      );
    default:
      return new UserError(`${file}:${line}: cannot parse the CSV record starting on this line: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------- JSON Lines

/** One JSON object per line; the text is split here, so a line is never longer than MAX_RECORD_LENGTH. */
async function* readJsonLines(
  file: string,
  validated: AsyncIterable<Buffer>,
  agreement: ColumnAgreement,
  onFile: ReadOptions['onFile'],
): AsyncGenerator<DataRow> {
  onFile?.({ file, format: 'jsonl' });
  const decoder = new StringDecoder('utf8');
  const keys = new Set<string>();
  const parsed = (line: number, text: string): DataRow | null => {
    const row = parseJsonLine(file, line, text);
    if (row === null) return null;
    for (const key in row.values) {
      if (keys.has(key)) continue;
      if (key.trim() === '') {
        throw new UserError(
          `${file}:${line}: a key is empty or blank, so its value has no column name. Name the key, or remove it.`,
        );
      }
      agreement.checkKey(file, line, key);
      keys.add(key);
    }
    return row;
  };
  let pending = '';
  let line = 0;
  for await (const chunk of validated) {
    const text = pending + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      line++;
      if (end - start > MAX_RECORD_LENGTH) throw lineTooLong(file, line);
      const row = parsed(line, text.slice(start, end));
      if (row) yield row;
      start = end + 1;
    }
    pending = text.slice(start);
    if (pending.length > MAX_RECORD_LENGTH) throw lineTooLong(file, line + 1);
  }
  pending += decoder.end();
  const row = parsed(line + 1, pending);
  if (row) yield row;
  agreement.checkFile(file, keys);
}

function lineTooLong(file: string, line: number): UserError {
  return new UserError(
    `${file}:${line}: line longer than ${MAX_RECORD_LENGTH} characters. JSON Lines holds one JSON object per ` +
      'line: put a line break after each record.',
  );
}

const JSON_REMEDY =
  'Each line must hold one complete JSON object, with keys and strings in double quotes and no trailing ' +
  'commas, e.g. {"price": 3.5, "cut": "Ideal"}.';

function parseJsonLine(file: string, line: number, raw: string): DataRow | null {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw jsonSyntaxError(file, line, error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const found = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    throw new UserError(`${file}:${line}: expected a JSON object, found ${found}. ${JSON_REMEDY}`);
  }
  // Copied into a null-prototype record: JSON.parse makes `"__proto__"` an own key, but a plain object
  // built from the row later would turn it into a prototype change.
  const values = emptyRecord();
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string') {
      values[key] = isMissingToken(value) ? null : value;
      continue;
    }
    if (typeof value === 'object' && value !== null) {
      throw new UserError(
        `${file}:${line}: the value of "${shortened(key)}" is ${Array.isArray(value) ? 'an array' : 'an object'}; ` +
          'values must be strings, numbers, booleans or null. Flatten nested values into keys of their own.',
      );
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new UserError(
        `${file}:${line}: the value of "${shortened(key)}" is a number beyond the range of a 64-bit float ` +
          '(about ±1.8e308), which would read as infinity. Fix the value, or write it as a string if it is a code.',
      );
    }
    values[key] = value as RawValue;
  }
  return { values, file, line };
}

/** V8 reports "… in JSON at position 12" for most errors; the column comes from there when it does. */
function jsonSyntaxError(file: string, line: number, error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const where = position ? `${file}:${line}:${Number(position[1]) + 1}` : `${file}:${line}`;
  // Drop V8's position and its echo of the line (whole, or an excerpt between "..."); keep what it expected or found.
  const reason = message.replace(/ in JSON at position.*$/s, '').replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return new UserError(`${where}: invalid JSON (${reason}). ${JSON_REMEDY}`);
}
