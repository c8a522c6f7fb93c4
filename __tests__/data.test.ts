import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { DataFile, DataSource } from '../src/backends/data/types.js';
import {
  MAX_RECORD_LENGTH,
  isMissingToken,
  readRows,
  type DataRow,
  type FileFormatInfo,
  type ReadProgress,
} from '../src/formats/read.js';
import { UserError } from '../src/util/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(root, '__fixtures__/data');
const plainWine = path.join(fixtures, 'winequality_red.csv');

/** Data held in memory, served in chunks of a chosen size; remembers the streams it opened. */
class MemorySource implements DataSource {
  readonly description = 'memory';
  readonly opened: Readable[] = [];
  private readonly contents = new Map<string, Buffer>();

  constructor(
    entries: Record<string, string | Buffer>,
    private readonly chunkSize = 64 * 1024,
  ) {
    for (const [name, content] of Object.entries(entries)) {
      this.contents.set(name, typeof content === 'string' ? Buffer.from(content) : content);
    }
  }

  async list(): Promise<DataFile[]> {
    return [...this.contents].map(([name, content]) => ({ uri: name, display: name, size: content.length }));
  }

  async open(file: DataFile): Promise<Readable> {
    const content = this.contents.get(file.uri)!;
    const chunks: Buffer[] = [];
    for (let i = 0; i < content.length; i += this.chunkSize) chunks.push(content.subarray(i, i + this.chunkSize));
    const stream = Readable.from(chunks);
    this.opened.push(stream);
    return stream;
  }

  async fingerprint(): Promise<string> {
    return 'memory';
  }
}

async function collect(source: DataSource, files?: DataFile[], options = {}): Promise<DataRow[]> {
  const rows: DataRow[] = [];
  for await (const row of readRows(source, files ?? (await source.list()), options)) rows.push(row);
  return rows;
}

async function readMemory(entries: Record<string, string | Buffer>, chunkSize?: number): Promise<DataRow[]> {
  return collect(new MemorySource(entries, chunkSize));
}

async function readFixture(name: string, options = {}): Promise<DataRow[]> {
  const source = new LocalDataSource(name, fixtures);
  return collect(source, await source.list(), options);
}

