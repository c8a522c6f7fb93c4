import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { DeniedContext } from '../../auth/permissions.js';
import {
  BigQueryClient,
  type ErrorProto,
  type FieldSchema,
  type JobReference,
  type RowPage,
  type TableReference,
  type TableResource,
  type TableRow,
} from '../../clients/bigquery.js';
import { GoogleApiError } from '../../clients/google-api.js';
import { UserError } from '../../util/errors.js';
import { emptyRecord } from '../../util/values.js';
import { googleCallError } from '../google-errors.js';
import type { BigQueryLocation } from './location.js';
import type { DataFile, DataSource, RawValue } from './types.js';

export interface BigQueryDataSourceOptions {
  /** The project a query runs and is billed in: the project-id input, else the credentials' project. */
  jobProject: string | null;
  /** The max-bytes-billed input: a query whose dry run estimates more is refused before it runs. */
  maxBytesBilled: number | null;
  /** The project and service account, so a permission error can give the exact command that fixes it. */
  denied?: DeniedContext;
  /** Where the spool folder is made; os.tmpdir() by default. */
  tempDir?: string;
  /** Rows asked for per page (BigQuery also ends a page at about 10 MB). */
  pageSize?: number;
  /** How long a query job may run before it is cancelled. */
  queryDeadlineMs?: number;
  /** The clock a query that reads it is fingerprinted with (queryClock). */
  now?: () => Date;
}

/** A query to run: its text, the dry run's estimate, and the tables whose state the fingerprint covers. */
interface QueryPlan {
  kind: 'query';
  sql: string;
  estimate: number;
  referenced: Array<{ table: TableReference; metadata: TableResource | null }>;
}

/** What the pipeline reads: a table's rows (tabledata.list), or a query job's results (jobs.getQueryResults). */
type Plan = { kind: 'table'; table: TableReference; metadata: TableResource } | QueryPlan;

const DEFAULT_PAGE_SIZE = 10_000;
const DEFAULT_QUERY_DEADLINE_MS = 6 * 60 * 60 * 1000;
/** How long one getQueryResults call waits on the server for the job to finish. */
const QUERY_WAIT_MS = 10_000;
const TABLE_INPUT = "Input 'data'";
const QUERY_INPUT = "Input 'query'";
/** Results are written as JSON Lines: the reader's own format, one record a line, every column in each. */
const SPOOL_FILE = 'rows.jsonl';

/** Column types read as numbers (legacy and standard SQL names), as booleans, and as the text BigQuery gives. */
const NUMBER_TYPES = new Set(['INTEGER', 'INT64', 'FLOAT', 'FLOAT64', 'NUMERIC', 'BIGNUMERIC']);
const BOOLEAN_TYPES = new Set(['BOOLEAN', 'BOOL']);
const TEXT_TYPES = new Set(['STRING', 'DATE', 'DATETIME', 'TIME', 'TIMESTAMP']);

/**
 * Training data in BigQuery: a table (`bq://project.dataset.table`), or the result of the `query` input.
 *
 * list() costs nothing: a table's metadata (tables.get), or a query's dry run, which reports the bytes it would
 * process (refused beyond max-bytes-billed) and the tables it reads. The fingerprint is built from those, so a run
 * that skips on unchanged data runs no query and reads no row. The first open() reads the rows page by page into a
 * spool file (JSON Lines), one page in memory at a time while the next is fetched: a table straight from storage
 * with tabledata.list (no job, nothing billed), a query as a job whose results (BigQuery's own temporary table,
 * which it deletes after about a day) are paged with jobs.getQueryResults. Both reads of the pipeline then read the
 * spool, so they see the same rows. dispose() removes the spool and cancels a query still running.
 */
export class BigQueryDataSource implements DataSource {
  private readonly jobProject: string | null;
  private readonly maxBytesBilled: number | null;
  private readonly denied: DeniedContext;
  private readonly tempDir: string;
  private readonly pageSize: number;
  private readonly queryDeadlineMs: number;
  private readonly now: () => Date;
  private summary: string;
  private plan: Plan | null = null;
  private spool: Promise<string> | null = null;
  private spoolDir: string | null = null;
  /** A query job not known to be done, cancelled by dispose(). */
  private runningJob: JobReference | null = null;

