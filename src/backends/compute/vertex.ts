import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Storage } from '@google-cloud/storage';
import type { AuthClient } from 'google-auth-library';
import { explainDenied, type DeniedContext } from '../../auth/permissions.js';
import { Input } from '../../constants.js';
import { CloudLoggingClient, type LogEntry } from '../../clients/cloud-logging.js';
import { GoogleApiError, isTransient } from '../../clients/google-api.js';
import { TERMINAL_STATES, VertexAiClient, type CustomJob, type JobState } from '../../clients/vertex-ai.js';
import type { ModelRuntime } from '../../ml/family.js';
import { MODEL_CHOICES } from '../../ml/families/index.js';
import { YDF_WASM } from '../../ml/families/gbt.js';
import { WASM_FILES, type BackendChoice } from '../../ml/tf.js';
import type { TrainCallbacks, TrainingChoice } from '../../stages/train.js';
import { errorMessage, UserError } from '../../util/errors.js';
import { within } from '../../util/paths.js';
import { GcsDataSource, readStoredBytes } from '../data/gcs.js';
import { parseGcsLocation, type GcsLocation } from '../data/location.js';
import { googleCallError } from '../google-errors.js';
import {
  MODEL_DIR_VARIABLE,
  parseTrainingRecord,
  RUN_SPEC_VARIABLE,
  TRAINER_ARGUMENT,
  TRAINER_DONE,
  TRAINER_FAILED,
  TRAINING_RECORD_FILE,
  type RunSpec,
} from './run-spec.js';
import type { Compute, ComputeResult, TrainRequest } from './types.js';

/**
 * What the job reads: data in Cloud Storage where it is; rows the runner read itself (BigQuery, spooled to the
 * runner's disk as JSON Lines) are uploaded beside the trainer, and the job reads that copy.
 */
export type JobData = GcsLocation | { kind: 'staged'; rows: () => Promise<Readable> };

export interface VertexComputeOptions {
  project: string;
  /** The Vertex AI location (the region input). */
  location: string;
  machineType: string;
  image: string;
  /** The job's identity; null: Vertex AI's default (the project's Custom Code Service Agent). */
  serviceAccount: string | null;
  /** From the job's creation; Vertex AI is given the same limit (scheduling.timeout). */
  timeoutMs: number;
  authClient: AuthClient;
  storage: Storage;
  /** Where the trainer, the run specification and the job's output are staged: the artifact bucket. */
  bucket: string;
  functionName: string;
  data: JobData;
  holdout: number;
  choice: TrainingChoice;
  backend: BackendChoice;
  /**
   * dist/index.js: the action's bundle, which runs as the trainer given TRAINER_ARGUMENT. It is staged with its
   * chunks and the WebAssembly binaries it loads from its own folder (TRAINER_BINARIES), all beside it in dist/.
   */
  trainerBundle: string;
  vertexEndpoint: string;
  loggingEndpoint?: string;
  denied: DeniedContext;
  /** The process whose SIGINT and SIGTERM cancel the job (the runner's cancellation). */
  signals?: NodeJS.EventEmitter;
}

/** The third-party licence notices of the action's bundle, beside it (scripts/bundle.mjs): staged with it. */
const TRAINER_NOTICES = 'licenses.txt';
/** The WebAssembly binaries the trainer loads from its own folder: TensorFlow.js's and YDF's. */
export const TRAINER_BINARIES: readonly string[] = [...WASM_FILES, YDF_WASM];

/** Everything a job of a run is staged under, in the artifact bucket: outside `<function>/`, where runs are published. */
export const JOBS_PREFIX = 'ml-pipeline-jobs';
/** Under a run's staging prefix: the copy of rows the runner read (JobData 'staged'). */
const STAGED_ROWS = 'data/rows.jsonl';
/** The log lines an error quotes. */
const TAIL_LINES = 20;
const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 10_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** Cloud Logging shows an entry seconds after it is written: after the job ends, its last lines are waited for so long. */
const LOG_SETTLE_POLLS = 3;
const LOG_SETTLE_MS = 2000;

