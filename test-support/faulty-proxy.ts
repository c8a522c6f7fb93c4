// An HTTP proxy on 127.0.0.1 in front of a test server (fake-gcs-server) that injects the faults the real
// service and the networks in between have: an error status, a connection cut or a body that stalls after some
// bytes, and corrupt bytes. Tests inject a fault for the requests they choose and check it was hit.
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Answers with this status and a Google JSON API error carrying the message. */
  | { kind: 'status'; status: number; message: string }
  /** Forwards, sends the headers and the first `afterBytes` of the body (half by default), then drops the connection. */
  | { kind: 'cut'; afterBytes?: number }
  /**
   * Forwards, sends the headers and the first `afterBytes` of the body (half by default), then goes silent with
   * the connection open, until the client gives up or the proxy stops.
   */
  | { kind: 'stall'; afterBytes?: number }
  /** Forwards, with one byte of the body changed. */
  | { kind: 'corrupt' }
  /** Runs `before` (e.g. another client's write), then forwards. */
  | { kind: 'before'; before: () => Promise<void> }
  /**
   * Forwards, and answers with the JSON body `rewrite` makes of the target's: a field the real service fills in
   * and the emulator leaves out (BigQuery's dry-run byte estimate).
   */
  | { kind: 'rewrite'; rewrite: (body: unknown) => unknown };

export interface SeenRequest {
  method: string;
  /** Path and query, decoded. */
  url: string;
  authorization: string | undefined;
}

export interface FaultyProxy {
  /** http://127.0.0.1:PORT, to use instead of the target's own address. */
  host: string;
  /** Every request forwarded or answered so far. */
  seen: SeenRequest[];
  /** Applies `fault` to the next `times` requests that `matches` accepts. */
  inject(matches: (request: SeenRequest) => boolean, fault: Fault, times?: number): void;
  /** Faults injected but not yet applied (those injected for ever do not count); a test checks its faults were hit. */
  pending(): number;
  /** Responses stalled so far whose client has since closed the connection: it gave up, as it should. */
  abandonedStalls(): number;
  /** Drops the faults not yet applied, so none carries over into the next test. */
  clear(): void;
  stop(): Promise<void>;
}

/** Starts the proxy in front of `target` (http://host:port). */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const upstream = new URL(target);
  const faults: Array<{ matches: (request: SeenRequest) => boolean; fault: Fault; left: number }> = [];
  const seen: SeenRequest[] = [];
  let abandoned = 0;

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
    if (fault === null || fault.kind === 'before') {
      res.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(res);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (fault.kind === 'rewrite') {
      const rewritten = Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(body.toString('utf8')))));
      const headers = { ...response.headers, 'content-length': String(rewritten.length) };
      res.writeHead(response.statusCode ?? 502, headers).end(rewritten);
      return;
    }
    res.writeHead(response.statusCode ?? 502, response.headers);
    if (fault.kind === 'corrupt') {
      const middle = Math.floor(body.length / 2);
      body[middle] = body[middle]! ^ 0x20;
      res.end(body);
      return;
    }
    const sent = body.subarray(0, Math.min(fault.afterBytes ?? Math.floor(body.length / 2), body.length));
    if (fault.kind === 'cut') {
      res.write(sent, () => res.socket?.destroy());
      return;
    }
    // A stall: the bytes go out, then nothing, until the client closes the connection.
    res.write(sent);
    res.once('close', () => {
      if (!res.writableEnded) abandoned++;
    });
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
    abandonedStalls: () => abandoned,
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
