// The BigQuery data source against the real emulator (bqemulator, DuckDB inside), seeded with the shared penguins
// and titanic datasets, through a proxy that counts what the action asks and adds what the emulator leaves out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveCredentials, type GoogleCredentials } from '../src/auth/credentials.js';
import { BigQueryDataSource, queryClock, type BigQueryDataSourceOptions } from '../src/backends/data/bigquery.js';
import { parseBigQueryLocation, parseDataLocation, type BigQueryLocation } from '../src/backends/data/location.js';
import { BigQueryClient, bigQueryEndpoint, type JobResource } from '../src/clients/bigquery.js';
import { readRows, type DataRow } from '../src/formats/read.js';
import { UserError } from '../src/util/errors.js';
import { freeLoopbackPort } from '../src/util/net.js';
import {
  createDataset,
  insertRows,
  loadCsvTable,
  PENGUINS_TYPES,
  runStatement,
  startBigQueryEmulator,
  TITANIC_TYPES,
  type BigQueryEmulator,
} from '../test-support/bigquery-emulator.js';
import { startFaultyProxy, type FaultyProxy, type SeenRequest } from '../test-support/faulty-proxy.js';
import { makeTestServiceAccount, TEST_PROJECT_ID } from '../test-support/google-auth.js';

const REPO = path.resolve(import.meta.dirname, '..');
const PENGUINS_CSV = path.join(REPO, 'examples', 'penguins', 'penguins.csv');
const TITANIC_CSV = path.join(REPO, '__fixtures__', 'data', 'titanic.csv');
const PENGUINS = `bq://${TEST_PROJECT_ID}.ml.penguins`;

let emulator: BigQueryEmulator;
let proxy: FaultyProxy;
let credentials: GoogleCredentials;
let work: string;

beforeAll(async () => {
  emulator = await startBigQueryEmulator(TEST_PROJECT_ID);
  proxy = await startFaultyProxy(emulator.host);
  await createDataset(emulator, 'ml');
  await loadCsvTable(emulator, 'ml', 'penguins', PENGUINS_CSV, PENGUINS_TYPES);
  await loadCsvTable(emulator, 'ml', 'titanic', TITANIC_CSV, TITANIC_TYPES);
  await runStatement(emulator, `CREATE TABLE ml.nested AS SELECT STRUCT(1 AS a, 'x' AS b) AS point, 2 AS n`);
  // The action's own credentials path: a service-account key, signing each request with a self-signed JWT.
  credentials = await resolveCredentials(makeTestServiceAccount().keyJson, { registerSecret: () => undefined });
  work = await mkdtemp(path.join(os.tmpdir(), 'bigquery-test-'));
}, 180_000);

afterAll(async () => {
  await proxy?.stop();
  await emulator?.stop();
  await credentials?.dispose();
  if (work) await rm(work, { recursive: true, force: true });
});

afterEach(() => {
  proxy.clear();
  proxy.seen.length = 0;
});

function source(location: BigQueryLocation | string, options: Partial<BigQueryDataSourceOptions> = {}): BigQueryDataSource {
  const parsed = typeof location === 'string' ? parseBigQueryLocation(location) : location;
  const client = new BigQueryClient({ authClient: credentials.authClient, endpoint: `${proxy.host}/`, retryDelayMs: 1 });
  return new BigQueryDataSource(parsed, client, { jobProject: TEST_PROJECT_ID, maxBytesBilled: null, tempDir: work, ...options });
}

function query(sql: string): BigQueryLocation {
  return { kind: 'bigquery-query', query: sql };
}

