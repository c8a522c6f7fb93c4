import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Storage } from '@google-cloud/storage';
import { OAuth2Client } from 'google-auth-library';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GcsArtifactStore, type LatestPointer } from '../src/backends/artifacts/gcs.js';
import { LocalArtifactStore } from '../src/backends/artifacts/local.js';
import { GcsDataSource, createStorage, type GcsDataSourceOptions } from '../src/backends/data/gcs.js';
import { parseGcsLocation } from '../src/backends/data/location.js';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { DataSource } from '../src/backends/data/types.js';
import { readRows, type DataRow } from '../src/formats/read.js';
import { UserError } from '../src/util/errors.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { startFaultyProxy, type FaultyProxy, type SeenRequest } from '../test-support/faulty-proxy.js';

const REPO = path.resolve(import.meta.dirname, '..');
const DATA = 'ml-data';
const ARTIFACTS = 'ml-artifacts';
// The emulator checks no credentials; createStorage must not ask this client for any.
const credentials = { authClient: new OAuth2Client(), projectId: 'test-project' };
// Short client retries, so a test of them takes a second.
// Not below 1 s: the client's upload retry (async-retry) rejects a maxTimeout under its 1 s minTimeout.
const FAST_RETRY = { maxRetryDelay: 1 };

let gcs: FakeGcs;
let proxy: FaultyProxy;
/** Talks to fake-gcs-server through the fault-injecting proxy. */
let storage: Storage;
let work: string;
let penguinsCsv: string;

function source(spec: string, options: GcsDataSourceOptions = {}): GcsDataSource {
  return new GcsDataSource(parseGcsLocation(spec), storage, { tempDir: work, retry: { firstDelayMs: 1 }, ...options });
}

async function uris(spec: string, options: GcsDataSourceOptions = {}): Promise<string[]> {
  return (await source(spec, options).list()).map((file) => file.uri);
}

async function listError(spec: string): Promise<string> {
  const error = await source(spec).list().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

async function rowsOf(data: DataSource): Promise<DataRow[]> {
  const rows: DataRow[] = [];
  for await (const row of readRows(data, await data.list())) rows.push(row);
  return rows;
}

async function readError(data: DataSource): Promise<Error> {
  const error = await rowsOf(data).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/**
 * What this process writes to stderr while `run` runs, still passed on. Node prints its warnings there; jest's
 * stand-in for `process` does not receive the 'warning' events of the real one.
 */
async function stderrDuring(run: () => Promise<void>): Promise<string> {
  const { stderr } = process;
  const write = stderr.write;
  let printed = '';
  stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    printed += String(chunk);
    return (write as (...args: unknown[]) => boolean).call(stderr, chunk, ...rest);
  }) as typeof stderr.write;
  try {
    await run();
  } finally {
    stderr.write = write;
  }
  return printed;
}

const isDownload = (name: string) => (request: SeenRequest) =>
  request.method === 'GET' && request.url.includes(`/o/${name}?`) && request.url.includes('alt=media');
const downloadsOf = (name: string): number => proxy.seen.filter(isDownload(name)).length;

beforeAll(async () => {
  // The first run builds fake-gcs-server (about two minutes with cold Go caches).
  gcs = await startFakeGcs();
  proxy = await startFaultyProxy(gcs.host);
  storage = createStorage(credentials, { STORAGE_EMULATOR_HOST: proxy.host }, FAST_RETRY);
  work = await mkdtemp(path.join(os.tmpdir(), 'gcs-test-'));

  penguinsCsv = await readFile(path.join(REPO, 'examples/penguins/penguins.csv'), 'utf8');
  const [header, ...records] = penguinsCsv.trimEnd().split('\n');
  const third = Math.ceil(records.length / 3);
  const part = (index: number): string => [header, ...records.slice(index * third, (index + 1) * third)].join('\n') + '\n';
  const many: Record<string, string> = {};
  for (let i = 0; i < 12; i++) many[`many/part-${String(i).padStart(3, '0')}.csv`] = `x,y\n${i},${i * 2}\n`;
  await seedObjects(gcs.host, DATA, {
    'penguins/part-1.csv': part(0),
    'penguins/part-2.csv': part(1),
    'penguins/part-3.csv': part(2),
    'mixed/a.csv': 'x,y\n1,2\n',
    'mixed/b.jsonl': '{"x": 3, "y": 4}\n',
    'mixed/sub/c.tsv': 'x\ty\n5\t6\n',
    'mixed/sub/e.ndjson': '{"x": 7, "y": 8}\n',
    'mixed/notes.md': '# notes\n',
    'mixed/.hidden/d.csv': 'x,y\n9,9\n',
    'other/readme.txt': 'not data\n',
    'latin1/volcano_db_latin1.csv': await readFile(path.join(REPO, '__fixtures__/data/volcano_db_latin1.csv')),
    ...many,
  });
  await seedObjects(gcs.host, ARTIFACTS, {});
}, 600_000);

