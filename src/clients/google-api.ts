import type { AuthClient } from 'google-auth-library';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../util/errors.js';

/**
 * What every Google REST client here shares: the endpoint (with gcloud's override variables), one JSON call with
 * the AuthClient's headers and a timeout, the GoogleApiError an HTTP error becomes, and the polling of a
 * google.longrunning.Operation. Nothing here logs.
 */

/** google.rpc.Status as a long-running operation carries it: `code` is the RPC code (3 = INVALID_ARGUMENT, ...). */
export interface RpcStatus {
  code: number;
  message: string;
  details?: unknown[];
}

export interface OperationStage {
  name?: string;
  state?: string;
  message?: string;
}

export interface Operation {
  /** `projects/{project}/locations/{location}/operations/{operation}` */
  name: string;
  done?: boolean;
  error?: RpcStatus;
  response?: unknown;
  metadata?: { target?: string; verb?: string; stages?: OperationStage[]; [field: string]: unknown };
}

export interface WaitOptions {
  /** How long to wait for the operation, in milliseconds, before giving up on it. */
  deadlineMs: number;
  onProgress?: (message: string) => void;
  /** First pause between polls; it doubles up to MAX_POLL_INTERVAL_MS. */
  initialIntervalMs?: number;
}

/** A Google API answered with an HTTP error; the google.rpc status it carried, when it carried one. */
export class GoogleApiError extends Error {
  override readonly name = 'GoogleApiError';

  constructor(
    readonly method: string,
    /** The request's address, without a query string for signed URLs. */
    readonly url: string,
    readonly status: number,
    /** The API's own message (error.message), or the start of the body when it was not a google.rpc error. */
    readonly apiMessage: string,
    /** The canonical code name (error.status), e.g. ALREADY_EXISTS; null when the body did not carry one. */
    readonly rpcStatus: string | null,
  ) {
    super(`Failed to ${method} ${url}: (${status}) ${apiMessage}`);
  }
}

/** Operation polling never waits longer than this between two polls. */
export const MAX_POLL_INTERVAL_MS = 10_000;
/** Every call, polls included, gives up after this long. */
export const REQUEST_TIMEOUT_MS = 60_000;
/** Transient answers while polling: the operation goes on, so the poll is retried until the deadline. */
const TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * The base address of a Google API: the gcloud override variable (CLOUDSDK_API_ENDPOINT_OVERRIDES_<API>) when
 * set, else the public endpoint. Like gcloud, the override is the address the version path (`v2/...`) is appended
 * to, e.g. `http://127.0.0.1:8123/`; a missing trailing slash is added.
 */
export function apiEndpoint(
  api: 'CLOUDFUNCTIONS' | 'RUN' | 'AIPLATFORM' | 'LOGGING',
  fallback: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = env[`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api}`]?.trim();
  const base = override || fallback;
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * One JSON call to a Google API with the AuthClient's headers, resolving to the parsed body. A status >= 400
 * rejects with a GoogleApiError, except a 404 when `notFoundAsNull` is set: that resolves to null.
 */
export async function callGoogleApi<T>(
  authClient: AuthClient,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body: unknown,
  options: { notFoundAsNull: true },
): Promise<T | null>;
export async function callGoogleApi<T>(
  authClient: AuthClient,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
): Promise<T>;
export async function callGoogleApi<T>(
  authClient: AuthClient,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
  options: { notFoundAsNull?: boolean } = {},
): Promise<T | null> {
  const headers = await authClient.getRequestHeaders(url);
  headers.set('accept', 'application/json');
  if (body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (response.status === 404 && options.notFoundAsNull) {
    await response.body?.cancel();
    return null;
  }
  if (response.status >= 400) throw await apiError(method, url, response);
  const text = await response.text();
  if (text === '') return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${method} ${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}

/** The GoogleApiError for an HTTP error answer, with the API's message when the body is a google.rpc error. */
export async function apiError(method: string, url: string, response: Response): Promise<GoogleApiError> {
  const text = await response.text().catch(() => '');
  let message = text.trim().slice(0, 500) || response.statusText || 'no message';
  let rpcStatus: string | null = null;
  try {
    const error = (JSON.parse(text) as { error?: { message?: unknown; status?: unknown } }).error;
    if (typeof error?.message === 'string') message = error.message;
    if (typeof error?.status === 'string') rpcStatus = error.status;
  } catch {
    // Not JSON (a proxy's or a load balancer's page): its start is the message.
  }
  return new GoogleApiError(method, url, response.status, message, rpcStatus);
}

/**
 * Polls a long-running operation (Cloud Functions' or Cloud Run's: both are google.longrunning.Operation) until it
 * is done, waiting initialIntervalMs, then twice as long each time up to MAX_POLL_INTERVAL_MS. Rejects when it
 * ends with an error (naming the operation and the API's message), or when `deadlineMs` passes first; transient
 * answers (429, 5xx, a dropped connection) are polled again.
 */
export async function pollOperation(get: () => Promise<Operation>, name: string, options: WaitOptions): Promise<Operation> {
  const started = Date.now();
  const deadline = started + options.deadlineMs;
  let interval = options.initialIntervalMs ?? 500;
  for (;;) {
    let operation: Operation | null = null;
    let pollProblem = '';
    try {
      operation = await get();
    } catch (error) {
      if (!isTransient(error)) throw error;
      pollProblem = ` (the last poll failed: ${errorMessage(error)})`;
    }
    if (operation?.done) {
      if (operation.error) throw new OperationError(name, operation.error);
      return operation;
    }
    if (operation) {
      options.onProgress?.(`${describeOperation(operation)} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new OperationTimeoutError(name, options.deadlineMs, pollProblem);
    await sleep(Math.min(interval, remaining));
    interval = Math.min(interval * 2, MAX_POLL_INTERVAL_MS);
  }
}

/** A long-running operation that ended with an error: the function was not (re)deployed. */
export class OperationError extends Error {
  override readonly name = 'OperationError';

  constructor(
    readonly operation: string,
    readonly status: RpcStatus,
  ) {
    super(`Operation ${operation} failed: ${status.message} (code ${status.code})`);
  }
}

/** The deadline passed before the operation was done; it may still finish. */
export class OperationTimeoutError extends Error {
  override readonly name = 'OperationTimeoutError';

  constructor(
    readonly operation: string,
    readonly deadlineMs: number,
    pollProblem: string,
  ) {
    super(`Operation ${operation} was not done after ${Math.round(deadlineMs / 1000)} s${pollProblem}`);
  }
}

function describeOperation(operation: Operation): string {
  const { verb, target, stages } = operation.metadata ?? {};
  const current = stages?.find((stage) => stage.state === 'IN_PROGRESS') ?? stages?.find((stage) => stage.state !== 'COMPLETE');
  const what = `${verb ?? 'operation'} ${target ?? operation.name}`;
  if (!current?.name) return `${what}: in progress`;
  return `${what}: ${current.name} ${current.message ?? current.state ?? ''}`.trimEnd();
}

/** A poll that may succeed when tried again: 429, 5xx, a dropped connection or a request timeout. */
export function isTransient(error: unknown): boolean {
  if (error instanceof GoogleApiError) return TRANSIENT_STATUSES.has(error.status);
  // fetch rejects with a TypeError when the connection fails or drops, and with a TimeoutError on its timeout. By
  // name: Node's fetch makes them in its own realm, where instanceof this realm's TypeError can be false (jest).
  const name = (error as Error | null)?.name;
  return name === 'TypeError' || name === 'TimeoutError';
}
