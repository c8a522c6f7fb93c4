// fake-gcs-server (github.com/fsouza/fake-gcs-server) for the Cloud Storage tests: installed by
// scripts/install-test-tools.sh, started on 127.0.0.1 with an in-memory backend, and a proxy in front of it
// that injects the failures the real service has (403, 503, resets, corrupt bytes, a concurrent writer).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeLoopbackPort } from '../src/util/net.js';
import { installedTool } from './tools.js';

export interface FakeGcs {
  /** http://127.0.0.1:PORT: what STORAGE_EMULATOR_HOST is set to. */
  host: string;
  stop(): Promise<void>;
}

/** Starts fake-gcs-server on a free port and resolves once it answers its health check. */
export async function startFakeGcs(): Promise<FakeGcs> {
  const binary = await installedTool('fake-gcs-server');
  const port = await freeLoopbackPort();
  const host = `http://127.0.0.1:${port}`;
  // -external-url defaults to scheme://host:port, so resumable upload URLs point back here; -public-host
  // only matters for XML API and signed URL routes, which the client does not use.
  const child = spawn(
    binary,
    ['-scheme', 'http', '-host', '127.0.0.1', '-port', String(port), '-backend', 'memory', '-log-level', 'warn'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Drained so the child never blocks on a full pipe; the tail explains a failed start.
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    log = (log + text).slice(-4000);
  });
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`fake-gcs-server exited with code ${child.exitCode}: ${log}`);
    if (await answers(`${host}/_internal/healthcheck`)) return { host, stop };
    if (waited > 15_000) {
      await stop();
      throw new Error(`fake-gcs-server did not answer on ${host} within 15 s: ${log}`);
    }
    await sleep(50);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Creates the bucket if it does not exist, and writes each object (name → content) through the JSON API. */
export async function seedObjects(
  host: string,
  bucket: string,
  objects: Record<string, string | Buffer>,
): Promise<void> {
  const created = await fetch(`${host}/storage/v1/b`, { method: 'POST', body: JSON.stringify({ name: bucket }) });
  if (!created.ok && created.status !== 409) throw new Error(`creating bucket ${bucket}: ${await created.text()}`);
  for (const [name, content] of Object.entries(objects)) {
    const url = `${host}/upload/storage/v1/b/${bucket}/o?uploadType=media&name=${encodeURIComponent(name)}`;
    const uploaded = await fetch(url, { method: 'POST', body: content });
    if (!uploaded.ok) throw new Error(`uploading ${name}: ${await uploaded.text()}`);
  }
}

// ---------------------------------------------------------------------------------------------------- proxy

export type Fault =
  /** Answers with this status and a Cloud Storage JSON error carrying the message. */
  | { kind: 'status'; status: number; message: string }
  /** Forwards, then sends the headers and half the body and drops the connection. */
  | { kind: 'reset' }
  /** Forwards, with one byte of the body changed. */
  | { kind: 'corrupt' }
  /** Runs `before` (e.g. another client's write), then forwards. */
  | { kind: 'before'; before: () => Promise<void> };

export interface SeenRequest {
  method: string;
  /** Path and query, decoded. */
  url: string;
  authorization: string | undefined;
}

export interface FaultyProxy {
  /** http://127.0.0.1:PORT, to use as STORAGE_EMULATOR_HOST instead of the emulator's own. */
  host: string;
  /** Every request forwarded or answered so far. */
  seen: SeenRequest[];
  /** Applies `fault` to the next `times` requests that `matches` accepts. */
  inject(matches: (request: SeenRequest) => boolean, fault: Fault, times?: number): void;
  /** Faults injected but not yet applied (those injected for ever do not count); a test checks its faults were hit. */
  pending(): number;
  /** Drops the faults not yet applied, so none carries over into the next test. */
  clear(): void;
  stop(): Promise<void>;
}

/** An HTTP proxy in front of `target` (fake-gcs-server) that applies the faults a test injects. */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const upstream = new URL(target);
  const faults: Array<{ matches: (request: SeenRequest) => boolean; fault: Fault; left: number }> = [];
  const seen: SeenRequest[] = [];

  const takeFault = (request: SeenRequest): Fault | null => {
    const entry = faults.find((candidate) => candidate.left > 0 && candidate.matches(request));
    if (!entry) return null;
    entry.left--;
    return entry.fault;
  };

  const server = http.createServer((req, res) => {
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      url: decodeURIComponent(req.url ?? '/'),
      authorization: req.headers.authorization,
    };
    seen.push(request);
    handle(req, res, takeFault(request)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, fault: Fault | null): Promise<void> {
    if (fault?.kind === 'status') {
      req.resume();
      const { status, message } = fault;
      const body = JSON.stringify({ error: { code: status, message, errors: [{ message }] } });
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
      return;
    }
    if (fault?.kind === 'before') await fault.before();
    const forwarded = http.request({
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: upstream.host },
    });
    req.pipe(forwarded);
    const [response] = (await once(forwarded, 'response')) as [IncomingMessage];
    if (fault?.kind !== 'reset' && fault?.kind !== 'corrupt') {
      res.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(res);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    res.writeHead(response.statusCode ?? 502, response.headers);
    const middle = Math.floor(body.length / 2);
    if (fault.kind === 'corrupt') {
      body[middle] = body[middle]! ^ 0x20;
      res.end(body);
    } else {
      res.write(body.subarray(0, middle), () => res.socket?.destroy());
    }
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    host: `http://127.0.0.1:${port}`,
    seen,
    inject(matches, fault, times = 1) {
      faults.push({ matches, fault, left: times });
    },
    pending: () => faults.reduce((sum, entry) => sum + (Number.isFinite(entry.left) ? entry.left : 0), 0),
    clear() {
      faults.length = 0;
    },
    async stop() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
