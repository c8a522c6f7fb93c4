// The score stage on a real model bundle through the function's own Predictor: good and bad rows, their counts and
// reasons, the id passed through, CSV and JSON Lines, and the streaming bound (never more than one chunk of rows
// between the reader and the output).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { RawValue } from '../src/backends/data/types.js';
import type { DataRow } from '../src/formats/read.js';
import { loadTensorFlow } from '../src/ml/tf.js';
import { Predictor } from '../src/serving/predictor.js';
import { scoreRows, scoreSource } from '../src/stages/score.js';
import { UserError } from '../src/util/errors.js';
import { writeTinyBundle } from '../test-support/model-bundle.js';

let root: string;
let predictor: Predictor;

beforeAll(async () => {
  const { tf } = await loadTensorFlow('cpu', { workspace: process.cwd(), log: () => undefined });
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-score-'));
  const tiny = await writeTinyBundle(tf, join(root, 'model'), 'classification');
  tiny.model.dispose();
  predictor = await Predictor.load({ tf }, join(root, 'model'), { log: () => undefined });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The tiny bundle's features are bill_length_mm, flipper_length_mm (numbers) and island (Biscoe, Dream, Torgersen). */
const CSV = [
  'penguin,island,bill_length_mm,flipper_length_mm,note',
  'p1,Biscoe,47.5,218,ok',
  'p2,Dream,long,196,"a, b"',
  'p3,Torgersen,38.6,191,',
  'p4,Biscoe,,210,missing bill is fine',
  'p5,Dream,1e39,200,beyond float32',
  'p6,Dream,oops,195,',
  '',
].join('\n');

async function scoreCsv(text: string, idColumn: string | null): Promise<{ lines: string[]; report: Awaited<ReturnType<typeof scoreSource>> }> {
  const dir = await mkdtemp(join(root, 'run-'));
  await writeFile(join(dir, 'new.csv'), text);
  const report = await scoreSource(predictor, new LocalDataSource('new.csv', dir), { dir, idColumn });
  return { lines: (await readFile(join(dir, report.fileName), 'utf8')).trimEnd().split('\n'), report };
}

describe('scoring rows', () => {
  it('writes one CSV line per row, predictions where the function would answer and its 400 message where it would refuse', async () => {
    const { lines, report } = await scoreCsv(CSV, 'penguin');
    expect(report).toMatchObject({ format: 'csv', fileName: 'predictions.csv', rows: 6, scored: 3, refused: 3, unusedColumns: ['note'] });
    expect(report.reasons).toEqual([
      { kind: 'not-a-number', field: 'bill_length_mm', rows: 2, first: 'new.csv:3' },
      { kind: 'out-of-range', field: 'bill_length_mm', rows: 1, first: 'new.csv:6' },
    ]);
    expect(lines[0]).toBe('penguin,prediction,probability_Adelie,probability_Chinstrap,probability_Gentoo,error');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    // The predictions are the Predictor's own for the same records.
    const expected = predictor.predict([
      { island: 'Biscoe', bill_length_mm: '47.5', flipper_length_mm: '218' },
      { island: 'Torgersen', bill_length_mm: '38.6', flipper_length_mm: '191' },
      { island: 'Biscoe', bill_length_mm: null, flipper_length_mm: '210' },
    ]) as Array<{ label: string; probabilities: Record<string, number> }>;
    for (const [line, want] of [lines[1], lines[3], lines[4]].map((line, index) => [line, expected[index]] as const)) {
      const [, label, ...rest] = (line ?? '').split(',');
      expect(label).toBe(want?.label);
      expect(rest.slice(0, 3).map(Number)).toEqual(Object.values(want?.probabilities ?? {}));
      expect(rest[3]).toBe('');
    }
    // Quoted as CSV: the message quotes the value.
    expect(lines[2]).toBe('p2,,,,,"new.csv:3.bill_length_mm: expected a finite number or null, got ""long"""');
  });

  it('writes JSON Lines for JSON Lines rows, refusing a record that omits a feature as the function does', async () => {
    const dir = await mkdtemp(join(root, 'run-'));
    const records = [
      { id: 7, island: 'Biscoe', bill_length_mm: 47.5, flipper_length_mm: 218 },
      { id: 8, island: 'Dream', flipper_length_mm: 196 },
    ];
    await writeFile(join(dir, 'new.jsonl'), records.map((record) => JSON.stringify(record)).join('\n'));
    const report = await scoreSource(predictor, new LocalDataSource('new.jsonl', dir), { dir, idColumn: 'id' });
    expect(report).toMatchObject({ format: 'jsonl', fileName: 'predictions.jsonl', rows: 2, scored: 1, refused: 1 });
    expect(report.reasons).toEqual([{ kind: 'missing-feature', field: 'bill_length_mm', rows: 1, first: 'new.jsonl:2' }]);
    const [first, second] = (await readFile(join(dir, 'predictions.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
    const [want] = predictor.predict([records[0] as Record<string, RawValue>]) as Array<{ label: string; probabilities: Record<string, number> }>;
    expect(first).toEqual({ id: 7, prediction: want?.label, probabilities: want?.probabilities });
    expect(second).toEqual({ id: 8, error: "new.jsonl:2: missing feature 'bill_length_mm' (send null when unknown)" });
  });

  it('refuses, before writing a row, a CSV file without a feature column or without the id column', async () => {
    await expect(scoreCsv('island,flipper_length_mm\nBiscoe,210\n', null)).rejects.toThrow(
      new UserError(
        "Input 'score': new.csv has no column 'bill_length_mm', which the model needs (its features: bill_length_mm, flipper_length_mm, island). Add the column, empty where unknown.",
      ),
    );
    await expect(scoreCsv(CSV, 'name')).rejects.toThrow("Input 'score-id-column': new.csv has no column 'name'");
    await expect(scoreCsv(CSV.replace('penguin,', 'prediction,'), 'prediction')).rejects.toThrow('is also a column the predictions file writes');
  });

  it('streams: never more than one chunk of rows between the reader and the output', async () => {
    const chunkRows = 50;
    let read = 0;
    let written = -1; // the header line
    let mostInFlight = 0;
    async function* rows(): AsyncGenerator<DataRow> {
      for (let line = 1; line <= 5000; line++) {
        mostInFlight = Math.max(mostInFlight, read - written);
        read++;
        yield { values: { island: 'Dream', bill_length_mm: String(40 + (line % 10)), flipper_length_mm: '200' }, file: 'gen.csv', line };
      }
    }
    const output = new Writable({
      // A small buffer, so the scorer must wait for it to drain.
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString().split('\n').length - 1;
        setImmediate(done);
      },
    });
    const counts = await scoreRows(predictor, { rows: rows(), format: 'csv', idColumn: null, output, chunkRows });
    expect(counts).toMatchObject({ rows: 5000, scored: 5000, refused: 0 });
    expect(written).toBe(5000);
    expect(mostInFlight).toBeLessThanOrEqual(chunkRows);
  });
});