  constructor(
    private readonly location: BigQueryLocation,
    private readonly client: BigQueryClient,
    options: BigQueryDataSourceOptions,
  ) {
    this.jobProject = options.jobProject;
    this.maxBytesBilled = options.maxBytesBilled;
    this.denied = options.denied ?? {};
    this.tempDir = options.tempDir ?? os.tmpdir();
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.queryDeadlineMs = options.queryDeadlineMs ?? DEFAULT_QUERY_DEADLINE_MS;
    this.now = options.now ?? (() => new Date());
    this.summary = location.kind === 'bigquery-table' ? `BigQuery table ${location.uri}` : 'BigQuery query';
  }

  get description(): string {
    return this.summary;
  }

  /** One file: the table's rows or the query's results, as JSON Lines. */
  async list(): Promise<DataFile[]> {
    const plan = await this.makePlan();
    this.plan = plan;
    const { location } = this;
    if (plan.kind === 'table') {
      const rows = Number(plan.metadata.numRows ?? 0);
      this.summary = `BigQuery table ${tableUri(plan.table)}: ${rows.toLocaleString('en')} rows, read with tabledata.list (no query, nothing billed)`;
      return [{ uri: tableUri(plan.table), display: tableUri(plan.table), size: Number(plan.metadata.numBytes ?? 0), format: 'jsonl' }];
    }
    const cap = this.maxBytesBilled === null ? '' : `, max-bytes-billed ${bytesText(this.maxBytesBilled)}`;
    const what = location.kind === 'bigquery-table' ? `BigQuery view ${location.uri}` : 'BigQuery query';
    this.summary = `${what}: the dry run estimates ${bytesText(plan.estimate)} processed${cap}`;
    return [{ uri: 'bq://query', display: `${what} results`, size: 0, format: 'jsonl' }];
  }

  async open(file: DataFile): Promise<Readable> {
    if (!this.plan) throw new Error(`${file.uri} was not listed by this data source`);
    return this.rows();
  }

  /** Every row as JSON Lines, from the spool (written on the first call): what open() reads, and what a Vertex AI job is handed. */
  async rows(): Promise<Readable> {
    const plan = this.plan;
    if (!plan) throw new Error('rows() before list()');
    this.spool ??= this.download(plan);
    // Drop a spool that could not be written, so a later open() tries again.
    const spooled = await this.spool.catch((error: unknown) => {
      this.spool = null;
      throw error;
    });
    return createReadStream(spooled);
  }

  /**
   * sha256 over what identifies the data without reading it: a table's last change, row count and etag (and its
   * streaming buffer, whose rows numRows does not count yet); for a query, its text and each table it reads (from the
   * dry run), so the same query over unchanged tables has the same one; and, for a query that reads the clock or
   * draws random values, what queryClock says of it, so its rows are not taken as unchanged when they may not be.
   */
  async fingerprint(): Promise<string> {
    const plan = this.plan;
    if (!plan) throw new Error('fingerprint() before list()');
    const identity = (table: TableReference, metadata: TableResource | null): string =>
      JSON.stringify([
        tableUri(table),
        metadata?.lastModifiedTime ?? null,
        metadata?.numRows ?? null,
        metadata?.etag ?? null,
        metadata?.streamingBuffer ?? null,
      ]);
    const clock = plan.kind === 'query' ? queryClock(plan.sql, this.now()) : null;
    const lines =
      plan.kind === 'table'
        ? [identity(plan.table, plan.metadata)]
        : [
            JSON.stringify(clock === null ? ['query', plan.sql] : ['query', plan.sql, clock]),
            ...plan.referenced.map(({ table, metadata }) => identity(table, metadata)).sort(),
          ];
    return `sha256:${createHash('sha256').update(`${lines.join('\n')}\n`).digest('hex')}`;
  }

  async dispose(): Promise<void> {
    await this.spool?.catch(() => null);
    this.spool = null;
    await this.cancelRunningJob();
    if (this.spoolDir) await rm(this.spoolDir, { recursive: true, force: true });
    this.spoolDir = null;
  }

  /** Best effort: the run is ending anyway, and BigQuery bills a cancelled job only for what it already did. */
  private async cancelRunningJob(): Promise<void> {
    const job = this.runningJob;
    this.runningJob = null;
    if (job) await this.client.cancelJob(job).catch(() => undefined);
  }

  // ------------------------------------------------------------------------------------------------ planning