const INPUT = "Input 'compute'";
const NOTHING_SHIPPED = 'Nothing was deployed and the baseline is unchanged.';

/**
 * Trains in a Vertex AI custom job: stages the trainer and a run specification in the artifact bucket, creates a
 * CustomJob with one worker pool that runs the trainer with node, follows it (state by polling with a deadline, its
 * log lines from Cloud Logging as they arrive), cancels it when the step is cancelled, and loads the model it wrote
 * to AIP_MODEL_DIR. The Cloud Storage FUSE mount Vertex AI gives every custom job (/gcs/<bucket>/) is how the
 * container reaches the trainer: the image needs nothing but Node.js.
 */
export class VertexCompute implements Compute {
  readonly description: string;
  private readonly vertex: VertexAiClient;
  private readonly logging: CloudLoggingClient;

  constructor(private readonly options: VertexComputeOptions) {
    this.description = `Vertex AI (${options.machineType} in ${options.location})`;
    this.vertex = new VertexAiClient({ authClient: options.authClient, endpoint: options.vertexEndpoint });
    this.logging = new CloudLoggingClient({ authClient: options.authClient, endpoint: options.loggingEndpoint });
  }

  async train(runtime: ModelRuntime, request: TrainRequest, callbacks: TrainCallbacks): Promise<ComputeResult> {
    const { bucket, functionName } = this.options;
    const stage = `${JOBS_PREFIX}/${functionName}/${request.runId}/`;
    const trainerPrefix = `${stage}trainer/`;
    const stagedRows = `${stage}${STAGED_ROWS}`;
    try {
      await this.stageTrainer(trainerPrefix);
      const data = await this.stageData(stagedRows, request.fingerprint);
      const specUri = await this.stageSpec(`${stage}run-spec.json`, request, data);
      const what = this.options.data.kind === 'staged' ? 'the trainer, the data' : 'the trainer';
      callbacks.log(`Vertex AI: staged ${what} and the run specification under gs://${bucket}/${stage}.`);
      const created = Date.now();
      const job = await this.followJob(this.jobFor(request.runId, stage, trainerPrefix, specUri), callbacks);
      // The job's own times when it gives them (polling sees its end up to 10 s late).
      const recorded = (Date.parse(job.endTime ?? '') - Date.parse(job.createTime ?? '')) / 1000;
      const jobSeconds = Number.isFinite(recorded) && recorded >= 0 ? recorded : (Date.now() - created) / 1000;
      const dir = await this.downloadModel(`${stage}output/model/`);
      try {
        const where = { kind: 'vertex-ai' as const, job: job.name ?? '', machineType: this.options.machineType, jobSeconds };
        return { ...(await this.loadTrained(runtime, dir, job)), where };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } finally {
      // The trainer and a copy of the data are the bulk of what is staged (megabytes to gigabytes per run); the
      // specification and the model stay for the record.
      await this.remove(trainerPrefix, 'trainer', callbacks);
      if (this.options.data.kind === 'staged') await this.remove(stagedRows, 'data', callbacks);
    }
  }

  private async remove(prefix: string, what: string, callbacks: TrainCallbacks): Promise<void> {
    const { storage, bucket } = this.options;
    await storage
      .bucket(bucket)
      .deleteFiles({ prefix })
      .catch((error: unknown) => callbacks.warn?.(`Vertex AI: could not remove the staged ${what} gs://${bucket}/${prefix}: ${errorMessage(error)}`));
  }

  /**
   * The gs:// data the job reads and the fingerprint its trainer checks it against. Rows the runner read are
   * streamed from its spool into the artifact bucket (resumably: one chunk in memory, a dropped connection resumes);
   * the job cannot recompute a BigQuery fingerprint (it reads no BigQuery), so it checks the staged copy's own:
   * that it reads exactly the object uploaded here.
   */
  private async stageData(name: string, fingerprint: string): Promise<{ uri: string; fingerprint: string }> {
    const { data, storage, bucket, denied } = this.options;
    if (data.kind === 'gcs') return { uri: data.uri, fingerprint };
    const rows = await data.rows();
    const uri = `gs://${bucket}/${name}`;
    try {
      const target = storage.bucket(bucket).file(name);
      await pipeline(rows, target.createWriteStream({ resumable: true, contentType: 'application/x-ndjson', preconditionOpts: { ifGenerationMatch: 0 } }));
    } catch (error) {
      // pipeline() has destroyed both streams.
      throw this.storageFault('objects.insert', `write ${uri}`, error);
    }
    const staged = new GcsDataSource(parseGcsLocation(uri), storage, { denied, input: Input.ArtifactBucket });
    return { uri, fingerprint: await staged.fingerprint(await staged.list()) };
  }

  private jobFor(runId: string, stage: string, trainerPrefix: string, specUri: string): CustomJob {
    const { bucket, machineType, image, serviceAccount, timeoutMs, functionName } = this.options;
    return {
      displayName: `ml-pipeline ${functionName} ${runId}`,
      labels: { 'ml-pipeline-function': functionName },
      jobSpec: {
        workerPoolSpecs: [
          {
            machineSpec: { machineType },
            replicaCount: '1',
            containerSpec: {
              imageUri: image,
              command: ['node', `/gcs/${bucket}/${trainerPrefix}${basename(this.options.trainerBundle)}`, TRAINER_ARGUMENT],
              env: [{ name: RUN_SPEC_VARIABLE, value: specUri }],
            },
          },
        ],
        baseOutputDirectory: { outputUriPrefix: `gs://${bucket}/${stage}output/` },
        ...(serviceAccount && { serviceAccount }),
        scheduling: { timeout: `${Math.ceil(timeoutMs / 1000)}s` },
      },
    };
  }

  /**
   * Uploads the trainer bundle, every chunk it may load, its licence notices, the WebAssembly binaries beside them
   * (a job is given that folder alone), and a package.json that makes Node read it as ES modules. All of the
   * bundle's chunks, not only the trainer's: the few that only the action loads (the Actions cache and Octokit
   * clients, about 1 MB) cost less to upload than a list of the trainer's own would to keep right.
   */
  private async stageTrainer(prefix: string): Promise<void> {
    const { trainerBundle, bucket, storage } = this.options;
    const missing = (what: string) => new Error(`The trainer bundle's ${what} is missing: run npm run bundle (the released action ships it).`);
    const dir = dirname(trainerBundle);
    const bundle = basename(trainerBundle);
    const names = await readdir(dir).catch(() => {
      throw missing(`folder ${dir}`);
    });
    for (const name of [bundle, TRAINER_NOTICES]) if (!names.includes(name)) throw missing(`file ${join(dir, name)}`);
    // ncc names a bundle's chunks `<id>.<bundle's name>` (scripts/bundle.mjs).
    const chunks = names.filter((name) => name.endsWith(`.${bundle}`) && /^\d+$/.test(name.slice(0, -bundle.length - 1)));
    const files: Array<[string, Buffer]> = [['package.json', Buffer.from('{ "type": "module" }\n')]];
    for (const name of [bundle, ...chunks.sort(), TRAINER_NOTICES]) files.push([name, await readFile(join(dir, name))]);
    for (const name of TRAINER_BINARIES) {
      const file = join(dir, name);
      files.push([
        name,
        await readFile(file).catch(() => {
          throw missing(`binary ${file}`);
        }),
      ]);
    }
    for (const [name, bytes] of files) await this.write(`${prefix}${name}`, bytes, storage.bucket(bucket));
  }

  private async stageSpec(name: string, request: TrainRequest, data: { uri: string; fingerprint: string }): Promise<string> {
    const { preprocessing } = request.data.encoder;
    const spec: RunSpec = {
      formatVersion: 1,
      data: data.uri,
      fingerprint: data.fingerprint,
      preprocessing,
      rows: request.rows,
      holdout: this.options.holdout,
      seed: this.options.choice.seed,
      choice: this.options.choice,
      primaryMetric: request.primaryMetric,
      backend: this.options.backend,
    };
    await this.write(name, Buffer.from(`${JSON.stringify(spec, null, 2)}\n`), this.options.storage.bucket(this.options.bucket));
    return `gs://${this.options.bucket}/${name}`;
  }

  private async write(name: string, bytes: Buffer, bucket: ReturnType<Storage['bucket']>): Promise<void> {
    try {
      // Written once per run: the precondition makes the client's retries safe.
      await bucket.file(name).save(bytes, { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    } catch (error) {
      throw this.storageFault('objects.insert', `write gs://${bucket.name}/${name}`, error);
    }
  }

  /**
   * Creates the job and follows it to its end: its state by polling (1 s, doubling to 10 s), its log lines after
   * each poll. Resolves with the succeeded job; a job that failed, was cancelled or ran out of time, and a step
   * that was cancelled (SIGINT, SIGTERM: the job is cancelled first), are UserErrors quoting its last log lines.
   */
  private async followJob(spec: CustomJob, callbacks: TrainCallbacks): Promise<CustomJob> {
    const { project, location, timeoutMs, signals = process } = this.options;
    const stop = new AbortController();
    let stoppedBy: string | null = null;
    const onSignal = (signal: string) => {
      stoppedBy ??= signal;
      stop.abort();
    };
    const handlers = STOP_SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
    for (const [signal, handler] of handlers) signals.on(signal, handler);
    try {
      const parent = `projects/${project}/locations/${location}`;
      let job = await this.vertexCall('customJobs.create', () => this.vertex.createCustomJob(parent, spec));
      const name = job.name ?? '';
      const id = name.split('/').pop() ?? '';
      callbacks.log(
        `Vertex AI: created custom job ${name} (${this.options.machineType}); ` +
          `https://console.cloud.google.com/vertex-ai/locations/${location}/training/${id}/cpu?project=${project}`,
      );
      const logs = new JobLog(this.logging, project, id, callbacks, this.options.denied);
      const deadline = Date.now() + timeoutMs;
      let state: JobState | undefined = job.state;
      for (let interval = FIRST_POLL_MS; ; interval = Math.min(interval * 2, MAX_POLL_MS)) {
        if (stop.signal.aborted) {
          await this.cancel(name, callbacks);
          await logs.follow();
          throw new UserError(
            `The step was cancelled (${stoppedBy}) while Vertex AI job ${name} was ${state}: the job was asked to cancel. ` +
              `${logs.tailText()}${NOTHING_SHIPPED}`,
          );
        }
        if (Date.now() >= deadline) {
          await this.cancel(name, callbacks);
          await logs.follow();
          throw new UserError(
            `Input 'training-timeout': Vertex AI job ${name} was still ${state} after ${Math.round(timeoutMs / 1000)} s, so it was cancelled. ` +
              `${logs.tailText()}${NOTHING_SHIPPED} Raise training-timeout, or choose a larger machine-type.`,
          );
        }
        await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), undefined, { signal: stop.signal }).catch(() => undefined);
        if (stop.signal.aborted) continue;
        job = await this.poll(name, job);
        await logs.follow();
        if (job.state !== state) {
          state = job.state;
          callbacks.log(`Vertex AI: job ${id} is ${state}.`);
        }
        if (state !== undefined && TERMINAL_STATES.has(state)) break;
      }
      // A job that ran the trainer ends its log with the trainer's last word: wait for it, briefly.
      if (state === 'JOB_STATE_SUCCEEDED' || state === 'JOB_STATE_FAILED') {
        for (let poll = 0; poll < LOG_SETTLE_POLLS && !logs.ended(); poll++) {
          await sleep(LOG_SETTLE_MS, undefined, { signal: stop.signal }).catch(() => undefined);
          await logs.follow();
        }
      }
      if (state === 'JOB_STATE_SUCCEEDED') return job;
      const error = job.error ? `: ${job.error.message} (code ${job.error.code})` : '';
      throw new UserError(
        `Vertex AI job ${name} ended ${state}${error}. ${logs.tailText()}${NOTHING_SHIPPED} ` +
          'Fix what the log says (the data, machine-type, training-image), then rerun the workflow.',
      );
    } finally {
      for (const [signal, handler] of handlers) signals.off(signal, handler);
    }
  }

  /** The job's current state; a transient failure keeps the last one (the job goes on regardless). */
  private async poll(name: string, last: CustomJob): Promise<CustomJob> {
    try {
      return await this.vertex.getCustomJob(name);
    } catch (error) {
      if (isTransient(error)) return last;
      throw this.vertexFault('customJobs.get', error);
    }
  }

  private async cancel(name: string, callbacks: TrainCallbacks): Promise<void> {
    try {
      await this.vertex.cancelCustomJob(name);
      callbacks.log(`Vertex AI: asked to cancel job ${name}.`);
    } catch (error) {
      callbacks.warn?.(
        `Vertex AI: could not cancel job ${name}, which may still be running (and billed): ${errorMessage(this.vertexFault('customJobs.cancel', error))} ` +
          `Cancel it: gcloud ai custom-jobs cancel ${name}`,
      );
    }
  }

  private async vertexCall<T>(method: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw this.vertexFault(method, error);
    }
  }

