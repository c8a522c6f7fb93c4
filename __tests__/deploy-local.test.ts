import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RawValue } from '../src/backends/data/types.js';
import { KEPT_SOURCES, LocalDeployer, stopLocalFunction } from '../src/backends/deploy/local.js';
import type { Deployment, DeploymentCheck } from '../src/backends/deploy/types.js';
import { bundleFiles, predictorFiles } from '../src/ml/bundle.js';
import { mlp } from '../src/ml/families/mlp.js';
import { predictRecords } from '../src/ml/predict.js';
import { MAX_BODY_BYTES, MAX_INSTANCES } from '../src/serving/limits.js';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { ENTRY_FILE, FUNCTIONS_FRAMEWORK_VERSION, writeFunctionSource } from '../src/stages/package.js';
import { REPO } from '../test-support/action.js';
import { writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';
import { frameworkCliPath, servingBundlePath } from '../test-support/dist.js';
import { listenOnLoopback, serversUnder } from '../test-support/processes.js';
import { freeLoopbackPort } from '../src/util/net.js';

const FUNCTION = 'penguins-test';
const FRAMEWORK_PACKAGE = join(REPO, 'node_modules', '@google-cloud', 'functions-framework');

let tf: TF;
let root: string;
let stateDir: string;
let modelDir: string;
let servingBundle: string;
let frameworkCli: string;
let bundle: TinyBundle;
let check: DeploymentCheck;
let sources = 0;

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: REPO, log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-deploy-'));
  stateDir = join(root, 'serve');
  modelDir = join(root, 'model');
  bundle = await writeTinyBundle(tf, modelDir, 'classification', FUNCTION);
  servingBundle = await servingBundlePath(root);
  frameworkCli = frameworkCliPath();
  const instances = bundle.records.slice(0, 25);
  check = { instances, expected: predictRecords(bundle.model, new RecordEncoder(bundle.preprocessing), instances) };
});

afterAll(async () => {
  await stopLocalFunction(stateDir, FUNCTION);
  // Servers of failed deploys are stopped by the deployer; this catches any a failing test left behind.
  for (const pid of await serversUnder(root)) process.kill(-pid, 'SIGKILL');
  await rm(root, { recursive: true, force: true });
});

/** A new function source from the test's model bundle, with `change` applied to it before deploying. */
async function source(change?: (dir: string) => Promise<void>) {
  const written = await writeFunctionSource({
    outDir: join(root, 'functions', `rev-${++sources}`),
    modelDir,
    modelFiles: bundleFiles(mlp),
    servingBundle,
    functionName: FUNCTION,
  });
  await change?.(written.dir);
  return written;
}

function deployer(): LocalDeployer {
  return new LocalDeployer({ stateDir, frameworkCli });
}

async function state(): Promise<{ pid: number; port: number; url: string; dir: string }> {
  return JSON.parse(await readFile(join(stateDir, `${FUNCTION}.json`), 'utf8'));
}

/** The local addresses the TCP sockets listening on `port` are bound to, from the kernel's socket tables. */
async function listeningAddresses(port: number): Promise<string[]> {
  const addresses: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (await readFile(table, 'utf8')).split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = (local ?? '').split(':');
      if (state === '0A' && hexPort !== undefined && parseInt(hexPort, 16) === port) addresses.push(address ?? '');
    }
  }
  return addresses;
}

async function post(url: string, body: string, contentType = 'application/json') {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, type: response.headers.get('content-type'), json: (await response.json()) as Record<string, unknown> };
}

interface RawAnswer {
  status: number;
  json: { error?: string; predictions?: unknown[] };
  /** Whether the server sent 100 Continue. */
  continued: boolean;
}

/**
 * A request written by hand: `body` chunks are sent one after another (chunked unless Content-Length is set),
 * and the request is ended only when `end` is true, so a test can wait for the answer to a body never finished.
 */
function rawRequest(url: string, headers: http.OutgoingHttpHeaders, body: Buffer[], end = true): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let continued = false;
    const call = http.request(url, { method: 'POST', agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        call.destroy();
        resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')), continued });
      });
    });
    call.on('error', reject);
    const write = (index: number): void => {
      if (index === body.length) {
        if (end) call.end();
        return;
      }
      call.write(body[index], () => write(index + 1));
    };
    call.flushHeaders();
    // With Expect: 100-continue the body waits for the server's invitation, as curl's does.
    if (headers.expect === undefined) write(0);
    call.on('continue', () => {
      continued = true;
      write(0);
    });
  });
}

