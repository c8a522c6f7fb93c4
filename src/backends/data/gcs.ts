import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline as pipelineCallback, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import {
  CRC32C,
  IdempotencyStrategy,
  RETRYABLE_ERR_FN_DEFAULT,
  Storage,
  type Bucket,
  type File,
  type StorageOptions,
} from '@google-cloud/storage';
import type { AuthClient, GoogleAuth } from 'google-auth-library';
import type { DeniedContext } from '../../auth/permissions.js';
import { Input } from '../../constants.js';
import { SUPPORTED_EXTENSIONS_TEXT, dataFormatOf } from '../../formats/read.js';
import { UserError } from '../../util/errors.js';
import { setIdleTimeout } from '../../util/http-idle.js';
import {
  CorruptDownloadError,
  clientRetriesOf,
  isRetryableRead,
  googleCallError,
  googleFailure,
} from '../google-errors.js';
import type { GcsLocation, Selection } from './location.js';
import type { DataFile, DataSource } from './types.js';

// ---------------------------------------------------------------------------------------------------- client

/** What the Storage client needs from GoogleCredentials (src/auth/credentials.ts). */
export interface StorageCredentials {
  /** A GoogleAuth finds Application Default Credentials on first use (the trainer in a Vertex AI job). */
  authClient: AuthClient | GoogleAuth;
  projectId: string | null;
}

const CLOUD_STORAGE_ENDPOINT = 'https://storage.googleapis.com';
/** How long a Cloud Storage request may go without a byte before it counts as stalled (see setIdleTimeout). */
const IDLE_TIMEOUT_MS = 60_000;

/** The client's retry settings (its RetryOptions type is not exported). */
export type StorageRetryOptions = NonNullable<StorageOptions['retryOptions']>;

/**
 * A Storage client for the given credentials, or for the emulator STORAGE_EMULATOR_HOST names (`host:port` or
 * a URL; http when no scheme is given, as the Go and Python clients do). An emulator gets no credentials, as
 * with every Google client: it does not check them, and an ADC client would need a token from Google first.
 *
 * The client retries on its own, with exponential backoff (2^n s plus up to 1 s of jitter, at most
 * maxRetryDelay apart, within totalTimeout): on 408, 429, 500, 502, 503 and 504, and on ECONNRESET, EPIPE,
 * EAI_AGAIN, socket timeouts and unexpected closures. It retries reads and listings always, but uploads and
 * metadata writes only when they carry a precondition (RetryConditional), so every write here has one. A
 * download is retried only until its response starts: a connection cut or a stall mid-body reaches the caller,
 * which is why GcsDataSource retries whole downloads itself. `retry` overrides these settings; keep maxRetryDelay
 * at 1 s or more, or the client's upload retry (async-retry, minTimeout 1 s) rejects every upload.
 *
 * Every request to the endpoint that goes `idleTimeoutMs` without a byte fails as a socket timeout (ETIMEDOUT),
 * which the client is told to retry like a reset (a download mid-body: GcsDataSource does).
 */
export function createStorage(
  credentials: StorageCredentials,
  env: NodeJS.ProcessEnv = process.env,
  retry: StorageRetryOptions = {},
  idleTimeoutMs = IDLE_TIMEOUT_MS,
): Storage {
  const emulator = env.STORAGE_EMULATOR_HOST?.trim() || null;
  const apiEndpoint = emulator === null ? CLOUD_STORAGE_ENDPOINT : emulatorEndpoint(emulator);
  const storage = new Storage({
    authClient: credentials.authClient,
    projectId: credentials.projectId ?? undefined,
    apiEndpoint,
    useAuthWithCustomEndpoint: emulator === null,
    retryOptions: {
      autoRetry: true,
      maxRetries: 5,
      retryDelayMultiplier: 2,
      maxRetryDelay: 32,
      totalTimeout: 300,
      idempotencyStrategy: IdempotencyStrategy.RetryConditional,
      // The default retries resets but not socket timeouts, which is what a stalled request ends as.
      // (ApiError types code as a number; a connection failure's is Node's string code.)
      retryableErrorFn: (error) => RETRYABLE_ERR_FN_DEFAULT(error) || (error?.code as unknown) === 'ETIMEDOUT',
      ...retry,
    },
  });
  // The client reads process.env.STORAGE_EMULATOR_HOST itself and then sends JSON API calls to that host
  // without the /storage/v1 path (googleapis/nodejs-storage#1314), while uploads and downloads go to
  // apiEndpoint. Pin every call to the endpoint chosen from `env`.
  storage.baseUrl = `${apiEndpoint}/storage/v1`;
  setIdleTimeout(new URL(apiEndpoint).host, idleTimeoutMs);
  return storage;
}

