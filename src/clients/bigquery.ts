import type { AuthClient } from 'google-auth-library';
import { setTimeout as sleep } from 'node:timers/promises';
import { callGoogleApi, GoogleApiError, isTransient } from './google-api.js';

/**
 * BigQuery v2 REST (https://cloud.google.com/bigquery/docs/reference/rest), the calls reading data needs: tables.get,
 * tabledata.list, jobs.insert (a query or its dry run), jobs.getQueryResults and jobs.cancel. Every call goes through
 * callGoogleApi (the AuthClient's headers, a timeout, GoogleApiError on status >= 400); reads are retried on
 * transient failures. Nothing here logs.
 */

export const BIGQUERY_ENDPOINT = 'https://bigquery.googleapis.com/';

/**
 * The base address of BigQuery: BIGQUERY_EMULATOR_HOST when set (`host:port` or a URL, http when no scheme is given,
 * as the emulators and Google's other clients read it), else the public endpoint. The credentials' headers go to the
 * emulator too: it ignores them, and the action is driven exactly as against Google.
 */
export function bigQueryEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  const emulator = env.BIGQUERY_EMULATOR_HOST?.trim();
  if (!emulator) return BIGQUERY_ENDPOINT;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(emulator) ? emulator : `http://${emulator}`;
  return `${url.replace(/\/+$/, '')}/`;
}

export interface TableReference {
  projectId: string;
  datasetId: string;
  tableId: string;
}

/** A column of a table's or a result's schema. */
export interface FieldSchema {
  name: string;
  /** STRING, INTEGER (INT64), FLOAT (FLOAT64), NUMERIC, BIGNUMERIC, BOOLEAN (BOOL), TIMESTAMP, DATE, RECORD, ... */
  type: string;
  /** NULLABLE (the default), REQUIRED or REPEATED. */
  mode?: string;
  fields?: FieldSchema[];
}

export interface TableResource {
  tableReference?: TableReference;
  /** TABLE, VIEW, MATERIALIZED_VIEW, EXTERNAL, SNAPSHOT. */
  type?: string;
  /** int64 values come as decimal strings. */
  numRows?: string;
  numBytes?: string;
  /** Milliseconds since the epoch. */
  lastModifiedTime?: string;
  etag?: string;
  location?: string;
  schema?: { fields?: FieldSchema[] };
  /** Rows streamed in (tabledata.insertAll, the Storage Write API) and not yet in numRows. */
  streamingBuffer?: { estimatedRows?: string; oldestEntryTime?: string };
}

export interface JobReference {
  projectId: string;
  jobId: string;
  location?: string;
}

/** BigQuery's ErrorProto: `reason` is a short code (invalidQuery, bytesBilledLimitExceeded, accessDenied, ...). */
export interface ErrorProto {
  reason?: string;
  message?: string;
  location?: string;
}

export interface QueryJobConfiguration {
  query: string;
  useLegacySql: false;
  /** As a decimal string; the job fails without running when it would bill more. */
  maximumBytesBilled?: string;
}

export interface JobResource {
  jobReference?: JobReference;
  configuration?: { dryRun?: boolean; query?: QueryJobConfiguration; labels?: Record<string, string> };
  status?: { state?: 'PENDING' | 'RUNNING' | 'DONE'; errorResult?: ErrorProto; errors?: ErrorProto[] };
  statistics?: {
    query?: {
      totalBytesProcessed?: string;
      totalBytesBilled?: string;
      referencedTables?: TableReference[];
      schema?: { fields?: FieldSchema[] };
      statementType?: string;
      cacheHit?: boolean;
    };
  };
}

/** One row as the REST API gives it: cells in schema order, each value a string (or null, or nested for RECORD). */
export interface TableRow {
  f?: Array<{ v?: unknown }>;
}

/** A page of rows: tabledata.list's or jobs.getQueryResults'. */
export interface RowPage {
  rows?: TableRow[];
  pageToken?: string;
  totalRows?: string;
  schema?: { fields?: FieldSchema[] };
  /** getQueryResults only: false while the job runs (then the page has no rows yet). */
  jobComplete?: boolean;
  jobReference?: JobReference;
}

export interface PageRequest {
  pageToken?: string;
  maxResults: number;
}