afterEach(() => {
  // A fault a test injected but did not trigger would hit the next test instead.
  proxy.clear();
});

afterAll(async () => {
  await proxy?.stop();
  await gcs?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('createStorage', () => {
  it('sends every call to STORAGE_EMULATOR_HOST, with no credentials', async () => {
    const before = proxy.seen.length;
    expect(await uris(`gs://${DATA}/mixed/a.csv`)).toEqual([`gs://${DATA}/mixed/a.csv`]);
    const calls = proxy.seen.slice(before);
    expect(calls.map((call) => call.url.split('?')[0])).toEqual([`/storage/v1/b/${DATA}/o`]);
    expect(calls.every((call) => call.authorization === undefined)).toBe(true);
  });

  it('takes a host without a scheme as http, and env wins over process.env', async () => {
    const saved = process.env.STORAGE_EMULATOR_HOST;
    // The client itself reads process.env and would send JSON API calls there without /storage/v1.
    process.env.STORAGE_EMULATOR_HOST = 'http://127.0.0.1:9';
    try {
      const direct = createStorage(credentials, { STORAGE_EMULATOR_HOST: gcs.host.replace('http://', '') }, FAST_RETRY);
      const files = await new GcsDataSource(parseGcsLocation(`gs://${DATA}/mixed/`), direct).list();
      expect(files).toHaveLength(4);
    } finally {
      if (saved === undefined) delete process.env.STORAGE_EMULATOR_HOST;
      else process.env.STORAGE_EMULATOR_HOST = saved;
    }
  });

  it('configures the client to retry a 503 on its own', async () => {
    const listing = (request: SeenRequest): boolean => request.url.startsWith(`/storage/v1/b/${DATA}/o?`);
    proxy.inject(listing, { kind: 'status', status: 503, message: 'Backend Error' });
    expect(await uris(`gs://${DATA}/mixed/a.csv`)).toEqual([`gs://${DATA}/mixed/a.csv`]);
    expect(proxy.pending()).toBe(0);
  });
});

describe('GcsDataSource.list', () => {
  it('lists every data object under a prefix, recursively, sorted, leaving out other and hidden objects', async () => {
    const data = source(`gs://${DATA}/mixed/`);
    const files = await data.list();
    expect(files).toEqual([
      { uri: `gs://${DATA}/mixed/a.csv`, display: `gs://${DATA}/mixed/a.csv`, size: 8 },
      { uri: `gs://${DATA}/mixed/b.jsonl`, display: `gs://${DATA}/mixed/b.jsonl`, size: 17 },
      { uri: `gs://${DATA}/mixed/sub/c.tsv`, display: `gs://${DATA}/mixed/sub/c.tsv`, size: 8 },
      { uri: `gs://${DATA}/mixed/sub/e.ndjson`, display: `gs://${DATA}/mixed/sub/e.ndjson`, size: 17 },
    ]);
    expect(data.description).toBe(`4 objects under gs://${DATA}/mixed/`);
    // A folder written without its slash, as locally.
    expect(await uris(`gs://${DATA}/mixed`)).toEqual(files.map((file) => file.uri));
  });

  it('lists the data objects a glob on object names matches', async () => {
    expect(await uris(`gs://${DATA}/mixed/*.csv`)).toEqual([`gs://${DATA}/mixed/a.csv`]);
    expect(await uris(`gs://${DATA}/mixed/**/*.{tsv,ndjson}`)).toEqual([
      `gs://${DATA}/mixed/sub/c.tsv`,
      `gs://${DATA}/mixed/sub/e.ndjson`,
    ]);
    // notes.md matches the glob but is not data.
    expect(await uris(`gs://${DATA}/mixed/*`)).toEqual([`gs://${DATA}/mixed/a.csv`, `gs://${DATA}/mixed/b.jsonl`]);
    const data = source(`gs://${DATA}/*/part-1.csv`);
    expect((await data.list()).map((file) => file.uri)).toEqual([`gs://${DATA}/penguins/part-1.csv`]);
    expect(data.description).toBe(`1 object matching gs://${DATA}/*/part-1.csv`);
  });

  it('lists one object named exactly, and not the objects its name is a prefix of', async () => {
    await seedObjects(gcs.host, DATA, { 'exact/a.csv': 'x\n1\n', 'exact/a.csv.bak/b.csv': 'x\n2\n' });
    const data = source(`gs://${DATA}/exact/a.csv`);
    expect(await data.list()).toEqual([{ uri: `gs://${DATA}/exact/a.csv`, display: `gs://${DATA}/exact/a.csv`, size: 4 }]);
    expect(data.description).toBe(`gs://${DATA}/exact/a.csv`);
  });

  it('follows page tokens through a listing longer than one page', async () => {
    const before = proxy.seen.length;
    const listed = await uris(`gs://${DATA}/many/`, { pageSize: 5 });
    expect(listed).toEqual(Array.from({ length: 12 }, (_, i) => `gs://${DATA}/many/part-${String(i).padStart(3, '0')}.csv`));
    const pages = proxy.seen.slice(before).filter((request) => request.url.startsWith(`/storage/v1/b/${DATA}/o?`));
    expect(pages).toHaveLength(3);
    expect(pages.slice(1).every((page) => page.url.includes('pageToken='))).toBe(true);
  });

  it('says what is wrong when nothing matches', async () => {
    expect(await listError(`gs://${DATA}/nothing/`)).toBe(
      `Input 'data': no CSV or JSON Lines objects under gs://${DATA}/nothing/. ` +
        'Check the URI (object names are case-sensitive) or upload the data.',
    );
    expect(await listError(`gs://${DATA}/other/`)).toContain(`it holds 1 object such as 'gs://${DATA}/other/readme.txt'`);
    expect(await listError(`gs://${DATA}/mixed/*.md`)).toContain(`it matches 1 object such as 'gs://${DATA}/mixed/notes.md'`);
    expect(await listError(`gs://${DATA}/mixed/A.csv`)).toBe(
      `Input 'data': there is no object gs://${DATA}/mixed/A.csv. Check the URI (object names are case-sensitive) or upload the data.`,
    );
    expect(await listError('gs://no-such-bucket/data/')).toBe(
      "Input 'data': the bucket gs://no-such-bucket/ does not exist. Check the bucket name in 'gs://no-such-bucket/data/'.",
    );
  });

  it('rejects a URI without a valid bucket name before calling the API', () => {
    for (const spec of ['gs://Data/x.csv', 'gs:///x.csv', 'gs://a/x.csv', 's3://bucket/x.csv']) {
      expect(() => source(spec)).toThrow(UserError);
    }
    expect(() => source('gs://My_Bucket/x.csv')).toThrow(/'gs:\/\/My_Bucket\/x\.csv' does not name a Cloud Storage bucket/);
  });

  it('names the permission and the role when listing is denied', async () => {
    proxy.inject((request) => request.url.startsWith(`/storage/v1/b/${DATA}/o?`), {
      kind: 'status',
      status: 403,
      message: 'ci@p.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket.',
    });
    const message = await listError(`gs://${DATA}/mixed/`);
    expect(message).toMatch(/^Input 'data': cannot list gs:\/\/ml-data\/mixed\/: Cloud Storage objects\.list was denied \(403\)/);
    expect(message).toContain('needs storage.objects.list, granted by roles/storage.objectViewer');
  });
});

describe('GcsDataSource reading', () => {
  it('reads the same rows as the local file, from three objects, downloading each once for two passes', async () => {
    const local = await rowsOf(new LocalDataSource('examples/penguins/penguins.csv', REPO));
    const data = source(`gs://${DATA}/penguins/`);
    const files = await data.list();
    expect(files).toHaveLength(3);
    const before = ['part-1.csv', 'part-2.csv', 'part-3.csv'].map((name) => downloadsOf(`penguins/${name}`));
    try {
      for (let pass = 0; pass < 2; pass++) {
        const rows: DataRow[] = [];
        for await (const row of readRows(data, files)) rows.push(row);
        expect(rows.map((row) => row.values)).toEqual(local.map((row) => row.values));
        expect(new Set(rows.map((row) => row.file))).toEqual(new Set(files.map((file) => file.display)));
      }
    } finally {
      await data.dispose();
    }
    const after = ['part-1.csv', 'part-2.csv', 'part-3.csv'].map((name) => downloadsOf(`penguins/${name}`));
    expect(after.map((count, i) => count - before[i]!)).toEqual([1, 1, 1]);
  });

  it('fails on a Latin-1 object with the same message as for the local file', async () => {
    const local = await readError(new LocalDataSource('__fixtures__/data/volcano_db_latin1.csv', REPO));
    const data = source(`gs://${DATA}/latin1/`);
    const remote = await readError(data);
    await data.dispose();
    expect(remote).toBeInstanceOf(UserError);
    expect(remote.message).toBe(
      local.message.replace('__fixtures__/data/volcano_db_latin1.csv', `gs://${DATA}/latin1/volcano_db_latin1.csv`),
    );
    expect(remote.message).toMatch(/:228: not UTF-8: byte 0xE9 at byte offset 19926/);
  });

  it('reads an object stored gzip-compressed', async () => {
    await storage.bucket(DATA).file('gzipped/a.csv').save('x,y\n1,2\n3,4\n', { gzip: true, resumable: false });
    const [metadata] = await storage.bucket(DATA).file('gzipped/a.csv').getMetadata();
    expect(metadata.contentEncoding).toBe('gzip');
    const data = source(`gs://${DATA}/gzipped/`);
    const rows = await rowsOf(data);
    await data.dispose();
    expect(rows.map((row) => row.values)).toEqual([
      { x: '1', y: '2' },
      { x: '3', y: '4' },
    ]);
  });

  it('downloads again after a connection reset mid-body and after corrupt bytes', async () => {
    proxy.inject(isDownload('penguins/part-2.csv'), { kind: 'cut' });
    proxy.inject(isDownload('penguins/part-3.csv'), { kind: 'corrupt' });
    const data = source(`gs://${DATA}/penguins/`);
    const rows = await rowsOf(data);
    await data.dispose();
    expect(proxy.pending()).toBe(0);
    const local = await rowsOf(new LocalDataSource('examples/penguins/penguins.csv', REPO));
    expect(rows.map((row) => row.values)).toEqual(local.map((row) => row.values));
  });

  it('names the permission when a download is denied', async () => {
    proxy.inject(isDownload('mixed/b.jsonl'), { kind: 'status', status: 403, message: 'Access denied.' });
    const data = source(`gs://${DATA}/mixed/b.jsonl`);
    const error = await readError(data);
    await data.dispose();
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^Input 'data': cannot read gs:\/\/ml-data\/mixed\/b\.jsonl: Cloud Storage objects\.get was denied \(403\): Access denied\./,
    );
    expect(error.message).toContain('roles/storage.objectViewer');
  });

  it('reads the generation it listed: an object replaced after listing is an error, not other data', async () => {
    await seedObjects(gcs.host, DATA, { 'changing/a.csv': 'x,y\n1,2\n' });
    const data = source(`gs://${DATA}/changing/`);
    const files = await data.list();
    await seedObjects(gcs.host, DATA, { 'changing/a.csv': 'x,y\n3,4\n' });
    const error = await readRows(data, files).next().then(
      () => null,
      (thrown: unknown) => thrown as Error,
    );
    await data.dispose();
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(
      /^Input 'data': gs:\/\/ml-data\/changing\/a\.csv changed while this run was reading it \(generation \d+ is gone\)/,
    );
  });

  it('spools into a folder of its own under the temp dir, which dispose() removes', async () => {
    const tempDir = await mkdtemp(path.join(work, 'spool-'));
    const data = source(`gs://${DATA}/mixed/`, { tempDir });
    expect(await readdir(tempDir)).toEqual([]);
    expect(await rowsOf(data)).toHaveLength(4);
    const [spool] = await readdir(tempDir);
    expect(spool).toMatch(/^ml-pipeline-gcs-/);
    expect(await readdir(path.join(tempDir, spool!))).toHaveLength(4);
    await data.dispose();
    expect(await readdir(tempDir)).toEqual([]);
  });
});

describe('Cloud Storage faults', () => {
  // One retry inside the client, so a persistent 503 takes a second or two, not the default minute; a stall
  // is one after half a second (for every client of the proxy's host from here on).
  const IDLE_MS = 500;
  let quick: Storage;

  beforeAll(() => {
    quick = createStorage(credentials, { STORAGE_EMULATOR_HOST: proxy.host }, { ...FAST_RETRY, maxRetries: 1 }, IDLE_MS);
  });

  function quickSource(spec: string, options: GcsDataSourceOptions = {}): GcsDataSource {
    return new GcsDataSource(parseGcsLocation(spec), quick, { tempDir: work, retry: { attempts: 3, firstDelayMs: 1 }, ...options });
  }

  /** A cloud fault is the user's to act on: a UserError, never "This is a bug". */
  function expectCloudFault(error: unknown): string {
    expect(error).toBeInstanceOf(UserError);
    const { message } = error as UserError;
    expect(message).not.toMatch(/bug/i);
    expect(message).toContain('rerun the workflow');
    return message;
  }

  it('downloads again when a body stalls, and closes the stalled connection', async () => {
    proxy.inject(isDownload('penguins/part-2.csv'), { kind: 'stall', afterBytes: 100 });
    const abandoned = proxy.abandonedStalls();
    const data = source(`gs://${DATA}/penguins/`);
    const rows = await rowsOf(data);
    await data.dispose();
    expect(proxy.pending()).toBe(0);
    expect(proxy.abandonedStalls()).toBe(abandoned + 1);
    const local = await rowsOf(new LocalDataSource('examples/penguins/penguins.csv', REPO));
    expect(rows.map((row) => row.values)).toEqual(local.map((row) => row.values));
  });

  it('names the object, the stall, the attempts and the remedy when every download stalls', async () => {
    proxy.inject(isDownload('mixed/a.csv'), { kind: 'stall', afterBytes: 3 }, Infinity);
    const data = quickSource(`gs://${DATA}/mixed/a.csv`);
    const error = await readError(data);
    await data.dispose();
    const message = expectCloudFault(error);
    expect(message).toMatch(
      /^Input 'data': cannot read gs:\/\/ml-data\/mixed\/a\.csv: no bytes arrived for 0\.5 s \(the request stalled\), on each of 3 attempts\./,
    );
    expect(downloadsOf('mixed/a.csv')).toBeGreaterThanOrEqual(3);
  });

  it('names the object, the status and the remedy when every download answers 503', async () => {
    proxy.inject(isDownload('mixed/b.jsonl'), { kind: 'status', status: 503, message: 'Backend Error' }, Infinity);
    // No retries inside the client: under jest, teeny-request's retry of a streamed download fails unhandled
    // (it pipes into the request stream retry-request has just destroyed); plain Node orders it otherwise.
    const once = createStorage(credentials, { STORAGE_EMULATOR_HOST: proxy.host }, { autoRetry: false }, IDLE_MS);
    const data = new GcsDataSource(parseGcsLocation(`gs://${DATA}/mixed/b.jsonl`), once, { tempDir: work, retry: { attempts: 3, firstDelayMs: 1 } });
    const before = downloadsOf('mixed/b.jsonl');
    const error = await readError(data);
    await data.dispose();
    const message = expectCloudFault(error);
    expect(message).toMatch(
      /^Input 'data': cannot read gs:\/\/ml-data\/mixed\/b\.jsonl: Cloud Storage objects\.get answered \(503\) Backend Error\. This is a Cloud Storage or network fault/,
    );
    // An error status is the client's to retry: this code does not retry it again on top.
    expect(downloadsOf('mixed/b.jsonl') - before).toBe(1);
  });

  it('names the object, the fault and the attempts when every download is cut or corrupt', async () => {
    proxy.inject(isDownload('mixed/sub/c.tsv'), { kind: 'cut', afterBytes: 2 }, Infinity);
    const cut = quickSource(`gs://${DATA}/mixed/sub/c.tsv`);
    const cutMessage = expectCloudFault(await readError(cut));
    await cut.dispose();
    expect(cutMessage).toMatch(/^Input 'data': cannot read gs:\/\/ml-data\/mixed\/sub\/c\.tsv: the connection was cut \(\w+\), on each of 3 attempts\./);

    proxy.clear();
    proxy.inject(isDownload('mixed/a.csv'), { kind: 'corrupt' }, Infinity);
    const corrupt = quickSource(`gs://${DATA}/mixed/a.csv`);
    const corruptMessage = expectCloudFault(await readError(corrupt));
    await corrupt.dispose();
    expect(corruptMessage).toMatch(
      /^Input 'data': cannot read gs:\/\/ml-data\/mixed\/a\.csv: the downloaded bytes have MD5 \S+, the object's is \S+, on each of 3 attempts\./,
    );
    expect(corruptMessage).toContain('proxy');
  });

  it('names the prefix, the status and the remedy when every listing answers 503', async () => {
    proxy.inject((request) => request.url.startsWith(`/storage/v1/b/${DATA}/o?`), { kind: 'status', status: 503, message: 'Backend Error' }, Infinity);
    const error = await quickSource(`gs://${DATA}/mixed/`).list().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    const message = expectCloudFault(error);
    expect(message).toMatch(
      /^Input 'data': cannot list gs:\/\/ml-data\/mixed\/: Cloud Storage objects\.list answered \(503\) Backend Error, after the client's retries \(up to 1, with backoff\)\./,
    );
  });

  it('ends a listing that stalls, which the client alone would wait on for ever', async () => {
    proxy.inject((request) => request.url.startsWith(`/storage/v1/b/${DATA}/o?`), { kind: 'stall', afterBytes: 10 }, Infinity);
    const listings = (): number => proxy.seen.filter((request) => request.url.startsWith(`/storage/v1/b/${DATA}/o?`)).length;
    const before = listings();
    const error = await quickSource(`gs://${DATA}/mixed/`).list().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    const message = expectCloudFault(error);
    expect(message).toMatch(
      /^Input 'data': cannot list gs:\/\/ml-data\/mixed\/: no bytes arrived for 0\.5 s \(the request stalled\), after the client's retries \(up to 1, with backoff\)\./,
    );
    // The client's first try, and its retry.
    expect(listings() - before).toBe(2);
  });

  it('prints no MaxListenersExceededWarning when downloading an object larger than 64 KB', async () => {
    const big = `x,y\n${Array.from({ length: 40_000 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(256 * 1024);
    await seedObjects(gcs.host, DATA, { 'big/rows.csv': big });
    const printed = await stderrDuring(async () => {
      const data = source(`gs://${DATA}/big/`);
      expect(await rowsOf(data)).toHaveLength(40_000);
      await data.dispose();
      // Node prints a warning on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(printed).not.toContain('MaxListenersExceededWarning');
  });

  it('publishes when an upload landed but its answer stalled, and the client retry finds the object there', async () => {
    const dir = await mkdtemp(path.join(work, 'lost-'));
    await writeFile(path.join(dir, 'metrics.json'), '{"accuracy": 0.9}\n');
    const upload = (request: SeenRequest): boolean => request.method === 'POST' && request.url.includes('name=lost/run-1/metrics.json&');
    // Forwarded (so the object is written), then the answer stops after its headers.
    proxy.inject(upload, { kind: 'stall', afterBytes: 0 });
    const store = new GcsArtifactStore(quick, ARTIFACTS);
    expect(await store.publish(dir, 'lost', 'run-1')).toBe(`gs://${ARTIFACTS}/lost/run-1/`);
    expect(proxy.pending()).toBe(0);
    expect(proxy.seen.filter(upload)).toHaveLength(2);
    const [contents] = await storage.bucket(ARTIFACTS).file('lost/run-1/metrics.json').download();
    expect(contents.toString()).toBe('{"accuracy": 0.9}\n');
  });

  it('names the API, the status and the remedy when every upload or every read of latest.json answers 503', async () => {
    const dir = await mkdtemp(path.join(work, 'faulty-'));
    await writeFile(path.join(dir, 'metrics.json'), '{}\n');
    const store = new GcsArtifactStore(quick, ARTIFACTS);
    proxy.inject((request) => request.url.includes('name=flaky/run-1/metrics.json&'), { kind: 'status', status: 503, message: 'Backend Error' }, Infinity);
    const upload = expectCloudFault(await store.publish(dir, 'flaky', 'run-1').then(() => null, (thrown: unknown) => thrown));
    expect(upload).toMatch(
      /^Input 'artifact-bucket': cannot write gs:\/\/ml-artifacts\/flaky\/run-1\/metrics\.json: Cloud Storage objects\.insert answered \(503\) Backend Error, after the client's retries \(up to 1, with backoff\)\./,
    );

    proxy.clear();
    proxy.inject((request) => request.method === 'GET' && request.url.includes('/o/flaky/latest.json'), { kind: 'status', status: 503, message: 'Backend Error' }, Infinity);
    const read = expectCloudFault(await store.publish(dir, 'flaky', 'run-2').then(() => null, (thrown: unknown) => thrown));
    expect(read).toMatch(
      /^Input 'artifact-bucket': cannot read gs:\/\/ml-artifacts\/flaky\/latest\.json: Cloud Storage objects\.get answered \(503\) Backend Error, after the client's retries \(up to 1, with backoff\)\./,
    );
    expect(read).toContain('gs://ml-artifacts/flaky/run-2/');
  });
});

describe('GcsDataSource.fingerprint', () => {
  it('changes when an object is rewritten (a new generation) and not otherwise, without downloading', async () => {
    await seedObjects(gcs.host, DATA, { 'fp/a.csv': 'x\n1\n', 'fp/b.csv': 'x\n2\n' });
    const fingerprint = async (): Promise<string> => {
      const data = source(`gs://${DATA}/fp/`);
      return data.fingerprint(await data.list());
    };
    const before = proxy.seen.length;
    const first = await fingerprint();
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await fingerprint()).toBe(first);
    expect(proxy.seen.slice(before).some((request) => request.url.includes('alt=media'))).toBe(false);
    // Same bytes, new generation.
    await seedObjects(gcs.host, DATA, { 'fp/b.csv': 'x\n2\n' });
    const rewritten = await fingerprint();
    expect(rewritten).not.toBe(first);
    expect(await fingerprint()).toBe(rewritten);
  });
});