/**
 * The object's stored bytes (no decompression, no checksum check by the client), as a stream. Use this
 * rather than file.createReadStream() or file.download(): see CLIENT_BODY_LISTENERS.
 */
export function readStoredBytes(file: File): Readable {
  const body = file.createReadStream({ validation: false, decompress: false });
  body.once('response', (response: EventEmitter) => response.setMaxListeners(CLIENT_BODY_LISTENERS));
  return body;
}

/**
 * 'error' and 'close' listeners the client puts on each download's response body, more than the default
 * limit of 10 (12 and 11, measured; node-fetch 3, teeny-request 11, @google-cloud/storage 8). Three pipelines
 * read that one stream: node-fetch's own, teeny-request's into its request stream (which the Storage client
 * reads only to discard it) and the Storage client's into the stream it returns; each adds its listeners,
 * and they are all attached at once unless the whole body fits in the streams' buffers (about 64 KB). A fixed
 * number, not a leak (googleapis/google-cloud-node#9185), so this one stream may have that many, with room
 * to spare, and Node still warns if it ever gets far more.
 */
const CLIENT_BODY_LISTENERS = 20;

function emulatorEndpoint(host: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `http://${host}`;
  return url.replace(/\/+$/, '');
}

// ---------------------------------------------------------------------------------------------------- source

/** What reading and fingerprinting one object needs, all from the listing. */
interface ListedObject {
  name: string;
  uri: string;
  size: number;
  generation: string;
  /** Base64, as the API gives them; GCS always has crc32c, and md5 except for composite objects. */
  crc32c: string | null;
  md5Hash: string | null;
  /** Stored gzip-compressed (Content-Encoding: gzip): the checksums are over the compressed bytes. */
  gzipped: boolean;
}

export interface DownloadRetry {
  /** Downloads of one object before giving up. */
  attempts: number;
  /** Backoff before the second attempt; doubled for each further one, with full jitter. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface GcsDataSourceOptions {
  /** Objects per listing page; the API's maximum by default. */
  pageSize?: number;
  /** Objects downloaded at the same time. */
  concurrency?: number;
  /** Where the spool folder is made; os.tmpdir() by default. */
  tempDir?: string;
  retry?: Partial<DownloadRetry>;
  /** The project and service account, so a permission error can give the exact command that fixes it. */
  denied?: DeniedContext;
  /** The input that names the objects, for messages: `data` (training) or `score` (rows to predict). */
  input?: Input;
}

const DEFAULT_RETRY: DownloadRetry = { attempts: 4, firstDelayMs: 1000, maxDelayMs: 16_000 };
const NOT_FOUND_REMEDY = 'Check the URI (object names are case-sensitive) or upload the data.';

/**
 * Training data in Cloud Storage: `gs://bucket/prefix/` (every data object below it), `gs://bucket/path/*.csv`
 * (a glob on object names) or `gs://bucket/object.csv`.
 *
 * The pipeline reads the data twice (profile, then encode), so each object is downloaded once, a few at a
 * time, into a spool folder, streamed to disk and checked against the listing's checksum; open() reads the
 * spooled copy. Downloading starts at the first open(), so a run that stops after the fingerprint downloads
 * nothing. dispose() removes the spool.
 */
