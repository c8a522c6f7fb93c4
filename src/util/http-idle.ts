import diagnostics_channel from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

/** No bytes went either way for `idleMs`: the peer stopped answering, before the response or halfway through it. */
export class StreamIdleError extends Error {
  override readonly name = 'StreamIdleError';
  /** A socket timeout, as Node and the Google clients classify (and retry) one. */
  readonly code = 'ETIMEDOUT';

  constructor(readonly idleMs: number) {
    super(`no bytes arrived for ${idleMs / 1000} s`);
  }
}

/** Idle timeouts by the Host header (`host` or `host:port`) of the requests they apply to. */
const idleTimeouts = new Map<string, number>();

/**
 * Ends every node:http(s) request to `host` that stays silent for `idleMs`, waiting for its response or in the
 * middle of its body, with a StreamIdleError: it reaches the caller as the failure of that request, so the
 * caller's own retries apply. For clients that set no timeout of their own that works: the Storage client asks
 * node-fetch 3 for one, which ignores it, so a stalled call would otherwise hang the job. Node reports every
 * request on the `http.client.request.start` channel; the last call for a host sets its timeout.
 */
export function setIdleTimeout(host: string, idleMs: number): void {
  if (idleTimeouts.size === 0) diagnostics_channel.subscribe('http.client.request.start', applyIdleTimeout);
  idleTimeouts.set(host, idleMs);
}

function applyIdleTimeout(message: unknown): void {
  const { request } = message as { request: ClientRequest };
  const idleMs = idleTimeouts.get(String(request.getHeader('host')));
  if (idleMs === undefined) return;
  request.setTimeout(idleMs, () => request.destroy(new StreamIdleError(idleMs)));
  request.once('response', (response: IncomingMessage) => {
    // node-fetch clears the request's timeout as the response starts (request.setTimeout(0)), after this
    // listener: the response's own is set once it has. Destroying the response hands the error to its reader.
    process.nextTick(() => response.setTimeout(idleMs, () => response.destroy(new StreamIdleError(idleMs))));
  });
}
