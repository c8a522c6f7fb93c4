import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Bucket, File, Storage } from '@google-cloud/storage';
import type { DeniedContext } from '../../auth/permissions.js';
import { UserError } from '../../util/errors.js';
import { within } from '../../util/paths.js';
import { readStoredBytes } from '../data/gcs.js';
import { clientRetriesOf, googleCallError, googleFailure } from '../google-errors.js';
import type { ArtifactStore, FetchedRun } from './types.js';

/** One published run, as latest.json names it. */
export interface PublishedRun {
  runId: string;
  /** gs://bucket/<function>/<run id>/ */
  uri: string;
  updatedAt: string;
}

/**
 * `<function>/latest.json`: the run published last, and the one it replaced. Written read-modify-write under
 * a generation precondition, so when two runs publish at once the second one's write is retried on top of
 * the first: the pointer ends at one of them and the other is its `previous`, never lost.
 */
export interface LatestPointer extends PublishedRun {
  previous: PublishedRun | null;
}

export interface GcsArtifactStoreOptions {
  /** Files this large or larger are uploaded resumably; smaller ones in one request, which is faster. */
  resumableThreshold?: number;
  /** Reads and writes of latest.json before giving up when other runs keep changing it. */
  latestAttempts?: number;
  /** The project and service account, so a permission error can give the exact command that fixes it. */
  denied?: DeniedContext;
}

const INPUT = "Input 'artifact-bucket'";

/** Artifacts in `gs://<bucket>/<function>/<run id>/`, with `<function>/latest.json` pointing at the newest run. */
export class GcsArtifactStore implements ArtifactStore {
  readonly description: string;
  private readonly bucket: Bucket;
  private readonly resumableThreshold: number;
  private readonly latestAttempts: number;
  private readonly clientRetries: number;
  private readonly denied: DeniedContext;

  constructor(
    storage: Storage,
    private readonly bucketName: string,
    options: GcsArtifactStoreOptions = {},
  ) {
    this.bucket = storage.bucket(bucketName);
    this.description = `gs://${bucketName}/`;
    // Google's advice: a resumable upload's extra round trips only pay off above about 10 MB.
    this.resumableThreshold = options.resumableThreshold ?? 8 * 1024 * 1024;
    this.latestAttempts = options.latestAttempts ?? 8;
    this.clientRetries = clientRetriesOf(storage);
    this.denied = options.denied ?? {};
  }

  async publish(localDir: string, functionName: string, runId: string): Promise<string> {
    const prefix = `${functionName}/${runId}/`;
    const files = await filesBelow(localDir);
    if (files.length === 0) throw new Error(`Nothing to publish: ${localDir} holds no files.`);
    for (const file of files) {
      await this.upload(path.join(localDir, ...file.split('/')), prefix + file);
    }
    const uri = `gs://${this.bucketName}/${prefix}`;
    await this.pointLatest(functionName, { runId, uri, updatedAt: new Date().toISOString() });
    return uri;
  }

  async fetch(functionName: string, runId: string, into: string): Promise<FetchedRun | null> {
    const prefix = `${functionName}/${runId}/`;
    const uri = `gs://${this.bucketName}/${prefix}`;
    const unfetched = 'Nothing was deployed.';
    let files: File[];
    try {
      [files] = await this.bucket.getFiles({ prefix });
    } catch (error) {
      throw this.failure('read', uri, 'objects.list', error, unfetched);
    }
    if (files.length === 0) return null;
    for (const file of files) {
      // within: an object name is the bucket's to choose, and must not climb out of `into`.
      const local = within(into, ...file.name.slice(prefix.length).split('/'));
      await mkdir(path.dirname(local), { recursive: true });
      try {
        await pipeline(readStoredBytes(file), createWriteStream(local, { flags: 'wx' }));
      } catch (error) {
        throw this.failure('read', `gs://${this.bucketName}/${file.name}`, 'objects.get', error, unfetched);
      }
    }
    return { dir: into, uri };
  }

  async runIds(functionName: string): Promise<string[]> {
    const prefix = `${functionName}/`;
    try {
      const [, , response] = await this.bucket.getFiles({ prefix, delimiter: '/', autoPaginate: false, maxResults: 1000 });
      const prefixes = (response as { prefixes?: string[] } | undefined)?.prefixes ?? [];
      return prefixes.map((folder) => folder.slice(prefix.length).replace(/\/$/, '')).sort();
    } catch (error) {
      throw this.failure('read', `gs://${this.bucketName}/${prefix}`, 'objects.list', error, 'Nothing was deployed.');
    }
  }

