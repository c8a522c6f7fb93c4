import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { DataFile, DataSource, RawValue } from '../backends/data/types.js';
import { Input } from '../constants.js';
import { dataFormatOf, readRows, type DataFormat, type DataRow, type ReadProgress } from '../formats/read.js';
import type { Prediction } from '../ml/preprocess.js';
import { isFinitePrediction, type Predictor, type RefusalKind } from '../serving/predictor.js';
import { UserError } from '../util/errors.js';
import { emptyRecord } from '../util/values.js';

/** What scores rows: the served function's Predictor, with its checks, so a row is refused exactly when a request would be. */
export type Scorer = Pick<Predictor, 'card' | 'accepts' | 'refusal' | 'predict'>;

/** Rows predicted at once: what the scorer holds, whatever the size of the input. */
export const SCORE_CHUNK_ROWS = 1000;

/** Why rows were refused, by kind and field; `first` is where the first one is (file:line), never its value. */
export interface RefusedRows {
  kind: RefusalKind | 'non-finite-output';
  field: string | null;
  rows: number;
  first: string;
}

export interface ScoreCounts {
  format: DataFormat;
  rows: number;
  scored: number;
  refused: number;
  /** Most rows first. */
  reasons: RefusedRows[];
  /** Columns of the rows that neither the model nor score-id-column uses: dropped, not refused. */
  unusedColumns: string[];
}

export interface ScoreReport extends ScoreCounts {
  /** The source, as the log names it ("3 files matching new/*.csv"). */
  description: string;
  /** The predictions file's name, in the artifacts folder. */
  fileName: string;
}

export interface ScoreRequest {
  rows: AsyncIterable<DataRow>;
  /** Of the predictions: the rows' own format. */
  format: DataFormat;
  idColumn: string | null;
  output: Writable;
  chunkRows?: number;
}

/**
 * Predicts every row of `source` into `predictions.csv` or `predictions.jsonl` in `dir` (CSV when every file is
 * CSV): one line per row, in order, the refused ones with the function's 400 message instead of a prediction.
 */
export async function scoreSource(
  scorer: Scorer,
  source: DataSource,
  options: {
    dir: string;
    idColumn: string | null;
    /** The source's files when they were listed already (a run lists them before training, to refuse early). */
    files?: DataFile[];
    onProgress?: (progress: ReadProgress) => void;
  },
): Promise<ScoreReport> {
  const files = options.files ?? (await source.list());
  const format = files.every((file) => dataFormatOf(file.display) === 'csv') ? 'csv' : 'jsonl';
  const fileName = `predictions.${format}`;
  const output = createWriteStream(join(options.dir, fileName));
  try {
    const counts = await scoreRows(scorer, {
      rows: readRows(source, files, { onProgress: options.onProgress }),
      format,
      idColumn: options.idColumn,
      output,
    });
    output.end();
    await finished(output);
    return { ...counts, description: source.description, fileName };
  } finally {
    output.destroy();
  }
}

/**
 * Streams rows through the scorer a chunk at a time: read a chunk, predict it, write it (waiting for the output
 * to drain), so memory holds one chunk whatever the input's size.
 */
export async function scoreRows(scorer: Scorer, request: ScoreRequest): Promise<ScoreCounts> {
  const { format, idColumn, output, chunkRows = SCORE_CHUNK_ROWS } = request;
  const writer = predictionWriter(format, idColumn, scorer.card.classes);
  const counts: ScoreCounts = { format, rows: 0, scored: 0, refused: 0, reasons: [], unusedColumns: [] };
  const reasons = new Map<string, RefusedRows>();
  const refuse = (where: string, kind: RefusedRows['kind'], field: string | null): void => {
    const key = `${kind}\0${field ?? ''}`;
    const known = reasons.get(key) ?? { kind, field, rows: 0, first: where };
    known.rows++;
    reasons.set(key, known);
    counts.refused++;
  };
  let chunk: Array<{ where: string; id: RawValue; instance: Record<string, RawValue> | null; error: string | null }> = [];
  const flush = async (): Promise<void> => {
    const valid = chunk.filter((entry) => entry.instance !== null);
    const predictions = valid.length > 0 ? scorer.predict(valid.map((entry) => entry.instance as Record<string, RawValue>)) : [];
    let next = 0;
    let text = '';
    for (const entry of chunk) {
      const prediction = entry.instance === null ? null : (predictions[next++] as Prediction);
      if (prediction !== null && !isFinitePrediction(prediction)) {
        refuse(entry.where, 'non-finite-output', null);
        text += writer.line(entry.id, null, `${entry.where}: the model's output is not a finite number`);
      } else {
        if (prediction !== null) counts.scored++;
        text += writer.line(entry.id, prediction, entry.error);
      }
    }
    chunk = [];
    await write(output, text);
  };

  await write(output, writer.header);
  let file: string | null = null;
  for await (const row of request.rows) {
    if (row.file !== file) {
      file = row.file;
      checkColumns(scorer, row, format, idColumn, counts);
    }
    counts.rows++;
    const where = `${row.file}:${row.line}`;
    // Only what the model reads: an id or other extra column is dropped, not refused as an unknown field.
    const instance = emptyRecord();
    for (const [name, value] of Object.entries(row.values)) if (scorer.accepts(name)) instance[name] = value;
    const refusal = scorer.refusal(instance, where);
    if (refusal !== null) refuse(where, refusal.kind, refusal.field ?? null);
    const id = idColumn === null ? null : (row.values[idColumn] ?? null);
    chunk.push({ where, id, instance: refusal === null ? instance : null, error: refusal?.message ?? null });
    if (chunk.length >= chunkRows) await flush();
  }
  if (chunk.length > 0) await flush();
  counts.reasons = [...reasons.values()].sort((a, b) => b.rows - a.rows);
  return counts;
}

