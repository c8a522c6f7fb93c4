// The bundled action with its data in BigQuery (the bqemulator emulator, seeded with the shared penguins dataset),
// trained on the runner and deployed locally: a table, a query, skip-unchanged and max-bytes-billed, each as a user
// would run them. A loopback proxy in front of the emulator counts the action's requests.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { createDataset, loadCsvTable, PENGUINS_TYPES, startBigQueryEmulator, type BigQueryEmulator } from '../test-support/bigquery-emulator.js';
import { startFaultyProxy, type FaultyProxy, type SeenRequest } from '../test-support/faulty-proxy.js';
import { makeTestServiceAccount, TEST_PROJECT_ID, type TestServiceAccount } from '../test-support/google-auth.js';
import { answering, PENGUIN_INSTANCES } from '../test-support/served-penguins.js';

const PENGUINS_CSV = join(REPO, 'examples', 'penguins', 'penguins.csv');
const TABLE = `bq://${TEST_PROJECT_ID}.ml.penguins`;
const FUNCTION = 'penguins-bq';

let emulator: BigQueryEmulator;
let proxy: FaultyProxy;
let account: TestServiceAccount;
let workspace: string;

beforeAll(async () => {
  emulator = await startBigQueryEmulator(TEST_PROJECT_ID);
  proxy = await startFaultyProxy(emulator.host);
  await createDataset(emulator, 'ml');
  await loadCsvTable(emulator, 'ml', 'penguins', PENGUINS_CSV, PENGUINS_TYPES);
  account = makeTestServiceAccount();
  workspace = await makeWorkspace();
}, 300_000);

afterAll(async () => {
  if (workspace) {
    await stopLocalFunction(join(workspace, '.ml-pipeline', 'serve'), FUNCTION);
    await rm(workspace, { recursive: true, force: true });
  }
  await proxy?.stop();
  await emulator?.stop();
});

/** Runs the bundle with BigQuery behind the proxy, and the requests it made. */
async function run(inputs: Record<string, string>): Promise<{ result: ActionRun; requests: SeenRequest[] }> {
  proxy.seen.length = 0;
  const result = await runAction(
    workspace,
    {
      label: 'species',
      'function-name': FUNCTION,
      'deploy-target': 'local',
      credentials: Buffer.from(account.keyJson).toString('base64'),
      epochs: '40',
      ...inputs,
    },
    { env: { BIGQUERY_EMULATOR_HOST: proxy.host } },
  );
  return { result, requests: [...proxy.seen] };
}

function succeeded(result: ActionRun): ActionRun {
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  expect(result.errors).toEqual([]);
  return result;
}

const isJobInsert = (request: SeenRequest) => request.method === 'POST' && /\/jobs(\?|$)/.test(request.url);
const jobInserts = (requests: readonly SeenRequest[]) => requests.filter(isJobInsert);
const rowReads = (requests: readonly SeenRequest[]) => requests.filter((r) => r.url.includes('/data?') || r.url.includes('/queries/'));