  private async makePlan(): Promise<Plan> {
    const { location } = this;
    if (location.kind === 'bigquery-query') return this.planQuery(location.query, QUERY_INPUT);
    const metadata = await this.tableMetadata(location.table, TABLE_INPUT);
    if (metadata === null) {
      throw new UserError(
        `${TABLE_INPUT}: there is no table ${location.uri} (BigQuery tables.get answered 404). Check the project, ` +
          'dataset and table names (they are case-sensitive), and that the credentials can see the dataset.',
      );
    }
    // A view, materialized view or external table has no rows of its own to list: BigQuery reads it in a query.
    // Its own metadata joins the fingerprint, since a changed definition over the same tables selects other rows.
    if (metadata.type !== undefined && metadata.type !== 'TABLE') {
      const { projectId, datasetId, tableId } = location.table;
      const plan = await this.planQuery(`SELECT * FROM \`${projectId}.${datasetId}.${tableId}\``, TABLE_INPUT);
      plan.referenced.push({ table: location.table, metadata });
      return plan;
    }
    checkColumns(metadata.schema?.fields ?? [], TABLE_INPUT, location.uri);
    return { kind: 'table', table: location.table, metadata };
  }

  /** The dry run: what the query would process, the tables it reads and its columns; nothing runs, nothing is billed. */
  private async planQuery(sql: string, input: string): Promise<QueryPlan> {
    const project = this.requireJobProject();
    const job = { projectId: project, jobId: jobId('dry_run') };
    let answer;
    try {
      answer = await this.client.insertJob(job, { configuration: { dryRun: true, query: { query: sql, useLegacySql: false } } });
    } catch (error) {
      throw this.apiError(input, 'jobs.insert', 'dry-run the query', error);
    }
    if (answer.status?.errorResult) throw queryFailure(input, 'dry run', answer.status.errorResult, this.maxBytesBilled);
    const statistics = answer.statistics?.query ?? {};
    const estimate = Number(statistics.totalBytesProcessed ?? 0);
    if (this.maxBytesBilled !== null && estimate > this.maxBytesBilled) {
      throw new UserError(
        `Input 'max-bytes-billed': BigQuery's dry run estimates the query processes ${bytesText(estimate)} ` +
          `(${estimate} bytes), more than max-bytes-billed ${bytesText(this.maxBytesBilled)} (${this.maxBytesBilled} bytes), ` +
          'so it was not run and nothing was billed. Select fewer columns, filter on the partitioning or clustering ' +
          'columns, or raise max-bytes-billed.',
      );
    }
    checkColumns(statistics.schema?.fields ?? [], input, 'the query');
    const referenced = await Promise.all(
      (statistics.referencedTables ?? []).map(async (table) => ({ table, metadata: await this.tableMetadata(table, input) })),
    );
    return { kind: 'query', sql, estimate, referenced };
  }

  private async tableMetadata(table: TableReference, input: string): Promise<TableResource | null> {
    try {
      return await this.client.getTable(table);
    } catch (error) {
      throw this.apiError(input, 'tables.get', `read the metadata of ${tableUri(table)}`, error);
    }
  }

  private requireJobProject(): string {
    if (this.jobProject) return this.jobProject;
    throw new UserError(
      "Input 'project-id': a BigQuery query runs as a job in a project, which pays for it, and none is known. Set " +
        'project-id, use a key that has project_id, or set GOOGLE_CLOUD_PROJECT.',
    );
  }

  // ------------------------------------------------------------------------------------------------ reading

  /** Writes every row to the spool, one page in memory while the next is fetched; resolves to the file. */
  private async download(plan: Plan): Promise<string> {
    this.spoolDir ??= await mkdtemp(path.join(this.tempDir, 'ml-pipeline-bigquery-'));
    const file = path.join(this.spoolDir, SPOOL_FILE);
    const sink = createWriteStream(file);
    try {
      const pages = plan.kind === 'table' ? this.tablePages(plan.table, plan.metadata) : this.queryPages(plan.sql);
      for await (const { fields, rows } of pages) {
        const lines = rows.map((row) => JSON.stringify(recordOf(fields, row))).join('\n');
        if (lines !== '' && !sink.write(`${lines}\n`)) await once(sink, 'drain');
      }
      sink.end();
      await once(sink, 'finish');
    } catch (error) {
      sink.destroy();
      throw error;
    }
    return file;
  }