/**
 * A file's first row: a CSV file lacking a feature column (or the id column) fails here, once, rather than
 * refusing every row; in JSON Lines a record may omit a key, and only that row is refused.
 */
function checkColumns(scorer: Scorer, row: DataRow, format: DataFormat, idColumn: string | null, counts: ScoreCounts): void {
  const columns = Object.keys(row.values);
  if (format === 'csv') {
    const missing = scorer.card.features.map((feature) => feature.name).filter((name) => !columns.includes(name));
    if (missing.length > 0) {
      throw new UserError(
        `Input '${Input.Score}': ${row.file} has no column ${missing.map((name) => `'${name}'`).join(', ')}, which the model needs ` +
          `(its features: ${scorer.card.features.map((feature) => feature.name).join(', ')}). Add the column, empty where unknown.`,
      );
    }
    if (idColumn !== null && !columns.includes(idColumn)) {
      throw new UserError(
        `Input '${Input.ScoreIdColumn}': ${row.file} has no column '${idColumn}'. Name one of its columns, or leave score-id-column empty.`,
      );
    }
  }
  for (const name of columns) {
    if (name !== idColumn && !scorer.accepts(name) && !counts.unusedColumns.includes(name)) counts.unusedColumns.push(name);
  }
}

interface PredictionWriter {
  header: string;
  /** One row's line: its prediction, or the reason it has none. */
  line(id: RawValue, prediction: Prediction | null, error: string | null): string;
}

/** CSV: [id,] prediction, one probability column per class, error. JSON Lines: the same fields as an object. */
function predictionWriter(format: DataFormat, idColumn: string | null, classes: readonly string[] | null): PredictionWriter {
  const probabilityColumns = (classes ?? []).map((name) => `probability_${name}`);
  const columns = [...(idColumn === null ? [] : [idColumn]), 'prediction', ...probabilityColumns, 'error'];
  const clash = idColumn !== null && columns.indexOf(idColumn, 1) !== -1;
  if (clash) {
    throw new UserError(
      `Input '${Input.ScoreIdColumn}': '${idColumn}' is also a column the predictions file writes (${columns.slice(1).join(', ')}). Rename the column in the rows to score.`,
    );
  }
  if (format === 'jsonl') {
    return {
      header: '',
      line(id, prediction, error) {
        const record: Record<string, unknown> = idColumn === null ? {} : { [idColumn]: id };
        if (prediction === null) record.error = error;
        else if (typeof prediction === 'number') record.prediction = prediction;
        else Object.assign(record, { prediction: prediction.label, probabilities: prediction.probabilities });
        return `${JSON.stringify(record)}\n`;
      },
    };
  }
  return {
    header: `${columns.map(csvField).join(',')}\n`,
    line(id, prediction, error) {
      const fields: RawValue[] = idColumn === null ? [] : [id];
      if (prediction === null) fields.push(null, ...probabilityColumns.map(() => null), error);
      else if (typeof prediction === 'number') fields.push(prediction, null);
      else fields.push(prediction.label, ...(classes ?? []).map((name) => prediction.probabilities[name] ?? null), null);
      return `${fields.map(csvField).join(',')}\n`;
    },
  };
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180); null is empty. */
function csvField(value: RawValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Waits for the output to drain when it asks to, so a slow disk or bucket never makes lines pile up in memory. */
async function write(output: Writable, text: string): Promise<void> {
  if (text !== '' && !output.write(text)) await once(output, 'drain');
}