/** The UserError a read fails with. */
async function readError(read: Promise<unknown>): Promise<UserError> {
  try {
    await read;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the read to fail');
}

function columnsOf(rows: readonly DataRow[]): string[] {
  return Object.keys(rows[0]!.values);
}

describe('isMissingToken', () => {
  it('recognises the missing tokens, trimmed and in any case', () => {
    for (const text of ['', ' ', '\t', 'NA', 'na', ' N/A ', 'n/a', 'NaN', 'nan', 'null', 'NULL', '?', '   null   ', '\u00a0NA\u00a0\u00a0']) {
      expect([text, isMissingToken(text)]).toEqual([text, true]);
    }
  });

  it('keeps everything else', () => {
    for (const text of ['0', '-', 'None', 'nil', 'NAN?', 'n a', '??', 'NA NA', 'nulls', 'Unknown', ' value ', '\u00a0\u00a0 x']) {
      expect([text, isMissingToken(text)]).toEqual([text, false]);
    }
  });
});

describe('readRows: streaming', () => {
  /** A source whose single file is produced chunk by chunk, counting how many chunks were pulled. */
  function lazySource(name: string, line: (i: number) => string, header: string | null, lines: number) {
    const state = { pulled: 0, chunks: 0 };
    const perChunk = 1000;
    state.chunks = Math.ceil(lines / perChunk);
    const source: DataSource = {
      description: 'lazy',
      list: async () => [{ uri: name, display: name, size: 0 }],
      fingerprint: async () => 'lazy',
      open: async () =>
        Readable.from(
          (function* () {
            if (header !== null) yield Buffer.from(`${header}\n`);
            for (let c = 0; c < state.chunks; c++) {
              state.pulled++;
              let text = '';
              for (let i = c * perChunk; i < (c + 1) * perChunk; i++) text += `${line(i)}\n`;
              yield Buffer.from(text);
            }
          })(),
        ),
    };
    return { source, state };
  }

  it.each([
    ['big.csv', (i: number) => `${i},value ${i},${i % 7}`, 'id,text,group'],
    ['big.jsonl', (i: number) => JSON.stringify({ id: i, text: `value ${i}` }), null],
  ])('yields the first rows of %s long before the end of the file is read', async (name, line, header) => {
    const { source, state } = lazySource(name, line, header, 200_000);
    let pulledAtFirstRow = -1;
    let rows = 0;
    for await (const row of readRows(source, await source.list())) {
      if (rows === 0) {
        pulledAtFirstRow = state.pulled;
        expect(row.line).toBe(header === null ? 1 : 2);
      }
      rows++;
    }
    expect(rows).toBe(200_000);
    expect(state.chunks).toBe(200);
    expect(pulledAtFirstRow).toBeGreaterThan(0);
    expect(pulledAtFirstRow).toBeLessThan(state.chunks / 4);
  });

  it.each([
    ['a.csv', Buffer.from('x,y\n1,2\n3,4\n5,6\n')],
    ['a.csv.gz', gzipSync('x,y\n1,2\n' + '3,4\n'.repeat(100_000))],
  ])('closes the file when the caller stops early (%s)', async (name, content) => {
    const source = new MemorySource({ [name]: content }, 4);
    for await (const row of readRows(source, await source.list())) {
      expect(row.values).toEqual({ x: '1', y: '2' });
      break;
    }
    expect(source.opened).toHaveLength(1);
    expect(source.opened[0]!.destroyed).toBe(true);
  });
});

describe('readRows: UTF-8 validation', () => {
  it('rejects the Latin-1 fixture, naming the file, the byte offset and line of the first invalid byte, and iconv', async () => {
    const error = await readError(readFixture('volcano_db_latin1.csv'));
    expect(error.message).toMatch(/^volcano_db_latin1\.csv:228: .*byte 0xE9 at byte offset 19926\b/);
    expect(error.message).toContain('iconv -f latin1 -t utf-8');
  });

  it('accepts multi-byte characters split across chunks (1-byte chunks)', async () => {
    const text = 'name,symbol\ncafé,€\nsmile,😀\nmax,\u{10ffff}\nlast,\uffff\nbefore surrogates,\ud7ff\nafter,\ue000\n';
    const whole = await readMemory({ 'u.csv': text });
    const bytewise = await readMemory({ 'u.csv': text }, 1);
    expect(bytewise).toEqual(whole);
    expect(bytewise.map((row) => row.values['symbol'])).toEqual(['€', '😀', '\u{10ffff}', '\uffff', '\ud7ff', '\ue000']);
    expect(bytewise.map((row) => row.values['name'])[0]).toBe('café');
  });

  it('reads a real fixture identically in 1-byte chunks', async () => {
    const content = await readFile(path.join(fixtures, 'penguins_raw.csv'));
    const bytewise = await readMemory({ 'penguins_raw.csv': content }, 1);
    const normal = await readFixture('penguins_raw.csv');
    expect(bytewise).toHaveLength(344);
    expect(bytewise).toEqual(normal);
  });

  const prefix = 'a,b\n1,'; // the invalid bytes start at offset 6, on line 2
  it.each([
    ['a stray continuation byte', [0x80], 0x80],
    ['an impossible byte', [0xff], 0xff],
    ['an overlong 2-byte form', [0xc0, 0xaf], 0xc0],
    ['an overlong 2-byte form (C1)', [0xc1, 0xbf], 0xc1],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0xe0],
    ['an overlong 4-byte form', [0xf0, 0x80, 0x80, 0xaf], 0xf0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0xed],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0xf4],
    ['a lead byte above F4', [0xf5, 0x80, 0x80, 0x80], 0xf5],
    ['a lead byte followed by ASCII (Latin-1 é)', [0xe9, 0x74, 0xe9], 0xe9],
    ['a character cut short by a line break', [0xe2, 0x82, 0x0a], 0xe2],
  ])('rejects %s at its exact offset, in one chunk and in 1-byte chunks', async (_what, bytes, lead) => {
    const content = Buffer.concat([Buffer.from(prefix), Buffer.from(bytes), Buffer.from('\n2,3\n')]);
    const hex = lead.toString(16).toUpperCase();
    for (const chunkSize of [1 << 16, 1]) {
      const error = await readError(readMemory({ 'bad.csv': content }, chunkSize));
      expect(error.message).toMatch(new RegExp(`^bad\\.csv:2: not UTF-8: byte 0x${hex} at byte offset 6 `));
      expect(error.message).toContain('Re-encode the file as UTF-8');
    }
  });

  it('rejects a file that ends in the middle of a character', async () => {
    const content = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xf0, 0x9f, 0x98])]);
    for (const chunkSize of [1 << 16, 1]) {
      const error = await readError(readMemory({ 'cut.csv': content }, chunkSize));
      expect(error.message).toMatch(/^cut\.csv:3: not UTF-8: byte 0xF0 at byte offset 10 .*ends in the middle/);
    }
  });

  it('validates JSON Lines too', async () => {
    const content = Buffer.concat([Buffer.from('{"a": "x"}\n{"a": "'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const error = await readError(readMemory({ 'bad.jsonl': content }));
    expect(error.message).toMatch(/^bad\.jsonl:2: not UTF-8: byte 0xE9 at byte offset 18 /);
  });
});

describe('readRows: file types', () => {
  it('decompresses gzip as it streams, whatever the chunk size: the rows are those of the plain file', async () => {
    const plain = await readFile(plainWine);
    const expected = (await readMemory({ 'wine.csv': plain })).map((row) => ({ ...row, file: 'wine.csv.gz' }));
    expect(expected.length).toBeGreaterThan(1000);
    for (const chunkSize of [1 << 16, 7]) {
      const rows = await readMemory({ 'wine.csv.gz': gzipSync(plain) }, chunkSize);
      expect(rows).toEqual(expected);
    }
  });

  it('reads .jsonl.gz, .tsv.gz (tab preferred) and a gzip file named .csv, by its magic bytes', async () => {
    const formats: FileFormatInfo[] = [];
    const source = new MemorySource({
      'a.jsonl.gz': gzipSync('{"x": 1, "y": "a"}\n'),
      'b.tsv.gz': gzipSync('x\ty\n2\tb,c\n'),
      'c.csv': gzipSync('x,y\n3,d\n'),
    });
    const rows = await collect(source, undefined, { onFile: (info: FileFormatInfo) => formats.push(info) });
    expect(rows.map((row) => ({ ...row.values }))).toEqual([
      { x: 1, y: 'a' },
      { x: '2', y: 'b,c' },
      { x: '3', y: 'd' },
    ]);
    expect(formats).toEqual([
      { file: 'a.jsonl.gz', format: 'jsonl' },
      { file: 'b.tsv.gz', format: 'csv', delimiter: '\t' },
      { file: 'c.csv', format: 'csv', delimiter: ',' },
    ]);
  });

  it('reports damaged and truncated gzip data as the user\'s to fix', async () => {
    const whole = gzipSync('x,y\n'.repeat(10_000));
    const truncated = await readError(readMemory({ 'cut.csv.gz': whole.subarray(0, whole.length - 20) }));
    expect(truncated.message).toMatch(/^cut\.csv\.gz: the gzip data is damaged or cut short after \d+ compressed bytes \(.+\)\. .*gzip -t/);
    const damaged = Buffer.from(whole);
    damaged.fill(0xaa, 10, 40);
    const error = await readError(readMemory({ 'bad.csv.gz': damaged }));
    expect(error.message).toMatch(/^bad\.csv\.gz: the gzip data is damaged or cut short/);
  });

  const utf16 = (text: string, bigEndian: boolean): Buffer => {
    const bytes = Buffer.from(text, 'utf16le');
    return bigEndian ? bytes.swap16() : bytes;
  };
  it.each([
    ['UTF-16 LE with a byte-order mark', utf16('\ufeffa,b\n1,2\n', false), /UTF-16 LE text \(it starts with a UTF-16 byte-order mark\)/, 'iconv -f UTF-16 -t UTF-8'],
    ['UTF-16 BE with a byte-order mark', utf16('\ufeffa,b\n1,2\n', true), /UTF-16 BE text \(it starts/, 'iconv -f UTF-16 -t UTF-8'],
    ['UTF-16 LE without a byte-order mark', utf16('a,b\n1,2\n', false), /UTF-16 LE text without a byte-order mark/, 'iconv -f UTF-16LE -t UTF-8'],
    ['UTF-16 BE without a byte-order mark', utf16('a,b\n1,2\n', true), /UTF-16 BE text without a byte-order mark/, 'iconv -f UTF-16BE -t UTF-8'],
    ['UTF-32 LE with a byte-order mark', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), /UTF-32 LE text/, 'iconv -f UTF-32 -t UTF-8'],
    ['a zip archive', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00'), Buffer.from('data.csv')]), /a zip archive \(an \.xlsx/, 'Unzip it'],
    ['an Excel 97-2003 workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /an Excel 97-2003 workbook/, 'CSV UTF-8'],
    ['bzip2', Buffer.from('BZh91AY&SY\x01\x02'), /bzip2-compressed/, 'bunzip2'],
    ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), /xz-compressed/, 'xz -d'],
    ['zstd', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58]), /zstd-compressed/, 'zstd -d'],
  ])('names %s by its first bytes and says how to convert it, before any row', async (_what, content, what, remedy) => {
    for (const chunkSize of [1 << 16, 1]) {
      const error = await readError(readMemory({ 'data.csv': content }, chunkSize));
      expect(error.message).toMatch(new RegExp(`^data\\.csv: this is ${what.source}.*?, not CSV or JSON Lines text \\(its first bytes are [0-9A-F ]{11}\\)\\. `));
      expect(error.message).toContain(remedy);
      expect(error.message).not.toContain('latin1');
    }
  });

  it('says what a gzip file holds once decompressed', async () => {
    const error = await readError(readMemory({ 'data.csv.gz': gzipSync(utf16('\ufeffa,b\n1,2\n', false)) }));
    expect(error.message).toMatch(/^data\.csv\.gz: its decompressed content is UTF-16 LE text \(.*\), not CSV/);
    const twice = await readError(readMemory({ 'data.csv.gz': gzipSync(gzipSync('a,b\n1,2\n')) }));
    expect(twice.message).toMatch(/^data\.csv\.gz: its decompressed content is gzip-compressed \(the file is compressed twice\), not CSV/);
  });

  it('rejects a NUL byte as binary, at its line and offset, without echoing the content', async () => {
    const content = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0x00]), Buffer.from('secret-value\n')]);
    for (const chunkSize of [1 << 16, 1]) {
      const error = await readError(readMemory({ 'bin.csv': content }, chunkSize));
      expect(error.message).toMatch(/^bin\.csv:3: byte 0x00 \(NUL\) at byte offset 10: .*binary .*UTF-16/);
      expect(error.message).not.toContain('secret-value');
    }
  });

  it('still reads text that merely starts like a signature', async () => {
    const rows = await readMemory({ 'pk.csv': 'PK,BZh\nPK1,BZh9\n' });
    expect(rows.map((row) => ({ ...row.values }))).toEqual([{ PK: 'PK1', BZh: 'BZh9' }]);
    expect(await readMemory({ 'tiny.csv': 'a' })).toEqual([]);
  });
});