/** Attempts of one read when it fails transiently (429, 5xx, a dropped connection, a timeout). */
const READ_ATTEMPTS = 4;
const FIRST_RETRY_DELAY_MS = 1000;

export class BigQueryClient {
  /** How many times a call is tried again after a transient failure (cancelJob, best effort, is not). */
  readonly retries = READ_ATTEMPTS - 1;
  private readonly authClient: AuthClient;
  private readonly endpoint: string;
  private readonly retryDelayMs: number;

  constructor(options: { authClient: AuthClient; endpoint?: string; retryDelayMs?: number }) {
    this.authClient = options.authClient;
    this.endpoint = options.endpoint ?? bigQueryEndpoint();
    this.retryDelayMs = options.retryDelayMs ?? FIRST_RETRY_DELAY_MS;
  }

  /** The table's metadata (schema, row count, last change, etag), or null when it does not exist. */
  getTable(table: TableReference): Promise<TableResource | null> {
    return this.read(() => callGoogleApi<TableResource>(this.authClient, 'GET', this.tableUrl(table), undefined, { notFoundAsNull: true }));
  }

  /** Rows of a table, page by page, straight from storage: no job, nothing billed. */
  listTableData(table: TableReference, page: PageRequest): Promise<RowPage> {
    const url = `${this.tableUrl(table)}/data?${query({ pageToken: page.pageToken, maxResults: String(page.maxResults) })}`;
    return this.read(() => callGoogleApi<RowPage>(this.authClient, 'GET', url));
  }

  /**
   * Inserts a job under `jobReference` (a job id the caller chose, so an insert retried after a lost answer finds the
   * job it made instead of starting a second one).
   */
  async insertJob(jobReference: JobReference, job: Omit<JobResource, 'jobReference'>): Promise<JobResource> {
    const url = `${this.projectUrl(jobReference.projectId)}/jobs`;
    return this.read(async () => {
      try {
        return await callGoogleApi<JobResource>(this.authClient, 'POST', url, { ...job, jobReference });
      } catch (error) {
        if (!(error instanceof GoogleApiError && error.status === 409) || job.configuration?.dryRun) throw error;
        // An earlier attempt created it: carry on with that job.
        return callGoogleApi<JobResource>(this.authClient, 'GET', this.jobUrl('jobs', jobReference));
      }
    });
  }

  /**
   * A page of a query job's results; waits up to `waitMs` on the server for the job to finish (jobComplete false
   * and no rows if it has not).
   */
  getQueryResults(job: JobReference, page: PageRequest & { waitMs?: number }): Promise<RowPage> {
    const { pageToken, maxResults, waitMs } = page;
    const url = this.jobUrl('queries', job, '', { pageToken, maxResults: String(maxResults), timeoutMs: waitMs?.toString() });
    return this.read(() => callGoogleApi<RowPage>(this.authClient, 'GET', url));
  }

  async cancelJob(job: JobReference): Promise<void> {
    await callGoogleApi(this.authClient, 'POST', this.jobUrl('jobs', job, '/cancel'));
  }

  private async read<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isTransient(error)) throw error;
      }
      // Exponential backoff with full jitter.
      await sleep(Math.random() * this.retryDelayMs * 2 ** (attempt - 1));
    }
  }

  private projectUrl(projectId: string): string {
    return `${this.endpoint}bigquery/v2/projects/${encodeURIComponent(projectId)}`;
  }

  private tableUrl(table: TableReference): string {
    const { projectId, datasetId, tableId } = table;
    return `${this.projectUrl(projectId)}/datasets/${encodeURIComponent(datasetId)}/tables/${encodeURIComponent(tableId)}`;
  }

  /** jobs/{id}{suffix} or queries/{id}, with the job's location, which every call on a job outside US and EU needs. */
  private jobUrl(collection: 'jobs' | 'queries', job: JobReference, suffix = '', parameters: Record<string, string | undefined> = {}): string {
    const path = `${this.projectUrl(job.projectId)}/${collection}/${encodeURIComponent(job.jobId)}${suffix}`;
    return `${path}?${query({ location: job.location, ...parameters })}`;
  }
}

/** A query string of the parameters that have a value. */
function query(parameters: Record<string, string | undefined>): string {
  const set = Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new URLSearchParams(set).toString();
}