  /** Streams one file up. Nothing may exist there yet: a run's artifacts are written once. */
  private async upload(local: string, name: string): Promise<void> {
    const { size } = await stat(local);
    try {
      await this.bucket.upload(local, {
        destination: name,
        resumable: size >= this.resumableThreshold,
        // Also makes the upload idempotent, so the client retries it on 429, 5xx and resets.
        preconditionOpts: { ifGenerationMatch: 0 },
      });
    } catch (error) {
      const uri = `gs://${this.bucketName}/${name}`;
      const unchanged = 'latest.json was not changed.';
      if (googleFailure(error)?.status === 412) {
        // The client retries an upload whose answer was lost; the retry then finds the first one's object.
        if (await this.holds(name, local, uri, unchanged)) return;
        const message = `${INPUT}: ${uri} already exists: this run's artifacts were published before. Nothing was overwritten.`;
        throw new UserError(message, { cause: error });
      }
      throw this.failure('write', uri, 'objects.insert', error, unchanged);
    }
  }

  /** Whether the object holds exactly the local file's bytes (by MD5, which GCS keeps for every upload here). */
  private async holds(name: string, local: string, uri: string, unchanged: string): Promise<boolean> {
    let stored: string | undefined;
    try {
      [{ md5Hash: stored }] = await this.bucket.file(name).getMetadata();
    } catch (error) {
      throw this.failure('read', uri, 'objects.get', error, unchanged);
    }
    const md5 = createHash('md5');
    for await (const chunk of createReadStream(local)) md5.update(chunk as Buffer);
    return stored === md5.digest('base64');
  }

  private async pointLatest(functionName: string, run: PublishedRun): Promise<void> {
    const file = this.bucket.file(`${functionName}/latest.json`);
    const uri = `gs://${this.bucketName}/${file.name}`;
    const unpointed = `This run's artifacts are at ${run.uri}; latest.json does not point at them.`;
    for (let attempt = 1; ; attempt++) {
      const current = await this.readLatest(file, uri, unpointed);
      // Our write already landed: the client retried a request whose first response was lost, and got 412.
      if (current.pointer?.runId === run.runId || current.pointer?.previous?.runId === run.runId) return;
      const pointer: LatestPointer = { ...run, previous: current.pointer && publishedRun(current.pointer) };
      try {
        await file.save(`${JSON.stringify(pointer, null, 2)}\n`, {
          resumable: false,
          contentType: 'application/json',
          metadata: { cacheControl: 'no-store' },
          // 0: only if it does not exist yet.
          preconditionOpts: { ifGenerationMatch: current.generation },
        });
        return;
      } catch (error) {
        if (googleFailure(error)?.status !== 412) {
          throw this.failure('update', uri, 'objects.insert', error, unpointed);
        }
      }
      // Another run wrote it since we read it: read its update and build on it.
      if (attempt >= this.latestAttempts) {
        throw new Error(
          `${uri} changed ${attempt} times while this run was updating it: other runs of ${functionName} are ` +
            `publishing at the same time. ${unpointed}`,
        );
      }
      // Jittered, so runs that collided do not collide again in step.
      await sleep(Math.random() * 100 * attempt);
    }
  }

  /** The pointer and the generation it was read at; generation 0 when there is none yet. */
  private async readLatest(
    file: File,
    uri: string,
    unpointed: string,
  ): Promise<{ generation: number | string; pointer: LatestPointer | null }> {
    try {
      const [metadata] = await file.getMetadata();
      const contents = await buffer(readStoredBytes(file));
      return { generation: metadata.generation ?? 0, pointer: parsePointer(contents.toString('utf8')) };
    } catch (error) {
      // Deleted between the two reads: the write's precondition on the old generation then fails, and the
      // loop reads again.
      if (googleFailure(error)?.status === 404) return { generation: 0, pointer: null };
      throw this.failure('read', uri, 'objects.get', error, unpointed);
    }
  }

  /** `consequence`: what the failure leaves undone. */
  private failure(
    verb: 'read' | 'write' | 'update',
    uri: string,
    method: string,
    error: unknown,
    consequence: string,
  ): Error {
    if (googleFailure(error)?.status === 404) {
      return new UserError(
        `${INPUT}: the bucket gs://${this.bucketName}/ does not exist. Create it, or set artifact-bucket to one ` +
          'that does.',
      );
    }
    const { clientRetries, denied } = this;
    return googleCallError(
      { input: INPUT, method, action: `${verb} ${uri}`, attempts: 1, clientRetries, consequence, denied },
      error,
    );
  }
}

/** Every file below `dir`, as sorted slash-separated relative paths. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function publishedRun({ runId, uri, updatedAt }: PublishedRun): PublishedRun {
  return { runId, uri, updatedAt };
}

/** latest.json as written by publish(); anything else (edited by hand, an older format) counts as none. */
function parsePointer(text: string): LatestPointer | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPublishedRun(parsed)) return null;
  const previous = (parsed as { previous?: unknown }).previous;
  return { ...publishedRun(parsed), previous: isPublishedRun(previous) ? publishedRun(previous) : null };
}

function isPublishedRun(value: unknown): value is PublishedRun {
  if (typeof value !== 'object' || value === null) return false;
  const { runId, uri, updatedAt } = value as Record<string, unknown>;
  return typeof runId === 'string' && typeof uri === 'string' && typeof updatedAt === 'string';
}