  private vertexFault(method: string, error: unknown): Error {
    if (!(error instanceof GoogleApiError)) {
      return new UserError(`${INPUT}: Vertex AI ${method} could not be reached: ${errorMessage(error)}. Check the runner's network, then rerun the workflow.`, {
        cause: error,
      });
    }
    const explained = explainDenied('aiplatform', method, error.status, error.apiMessage, this.options.denied);
    const remedy =
      error.status === 400
        ? " Check the inputs the job is made from: machine-type (a Compute Engine machine type Vertex AI trains on, e.g. n2-standard-4), training-image, training-service-account and region."
        : '';
    return new UserError(`${INPUT}: ${explained}${remedy}`, { cause: error });
  }

  private storageFault(method: string, action: string, error: unknown): Error {
    return googleCallError(
      { input: "Input 'artifact-bucket'", method, action, attempts: 1, clientRetries: 0, denied: this.options.denied, consequence: NOTHING_SHIPPED },
      error,
    );
  }

  /** The files the job wrote to AIP_MODEL_DIR, in a new local folder. */
  private async downloadModel(prefix: string): Promise<string> {
    const { bucket: bucketName, storage } = this.options;
    const bucket = storage.bucket(bucketName);
    const dir = await mkdtemp(join(tmpdir(), 'ml-pipeline-vertex-model-'));
    try {
      const [files] = await bucket.getFiles({ prefix });
      if (files.length === 0) {
        throw new UserError(
          `The Vertex AI job succeeded but wrote nothing to ${MODEL_DIR_VARIABLE} (gs://${bucketName}/${prefix}): training-image must run the trainer as given (its command). ${NOTHING_SHIPPED}`,
        );
      }
      for (const file of files) {
        await pipeline(readStoredBytes(file), createWriteStream(within(dir, ...file.name.slice(prefix.length).split('/')), { flags: 'wx' }));
      }
      return dir;
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      if (error instanceof UserError) throw error;
      throw this.storageFault('objects.get', `read gs://${bucketName}/${prefix}`, error);
    }
  }