describe('writeFunctionSource', () => {
  it('writes the serving bundle, the predictor module it imports, a package.json and the 4 model files, and nothing else', async () => {
    await writeFile(join(modelDir, 'credentials.json'), '{"private_key": "not for the function"}');
    const written = await source();
    expect(written).toEqual({ dir: join(root, 'functions', `rev-${sources}`), entryPoint: 'predict', functionName: FUNCTION });
    expect((await readdir(written.dir, { recursive: true })).sort()).toEqual(
      [ENTRY_FILE, ...predictorFiles(mlp), 'model', ...bundleFiles(mlp).map((file) => join('model', file)), 'package.json'].sort(),
    );
    // Buffer.equals: jest's deep equality walks a 7 MB buffer byte by byte for seconds.
    expect((await readFile(join(written.dir, ENTRY_FILE))).equals(await readFile(servingBundle))).toBe(true);
    expect(JSON.parse(await readFile(join(written.dir, 'package.json'), 'utf8'))).toMatchObject({
      type: 'module',
      main: ENTRY_FILE,
      engines: { node: '>=20' },
      dependencies: { '@google-cloud/functions-framework': FUNCTIONS_FRAMEWORK_VERSION },
    });
  });

  it('pins the functions-framework version installed here', async () => {
    const installed = JSON.parse(await readFile(join(FRAMEWORK_PACKAGE, 'package.json'), 'utf8')) as { version: string };
    expect(FUNCTIONS_FRAMEWORK_VERSION).toBe(installed.version);
  });

  it('refuses a directory that already holds files, and names a missing model file', async () => {
    const used = join(root, 'functions', 'used');
    await mkdir(used, { recursive: true });
    await writeFile(join(used, 'server.log'), '');
    await expect(writeFunctionSource({ outDir: used, modelDir, modelFiles: bundleFiles(mlp), servingBundle, functionName: FUNCTION })).rejects.toThrow(
      `Function source directory ${used} is not empty`,
    );
    const outDir = join(root, 'functions', 'no-model');
    await expect(writeFunctionSource({ outDir, modelDir: join(root, 'nowhere'), modelFiles: bundleFiles(mlp), servingBundle, functionName: FUNCTION })).rejects.toThrow(
      `Cannot copy a model bundle file ${join(root, 'nowhere', 'model.json')}`,
    );
  });
});