describe('readRows: CSV', () => {
  it('reads quoted fields with embedded line breaks, numbering rows by the line they start on', async () => {
    const rows = await readFixture('fake_news.csv');
    expect(rows).toHaveLength(150);
    expect(columnsOf(rows)).toHaveLength(31);
    expect(rows.filter((row) => String(row.values['text']).includes('\n')).length).toBeGreaterThan(100);
    // Checked against Python's csv module: record 2 starts on line 19, the last on line 3802.
    expect(rows[0]!.line).toBe(2);
    expect(rows[1]!.line).toBe(19);
    expect(rows[149]!.line).toBe(3802);
    // Every record starts on a physical line that begins with its row name.
    const lines = (await readFile(path.join(fixtures, 'fake_news.csv'), 'utf8')).split('\n');
    for (const row of rows) {
      expect(lines[row.line - 1]!.startsWith(`${String(row.values['rownames'])},`)).toBe(true);
    }
    expect(rows.every((row) => row.file === 'fake_news.csv')).toBe(true);
  });

  it('reads quoted fields with commas, keeps cells as strings and turns NA into null', async () => {
    const rows = await readFixture('penguins_raw.csv');
    expect(rows).toHaveLength(344);
    expect(columnsOf(rows)).toHaveLength(17);
    const first = rows[0]!.values;
    expect(first['Stage']).toBe('Adult, 1 Egg Stage');
    expect(first['Culmen Length (mm)']).toBe('39.1');
    expect(first['Delta 15 N (o/oo)']).toBeNull();
    expect(first['Comments']).toBe('Not enough blood for isotopes.');
    expect(rows[1]!.values['Comments']).toBeNull();
    expect(rows.every((row, i) => row.line === i + 2)).toBe(true);
  });

  it('reads a UTF-8 BOM and CRLF file exactly like the same data without them', async () => {
    const rows = await readFixture('winequality_red_bom_crlf.csv');
    expect(rows).toHaveLength(1599);
    const columns = columnsOf(rows);
    expect(columns).toHaveLength(12);
    expect(columns[0]).toBe('fixed acidity');
    expect(rows[0]!.values).toMatchObject({ 'fixed acidity': '7.4', quality: '5' });
    expect(rows.every((row) => Object.values(row.values).every((v) => typeof v === 'string' && !/[\r\n\ufeff]/.test(v)))).toBe(true);

    const raw = await readFile(path.join(fixtures, 'winequality_red_bom_crlf.csv'), 'utf8');
    const plain = await readMemory({ 'winequality_red_bom_crlf.csv': raw.replace(/^\ufeff/, '').replaceAll('\r\n', '\n') });
    expect(rows).toEqual(plain);
  });

  it('reads the BOM and CRLF file like the shared winequality_red.csv: same header, rows and values', async () => {
    const rows = await readFixture('winequality_red_bom_crlf.csv');
    const shared = new LocalDataSource(plainWine, root);
    const reference = await collect(shared);
    expect(reference).toHaveLength(1599);
    expect(columnsOf(rows)).toEqual(columnsOf(reference));
    // The two public copies print 7 cells differently ("2.0" and "2", or 13 and 10 significant digits).
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row.values)) {
        const expected = Number(reference[i]!.values[column]);
        expect(Math.abs(Number(value) - expected)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(expected)));
      }
    });
  });

  it('detects a semicolon delimiter and reports it', async () => {
    const seen: FileFormatInfo[] = [];
    const rows = await readFixture('state_population_projections_semicolon.csv', { onFile: (info: FileFormatInfo) => seen.push(info) });
    expect(seen).toEqual([{ file: 'state_population_projections_semicolon.csv', format: 'csv', delimiter: ';' }]);
    expect(rows).toHaveLength(410);
    expect(columnsOf(rows)).toHaveLength(31);
    expect(columnsOf(rows)[0]).toBe('Year');
    expect(columnsOf(rows)).toContain('medage');
  });

  it('detects tab and pipe delimiters, and prefers a tab in a .tsv file and a comma in a .csv file', async () => {
    const delimiters: string[] = [];
    const onFile = (info: FileFormatInfo) => {
      if (info.format === 'csv') delimiters.push(info.delimiter);
    };
    const ambiguous = 'a,x\tb\n1,2\t3\n4,5\t6\n';
    const source = new MemorySource({
      'tabs.csv': 'a\tb\tc\n1\t2\t3\n',
      'pipes.csv': 'a|b|c\n1|2|3\n',
      'both.tsv': ambiguous,
      'both.csv': ambiguous,
    });
    const files = await source.list();
    for (const file of files) {
      const rows = await collect(source, [file], { onFile });
      expect(rows[0]!.values).not.toEqual({});
    }
    expect(delimiters).toEqual(['\t', '|', '\t', ',']);
    expect((await collect(source, [files[2]!]))[0]!.values).toEqual({ 'a,x': '1,2', b: '3' });
    expect((await collect(source, [files[3]!]))[0]!.values).toEqual({ a: '1', 'x\tb': '2\t3' });
  });

  it('fails when no delimiter splits the header and rows consistently', async () => {
    const error = await readError(readMemory({ 'odd.csv': 'a,b\n1,2,3\n4\n5,6,7,8\n9;10\n' }));
    expect(error.message).toMatch(/^odd\.csv: could not determine the delimiter/);
    expect(error.message).toContain('double quotes');
  });

  it('trims header names, turns missing tokens into null and keeps other cells as written', async () => {
    const rows = await readMemory({ 't.csv': ' id , score ,note\n1, 2.5 ,  x  \n2,NA,\n3, ,null\n4,?,N/A\n' });
    expect(rows.map((row) => row.values)).toEqual([
      { id: '1', score: ' 2.5 ', note: '  x  ' },
      { id: '2', score: null, note: null },
      { id: '3', score: null, note: null },
      { id: '4', score: null, note: null },
    ]);
  });

  it('numbers lines across blank lines, CRLF and quoted line breaks of every kind', async () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,"p\nq\rr"\r\n3,z\r\n';
    const rows = await readMemory({ 'l.csv': text });
    expect(rows.map((row) => [row.line, row.values['b']])).toEqual([
      [2, 'x\r\ny'],
      [5, 'p\nq\rr'],
      [8, 'z'],
    ]);
  });

  it('reads a quote inside an unquoted field as text', async () => {
    const rows = await readMemory({ 'q.csv': 'name,height\nAnn,5\'11"\n' });
    expect(rows[0]!.values).toEqual({ name: 'Ann', height: '5\'11"' });
  });

  it('reports a row with too many fields by line, with the remedy', async () => {
    const raw = await readFile(path.join(fixtures, 'winequality_red_bom_crlf.csv'), 'utf8');
    const lines = raw.split('\r\n');
    lines[99] += ',1';
    const error = await readError(readMemory({ 'wine.csv': lines.join('\r\n') }));
    expect(error.message).toBe(
      "wine.csv:100: expected 12 fields (as in the header), found 13. Put values that contain the delimiter (',') in " +
        'double quotes, or remove the extra fields.',
    );
  });

  it('reports a row with too few fields, even among the rows used to detect the delimiter', async () => {
    const error = await readError(readMemory({ 'short.csv': 'a;b;c\n1;2;3\n4;5\n6;7;8\n9;10;11\n' }));
    expect(error.message).toMatch(/^short\.csv:3: expected 3 fields \(as in the header\), found 2\. Add the missing fields/);
  });

  it('rejects empty and duplicate header names, naming the column', async () => {
    const empty = await readError(readMemory({ 'e.csv': 'a,b,\n1,2,\n' }));
    expect(empty.message).toMatch(/^e\.csv:1: column 3 of the header has no name\. Give every column a name/);
    const duplicate = await readError(readMemory({ 'd.csv': 'a,b, a\n1,2,3\n' }));
    expect(duplicate.message).toMatch(/^d\.csv:1: columns 1 and 3 of the header are both named 'a'\. Rename one/);
    const long = 'x'.repeat(100_000);
    const longDuplicate = await readError(readMemory({ 'l.csv': `${long},${long}\n1,2\n` }));
    expect(longDuplicate.message).toMatch(/^l\.csv:1: columns 1 and 2 of the header are both named 'x{57}\.\.\.'\. Rename one/);
  });

  it('names the line where an unclosed quote opens', async () => {
    const error = await readError(readMemory({ 'u.csv': 'a,b\n1,2\n3,"oops\n4,5\n6,7\n' }));
    expect(error.message).toMatch(/^u\.csv:3: a double quote opened in the record starting on this line is never closed/);
  });

  it('stops an unclosed quote from buffering the rest of a large file', async () => {
    const text = `a,b\n1,2\n\n3,"${'x,'.repeat(MAX_RECORD_LENGTH / 2 + 10)}\n`;
    const error = await readError(readMemory({ 'big.csv': text }));
    expect(error.message).toMatch(/^big\.csv:4: the record starting on this line is longer than \d+ characters/);
  });

  it('yields no rows for empty, blank and header-only files', async () => {
    const source = new MemorySource({ 'empty.csv': '', 'blank.csv': '\n\r\n\n', 'header.csv': 'a,b,c\r\n', 'one.csv': 'a\n' });
    for (const file of await source.list()) {
      const seen: FileFormatInfo[] = [];
      expect(await collect(source, [file], { onFile: (info: FileFormatInfo) => seen.push(info) })).toEqual([]);
      expect(seen).toEqual([{ file: file.display, format: 'csv', delimiter: ',' }]);
    }
  });
});