  private async loadTrained(runtime: ModelRuntime, dir: string, job: CustomJob): Promise<Omit<ComputeResult, 'where'>> {
    const record = parseTrainingRecord(await readFile(join(dir, TRAINING_RECORD_FILE), 'utf8').catch(() => ''));
    const choice = record ? MODEL_CHOICES.find((known) => known.name === record.model) : undefined;
    if (!record || !choice) {
      throw new UserError(
        `Vertex AI job ${job.name} left no readable ${TRAINING_RECORD_FILE} in ${MODEL_DIR_VARIABLE}: the trainer staged by another version of the action? ${NOTHING_SHIPPED}`,
      );
    }
    const model = await choice.family.load(runtime, dir);
    return {
      trained: { model, history: record.history, bestEpoch: record.bestEpoch, stoppedEarly: record.stoppedEarly },
      choice,
      settings: record.settings,
      candidates: record.candidates,
      skipped: [],
      reason: record.reason,
      seconds: record.seconds,
      backend: record.backend,
    };
  }
}

/**
 * A job's log lines from Cloud Logging, in order and each once: every follow() reads the entries since the last
 * timestamp seen (page by page, until no page token is left) and skips the entries it has already printed, by
 * insertId. Reading the log is a courtesy: a denied or failed read warns once and the job is followed without it.
 */