export class GcsDataSource implements DataSource {
  private readonly bucket: Bucket;
  private readonly bucketName: string;
  private readonly selection: Selection;
  private readonly pageSize: number;
  private readonly concurrency: number;
  private readonly tempDir: string;
  private readonly retry: DownloadRetry;
  private readonly clientRetries: number;
  private readonly denied: DeniedContext;
  /** "Input 'data'" or "Input 'score'", as messages start. */
  private readonly input: string;
  private summary: string;
  /** The last listing, by URI. */
  private objects = new Map<string, ListedObject>();
  private spool: Promise<Spool> | null = null;

  constructor(
    private readonly location: GcsLocation,
    storage: Storage,
    options: GcsDataSourceOptions = {},
  ) {
    const { bucket, selection } = location;
    this.bucketName = bucket;
    this.bucket = storage.bucket(bucket);
    this.selection = selection;
    this.pageSize = options.pageSize ?? 1000;
    this.concurrency = options.concurrency ?? 4;
    this.tempDir = options.tempDir ?? os.tmpdir();
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.clientRetries = clientRetriesOf(storage);
    this.denied = options.denied ?? {};
    this.input = `Input '${options.input ?? Input.Data}'`;
    this.summary = `Cloud Storage data '${location.uri}'`;
  }

  get description(): string {
    return this.summary;
  }

  async list(): Promise<DataFile[]> {
    const { selection } = this;
    const listed = await this.listObjects(selection.kind === 'object' ? selection.name : selection.prefix);
    const selected = listed.filter((object) => this.isSelected(object.name));
    if (selected.length === 0) throw this.nothingMatches(listed);
    selected.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.objects = new Map(selected.map((object) => [object.uri, object]));
    this.summary =
      selection.kind === 'object'
        ? selected[0]!.uri
        : `${count(selected.length)} ${selection.kind === 'glob' ? 'matching' : 'under'} ${this.where()}`;
    return selected.map((object) => ({ uri: object.uri, display: object.uri, size: object.size }));
  }

  async open(file: DataFile): Promise<Readable> {
    const object = this.listed(file);
    this.spool ??= Spool.start([...this.objects.values()], {
      input: this.input,
      tempDir: this.tempDir,
      concurrency: this.concurrency,
      download: (listed, target, signal) => this.download(listed, target, signal),
    });
    // Drop a spool that could not start, so a later open() tries again.
    const spool = await this.spool.catch((error: unknown) => {
      this.spool = null;
      throw error;
    });
    const local = createReadStream(await spool.pathOf(object));
    if (!object.gzipped) return local;
    // Spooled as stored, so the checksum could be checked; decompressed on every read.
    return pipelineCallback(local, createGunzip(), () => {});
  }

  /** sha256 over each object's name, generation and checksums, in the given order: nothing is downloaded. */
  async fingerprint(files: readonly DataFile[]): Promise<string> {
    const overall = createHash('sha256');
    for (const file of files) {
      const object = this.listed(file);
      // JSON, since an object name may hold any character but a line break.
      overall.update(`${JSON.stringify([object.uri, object.generation, object.crc32c, object.md5Hash])}\n`);
    }
    return `sha256:${overall.digest('hex')}`;
  }

  /** Stops the downloads and removes the spool. */
  async dispose(): Promise<void> {
    const spool = this.spool;
    this.spool = null;
    await (await spool?.catch(() => null))?.dispose();
  }

  private listed(file: DataFile): ListedObject {
    const object = this.objects.get(file.uri);
    if (!object) throw new Error(`${file.uri} was not listed by this data source`);
    return object;
  }

  private isSelected(name: string): boolean {
    const { selection } = this;
    switch (selection.kind) {
      case 'object':
        return name === selection.name;
      case 'glob':
        return selection.matches(name) && dataFormatOf(name) !== null;
      case 'prefix':
        // Hidden files and folders below the prefix are left out, as in a local folder.
        return dataFormatOf(name) !== null && !name.slice(selection.prefix.length).split('/').some(isHidden);
    }
  }

  /** The URI as the selection reads it: the object, the prefix with its slash, or the glob. */
  private where(): string {
    const { selection } = this;
    const objectPath =
      selection.kind === 'object' ? selection.name : selection.kind === 'glob' ? selection.pattern : selection.prefix;
    return `gs://${this.bucketName}/${objectPath}`;
  }