describe('readRows: JSON Lines', () => {
  it('reads one object per line: blank lines skipped, BOM and CRLF handled, missing tokens null', async () => {
    const text =
      '\ufeff{"id": 1, "name": "a", "ok": true, "score": 2.5}\r\n' +
      '\r\n' +
      '{"id": 2, "name": "NA", "ok": false, "score": null}\n' +
      '   \n' +
      '{"id": 3, "name": "", "extra": "x"}\n' +
      '{"name": " ? "}';
    const seen: FileFormatInfo[] = [];
    const rows = await collect(new MemorySource({ 'r.ndjson': text }), undefined, { onFile: (info: FileFormatInfo) => seen.push(info) });
    expect(seen).toEqual([{ file: 'r.ndjson', format: 'jsonl' }]);
    expect(rows.map((row) => [row.line, row.values])).toEqual([
      [1, { id: 1, name: 'a', ok: true, score: 2.5 }],
      [3, { id: 2, name: null, ok: false, score: null }],
      [5, { id: 3, name: null, extra: 'x' }],
      [6, { name: null }],
    ]);
  });

  it('reads the same in 1-byte chunks', async () => {
    const text = '{"city": "Zürich", "emoji": "😀"}\n{"city": "Kraków"}\n';
    expect(await readMemory({ 'c.jsonl': text }, 1)).toEqual(await readMemory({ 'c.jsonl': text }));
  });

  it('rejects invalid JSON with file, line and column', async () => {
    const error = await readError(readMemory({ 'x.jsonl': '{"a": 1}\n\n{"a": 1,}\n' }));
    expect(error.message).toMatch(/^x\.jsonl:3:9: invalid JSON \(.+\)\. Each line must hold one complete JSON object/);
    expect(error.message).not.toContain('position');
  });

  it('never echoes the excerpt of the line that V8 quotes in its message', async () => {
    const line = `[${'1,'.repeat(50)}secret${',1'.repeat(50)}]`;
    const error = await readError(readMemory({ 'x.jsonl': `${line}\n` }));
    expect(error.message).toMatch(/^x\.jsonl:1: invalid JSON \(Unexpected token 's'\)\. Each line/);
    expect(error.message).not.toContain('1,1');
  });

  it('rejects an empty or blank key, and a number that overflows to infinity, naming the line', async () => {
    const empty = await readError(readMemory({ 'k.jsonl': '{"a": 1}\n{"a": 2, " ": 3}\n' }));
    expect(empty.message).toMatch(/^k\.jsonl:2: a key is empty or blank, so its value has no column name\. Name the key/);
    const huge = await readError(readMemory({ 'h.jsonl': '{"a": 1}\n{"a": -1e400}\n' }));
    expect(huge.message).toMatch(/^h\.jsonl:2: the value of "a" is a number beyond the range of a 64-bit float/);
  });

  it('rejects a record spread over several lines', async () => {
    const error = await readError(readMemory({ 'm.jsonl': '{"a": 1,\n "b": 2}\n' }));
    expect(error.message).toMatch(/^m\.jsonl:1(:\d+)?: invalid JSON/);
  });

  it('rejects nested values, naming the key', async () => {
    const object = await readError(readMemory({ 'n.jsonl': '{"a": 1}\n{"a": 2, "b": {"c": 1}}\n' }));
    expect(object.message).toMatch(/^n\.jsonl:2: the value of "b" is an object; values must be strings/);
    const array = await readError(readMemory({ 'n.jsonl': '{"tags": [1, 2]}\n' }));
    expect(array.message).toMatch(/^n\.jsonl:1: the value of "tags" is an array/);
  });

  it('rejects lines that are not objects', async () => {
    const error = await readError(readMemory({ 'a.jsonl': '[1, 2]\n' }));
    expect(error.message).toMatch(/^a\.jsonl:1: expected a JSON object, found an array\./);
  });

  it('rejects a line longer than the limit instead of buffering the whole file', async () => {
    const text = `{"a": 1}\n{"a": "${'x'.repeat(MAX_RECORD_LENGTH)}"}\n`;
    // Whether the line arrives in many chunks or in one.
    for (const chunkSize of [64 * 1024, text.length]) {
      const error = await readError(readMemory({ 'long.jsonl': text }, chunkSize));
      expect(error.message).toMatch(/^long\.jsonl:2: line longer than \d+ characters/);
    }
  });
});

