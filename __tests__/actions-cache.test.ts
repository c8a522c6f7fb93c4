// The Actions cache baseline store against a cache service that fails (the real @actions/cache client, talking
// the cache protocol v1 to 127.0.0.1): warnings, a first run, never a thrown error. The round trip through a
// working cache service is in act.test.ts (act's cache server).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as cache from '@actions/cache';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsCacheBaselineStore, cacheServiceAvailable } from '../src/backends/baseline/actions-cache.js';
import { LocalDirBaselineStore } from '../src/backends/baseline/local-dir.js';
import type { BaselineRecord } from '../src/backends/baseline/types.js';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/util/errors.js';
import { baselineOf, writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';

interface SeenRequest {
  method: string;
  url: URL;
  body: string;
}

const ENV_NAMES = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
] as const;
const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));

/** Sets exactly these of ENV_NAMES (the rest unset): @actions/cache reads process.env. */
function setEnv(values: Partial<Record<(typeof ENV_NAMES)[number], string>>): void {
  for (const name of ENV_NAMES) {
    const value = values[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

let dir: string;
let tiny: string;
let bundle: TinyBundle;
let server: http.Server;
let serviceUrl: string;
const seen: SeenRequest[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ml-pipeline-actions-cache-'));
  await tf.setBackend('cpu');
  tiny = join(dir, 'tiny');
  bundle = await writeTinyBundle(tf, tiny, 'classification');
  // A cache service in trouble: every call answers 500 (not retried by @actions/cache, unlike 502-504).
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: new URL(req.url ?? '/', 'http://127.0.0.1'), body });
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"The cache service is unavailable."}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A real bundle and its record: the stores check both before they save. */
async function baseline(key: string, runId: string): Promise<{ record: BaselineRecord; modelDir: string }> {
  return baselineOf(tiny, join(dir, 'runs', `${key}-${runId}`), bundle, key, runId);
}

/** What the step would print: @actions/core writes workflow commands (::warning::) to stdout. */
async function stdoutOf<T>(work: () => Promise<T>): Promise<{ result: T; stdout: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await work(), stdout };
  } finally {
    process.stdout.write = write;
  }
}

describe('ActionsCacheBaselineStore with a failing cache service', () => {
  const warnings: string[] = [];
  let store: ActionsCacheBaselineStore;
  let root: string;

  const cwd = process.cwd();

  beforeAll(async () => {
    setEnv({ ACTIONS_CACHE_URL: serviceUrl, ACTIONS_RUNTIME_TOKEN: 'runtime-token', RUNNER_TEMP: join(dir, 'runner-temp') });
    // As on a runner, the step runs in the workspace, and the baselines are staged under it.
    const workspace = join(dir, 'workspace');
    await mkdir(workspace);
    process.chdir(workspace);
    root = join(workspace, '.ml-pipeline', 'baseline-cache');
    store = new ActionsCacheBaselineStore({ root, warn: (message) => warnings.push(message) });
  });

  afterAll(() => process.chdir(cwd));

  it('saves: a warning naming the baseline and the entry, no error', async () => {
    warnings.length = 0;
    seen.length = 0;
    const { record, modelDir } = await baseline('ml-pipeline-penguins', '42-1');
    const { stdout } = await stdoutOf(() => store.save(record, modelDir));
    expect(stdout).toContain('::warning::Failed to save: reserveCache failed: Cache service responded with 500');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Baseline 'ml-pipeline-penguins': could not save run 42-1 to the Actions cache as ml-pipeline-penguins-42-1 \(.+\); the next run compares with the previous baseline\.$/,
      ),
    ]);
    const reserve = seen.find((request) => request.method === 'POST' && request.url.pathname === '/_apis/artifactcache/caches');
    expect(JSON.parse(reserve?.body ?? '{}')).toMatchObject({ key: 'ml-pipeline-penguins-42-1' });
  });

  it('restores: null (a first run) with the cache service warning, even over a folder an earlier run left', async () => {
    const earlier = await baseline('ml-pipeline-penguins', '41-1');
    expect(await new LocalDirBaselineStore(root, (message) => warnings.push(message)).save(earlier.record, earlier.modelDir)).toBe(true);
    expect(existsSync(join(root, 'ml-pipeline-penguins', 'baseline.json'))).toBe(true);
    warnings.length = 0;
    seen.length = 0;
    const { result, stdout } = await stdoutOf(() => store.restore('ml-pipeline-penguins'));
    expect(result).toBeNull();
    expect(stdout).toContain('::warning::Failed to restore: getCacheEntry failed: Cache service responded with 500');
    expect(existsSync(join(root, 'ml-pipeline-penguins'))).toBe(false);
    const lookup = seen.find((request) => request.url.pathname === '/_apis/artifactcache/cache');
    expect(lookup?.url.searchParams.get('keys')).toBe('ml-pipeline-penguins-,ml-pipeline-penguins-');
  });

  it('looks up the version it saves under, which differs for a key that only starts the same', async () => {
    const versionOf = async (work: () => Promise<unknown>): Promise<string | undefined> => {
      seen.length = 0;
      await stdoutOf(work);
      const request = seen.find((r) => r.url.pathname.startsWith('/_apis/artifactcache/cache'));
      return request?.method === 'POST'
        ? (JSON.parse(request.body) as { version?: string }).version
        : (request?.url.searchParams.get('version') ?? undefined);
    };
    const { record, modelDir } = await baseline('ml-pipeline-penguins', '43-1');
    const saved = await versionOf(() => store.save(record, modelDir));
    expect(saved).toMatch(/^[0-9a-f]{64}$/);
    expect(await versionOf(() => store.restore('ml-pipeline-penguins'))).toBe(saved);
    // `ml-pipeline-penguins-eu-44-1` starts with `ml-pipeline-penguins-`: only the version keeps it out.
    expect(await versionOf(() => store.restore('ml-pipeline-penguins-eu'))).not.toBe(saved);
  });

  it.each(['..', '.', 'a/../..'])('refuses key %j before it removes anything', async (key) => {
    await mkdir(join(root, '..', 'serve'), { recursive: true });
    await writeFile(join(root, '..', 'serve', 'state.json'), '{}');
    seen.length = 0;
    await expect(store.restore(key)).rejects.toThrow(UserError);
    expect(existsSync(join(root, '..', 'serve', 'state.json'))).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('cacheServiceAvailable', () => {
  const environments: Array<Partial<Record<(typeof ENV_NAMES)[number], string>>> = [
    {},
    { ACTIONS_CACHE_URL: 'https://cache.example/' },
    { ACTIONS_RESULTS_URL: 'https://results.example/' },
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results.example/' },
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://cache.example/' },
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://cache.example/', GITHUB_SERVER_URL: 'https://ghes.example.com' },
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results.example/', GITHUB_SERVER_URL: 'https://ghes.example.com' },
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results.example/', GITHUB_SERVER_URL: 'https://acme.ghe.com' },
  ];

  it.each(environments)('agrees with @actions/cache in %j', (environment) => {
    setEnv(environment);
    expect(cacheServiceAvailable({ ...environment })).toBe(cache.isFeatureAvailable());
  });
});
