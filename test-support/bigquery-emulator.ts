// The BigQuery emulator for the BigQuery tests: PyPI bqemulator (REST and gRPC, DuckDB inside), installed in a
// virtual environment by scripts/install-test-tools.sh and started on free loopback ports, in memory. Tests seed
// it with real shared datasets through the same REST API users' tools call (a load job, NDJSON), and put
// test-support/faulty-proxy.ts in front of it to count requests or to add what it leaves out (the dry run's
// byte estimate).
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse';
import { freeLoopbackPort } from '../src/util/net.js';
import { untilReady } from './processes.js';
import { installedTool } from './tools.js';

export interface BigQueryEmulator {
  /** http://127.0.0.1:PORT: what BIGQUERY_EMULATOR_HOST is set to. */
  host: string;
  /** The project requests without one fall back to (also where tests create their datasets). */
  project: string;
  stop(): Promise<void>;
}

/** BigQuery column types the seeding converts CSV text to. */
export type SeedType = 'STRING' | 'INT64' | 'FLOAT64' | 'BOOL';

/** Starts bqemulator and resolves once its readiness probe answers. */
export async function startBigQueryEmulator(project: string): Promise<BigQueryEmulator> {
  const binary = await installedTool('bqemulator');
  const [restPort, grpcPort] = [await freeLoopbackPort(), await freeLoopbackPort()];
  const host = `http://127.0.0.1:${restPort}`;
  const scratch = await mkdtemp(join(tmpdir(), 'bqemulator-'));
  const child = spawn(
    binary,
    ['start', '--rest-port', String(restPort), '--grpc-port', String(grpcPort), '--project', project, '--log-level', 'warning'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      // DuckDB finds the spatial extension the install script put under this HOME, instead of downloading it.
      env: { PATH: process.env.PATH, HOME: join(dirname(dirname(binary)), 'home'), BQEMU_UPLOAD_STAGING_DIR: scratch },
    },
  );
  const stop = await untilReady(child, 'bqemulator', `${host}/readyz`, {
    timeoutMs: 60_000,
    pollMs: 100,
    cleanup: () => rm(scratch, { recursive: true, force: true }),
  });
  return { host, project, stop };
}

/** One BigQuery REST call to the emulator; a status >= 400 or a job that ended with an error throws. */
export async function bigQueryCall<T = Record<string, unknown>>(
  emulator: BigQueryEmulator,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${emulator.host}/bigquery/v2/projects/${emulator.project}/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: (${response.status}) ${text}`);
  const answer = (text === '' ? {} : JSON.parse(text)) as T & { status?: { errorResult?: unknown } };
  if (answer.status?.errorResult) throw new Error(`${method} ${path}: the job failed: ${JSON.stringify(answer.status)}`);
  return answer;
}

/** Creates the dataset (if it does not exist yet). */
export async function createDataset(emulator: BigQueryEmulator, dataset: string): Promise<void> {
  await bigQueryCall(emulator, 'POST', 'datasets', { datasetReference: { projectId: emulator.project, datasetId: dataset } }).catch(
    (error: Error) => {
      if (!error.message.includes('(409)')) throw error;
    },
  );
}

/**
 * Loads a CSV file (a shared dataset) into a new table with the given column types, as a load job of NDJSON
 * through the upload endpoint: cells that are empty or NA become NULL, the rest are converted to their column's
 * type. (The emulator's CSV load ignores nullMarker, so the NA cells of real data would fail a typed CSV load.)
 */
export async function loadCsvTable(
  emulator: BigQueryEmulator,
  dataset: string,
  table: string,
  csvPath: string,
  types: Record<string, SeedType>,
): Promise<void> {
  const lines: string[] = [];
  for await (const record of createReadStream(csvPath).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
    const row: Record<string, unknown> = {};
    for (const [column, text] of Object.entries(record)) {
      const type = types[column];
      if (type === undefined) throw new Error(`${csvPath}: no type given for column ${column}`);
      row[column] = text === '' || text === 'NA' ? null : type === 'STRING' ? text : type === 'BOOL' ? text === 'True' || text === 'true' : Number(text);
    }
    lines.push(JSON.stringify(row));
  }
  const configuration = {
    load: {
      destinationTable: { projectId: emulator.project, datasetId: dataset, tableId: table },
      sourceFormat: 'NEWLINE_DELIMITED_JSON',
      schema: { fields: Object.entries(types).map(([name, type]) => ({ name, type })) },
    },
  };
  const boundary = 'ml-pipeline-seed';
  const body =
    `--${boundary}\r\ncontent-type: application/json\r\n\r\n${JSON.stringify({ configuration })}\r\n` +
    `--${boundary}\r\ncontent-type: application/json\r\n\r\n${lines.join('\n')}\n\r\n--${boundary}--\r\n`;
  const response = await fetch(`${emulator.host}/upload/bigquery/v2/projects/${emulator.project}/jobs?uploadType=multipart`, {
    method: 'POST',
    headers: { 'content-type': `multipart/related; boundary=${boundary}` },
    body,
  });
  const text = await response.text();
  if (!response.ok || (JSON.parse(text) as { status?: { errorResult?: unknown } }).status?.errorResult) {
    throw new Error(`loading ${csvPath} into ${dataset}.${table}: (${response.status}) ${text.slice(0, 1000)}`);
  }
}

/** Runs a statement (DML, DDL) to completion. */
export async function runStatement(emulator: BigQueryEmulator, sql: string): Promise<void> {
  await bigQueryCall(emulator, 'POST', 'queries', { query: sql, useLegacySql: false });
}

/** The column types of the shared datasets as tests load them (examples/penguins, __fixtures__/data/titanic.csv). */
export const PENGUINS_TYPES: Record<string, SeedType> = {
  species: 'STRING',
  island: 'STRING',
  bill_length_mm: 'FLOAT64',
  bill_depth_mm: 'FLOAT64',
  flipper_length_mm: 'INT64',
  body_mass_g: 'INT64',
  sex: 'STRING',
  year: 'INT64',
};

export const TITANIC_TYPES: Record<string, SeedType> = {
  survived: 'INT64',
  pclass: 'INT64',
  sex: 'STRING',
  age: 'FLOAT64',
  sibsp: 'INT64',
  parch: 'INT64',
  fare: 'FLOAT64',
  embarked: 'STRING',
  class: 'STRING',
  who: 'STRING',
  adult_male: 'BOOL',
  deck: 'STRING',
  embark_town: 'STRING',
  alive: 'STRING',
  alone: 'BOOL',
};

/**
 * Streams rows into a table (tabledata.insertAll), as a feed that lands data during the day does. (The emulator's
 * tables.get reflects these in numRows; after DML it shows the table's metadata unchanged.)
 */
export async function insertRows(emulator: BigQueryEmulator, dataset: string, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  const answer = await bigQueryCall<{ insertErrors?: unknown[] }>(emulator, 'POST', `datasets/${dataset}/tables/${table}/insertAll`, {
    rows: rows.map((json) => ({ json })),
  });
  if (answer.insertErrors?.length) throw new Error(`insertAll into ${dataset}.${table}: ${JSON.stringify(answer.insertErrors)}`);
}