  /** Every object under the prefix, page by page. */
  private async listObjects(prefix: string): Promise<ListedObject[]> {
    const objects: ListedObject[] = [];
    let pageToken: string | undefined;
    do {
      let page;
      try {
        page = await this.bucket.getFiles({ prefix, maxResults: this.pageSize, pageToken, autoPaginate: false });
      } catch (error) {
        throw this.listingError(error);
      }
      // The types promise a next query, but the last page has none.
      const [files, next]: [File[], { pageToken?: string } | null, unknown] = page;
      for (const { metadata } of files) {
        const name = metadata.name ?? '';
        objects.push({
          name,
          uri: `gs://${this.bucketName}/${name}`,
          size: Number(metadata.size ?? 0),
          generation: String(metadata.generation ?? ''),
          crc32c: metadata.crc32c ?? null,
          md5Hash: metadata.md5Hash ?? null,
          gzipped: metadata.contentEncoding === 'gzip',
        });
      }
      pageToken = next?.pageToken;
    } while (pageToken);
    return objects;
  }

  private listingError(error: unknown): Error {
    if (googleFailure(error)?.status === 404) {
      return new UserError(
        `${this.input}: the bucket gs://${this.bucketName}/ does not exist. Check the bucket name in ` +
          `'${this.location.uri}'.`,
      );
    }
    const { clientRetries, denied } = this;
    return googleCallError(
      { input: this.input, method: 'objects.list', action: `list ${this.where()}`, attempts: 1, clientRetries, denied },
      error,
    );
  }

  private nothingMatches(listed: readonly ListedObject[]): UserError {
    const { selection } = this;
    if (selection.kind === 'object') {
      return new UserError(`${this.input}: there is no object ${this.where()}. ${NOT_FOUND_REMEDY}`);
    }
    // What the user named, though none of it is data: the glob's matches, or everything under the prefix.
    const named = selection.kind === 'glob' ? listed.filter((object) => selection.matches(object.name)) : listed;
    const example = named[0];
    const others = example
      ? ` (it ${selection.kind === 'glob' ? 'matches' : 'holds'} ${count(named.length)} such as '${example.uri}', ` +
        `but data files must be ${SUPPORTED_EXTENSIONS_TEXT}${selection.kind === 'prefix' ? ' and not hidden' : ''})`
      : '';
    return new UserError(
      `${this.input}: no CSV or JSON Lines objects ${selection.kind === 'glob' ? 'match' : 'under'} ` +
        `${this.where()}${others}. ${NOT_FOUND_REMEDY}`,
    );
  }

  /**
   * Downloads the listed generation of the object to `target`, retrying with backoff when the connection
   * fails, the body stalls or the bytes are corrupt (the client has already retried error statuses). Nothing
   * has been handed to the reader yet, so a failure midway is retried too: the next attempt starts the file
   * again.
   */
  private async download(object: ListedObject, target: string, signal: AbortSignal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.downloadOnce(object, target, signal);
        return;
      } catch (error) {
        if (signal.aborted || attempt >= this.retry.attempts || !isRetryableRead(error)) {
          throw this.downloadError(object, error, attempt);
        }
      }
      const ceiling = Math.min(this.retry.maxDelayMs, this.retry.firstDelayMs * 2 ** (attempt - 1));
      await sleep(Math.random() * ceiling, undefined, { signal });
    }
  }

  private async downloadOnce(object: ListedObject, target: string, signal: AbortSignal): Promise<void> {
    const checksum = checksumFor(object);
    // The listed generation, so the bytes are those the fingerprint describes. Stored bytes as they are
    // (no decompression), since the checksums are over them; the check here replaces the client's own.
    const file = this.bucket.file(object.name, { generation: object.generation });
    await pipeline(
      readStoredBytes(file),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          checksum?.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(target),
      { signal },
    );
    const actual = checksum?.digest();
    if (checksum && actual !== checksum.expected) {
      throw new CorruptDownloadError(
        `the downloaded bytes have ${checksum.algorithm} ${actual}, the object's is ${checksum.expected}`,
      );
    }
  }

  private downloadError(object: ListedObject, error: unknown, attempts: number): Error {
    if (googleFailure(error)?.status === 404) {
      return new UserError(
        `${this.input}: ${object.uri} changed while this run was reading it (generation ${object.generation} ` +
          'is gone). Rerun when nothing is writing to the data.',
      );
    }
    const { clientRetries, denied } = this;
    return googleCallError(
      { input: this.input, method: 'objects.get', action: `read ${object.uri}`, attempts, clientRetries, denied },
      error,
    );
  }
}