class JobLog {
  private readonly seen = new Set<string>();
  private readonly tail: string[] = [];
  private since: string | null = null;
  private broken = false;
  private trainerEnded = false;

  constructor(
    private readonly client: CloudLoggingClient,
    private readonly project: string,
    private readonly jobId: string,
    private readonly callbacks: TrainCallbacks,
    private readonly denied: DeniedContext,
  ) {}

  async follow(): Promise<void> {
    if (this.broken) return;
    const filter =
      `resource.type="ml_job" AND resource.labels.job_id="${this.jobId}"` + (this.since ? ` AND timestamp>="${this.since}"` : '');
    let pageToken: string | undefined;
    try {
      do {
        const page = await this.client.listEntries({
          resourceNames: [`projects/${this.project}`],
          filter,
          orderBy: 'timestamp asc',
          pageSize: 1000,
          ...(pageToken && { pageToken }),
        });
        for (const entry of page.entries ?? []) this.print(entry);
        pageToken = page.nextPageToken || undefined;
      } while (pageToken);
    } catch (error) {
      this.broken = true;
      const why =
        error instanceof GoogleApiError ? explainDenied('logging', 'entries.list', error.status, error.apiMessage, this.denied) : errorMessage(error);
      this.callbacks.warn?.(`Vertex AI: the job's log cannot be read, so it is not shown here: ${why}`);
    }
  }