describe('the bundled action on BigQuery data', () => {
  it('trains on a bq:// table read page by page, without a job, and serves the model locally', async () => {
    const { result, requests } = await run({ data: TABLE, 'skip-unchanged': 'true' });
    succeeded(result);
    expect(result.outputs).toMatchObject({ deployed: 'true', skipped: 'false' });
    expect(Number(result.outputs.accuracy)).toBeGreaterThanOrEqual(0.9);
    expect(result.stdout).toContain(`Data: BigQuery table ${TABLE}: 344 rows, read with tabledata.list (no query, nothing billed)`);
    expect(result.stdout).toContain('344 rows: ');
    expect(jobInserts(requests)).toEqual([]);
    expect(rowReads(requests).length).toBeGreaterThan(0);
    // The served function answers as a penguins model does.
    const answer = await answering(result.outputs['trigger-url'] ?? '');
    expect(answer.predictions).toHaveLength(PENGUIN_INSTANCES.length);
  });

  it('skips an unchanged table on the next run: no job, no row read', async () => {
    const { result, requests } = await run({ data: TABLE, 'skip-unchanged': 'true' });
    succeeded(result);
    expect(result.outputs).toMatchObject({ skipped: 'true', deployed: 'false' });
    expect(result.stdout).toContain('The data is unchanged since run');
    expect(jobInserts(requests)).toEqual([]);
    expect(rowReads(requests)).toEqual([]);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /bigquery/v2/projects/${TEST_PROJECT_ID}/datasets/ml/tables/penguins`]);
  });

  const QUERY = `SELECT * FROM \`${TEST_PROJECT_ID}.ml.penguins\` WHERE island != 'Torgersen'`;
  // Its own baseline, so the query's runs are compared with each other, not with the table's.
  const queryInputs = { query: QUERY, deploy: 'false', 'max-bytes-billed': '1GB', 'skip-unchanged': 'true', 'baseline-key': 'penguins-query' };

  /** The emulator's dry run lists no referencedTables; the proxy answers as BigQuery does. */
  function referencingPenguins(): void {
    proxy.inject(isJobInsert, {
      kind: 'rewrite',
      rewrite: (job) => {
        const answer = job as { statistics: { query: Record<string, unknown> } };
        answer.statistics.query.referencedTables = [{ projectId: TEST_PROJECT_ID, datasetId: 'ml', tableId: 'penguins' }];
        return answer;
      },
    });
  }

  it('trains on the result of a query with a WHERE, as one job after its dry run', async () => {
    referencingPenguins();
    const { result, requests } = await run(queryInputs);
    succeeded(result);
    expect(result.stdout).toContain('Data: BigQuery query: the dry run estimates 0 bytes processed, max-bytes-billed 1.00 GB');
    // 344 penguins, 52 of them from Torgersen.
    expect(result.stdout).toContain('292 rows: ');
    expect(jobInserts(requests)).toHaveLength(2);
    expect(result.outputs.skipped).toBe('false');
    expect(proxy.pending()).toBe(0);
  });

  it('skips the same query over an unchanged table: a dry run and the table metadata, no query', async () => {
    referencingPenguins();
    const { result, requests } = await run(queryInputs);
    succeeded(result);
    expect(result.outputs.skipped).toBe('true');
    expect(jobInserts(requests)).toHaveLength(1);
    expect(rowReads(requests)).toEqual([]);
  });

  it('fails with the permission and the role to grant when BigQuery denies reading the table (403)', async () => {
    const denied = `Access Denied: Table ${TEST_PROJECT_ID}:ml.penguins: Permission bigquery.tables.get denied on table ${TEST_PROJECT_ID}:ml.penguins (or it may not exist).`;
    proxy.inject((r) => r.url.endsWith('/tables/penguins'), { kind: 'status', status: 403, message: denied });
    const { result } = await run({ data: TABLE });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      `Input 'data': cannot read the metadata of ${TABLE}: BigQuery tables.get was denied (403): ${denied.replace(/\.$/, '')}. ` +
        'The service account needs bigquery.tables.get, granted by roles/bigquery.dataViewer (or on the dataset alone): ' +
        `gcloud projects add-iam-policy-binding ${TEST_PROJECT_ID} --member=serviceAccount:${account.key.client_email} --role=roles/bigquery.dataViewer`,
    ]);
    expect(proxy.pending()).toBe(0);
  });

  it('refuses a query whose dry run estimates more than max-bytes-billed, before anything runs', async () => {
    // The emulator has no cost model (its dry run says 0 bytes): the proxy answers the dry run as BigQuery does.
    proxy.inject(isJobInsert, {
      kind: 'rewrite',
      rewrite: (job) => {
        const answer = job as { statistics: { query: Record<string, unknown> } };
        answer.statistics.query.totalBytesProcessed = String(25e9);
        return answer;
      },
    });
    const query = `SELECT * FROM \`${TEST_PROJECT_ID}.ml.penguins\``;
    const { result, requests } = await run({ query, 'max-bytes-billed': '10GB' });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      "Input 'max-bytes-billed': BigQuery's dry run estimates the query processes 25.0 GB (25000000000 bytes), more than " +
        'max-bytes-billed 10.0 GB (10000000000 bytes), so it was not run and nothing was billed. Select fewer columns, ' +
        'filter on the partitioning or clustering columns, or raise max-bytes-billed.',
    ]);
    expect(jobInserts(requests)).toHaveLength(1);
    expect(rowReads(requests)).toEqual([]);
    expect(proxy.pending()).toBe(0);
  });
});