describe('readRows: several files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'data-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads all rows of all files in order; CSV column order may differ; JSON Lines records may omit keys', async () => {
    await writeFile(path.join(dir, 'a.csv'), 'x,y\n1,2\n3,4\n');
    await writeFile(path.join(dir, 'b.csv'), 'y,x\n6,5\n');
    await writeFile(path.join(dir, 'c.jsonl'), '{"x": 7}\n{"y": 8}\n');
    const source = new LocalDataSource('.', dir);
    const rows = await collect(source);
    expect(rows.map((row) => [row.file, row.line, { ...row.values }])).toEqual([
      ['a.csv', 2, { x: '1', y: '2' }],
      ['a.csv', 3, { x: '3', y: '4' }],
      ['b.csv', 2, { y: '6', x: '5' }],
      ['c.jsonl', 1, { x: 7 }],
      ['c.jsonl', 2, { y: 8 }],
    ]);
  });

  it('rejects a CSV file whose columns differ from the first one, naming both files and the columns', async () => {
    const source = new MemorySource({
      'first.csv': 'x,y,z\n1,2,3\n',
      'second.csv': 'x,w,z\n1,2,3\n',
    });
    const error = await readError(collect(source));
    expect(error.message).toMatch(
      /^second\.csv: its columns differ from those of first\.csv: it lacks 'y'; it has 'w' which first\.csv lacks\. All files of the 'data' input must have the same columns, in any order/,
    );
  });

  it('rejects a JSON Lines key that the first file lacks, at the line where it first appears', async () => {
    const source = new MemorySource({
      'a.csv': 'x,y\n1,2\n',
      'b.jsonl': '{"x": 1, "y": 2}\n{"x": 3}\n{"x": 4, "secret_column": 5}\n',
    });
    const error = await readError(collect(source));
    expect(error.message).toMatch(
      /^b\.jsonl:3: key 'secret_column' is not a column of a\.csv \(its columns: 'x', 'y'\)\. All files .* Rename the key, add the column to the other files, or move the file out of the input\.$/,
    );
  });

  it('rejects a JSON Lines file in which no record has one of the first file\'s columns', async () => {
    const error = await readError(readMemory({ 'a.csv': 'x,y\n1,2\n', 'b.jsonl': '{"x": 1}\n{"x": 2}\n' }));
    expect(error.message).toMatch(/^b\.jsonl: its columns differ from those of a\.csv: it lacks 'y'\. All files .*"name": null/);
    // Declaring the column with a null in one record is enough: the other records omit a missing value.
    const rows = await readMemory({ 'a.csv': 'x,y\n1,2\n', 'b.jsonl': '{"x": 1, "y": null}\n{"x": 2}\n' });
    expect(rows).toHaveLength(3);
  });

  it('takes the columns of a JSON Lines reference file from all its records, and compares a later CSV header with them', async () => {
    const union = await readMemory({ 'a.jsonl': '{"x": 1}\n{"y": 2}\n', 'b.csv': 'y,x\n3,4\n' });
    expect(union).toHaveLength(3);
    const error = await readError(readMemory({ 'a.jsonl': '{"x": 1}\n{"y": 2}\n', 'b.csv': 'x,y,z\n3,4,5\n' }));
    expect(error.message).toMatch(/^b\.csv: its columns differ from those of a\.jsonl: it has 'z' which a\.jsonl lacks\./);
  });

  it('skips files without any column when choosing the reference and comparing', async () => {
    const rows = await readMemory({ 'a.jsonl': '\n', 'b.csv': '', 'c.csv': 'x,y\n1,2\n', 'd.jsonl': '{"y": 3, "x": 4}\n' });
    expect(rows.map((row) => row.file)).toEqual(['c.csv', 'd.jsonl']);
  });

  it('rejects a file type it cannot read', async () => {
    const error = await readError(readMemory({ 'data.parquet': 'PAR1' }));
    expect(error.message).toMatch(/^data\.parquet: cannot read this file type; .*'\.csv'/);
  });

  it('reports progress every 50,000 rows and at the end of each file', async () => {
    let big = 'n,half\n';
    for (let i = 0; i < 120_000; i++) big += `${i},${i % 2}\n`;
    const small = '{"n": 1, "half": 1}\n{"n": 2}\n';
    const source = new MemorySource({ 'big.csv': big, 'small.jsonl': small });
    const progress: ReadProgress[] = [];
    const rows = await collect(source, undefined, { onProgress: (p: ReadProgress) => progress.push(p) });
    expect(rows).toHaveLength(120_002);
    expect(progress.map((p) => [p.rows, p.file])).toEqual([
      [50_000, 'big.csv'],
      [100_000, 'big.csv'],
      [120_000, 'big.csv'],
      [120_002, 'small.jsonl'],
    ]);
    expect(progress[0]!.bytes).toBeGreaterThan(0);
    expect(progress[0]!.bytes).toBeLessThanOrEqual(progress[1]!.bytes);
    expect(progress[2]!.bytes).toBe(Buffer.byteLength(big));
    expect(progress[3]!.bytes).toBe(Buffer.byteLength(big) + Buffer.byteLength(small));
  });
});