  /** Whether the trainer's last line (done, or failed) has been read, or the log cannot be. */
  ended(): boolean {
    return this.trainerEnded || this.broken;
  }

  /** "Last log lines: …" for an error, or what is known of the log. */
  tailText(): string {
    if (this.broken) return 'Its log could not be read (see the warning). ';
    if (this.tail.length === 0) return 'Its log had no lines. ';
    return `Last log lines:\n${this.tail.join('\n')}\n`;
  }

  private print(entry: LogEntry): void {
    const key = `${entry.timestamp ?? ''}/${entry.insertId ?? JSON.stringify(entry)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (entry.timestamp) this.since = entry.timestamp;
    const text = entry.textPayload ?? (typeof entry.jsonPayload?.message === 'string' ? entry.jsonPayload.message : JSON.stringify(entry.jsonPayload ?? {}));
    for (const line of text.replace(/\r/g, '').replace(/\n$/, '').split('\n')) {
      if (line === TRAINER_DONE || line.startsWith(TRAINER_FAILED)) this.trainerEnded = true;
      // Prefixed, so a line of the job's can never read as a workflow command (::set-output, ::add-mask).
      const shown = `[vertex] ${line}`;
      this.callbacks.log(shown);
      this.tail.push(shown);
      if (this.tail.length > TAIL_LINES) this.tail.shift();
    }
  }
}