  private async *tablePages(table: TableReference, metadata: TableResource): AsyncGenerator<{ fields: FieldSchema[]; rows: TableRow[] }> {
    const fields = metadata.schema?.fields ?? [];
    const fetchPage = (pageToken?: string): Promise<RowPage> =>
      this.client.listTableData(table, { pageToken, maxResults: this.pageSize }).catch((error: unknown) => {
        throw this.apiError(TABLE_INPUT, 'tabledata.list', `read the rows of ${tableUri(table)}`, error);
      });
    yield* prefetched(await fetchPage(), fetchPage, fields);
  }

  /** Runs the query as a job, waits for it within the deadline, then pages through its results. */
  private async *queryPages(sql: string): AsyncGenerator<{ fields: FieldSchema[]; rows: TableRow[] }> {
    const input = this.location.kind === 'bigquery-query' ? QUERY_INPUT : TABLE_INPUT;
    const job: JobReference = { projectId: this.requireJobProject(), jobId: jobId('query') };
    const maximumBytesBilled = this.maxBytesBilled === null ? undefined : String(this.maxBytesBilled);
    let inserted;
    try {
      inserted = await this.client.insertJob(job, {
        configuration: { query: { query: sql, useLegacySql: false, maximumBytesBilled }, labels: { 'created-by': 'ml-pipeline-action' } },
      });
    } catch (error) {
      throw this.apiError(input, 'jobs.insert', 'run the query', error);
    }
    job.location = inserted.jobReference?.location;
    if (inserted.status?.errorResult) throw queryFailure(input, `job ${job.jobId}`, inserted.status.errorResult, this.maxBytesBilled);
    this.runningJob = job;

    const fetchPage = (pageToken?: string): Promise<RowPage> =>
      this.client.getQueryResults(job, { pageToken, maxResults: this.pageSize, waitMs: QUERY_WAIT_MS }).catch((error: unknown) => {
        // A job that failed as it ran answers with its error: the query's own fault, worded as one.
        if (error instanceof GoogleApiError && error.status === 400) {
          throw queryFailure(input, `job ${job.jobId}`, { message: error.apiMessage }, this.maxBytesBilled);
        }
        throw this.apiError(input, 'jobs.getQueryResults', `read the results of job ${job.jobId}`, error);
      });
    const deadline = Date.now() + this.queryDeadlineMs;
    let first = await fetchPage();
    // Each call waits up to QUERY_WAIT_MS on the server, so this loop polls without sleeping.
    while (first.jobComplete === false) {
      if (Date.now() > deadline) {
        await this.cancelRunningJob();
        throw new UserError(
          `${input}: BigQuery job ${job.jobId} was still running after ${Math.round(this.queryDeadlineMs / 60_000)} minutes, ` +
            'so it was cancelled. Make the query cheaper (filter earlier, select fewer columns) or run it on a schedule into a table and read that.',
        );
      }
      first = await fetchPage();
    }
    this.runningJob = null;
    yield* prefetched(first, fetchPage, first.schema?.fields ?? []);
  }

  private apiError(input: string, method: string, action: string, error: unknown): Error {
    const call = { api: 'bigquery' as const, input, method, action, attempts: 1, clientRetries: this.client.retries, denied: this.denied };
    return googleCallError(call, error);
  }
}

/** The pages from `first` on, fetching each next page while the caller handles the current one. */
async function* prefetched(
  first: RowPage,
  fetchPage: (pageToken: string) => Promise<RowPage>,
  fields: FieldSchema[],
): AsyncGenerator<{ fields: FieldSchema[]; rows: TableRow[] }> {
  let page = first;
  for (;;) {
    const next = page.pageToken ? fetchPage(page.pageToken) : null;
    // Handled if the caller stops early, so a failed prefetch is not an unhandled rejection.
    next?.catch(() => undefined);
    yield { fields, rows: page.rows ?? [] };
    if (next === null) return;
    page = await next;
  }
}

/** A row as a record keyed by column name: numbers and booleans typed, NULL and non-finite numbers missing. */
function recordOf(fields: readonly FieldSchema[], row: TableRow): Record<string, RawValue> {
  const record = emptyRecord();
  const cells = row.f ?? [];
  fields.forEach((field, index) => {
    const value = cells[index]?.v;
    const type = field.type.toUpperCase();
    if (typeof value !== 'string') {
      record[field.name] = null;
    } else if (NUMBER_TYPES.has(type)) {
      // FLOAT64 may hold NaN and ±Infinity, which are no measurement: missing, as the CSV reader's NaN is.
      const number = Number(value);
      record[field.name] = Number.isFinite(number) ? number : null;
    } else if (BOOLEAN_TYPES.has(type)) {
      record[field.name] = value === 'true';
    } else {
      record[field.name] = value;
    }
  });
  return record;
}