describe('GcsArtifactStore', () => {
  async function runDir(files: Record<string, string | Buffer>): Promise<string> {
    const dir = await mkdtemp(path.join(work, 'run-'));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return dir;
  }

  async function download(name: string): Promise<Buffer> {
    const [contents] = await storage.bucket(ARTIFACTS).file(name).download();
    return contents;
  }

  async function latest(functionName: string): Promise<LatestPointer> {
    return JSON.parse((await download(`${functionName}/latest.json`)).toString('utf8')) as LatestPointer;
  }

  const uploadsOf = (name: string): SeenRequest[] =>
    proxy.seen.filter(
      (request) => request.url.startsWith(`/upload/storage/v1/b/${ARTIFACTS}/o?`) && request.url.includes(`name=${name}&`),
    );

  it('uploads every file below the run folder and points latest.json at the run', async () => {
    const weights = Buffer.alloc(4096, 7);
    const dir = await runDir({
      'model/model.json': '{"format": "layers-model"}\n',
      'model/weights.bin': weights,
      'metrics.json': '{"accuracy": 0.9}\n',
      'report/data.md': '# Data\n',
    });
    const store = new GcsArtifactStore(storage, ARTIFACTS, { resumableThreshold: 1024 });
    expect(store.description).toBe(`gs://${ARTIFACTS}/`);
    expect(await store.publish(dir, 'penguins', 'run-1')).toBe(`gs://${ARTIFACTS}/penguins/run-1/`);

    const [objects] = await storage.bucket(ARTIFACTS).getFiles({ prefix: 'penguins/' });
    expect(objects.map((object) => object.name).sort()).toEqual([
      'penguins/latest.json',
      'penguins/run-1/metrics.json',
      'penguins/run-1/model/model.json',
      'penguins/run-1/model/weights.bin',
      'penguins/run-1/report/data.md',
    ]);
    expect(await download('penguins/run-1/model/weights.bin')).toEqual(weights);
    expect((await download('penguins/run-1/report/data.md')).toString()).toBe('# Data\n');
    // Resumable above the threshold, one request below it.
    expect(uploadsOf('penguins/run-1/model/weights.bin').map((request) => request.url)).toEqual([
      expect.stringContaining('uploadType=resumable'),
    ]);
    expect(uploadsOf('penguins/run-1/metrics.json').map((request) => request.url)).toEqual([
      expect.stringContaining('uploadType=multipart'),
    ]);

    const pointer = await latest('penguins');
    expect(pointer).toEqual({
      runId: 'run-1',
      uri: `gs://${ARTIFACTS}/penguins/run-1/`,
      updatedAt: expect.any(String),
      previous: null,
    });
    expect(Number.isNaN(Date.parse(pointer.updatedAt))).toBe(false);

    const next = await runDir({ 'metrics.json': '{}\n' });
    await store.publish(next, 'penguins', 'run-2');
    expect(await latest('penguins')).toMatchObject({
      runId: 'run-2',
      previous: { runId: 'run-1', uri: `gs://${ARTIFACTS}/penguins/run-1/`, updatedAt: pointer.updatedAt },
    });
  });

  it('never overwrites a published run, and publishing the same bytes again changes nothing', async () => {
    const dir = await runDir({ 'metrics.json': '{}\n' });
    const store = new GcsArtifactStore(storage, ARTIFACTS);
    await store.publish(dir, 'once', 'run-1');
    const other = await runDir({ 'metrics.json': '{"other": true}\n' });
    const error = await store.publish(other, 'once', 'run-1').then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `Input 'artifact-bucket': gs://${ARTIFACTS}/once/run-1/metrics.json already exists: this run's artifacts were published before. Nothing was overwritten.`,
    );
    expect(await store.publish(dir, 'once', 'run-1')).toBe(`gs://${ARTIFACTS}/once/run-1/`);
    expect((await download('once/run-1/metrics.json')).toString()).toBe('{}\n');
  });

  it('keeps both updates when two runs publish at once: latest.json points at one, its previous at the other', async () => {
    const store = new GcsArtifactStore(storage, ARTIFACTS);
    const [a, b] = await Promise.all([runDir({ 'metrics.json': '{"run": "a"}\n' }), runDir({ 'metrics.json': '{"run": "b"}\n' })]);
    const uris = await Promise.all([store.publish(a, 'concurrent', 'run-a'), store.publish(b, 'concurrent', 'run-b')]);
    expect(uris).toEqual([`gs://${ARTIFACTS}/concurrent/run-a/`, `gs://${ARTIFACTS}/concurrent/run-b/`]);
    const pointer = await latest('concurrent');
    expect([pointer.runId, pointer.previous?.runId].sort()).toEqual(['run-a', 'run-b']);
  });

  it('reads latest.json again and retries when another run wrote it after it was read', async () => {
    const other = { runId: 'other-run', uri: `gs://${ARTIFACTS}/stale/other-run/`, updatedAt: '2024-01-01T00:00:00.000Z' };
    // Between this run's read of latest.json and its write, another run replaces it.
    proxy.inject((request) => request.method === 'POST' && request.url.includes('name=stale/latest.json&'), {
      kind: 'before',
      before: () => seedObjects(gcs.host, ARTIFACTS, { 'stale/latest.json': JSON.stringify(other) }),
    });
    const store = new GcsArtifactStore(storage, ARTIFACTS);
    await store.publish(await runDir({ 'metrics.json': '{}\n' }), 'stale', 'run-1');
    expect(proxy.pending()).toBe(0);
    expect(uploadsOf('stale/latest.json')).toEqual([
      expect.objectContaining({ url: expect.stringContaining('ifGenerationMatch=0') }),
      expect.objectContaining({ url: expect.stringMatching(/ifGenerationMatch=[1-9]\d*/) }),
    ]);
    expect(await latest('stale')).toEqual({
      runId: 'run-1',
      uri: `gs://${ARTIFACTS}/stale/run-1/`,
      updatedAt: expect.any(String),
      previous: other,
    });
  });

  it('names the permission when an upload is denied, and the bucket when it does not exist', async () => {
    const dir = await runDir({ 'metrics.json': '{}\n' });
    proxy.inject((request) => request.url.includes('name=denied/run-1/metrics.json&'), {
      kind: 'status',
      status: 403,
      message: 'ci@p.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object.',
    });
    const denied = new GcsArtifactStore(storage, ARTIFACTS, {
      denied: { projectId: 'p', principal: 'ci@p.iam.gserviceaccount.com' },
    });
    const error = await denied.publish(dir, 'denied', 'run-1').then(
      () => null,
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(
      /^Input 'artifact-bucket': cannot write gs:\/\/ml-artifacts\/denied\/run-1\/metrics\.json: Cloud Storage objects\.insert was denied \(403\)/,
    );
    expect(error?.message).toContain(
      'gcloud projects add-iam-policy-binding p --member=serviceAccount:ci@p.iam.gserviceaccount.com --role=roles/storage.objectCreator',
    );

    await expect(new GcsArtifactStore(storage, 'no-such-bucket').publish(dir, 'fn', 'run-1')).rejects.toThrow(
      "Input 'artifact-bucket': the bucket gs://no-such-bucket/ does not exist. Create it, or set artifact-bucket to one that does.",
    );
  });
});

describe('LocalArtifactStore', () => {
  it('leaves the artifacts where the run wrote them', async () => {
    const dir = await mkdtemp(path.join(work, 'local-'));
    expect(await new LocalArtifactStore(dir).publish(dir)).toBe(dir);
  });
});
