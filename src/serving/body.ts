/**
 * The request body, read by the function itself before functions-framework sees the request: the
 * framework's body parser holds up to 1 GiB per request (a limit it does not let a function change), far
 * more than an instance has. Read here, a body never holds more than MAX_BODY_BYTES, compressed or not.
 */
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { MAX_BODY_BYTES, MAX_INSTANCES } from './limits.js';

/** The answer a body gets instead of reaching the function. */
export interface BodyRefusal {
  status: 413 | 415 | 400;
  error: string;
}

const TOO_LARGE: BodyRefusal = {
  status: 413,
  error: `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB (${MAX_BODY_BYTES} bytes): send at most ${MAX_INSTANCES} instances per request, in several requests if need be`,
};

/** How long a refused body is read and dropped before its connection is cut (nginx lingers 30 s). */
export const LINGER_MS = 10_000;

type Inflate = (input: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Promise<Buffer>;
const DECODERS: Record<string, Inflate> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** The answer for a request whose Content-Length alone exceeds the limit, or null: decided before any byte is read. */
export function declaredTooLarge(request: http.IncomingMessage): BodyRefusal | null {
  return Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES ? TOO_LARGE : null;
}

/**
 * Reads the body, stopping at MAX_BODY_BYTES: a chunked body that runs past it is cut off there and answered
 * 413. gzip, deflate and br bodies are inflated up to the same
 * limit. A client that disconnects rejects the promise.
 */
export async function readRequestBody(request: http.IncomingMessage): Promise<{ bytes: Buffer } | BodyRefusal> {
  const declared = declaredTooLarge(request);
  if (declared !== null) return declared;
  const encoding = String(request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const inflate = DECODERS[encoding];
  if (encoding !== 'identity' && inflate === undefined) {
    return { status: 415, error: `Content-Encoding '${encoding.slice(0, 40)}' is not supported: send the body as is, gzip, deflate or br` };
  }
  const bytes = await readAtMost(request);
  if (bytes === null) return TOO_LARGE;
  if (inflate === undefined) return { bytes };
  try {
    return { bytes: await inflate(bytes, { maxOutputLength: MAX_BODY_BYTES }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return TOO_LARGE;
    return { status: 400, error: `the body is not valid ${encoding} (${(error as Error).message}): send it as is, or compress it whole` };
  }
}

/** The body's bytes, or null as soon as more than MAX_BODY_BYTES arrived. */
function readAtMost(request: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Past the limit: keep nothing (discardRest drops what follows).
      request.off('data', onData);
      request.off('end', onEnd);
      chunks.length = 0;
      resolve(null);
    };
    // Before 'end', the client went away mid-body. Removed at 'end' rather than left as a no-op: an Error's stack
    // costs more than the rest of a small request's reading.
    const onClose = () => reject(new Error('the client disconnected before sending the whole body'));
    const onEnd = () => {
      request.off('close', onClose);
      resolve(Buffer.concat(chunks, length));
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
    request.once('close', onClose);
  });
}

/**
 * Reads and drops what a refused request still sends, so that a client busy sending reads its answer rather
 * than a connection reset (a reset can discard an answer the client has not read yet). A body still coming
 * after LINGER_MS has its connection cut.
 */
export function discardRest(request: http.IncomingMessage): void {
  request.resume();
  if (request.readableEnded) return;
  const cut = setTimeout(() => request.socket.destroy(), LINGER_MS).unref();
  request.once('end', () => clearTimeout(cut));
}