describe('LocalDeployer', () => {
  let first: Deployment;

  it('serves the function on 127.0.0.1 only, answering as the pipeline predicted', async () => {
    const written = await source();
    const progress: string[] = [];
    first = await deployer().deploy(written, check, (message) => progress.push(message));

    const { port, pid, url, dir } = await state();
    expect(first).toEqual({ url: `http://127.0.0.1:${port}/`, functionName: FUNCTION, revision: `rev-${sources}`, checkLatencyMs: expect.any(Number) });
    expect({ url, dir }).toEqual({ url: first.url, dir: written.dir });
    expect(await serversUnder(written.dir)).toEqual([pid]);
    expect(await listeningAddresses(port)).toEqual(['0100007F']);
    expect(progress.find((message) => message.startsWith('Starting'))).toContain(`Starting ${FUNCTION} under functions-framework on ${first.url}`);

    const card = await fetch(first.url);
    expect(card.status).toBe(200);
    expect(await card.json()).toMatchObject({ name: FUNCTION, task: 'classification', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    const answer = await post(first.url, JSON.stringify({ instances: check.instances }));
    expect(answer).toMatchObject({ status: 200, json: { predictions: check.expected } });
  });

  it('starts on another port when the free one it found was taken before the server could listen on it', async () => {
    // What a parallel process can do between freeLoopbackPort letting the port go and functions-framework listening.
    const squatter = http.createServer((_request, response) => response.end('not the function'));
    const taken = Number(new URL(await listenOnLoopback(squatter)).port);
    const ports = [taken];
    const progress: string[] = [];
    try {
      const freePort = async () => ports.shift() ?? freeLoopbackPort();
      const deployment = await new LocalDeployer({ stateDir, frameworkCli, freePort }).deploy(await source(), check, (message) => progress.push(message));
      expect(deployment.url).not.toBe(`http://127.0.0.1:${taken}/`);
      expect(progress).toContain(`Port ${taken} was taken before functions-framework listened on it; starting on another`);
      expect(await post(deployment.url, JSON.stringify({ instances: check.instances }))).toMatchObject({ status: 200, json: { predictions: check.expected } });
      first = deployment;
    } finally {
      await new Promise((done) => squatter.close(done));
    }
  });

  it('answers JSON errors for a malformed body, another content type, and other methods', async () => {
    const malformed = await post(first.url, '{"instances": [');
    expect(malformed.status).toBe(400);
    expect(malformed.type).toMatch(/^application\/json/);
    expect(malformed.json.error).toMatch(
      /^the body is not valid JSON \(.+; Content-Type: application\/json\): send \{"instances": \[\.\.\.\]\} with Content-Type: application\/json$/,
    );

    const instance: Record<string, RawValue> = { island: 'Dream', bill_length_mm: 49, flipper_length_mm: 195 };
    const asText = await post(first.url, JSON.stringify({ instances: [instance] }), 'text/plain');
    expect(asText).toMatchObject({ status: 200, json: { predictions: [{ label: expect.any(String) }] } });
    const asForm = await post(first.url, JSON.stringify({ instances: [instance] }), 'application/x-www-form-urlencoded');
    expect(asForm.json).toEqual(asText.json);
    const notJson = await post(first.url, 'island=Dream', 'application/x-www-form-urlencoded');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toMatch(/^the body is not valid JSON \(.+; Content-Type: application\/x-www-form-urlencoded\)/);
    const badField = await post(first.url, JSON.stringify({ instances: [{ ...instance, bill_length_mm: 'abc' }] }));
    expect(badField).toMatchObject({ status: 400, json: { error: 'instances[0].bill_length_mm: expected a finite number or null, got "abc"' } });

    const put = await fetch(first.url, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(((await put.json()) as { error: string }).error).toContain('method PUT is not allowed');
  });

  it('answers requests that arrive together each with its own predictions or its own error', async () => {
    // Sent at once on separate connections, so the function reads them in one turn and predicts them together.
    const bodies = check.instances.map((instance, index) =>
      index % 5 === 4 ? { instances: [{ ...instance, bill_length_mm: 'abc' }] } : { instances: check.instances.slice(index, index + 1 + (index % 3)) },
    );
    const answers = await Promise.all(bodies.map((body) => post(first.url, JSON.stringify(body))));
    answers.forEach((answer, index) => {
      if (index % 5 === 4) {
        expect(answer).toMatchObject({ status: 400, json: { error: 'instances[0].bill_length_mm: expected a finite number or null, got "abc"' } });
      } else {
        expect(answer).toMatchObject({ status: 200, json: { predictions: check.expected.slice(index, index + 1 + (index % 3)) } });
      }
    });
  });

  it("answers its own URL itself and leaves other paths to functions-framework's routes", async () => {
    const instance: Record<string, RawValue> = { island: 'Dream', bill_length_mm: 49, flipper_length_mm: 195 };
    const direct = await post(first.url, JSON.stringify({ instances: [instance] }));
    expect(direct).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    // A query string is still the function's URL.
    const withQuery = await post(new URL('?trace=1', first.url).href, JSON.stringify({ instances: [instance] }));
    expect(withQuery.json).toEqual(direct.json);
    const head = await fetch(first.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    // The framework's own route for /favicon.ico answers an empty 404, which the function never does.
    const favicon = await fetch(new URL('/favicon.ico', first.url));
    expect(favicon.status).toBe(404);
    expect(await favicon.text()).toBe('');
    // Any other path reaches the function through the framework, with the same answer.
    const nested = await post(new URL('/v1/predict', first.url).href, JSON.stringify({ instances: [instance] }));
    expect(nested.json).toEqual(direct.json);
  });

  it('answers 413 before reading a body declared or found larger than the limit', async () => {
    const tooLarge = `the request body is larger than 8 MiB (${MAX_BODY_BYTES} bytes): send at most ${MAX_INSTANCES} instances per request, in several requests if need be`;
    const json = { 'content-type': 'application/json' };

    // Content-Length over the limit: answered from the headers, not one body byte sent.
    const declared = await rawRequest(first.url, { ...json, 'content-length': 150 * 1024 * 1024 }, []);
    expect(declared).toMatchObject({ status: 413, json: { error: tooLarge } });

    // A client that sends its body anyway reads the answer, not a reset: the rest is read and dropped.
    const sending = Array.from({ length: (MAX_BODY_BYTES * 1.5) / (1024 * 1024) }, () => Buffer.alloc(1024 * 1024, ' '));
    const insistent = await rawRequest(first.url, { ...json, 'content-length': MAX_BODY_BYTES * 1.5 }, sending);
    expect(insistent).toMatchObject({ status: 413, json: { error: tooLarge } });

    // Expect: 100-continue (curl past 1 MB): refused without inviting the body.
    const asked = await rawRequest(first.url, { ...json, 'content-length': MAX_BODY_BYTES + 1, expect: '100-continue' }, []);
    expect(asked).toMatchObject({ status: 413, json: { error: tooLarge }, continued: false });

    // Chunked, no length: cut off at the limit. The body is never ended, so the 413 came before its end.
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const chunks = Array.from({ length: MAX_BODY_BYTES / chunk.length }, () => chunk);
    const chunked = await rawRequest(first.url, json, [...chunks, Buffer.from(' ')], false);
    expect(chunked).toMatchObject({ status: 413, json: { error: tooLarge } });

    // Gzip that inflates past the limit: cut off while inflating.
    const bomb = gzipSync(Buffer.alloc(MAX_BODY_BYTES + 1, ' '));
    const inflated = await rawRequest(first.url, { ...json, 'content-encoding': 'gzip', 'content-length': bomb.length }, [bomb]);
    expect(inflated).toMatchObject({ status: 413, json: { error: tooLarge } });

    // Exactly at the limit is a body like any other; a client that asks first is invited; gzip is read.
    const request = JSON.stringify({ instances: check.instances });
    const atLimit = Buffer.from(request.padEnd(MAX_BODY_BYTES, ' '));
    expect(await rawRequest(first.url, { ...json, 'content-length': atLimit.length }, [atLimit])).toMatchObject({
      status: 200,
      json: { predictions: check.expected },
    });
    const invited = await rawRequest(first.url, { ...json, 'content-length': Buffer.byteLength(request), expect: '100-continue' }, [
      Buffer.from(request),
    ]);
    expect(invited).toMatchObject({ status: 200, continued: true, json: { predictions: check.expected } });
    const gzipped = gzipSync(request);
    expect(await rawRequest(first.url, { ...json, 'content-encoding': 'gzip', 'content-length': gzipped.length }, [gzipped])).toMatchObject({
      status: 200,
      json: { predictions: check.expected },
    });

    // The server answers on after all of it.
    expect((await post(first.url, request)).json).toEqual({ predictions: check.expected });
  });

  it('answers 4xx JSON for hostile values: deep nesting, huge and infinite numbers, too many instances, other encodings', async () => {
    const instance = check.instances[0] ?? {};
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const nested = await post(first.url, `{"instances": [${JSON.stringify({ ...instance, island: 0 }).replace('"island":0', `"island":${deep}`)}]}`);
    expect(nested.status).toBe(400);
    expect(nested.json.error).toBe(`instances[0].island: expected a string, number, boolean or null, got ${'['.repeat(57)}...`);

    const infinite = await post(first.url, JSON.stringify({ instances: [{ ...instance, bill_length_mm: '1e400' }] }));
    expect(infinite).toMatchObject({ status: 400, json: { error: 'instances[0].bill_length_mm: expected a finite number or null, got "1e400"' } });
    const huge = await post(first.url, JSON.stringify({ instances: [{ ...instance, flipper_length_mm: 1e308 }] }));
    expect(huge.status).toBe(400);
    expect(huge.json.error).toMatch(/^instances\[0\]\.flipper_length_mm: expected a number the model can compute with/);

    const many = await post(first.url, JSON.stringify({ instances: Array.from({ length: MAX_INSTANCES + 1 }, () => instance) }));
    expect(many).toMatchObject({ status: 400, json: { error: `instances: ${MAX_INSTANCES + 1} in one request, the limit is ${MAX_INSTANCES}; split them into several requests` } });

    const body = Buffer.from(JSON.stringify({ instances: [instance] }));
    const compress = await rawRequest(first.url, { 'content-type': 'application/json', 'content-encoding': 'compress' }, [body]);
    expect(compress).toMatchObject({ status: 415, json: { error: "Content-Encoding 'compress' is not supported: send the body as is, gzip, deflate or br" } });
    const latin1 = await post(first.url, body.toString(), 'application/json; charset=latin1');
    expect(latin1).toMatchObject({ status: 415, json: { error: "unsupported charset 'latin1' (Content-Type: application/json; charset=latin1): send the body in UTF-8" } });
    const notUtf8 = await rawRequest(first.url, { 'content-type': 'application/json' }, [Buffer.from([0x7b, 0xff, 0x7d])]);
    expect(notUtf8).toMatchObject({ status: 400, json: { error: 'the body is not UTF-8 (Content-Type: application/json): send {"instances": [...]} in UTF-8' } });
  });

  it('keeps the previous server answering when the new source is broken', async () => {
    const before = await state();
    const corrupt = await source((dir) => writeFile(join(dir, 'model', 'model.json'), '{"modelTopology": '));
    await expect(deployer().deploy(corrupt, check, () => undefined)).rejects.toThrow(
      new RegExp(`^Local deploy of ${FUNCTION} failed: GET http://127\\.0\\.0\\.1:\\d+/ answered 500: internal error: Model file .*model\\.json is not valid JSON`),
    );
    expect(await serversUnder(corrupt.dir)).toEqual([]);

    const crashing = await source((dir) => writeFile(join(dir, ENTRY_FILE), "throw new Error('boom at import');\n"));
    const failure = deployer().deploy(crashing, check, () => undefined);
    await expect(failure).rejects.toThrow(/failed: functions-framework exited \(code 1\) before answering/);
    await expect(failure).rejects.toThrow(/Last lines of .*server\.log:\n[^]*boom at import/);

    expect(await state()).toEqual(before);
    expect((await fetch(first.url)).status).toBe(200);
  });

  it('refuses a server whose predictions differ from the pipeline, naming the instance', async () => {
    const expected = check.expected.map((prediction, index) =>
      index === 3 && typeof prediction === 'object' ? { ...prediction, label: `not ${prediction.label}` } : prediction,
    );
    const written = await source();
    await expect(deployer().deploy(written, { ...check, expected }, () => undefined)).rejects.toThrow(
      /failed: the server's predictions differ from the pipeline's: instances\[3\]: expected label 'not \w+', got "\w+"/,
    );
    expect(await serversUnder(written.dir)).toEqual([]);
    expect((await fetch(first.url)).status).toBe(200);
  });

  it('replaces the previous server once the new one answers', async () => {
    const before = await state();
    const written = await source();
    const progress: string[] = [];
    const second = await deployer().deploy(written, check, (message) => progress.push(message));

    expect(second.revision).toBe(`rev-${sources}`);
    expect(second.url).not.toBe(first.url);
    expect(progress.slice(2)).toEqual([
      `${FUNCTION} answers ${check.instances.length} check instances as the pipeline predicted`,
      `Stopped the previous server of ${FUNCTION}`,
    ]);
    expect(await serversUnder(before.dir)).toEqual([]);
    await expect(fetch(first.url)).rejects.toThrow();

    // Each deploy keeps the newest KEPT_SOURCES sources and the served one, and removes the rest.
    expect(progress[0]).toBe(`Removed 1 older function sources of ${FUNCTION} (kept the newest ${KEPT_SOURCES})`);
    const newest = Array.from({ length: KEPT_SOURCES }, (_, age) => `rev-${sources - age}`);
    expect((await readdir(join(root, 'functions'))).sort()).toEqual([basename(before.dir), ...newest].sort());
    expect(await readFile(join(REPO, 'README.md'), 'utf8')).toContain(`a local deploy keeps the newest ${KEPT_SOURCES} of its function`);
    expect((await state()).dir).toBe(written.dir);
    expect((await post(second.url, JSON.stringify({ instances: check.instances }))).json).toEqual({ predictions: check.expected });
  });

  it('stopLocalFunction stops the server and forgets it', async () => {
    const { url, dir } = await state();
    expect(await stopLocalFunction(stateDir, FUNCTION)).toBe(true);
    expect(await serversUnder(dir)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
    expect(existsSync(join(stateDir, `${FUNCTION}.json`))).toBe(false);
    expect(await stopLocalFunction(stateDir, FUNCTION)).toBe(false);
  });

  it('stopLocalFunction touches no state file outside its folder', async () => {
    const outside = join(root, 'outside.json');
    await writeFile(outside, JSON.stringify({ pid: process.pid, port: 1, url: 'http://127.0.0.1:1/', dir: join(root, 'gone') }));
    await expect(stopLocalFunction(stateDir, '../outside')).rejects.toThrow(`Refusing to touch ${outside}: it is not inside ${stateDir}`);
    expect(existsSync(outside)).toBe(true);
  });

  it('stopLocalFunction leaves alone a process that reused the recorded pid', async () => {
    // This test's own process stands in for an unrelated one: its command line names no function source.
    const stale = { pid: process.pid, port: 1, url: 'http://127.0.0.1:1/', dir: join(root, 'functions', 'gone') };
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, `${FUNCTION}.json`), JSON.stringify(stale));
    expect(await stopLocalFunction(stateDir, FUNCTION)).toBe(false);
    expect(existsSync(join(stateDir, `${FUNCTION}.json`))).toBe(false);
  });
});