function isHidden(segment: string): boolean {
  return segment.startsWith('.');
}

function count(objects: number): string {
  return objects === 1 ? '1 object' : `${objects} objects`;
}

/** The object's MD5 when it has one (hashed natively, so faster), else its CRC32C; null when it has neither. */
function checksumFor(
  object: ListedObject,
): { algorithm: string; expected: string; update(chunk: Buffer): void; digest(): string } | null {
  if (object.md5Hash) {
    const md5 = createHash('md5');
    return {
      algorithm: 'MD5',
      expected: object.md5Hash,
      update: (chunk) => md5.update(chunk),
      digest: () => md5.digest('base64'),
    };
  }
  if (object.crc32c) {
    const crc32c = new CRC32C();
    return {
      algorithm: 'CRC32C',
      expected: object.crc32c,
      update: (chunk) => crc32c.update(chunk),
      digest: () => crc32c.toString(),
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------- spool

interface SpoolOptions {
  /** "Input 'data'" or "Input 'score'", as messages start. */
  input: string;
  tempDir: string;
  concurrency: number;
  download(object: ListedObject, target: string, signal: AbortSignal): Promise<void>;
}

/**
 * The listed objects, downloaded in listing order, `concurrency` at a time, into a private folder: the reader
 * opens objects in that order, so the first is ready first while the others follow. After one download
 * fails for good, no more start.
 */
class Spool {
  private readonly controller = new AbortController();
  private readonly downloads = new Map<string, Promise<string>>();

  private constructor(private readonly dir: string) {}

  static async start(objects: readonly ListedObject[], options: SpoolOptions): Promise<Spool> {
    await checkFreeSpace(objects, options.tempDir, options.input);
    const spool = new Spool(await mkdtemp(path.join(options.tempDir, 'ml-pipeline-gcs-')));
    const { signal } = spool.controller;
    const slot = limiter(options.concurrency);
    let failure: unknown = null;
    objects.forEach((object, index) => {
      // Named by position: object names may hold anything a file name cannot.
      const target = path.join(spool.dir, String(index));
      const done = slot(async () => {
        if (failure !== null) throw failure;
        signal.throwIfAborted();
        await options.download(object, target, signal);
        return target;
      });
      done.catch((error: unknown) => {
        failure ??= error;
      });
      spool.downloads.set(object.uri, done);
    });
    return spool;
  }

  pathOf(object: ListedObject): Promise<string> {
    const download = this.downloads.get(object.uri);
    if (!download) throw new Error(`${object.uri} is not in the spool`);
    return download;
  }

  async dispose(): Promise<void> {
    this.controller.abort();
    await Promise.allSettled(this.downloads.values());
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Fails before downloading anything when the data cannot fit, rather than with ENOSPC halfway. */
async function checkFreeSpace(objects: readonly ListedObject[], tempDir: string, input: string): Promise<void> {
  const needed = objects.reduce((sum, object) => sum + object.size, 0);
  const { bavail, bsize } = await statfs(tempDir);
  const free = bavail * bsize;
  if (needed > free) {
    throw new UserError(
      `${input}: the ${count(objects.length)} hold ${gigabytes(needed)} but ${tempDir} has only ` +
        `${gigabytes(free)} free, and each object is downloaded there once to be read twice. Free disk space ` +
        'on the runner, or train on fewer objects.',
    );
  }
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** Runs at most `concurrency` tasks at once, starting them in the order they were submitted. */
function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, so a newcomer cannot take it in between.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