/** Every column must be one scalar value the model can take: no RECORD, ARRAY, BYTES, GEOGRAPHY or JSON. */
function checkColumns(fields: readonly FieldSchema[], input: string, where: string): void {
  for (const field of fields) {
    const type = field.type.toUpperCase();
    const repeated = field.mode?.toUpperCase() === 'REPEATED';
    if (!repeated && (NUMBER_TYPES.has(type) || BOOLEAN_TYPES.has(type) || TEXT_TYPES.has(type))) continue;
    const shown = repeated ? `ARRAY<${type}>` : type;
    throw new UserError(
      `${input}: column '${field.name}' of ${where} is ${shown}, and the model takes one number, boolean or text per ` +
        'column. Select scalar columns with the query input: flatten with UNNEST or a field (col.field), or cast ' +
        `(TO_JSON_STRING(${field.name}), CAST(... AS STRING)); or leave the column out.`,
    );
  }
}

/** A query or dry run that BigQuery ran and that failed: its reason and message, and what to do. */
function queryFailure(input: string, what: string, error: ErrorProto, maxBytesBilled: number | null): UserError {
  const message = (error.message ?? 'no message').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const reason = error.reason ? ` (${error.reason})` : '';
  const billed = error.reason === 'bytesBilledLimitExceeded' || /bytes billed/i.test(message);
  const remedy = billed
    ? `BigQuery refused to bill more than max-bytes-billed${maxBytesBilled === null ? '' : ` (${bytesText(maxBytesBilled)})`}: ` +
      'make the query process less, or raise max-bytes-billed.'
    : 'Fix the query (run it in the BigQuery console to see where), then rerun the workflow.';
  return new UserError(`${input}: BigQuery ${what} failed${reason}: ${message}. ${remedy}`);
}

function tableUri(table: TableReference): string {
  return `bq://${table.projectId}.${table.datasetId}.${table.tableId}`;
}

/** Unique per run, within BigQuery's job id alphabet (letters, digits, _ and -). */
function jobId(kind: string): string {
  return `ml_pipeline_${kind}_${randomUUID().replaceAll('-', '')}`;
}

/** Bytes in decimal units, as BigQuery's console and pricing count them. */
function bytesText(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** GoogleSQL's functions that read the clock (callable without parentheses) or give another value on every run. */
const CURRENT_DATE = /\bCURRENT_DATE\b\s*(?:\(([^)]*)\))?/gi;
/** A time zone given as a string literal: CURRENT_DATE('America/Chicago'). */
const ZONE_LITERAL = /^\s*(?:'([^']*)'|"([^"]*)")\s*$/;
const VOLATILE = /\b(CURRENT_DATETIME|CURRENT_TIME|CURRENT_TIMESTAMP)\b|\b(RAND|GENERATE_UUID)\s*\(/i;

/**
 * What a query's result depends on besides its text and tables: null for none; the day, for CURRENT_DATE() (in
 * UTC, or in the time zone it names), so the same query over the same tables selects the same rows all that day
 * and other rows the next; the instant itself for anything finer or random (CURRENT_TIMESTAMP(), RAND()), so such
 * a query is never taken as unchanged. A match inside a string literal only makes the fingerprint change more
 * often, never less.
 */
export function queryClock(sql: string, now: Date): string | null {
  if (VOLATILE.test(sql)) return now.toISOString();
  const days = new Set<string>();
  for (const match of sql.matchAll(CURRENT_DATE)) {
    const argument = match[1]?.trim() ?? '';
    const literal = ZONE_LITERAL.exec(argument);
    const zone = argument === '' ? 'UTC' : (literal?.[1] ?? literal?.[2] ?? null);
    // A zone from a parameter or a column, or one Intl does not know: the instant, to be safe.
    const day = zone === null ? null : dayIn(zone, now);
    if (day === null) return now.toISOString();
    days.add(`${zone} ${day}`);
  }
  return days.size === 0 ? null : [...days].sort().join(', ');
}

function dayIn(timeZone: string, now: Date): string | null {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return null;
  }
}
