// Cloud Storage and BigQuery failures, as the data sources and the artifact store report them: one mapping from
// what the @google-cloud/storage client or the REST client (GoogleApiError) throws to the error the user reads,
// naming the call, the object or table, the status or fault, what was retried and what to do.
import type { Storage } from '@google-cloud/storage';
import { explainDenied, type DeniedContext } from '../auth/permissions.js';
import { GoogleApiError } from '../clients/google-api.js';
import { UserError } from '../util/errors.js';
import { StreamIdleError } from '../util/http-idle.js';

/** The HTTP status and the API's own message of a failed Cloud Storage or BigQuery call; null for other errors. */
export function googleFailure(error: unknown): { status: number; message: string } | null {
  if (error instanceof GoogleApiError) return { status: error.status, message: error.apiMessage.replace(/\s+/g, ' ').trim().slice(0, 300) };
  if (!(error instanceof Error)) return null;
  const status = (error as { code?: unknown }).code;
  if (typeof status !== 'number') return null;
  // A failed download carries the raw response body as its message.
  let message = error.message;
  try {
    const body = JSON.parse(message) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Already the API's message.
  }
  return { status, message: message.replace(/\s+/g, ' ').trim().slice(0, 300) };
}

/** The bytes received do not have the checksum the listing gave: corrupted on the way. */
export class CorruptDownloadError extends Error {
  override readonly name = 'CorruptDownloadError';
}

/** Statuses the client retries itself, with backoff, before the call fails (see createStorage). */
const RETRIED_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Connection failures by Node's error code, in words. */
const CONNECTION_FAULTS: Record<string, string> = {
  ECONNRESET: 'the connection was cut',
  EPIPE: 'the connection was cut',
  ERR_STREAM_PREMATURE_CLOSE: 'the connection was cut',
  ECONNREFUSED: 'the connection was refused',
  ETIMEDOUT: 'the connection timed out',
  EAI_AGAIN: 'the host name did not resolve',
  ENOTFOUND: 'the host name did not resolve',
  ENETUNREACH: 'the network could not reach the host',
  EHOSTUNREACH: 'the network could not reach the host',
};

/**
 * Whether starting the read again can help: a connection cut or refused, a stalled body, corrupt bytes. Error
 * statuses are not among them: the client has already retried those (RETRIED_STATUSES) before they surface.
 */
export function isRetryableRead(error: unknown): boolean {
  return error instanceof CorruptDownloadError || connectionFault(error) !== null;
}

/** A StreamIdleError's words, also when node-fetch has rewrapped it (keeping its code and message, not it). */
const IDLE_MESSAGE = /no bytes arrived for [\d.]+ s/;

function connectionFault(error: unknown): string | null {
  if (error instanceof StreamIdleError) return `${error.message} (the request stalled)`;
  // fetch (the REST clients) fails with a TypeError whose cause is the connection's error, or on its own timeout.
  // By name: Node's fetch makes them in its own realm, where instanceof this realm's TypeError can be false.
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: unknown };
  if (name === 'TypeError' && cause !== undefined) return connectionFault(cause);
  if (name === 'TimeoutError') return 'no answer came within the request timeout (the request stalled)';
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return null;
  const idle = code === 'ETIMEDOUT' && typeof message === 'string' ? IDLE_MESSAGE.exec(message) : null;
  if (idle) return `${idle[0]} (the request stalled)`;
  const fault = CONNECTION_FAULTS[code];
  return fault === undefined ? null : `${fault} (${code})`;
}

/** How many times the client retries a call on its own (see createStorage). */
export function clientRetriesOf(storage: Storage): number {
  const { autoRetry, maxRetries } = storage.retryOptions;
  return autoRetry === false ? 0 : (maxRetries ?? 0);
}

/** The APIs whose failures googleCallError words, by the name explainDenied knows them. */
export type DataApi = 'storage' | 'bigquery';

const SERVICE_NAMES: Record<DataApi, string> = { storage: 'Cloud Storage', bigquery: 'BigQuery' };

/** A failed Cloud Storage (or BigQuery) call, as googleCallError words it. */
export interface GoogleCall {
  /** Cloud Storage unless said. */
  api?: DataApi;
  /** Whose setting named the bucket or table: "Input 'data'". */
  input: string;
  /** The API method, as explainDenied names it: objects.list, objects.get, objects.insert, jobs.insert. */
  method: string;
  /** What was being done, with the gs:// URI: "read gs://bucket/object". */
  action: string;
  /** Attempts this code made, each one a whole read; the client's own retries within each are not counted. */
  attempts: number;
  /** How many times the client retries a call on its own: clientRetriesOf(storage). */
  clientRetries: number;
  /** What was left undone, when the user should know: "This run's artifacts are at …" (not said on 401/403). */
  consequence?: string;
  denied: DeniedContext;
}

const transientRemedy = (service: string): string =>
  `This is a ${service} or network fault, not a problem with the data: check https://status.cloud.google.com and the runner's network, then rerun the workflow.`;
const CORRUPT_REMEDY =
  'Something between this runner and Cloud Storage (a proxy or a TLS-inspecting firewall) altered the bytes: ' +
  "check the runner's network, then rerun the workflow.";
const REJECTED_REMEDIES: Record<DataApi, string> = {
  storage: 'Fix what Cloud Storage reports (the bucket, its settings or the object), then rerun the workflow.',
  bigquery: 'Fix what BigQuery reports (the query, the table or the project), then rerun the workflow.',
};

/**
 * The error for a Cloud Storage (or BigQuery) call that failed for good, other than a 404 (callers word those: a missing
 * bucket and a missing object mean different things to them). Every answer from the API and every network
 * fault is a UserError: the user can act on it, and it is not a bug. Anything else (a programming error)
 * stays an Error.
 */
export function googleCallError(call: GoogleCall, error: unknown): Error {
  const api = call.api ?? 'storage';
  const service = SERVICE_NAMES[api];
  const prefix = `${call.input}: cannot ${call.action}`;
  const consequence = call.consequence === undefined ? '' : ` ${call.consequence}`;
  const failure = googleFailure(error);
  if (failure && (failure.status === 401 || failure.status === 403)) {
    // The explanation ends with the command that fixes it; that stays last.
    const explanation = explainDenied(api, call.method, failure.status, failure.message, call.denied);
    return new UserError(`${prefix}: ${explanation}`, { cause: error });
  }
  const status = failure && RETRIED_STATUSES.has(failure.status) ? failure.status : null;
  const fault = connectionFault(error);
  const clientRetried = call.clientRetries > 0 && (status !== null || fault !== null);
  const retried =
    call.attempts > 1
      ? `, on each of ${call.attempts} attempts`
      : clientRetried
        ? `, after the client's retries (up to ${call.clientRetries}, with backoff)`
        : '';
  if (failure) {
    const answer = `${service} ${call.method} answered (${failure.status}) ${failure.message.replace(/\.$/, '')}`;
    const remedy = status !== null ? transientRemedy(service) : REJECTED_REMEDIES[api];
    return new UserError(`${prefix}: ${answer}${retried}.${consequence} ${remedy}`, { cause: error });
  }
  if (error instanceof CorruptDownloadError) {
    return new UserError(`${prefix}: ${error.message}${retried}.${consequence} ${CORRUPT_REMEDY}`, { cause: error });
  }
  if (fault !== null) {
    return new UserError(`${prefix}: ${fault}${retried}.${consequence} ${transientRemedy(service)}`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Cannot ${call.action}: ${reason}`, { cause: error });
}
