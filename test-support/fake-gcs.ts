// fake-gcs-server (github.com/fsouza/fake-gcs-server) for the Cloud Storage tests: installed by
// scripts/install-test-tools.sh and started on 127.0.0.1 with an in-memory backend. Tests put
// test-support/faulty-proxy.ts in front of it to inject the failures the real service has.
import { spawn } from 'node:child_process';
import { freeLoopbackPort } from '../src/util/net.js';
import { untilReady } from './processes.js';
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
  const stop = await untilReady(child, 'fake-gcs-server', `${host}/_internal/healthcheck`, { timeoutMs: 15_000, pollMs: 50 });
  return { host, stop };
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