async function rowsOf(data: BigQueryDataSource): Promise<DataRow[]> {
  const rows: DataRow[] = [];
  for await (const row of readRows(data, await data.list())) rows.push(row);
  return rows;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

const jobInserts = (seen: readonly SeenRequest[]) => seen.filter((r) => r.method === 'POST' && r.url.includes('/jobs'));
/** jobs.insert: the dry run comes first, then the query. */
const isJobInsert = (request: SeenRequest) => request.method === 'POST' && /\/jobs(\?|$)/.test(request.url);

describe('bq:// locations', () => {
  it('reads bq://project.dataset.table, with a domain-scoped project too', () => {
    expect(parseDataLocation('bq://my-project.sales.orders_2024')).toEqual({
      kind: 'bigquery-table',
      uri: 'bq://my-project.sales.orders_2024',
      table: { projectId: 'my-project', datasetId: 'sales', tableId: 'orders_2024' },
    });
    expect(parseBigQueryLocation('bq://example.com:my-project.d.t').table.projectId).toBe('example.com:my-project');
  });

  it('refuses a bq:// location that is not project.dataset.table, showing the form', () => {
    expect(() => parseDataLocation('bq://my-project.sales')).toThrow(
      "Input 'data': 'bq://my-project.sales' is not a BigQuery table. Write bq://<project>.<dataset>.<table>",
    );
    expect(() => parseDataLocation('bq://My_Project.d.t')).toThrow(UserError);
  });

  it('takes the emulator host from BIGQUERY_EMULATOR_HOST, with or without a scheme', () => {
    expect(bigQueryEndpoint({})).toBe('https://bigquery.googleapis.com/');
    expect(bigQueryEndpoint({ BIGQUERY_EMULATOR_HOST: '127.0.0.1:9050' })).toBe('http://127.0.0.1:9050/');
    expect(bigQueryEndpoint({ BIGQUERY_EMULATOR_HOST: 'http://localhost:9050/' })).toBe('http://localhost:9050/');
  });
});

describe('BigQueryDataSource on a table', () => {
  it('reads every row of the table with tabledata.list, typed by its schema, without a job', async () => {
    const data = source(PENGUINS, { pageSize: 100 });
    const rows = await rowsOf(data);
    expect(rows).toHaveLength(344);
    expect({ ...rows[0]?.values }).toEqual({
      species: 'Adelie',
      island: 'Torgersen',
      bill_length_mm: 39.1,
      bill_depth_mm: 18.7,
      flipper_length_mm: 181,
      body_mass_g: 3750,
      sex: 'male',
      year: 2007,
    });
    // The penguin measured on no day: NA in the CSV, NULL in BigQuery, missing here.
    expect(rows[3]?.values.bill_length_mm).toBeNull();
    expect(rows[3]?.file).toBe(PENGUINS);
    expect(data.description).toBe(`BigQuery table ${PENGUINS}: 344 rows, read with tabledata.list (no query, nothing billed)`);
    expect(jobInserts(proxy.seen)).toEqual([]);
    // Four pages of at most 100 rows, each signed with the service account's token.
    const pages = proxy.seen.filter((r) => r.url.includes('/tables/penguins/data'));
    expect(pages).toHaveLength(4);
    expect(pages.every((r) => r.authorization?.startsWith('Bearer '))).toBe(true);
    await data.dispose();
  });

  it('reads BOOL columns as booleans and the spool once for both passes, then removes it', async () => {
    const data = source(`bq://${TEST_PROJECT_ID}.ml.titanic`);
    const files = await data.list();
    const first: DataRow[] = [];
    for await (const row of readRows(data, files)) first.push(row);
    const reads = proxy.seen.length;
    const second: DataRow[] = [];
    for await (const row of readRows(data, files)) second.push(row);
    expect(proxy.seen.length).toBe(reads);
    expect(second.map((row) => row.values)).toEqual(first.map((row) => row.values));
    expect(first[0]?.values).toMatchObject({ survived: 0, sex: 'male', age: 22, adult_male: true, alone: false, deck: null });
    expect((await readdir(work)).length).toBe(1);
    await data.dispose();
    expect(await readdir(work)).toEqual([]);
  });

  it('fingerprints the table by its last change, row count and etag: the same until a row is added', async () => {
    const before = source(PENGUINS);
    await before.list();
    const again = source(PENGUINS);
    await again.list();
    expect(await again.fingerprint()).toBe(await before.fingerprint());
    expect(proxy.seen.filter((r) => r.url.includes('/data?'))).toEqual([]);

    await runStatement(emulator, `CREATE TABLE ml.growing AS SELECT * FROM ml.penguins`);
    const grown = source(`bq://${TEST_PROJECT_ID}.ml.growing`);
    await grown.list();
    const print = await grown.fingerprint();
    await insertRows(emulator, 'ml', 'growing', [{ species: 'Adelie', island: 'Dream', year: 2010 }]);
    const after = source(`bq://${TEST_PROJECT_ID}.ml.growing`);
    await after.list();
    expect(await after.fingerprint()).not.toBe(print);
  });

  it('says which table does not exist', async () => {
    expect(await failure(source(`bq://${TEST_PROJECT_ID}.ml.absent`).list())).toBe(
      `Input 'data': there is no table bq://${TEST_PROJECT_ID}.ml.absent (BigQuery tables.get answered 404). Check the ` +
        'project, dataset and table names (they are case-sensitive), and that the credentials can see the dataset.',
    );
  });

  it('refuses a RECORD column before reading a row, naming it and how to flatten it', async () => {
    const message = await failure(source(`bq://${TEST_PROJECT_ID}.ml.nested`).list());
    expect(message).toContain(`Input 'data': column 'point' of bq://${TEST_PROJECT_ID}.ml.nested is RECORD`);
    expect(message).toContain('Select scalar columns with the query input');
  });

  it('names the permission and the role when tabledata.list is denied (403)', async () => {
    const denied = `Access Denied: Table ${TEST_PROJECT_ID}:ml.penguins: Permission bigquery.tables.getData denied on table ${TEST_PROJECT_ID}:ml.penguins (or it may not exist).`;
    proxy.inject((r) => r.url.includes('/tables/penguins/data'), { kind: 'status', status: 403, message: denied });
    const message = await failure(rowsOf(source(PENGUINS, { denied: { projectId: TEST_PROJECT_ID, principal: 'reader@p.iam.gserviceaccount.com' } })));
    expect(message).toBe(
      `Input 'data': cannot read the rows of ${PENGUINS}: BigQuery tabledata.list was denied (403): ${denied.replace(/\.$/, '')}. ` +
        'The service account needs bigquery.tables.getData, granted by roles/bigquery.dataViewer (or on the dataset alone): ' +
        `gcloud projects add-iam-policy-binding ${TEST_PROJECT_ID} --member=serviceAccount:reader@p.iam.gserviceaccount.com --role=roles/bigquery.dataViewer`,
    );
  });

  it('retries a read that BigQuery answers 503, and names the network fault when it cannot connect', async () => {
    proxy.inject((r) => r.url.includes('/tables/penguins/data'), { kind: 'status', status: 503, message: 'Backend Error' }, 2);
    expect(await rowsOf(source(PENGUINS))).toHaveLength(344);
    expect(proxy.pending()).toBe(0);

    const closed = new BigQueryClient({ authClient: credentials.authClient, endpoint: `http://127.0.0.1:${await freeLoopbackPort()}/`, retryDelayMs: 1 });
    const offline = new BigQueryDataSource(parseBigQueryLocation(PENGUINS), closed, { jobProject: TEST_PROJECT_ID, maxBytesBilled: null });
    expect(await failure(offline.list())).toBe(
      `Input 'data': cannot read the metadata of ${PENGUINS}: the connection was refused (ECONNREFUSED), after the ` +
        "client's retries (up to 3, with backoff). This is a " +
        "BigQuery or network fault, not a problem with the data: check https://status.cloud.google.com and the runner's " +
        'network, then rerun the workflow.',
    );
  });
});

describe('BigQueryDataSource on a query', () => {
  const BISCOE = `SELECT species, bill_length_mm, body_mass_g FROM \`${TEST_PROJECT_ID}.ml.penguins\` WHERE island = 'Biscoe'`;

  it('runs the query as one job after a dry run, and pages through its results', async () => {
    const data = source(query(BISCOE), { pageSize: 50 });
    const rows = await rowsOf(data);
    expect(rows).toHaveLength(168);
    expect(Object.keys(rows[0]?.values ?? {})).toEqual(['species', 'bill_length_mm', 'body_mass_g']);
    expect(data.description).toBe('BigQuery query: the dry run estimates 0 bytes processed');
    const inserts = jobInserts(proxy.seen);
    expect(inserts).toHaveLength(2);
    // 168 rows, 50 a page: the first page comes with the job's completion, then three more.
    expect(proxy.seen.filter((r) => r.url.includes('/queries/'))).toHaveLength(4);
    await data.dispose();
  });

  it('carries on with the job an insert made when its answer was lost, rather than starting a second', async () => {
    // The query's insert reaches BigQuery, which creates the job; the connection drops before the answer arrives.
    // BigQuery then answers the retried insert 409, as job ids are unique (the emulator lets a job id be reused).
    const nthInsert = (n: number) => (r: SeenRequest) => isJobInsert(r) && jobInserts(proxy.seen).length === n;
    proxy.inject(nthInsert(2), { kind: 'cut', afterBytes: 0 });
    proxy.inject(nthInsert(3), { kind: 'status', status: 409, message: 'Already Exists: Job' });
    const data = source(query(`${BISCOE} AND year = 2009`));
    const rows = await rowsOf(data);
    await data.dispose();
    expect(rows.length).toBeGreaterThan(0);
    expect(proxy.pending()).toBe(0);
    const calls = proxy.seen.filter((r) => r.url.includes('/jobs')).map((r) => `${r.method} ${r.url.replace(/ml_pipeline_\w+/, 'ID')}`);
    expect(calls).toEqual([
      `POST /bigquery/v2/projects/${TEST_PROJECT_ID}/jobs`,
      `POST /bigquery/v2/projects/${TEST_PROJECT_ID}/jobs`,
      `POST /bigquery/v2/projects/${TEST_PROJECT_ID}/jobs`,
      expect.stringMatching(new RegExp(`^GET /bigquery/v2/projects/${TEST_PROJECT_ID}/jobs/ID\\?`)),
    ]);
  });

  it('refuses a query whose dry run estimates more than max-bytes-billed, naming the estimate, and runs nothing', async () => {
    // The emulator has no cost model (its dry run says 0 bytes); the proxy answers as BigQuery does.
    proxy.inject(isJobInsert, {
      kind: 'rewrite',
      rewrite: (job) => {
        const answer = job as { statistics: { query: Record<string, unknown> } };
        answer.statistics.query.totalBytesProcessed = '123456789012';
        return answer;
      },
    });
    const message = await failure(source(query(BISCOE), { maxBytesBilled: 10e9 }).list());
    expect(message).toBe(
      "Input 'max-bytes-billed': BigQuery's dry run estimates the query processes 123.5 GB (123456789012 bytes), more " +
        'than max-bytes-billed 10.0 GB (10000000000 bytes), so it was not run and nothing was billed. Select fewer columns, ' +
        'filter on the partitioning or clustering columns, or raise max-bytes-billed.',
    );
    expect(jobInserts(proxy.seen)).toHaveLength(1);
    expect(proxy.pending()).toBe(0);
  });

  it('sends max-bytes-billed with the job, as BigQuery maximumBytesBilled', async () => {
    // jobs.insert answers with the job as BigQuery took it: the proxy keeps each answer and passes it on.
    const inserted: JobResource[] = [];
    proxy.inject(isJobInsert, { kind: 'rewrite', rewrite: (job) => (inserted.push(job as JobResource), job) }, 2);
    const data = source(query(BISCOE), { maxBytesBilled: 5e9 });
    await rowsOf(data);
    await data.dispose();
    expect(data.description).toBe('BigQuery query: the dry run estimates 0 bytes processed, max-bytes-billed 5.00 GB');
    expect(inserted.map((job) => [job.configuration?.dryRun ?? false, job.configuration?.query?.maximumBytesBilled])).toEqual([
      [true, undefined],
      [false, '5000000000'],
    ]);
  });

  it("words BigQuery's own refusal to bill more than maximumBytesBilled, for an estimate the dry run got wrong", async () => {
    // BigQuery ends such a job at once: DONE, with bytesBilledLimitExceeded. The second insert is the query's.
    let inserts = 0;
    proxy.inject(
      isJobInsert,
      {
        kind: 'rewrite',
        rewrite: (job) =>
          ++inserts === 1
            ? job
            : {
                ...(job as object),
                status: {
                  state: 'DONE',
                  errorResult: { reason: 'bytesBilledLimitExceeded', message: 'Query exceeded limit for bytes billed: 10000000. 20971520 or higher required.' },
                },
              },
      },
      2,
    );
    const message = await failure(rowsOf(source(query(BISCOE), { maxBytesBilled: 1e7 })));
    expect(message).toMatch(
      /^Input 'query': BigQuery job ml_pipeline_query_[0-9a-f]{32} failed \(bytesBilledLimitExceeded\): Query exceeded limit for bytes billed: 10000000\. 20971520 or higher required\. BigQuery refused to bill more than max-bytes-billed \(10\.0 MB\): make the query process less, or raise max-bytes-billed\.$/,
    );
    expect(proxy.seen.filter((r) => r.url.includes('/queries/'))).toEqual([]);
  });

  it('fingerprints a query by its text and the tables it reads, so an unchanged table gives the same one', async () => {
    await runStatement(emulator, `CREATE TABLE ml.queried AS SELECT * FROM ml.penguins`);
    const sql = `SELECT * FROM \`${TEST_PROJECT_ID}.ml.queried\` WHERE year = 2008`;
    // The emulator's dry run lists no referencedTables; BigQuery's does.
    const referencing = () =>
      proxy.inject(isJobInsert, {
        kind: 'rewrite',
        rewrite: (job) => {
          const answer = job as { statistics: { query: Record<string, unknown> } };
          answer.statistics.query.referencedTables = [{ projectId: TEST_PROJECT_ID, datasetId: 'ml', tableId: 'queried' }];
          return answer;
        },
      });
    const printOf = async (text: string): Promise<string> => {
      referencing();
      const data = source(query(text));
      await data.list();
      return data.fingerprint();
    };
    const first = await printOf(sql);
    expect(await printOf(sql)).toBe(first);
    expect(await printOf(`${sql} AND island = 'Dream'`)).not.toBe(first);
    // Fingerprinting runs no query: only dry runs.
    expect(proxy.seen.filter((r) => r.url.includes('/queries/'))).toEqual([]);
    await insertRows(emulator, 'ml', 'queried', [{ species: 'Gentoo', island: 'Biscoe', year: 2008 }]);
    expect(await printOf(sql)).not.toBe(first);
  });

  it('fingerprints a query that reads CURRENT_DATE() by the day, and one that reads the time on every run', async () => {
    await runStatement(emulator, `CREATE TABLE ml.dated AS SELECT * FROM ml.penguins`);
    const sql = `SELECT * FROM \`${TEST_PROJECT_ID}.ml.dated\` WHERE year > EXTRACT(YEAR FROM CURRENT_DATE()) - 20`;
    const printAt = async (text: string, iso: string): Promise<string> => {
      const data = source(query(text), { now: () => new Date(iso) });
      await data.list();
      return data.fingerprint();
    };
    const morning = await printAt(sql, '2026-12-02T06:00:00Z');
    expect(await printAt(sql, '2026-12-02T23:59:00Z')).toBe(morning);
    expect(await printAt(sql, '2026-12-03T00:01:00Z')).not.toBe(morning);
    const stamped = sql.replace('CURRENT_DATE()', 'DATE(CURRENT_TIMESTAMP())');
    expect(await printAt(stamped, '2026-12-02T06:00:00.000Z')).not.toBe(await printAt(stamped, '2026-12-02T06:00:00.001Z'));
  });

  it('says what a query depends on besides its tables: the day, in UTC or its zone, or the instant', () => {
    const now = new Date('2026-12-02T03:00:00Z');
    expect(queryClock('SELECT * FROM t WHERE d > 1', now)).toBeNull();
    expect(queryClock('SELECT * FROM t WHERE d = current_date', now)).toBe('UTC 2026-12-02');
    expect(queryClock("SELECT * FROM t WHERE d = DATE_SUB(CURRENT_DATE( 'America/Chicago' ), INTERVAL 1 DAY)", now)).toBe(
      'America/Chicago 2026-12-01',
    );
    for (const volatile of [
      'SELECT * FROM t WHERE ts > CURRENT_TIMESTAMP',
      'SELECT * FROM t WHERE RAND() < 0.1',
      'SELECT GENERATE_UUID() AS id, * FROM t',
      'SELECT * FROM t WHERE d = CURRENT_DATE(@zone)',
      "SELECT * FROM t WHERE d = CURRENT_DATE('Not/AZone')",
    ]) {
      expect(queryClock(volatile, now)).toBe('2026-12-02T03:00:00.000Z');
    }
  });

  it("reports a query BigQuery cannot run with its own message, before any job runs", async () => {
    const message = await failure(source(query(`SELECT nope FROM \`${TEST_PROJECT_ID}.ml.penguins\``)).list());
    expect(message).toMatch(/^Input 'query': /);
    expect(message).toContain('nope');
    expect(proxy.seen.filter((r) => r.url.includes('/queries/'))).toEqual([]);
  });

  it('names bigquery.jobs.create and roles/bigquery.jobUser when the job is denied (403)', async () => {
    const denied = `Access Denied: Project ${TEST_PROJECT_ID}: User does not have bigquery.jobs.create permission in project ${TEST_PROJECT_ID}.`;
    proxy.inject(isJobInsert, { kind: 'status', status: 403, message: denied });
    const message = await failure(source(query(BISCOE), { denied: { projectId: TEST_PROJECT_ID } }).list());
    expect(message).toBe(
      `Input 'query': cannot dry-run the query: BigQuery jobs.insert was denied (403): ${denied.replace(/\.$/, '')}. ` +
        'The service account needs bigquery.jobs.create, granted by roles/bigquery.jobUser (a query, and its dry run, is a ' +
        `job in the project that pays for it): gcloud projects add-iam-policy-binding ${TEST_PROJECT_ID} ` +
        '--member=serviceAccount:SERVICE_ACCOUNT_EMAIL --role=roles/bigquery.jobUser',
    );
  });

  it('reads a view through a query of it, since a view has no rows to list', async () => {
    await runStatement(emulator, `CREATE VIEW ml.gentoo AS SELECT * FROM ml.penguins WHERE species = 'Gentoo'`);
    const data = source(`bq://${TEST_PROJECT_ID}.ml.gentoo`);
    const rows = await rowsOf(data);
    await data.dispose();
    expect(rows).toHaveLength(124);
    expect(data.description).toBe(`BigQuery view bq://${TEST_PROJECT_ID}.ml.gentoo: the dry run estimates 0 bytes processed`);
    expect(jobInserts(proxy.seen)).toHaveLength(2);

    // A new definition over the same table selects other rows: the view's own metadata is in the fingerprint.
    await runStatement(emulator, `CREATE OR REPLACE VIEW ml.gentoo AS SELECT * FROM ml.penguins WHERE species = 'Gentoo' AND year > 2007`);
    const redefined = source(`bq://${TEST_PROJECT_ID}.ml.gentoo`);
    await redefined.list();
    expect(await redefined.fingerprint()).not.toBe(await data.fingerprint());
  });

  it('cancels a job still running at its deadline, and says so', async () => {
    // The emulator finishes every query at once; the proxy answers getQueryResults as BigQuery does for a running job.
    proxy.inject((r) => r.url.includes('/queries/'), { kind: 'rewrite', rewrite: (page) => ({ ...(page as object), jobComplete: false, rows: undefined }) });
    const data = source(query(BISCOE), { queryDeadlineMs: 0 });
    const message = await failure(rowsOf(data));
    expect(message).toMatch(/^Input 'query': BigQuery job ml_pipeline_query_[0-9a-f]{32} was still running after 0 minutes, so it was cancelled\./);
    const cancels = () => proxy.seen.filter((r) => r.method === 'POST' && r.url.includes('/cancel'));
    expect(cancels()).toHaveLength(1);
    await data.dispose();
    expect(cancels()).toHaveLength(1);
  });

  it('asks for a project when none is known to run the job in', async () => {
    expect(await failure(source(query(BISCOE), { jobProject: null }).list())).toMatch(
      /^Input 'project-id': a BigQuery query runs as a job in a project/,
    );
  });
});
