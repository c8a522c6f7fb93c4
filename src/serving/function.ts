/**
 * The deployed function's entry: functions-framework imports this module and calls `predict` per request,
 * on Cloud Functions and under `deploy-target: local` alike. Bundled into one small file; the Predictor and
 * TensorFlow.js it runs are the predictor module's (local.ts), which the function source carries beside it.
 */
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_FOLDER, PREDICTOR_MODULE } from '../ml/bundle.js';
import { errorMessage } from '../util/errors.js';
import { TurnBatch } from './batch.js';
import { declaredTooLarge, discardRest, readRequestBody, type BodyRefusal } from './body.js';
import { ALLOWED_METHODS } from './limits.js';
import type * as PredictorModule from './local.js';
import type { HttpAnswer, Predictor } from './predictor.js';

/** The parts of the Express request and response that functions-framework passes and this module uses. */
interface FunctionRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body's bytes (inflated), read before functions-framework saw the request (readBodiesFirst). */
  rawBody?: Buffer;
}
interface FunctionResponse {
  status(code: number): FunctionResponse;
  set(field: string, value: string): FunctionResponse;
  json(body: unknown): void;
}
type Listener = (request: http.IncomingMessage, response: http.ServerResponse, next?: (error?: unknown) => void) => void;

/** The model bundle beside this file in the function source (written by stages/package.ts). */
const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), MODEL_FOLDER);

let predictor: Promise<Predictor> | undefined;

/**
 * The predictor module, TensorFlow.js and the model, loaded once per instance (from the start, see the end of
 * this module) and kept. The module is imported from beside this file at run time (webpackIgnore keeps it out of
 * this bundle): dist/predict.mjs, which stages/package.ts copies into the function source.
 */
function loadPredictor(): Promise<Predictor> {
  predictor ??= (async () => {
    const module = (await import(/* webpackIgnore: true */ `./${PREDICTOR_MODULE}`)) as typeof PredictorModule;
    return module.loadPredictor(MODEL_DIR);
  })().catch((error: unknown) => {
    predictor = undefined; // a failed load is retried on the next request rather than cached forever
    throw error;
  });
  return predictor;
}

/** The requests of one event-loop turn, answered by one call to the predictor (batch.ts). */
const requests = new TurnBatch(async (gathered: Array<{ method: string; body: unknown }>) => (await loadPredictor()).handleAll(gathered));

export async function predict(request: FunctionRequest, response: FunctionResponse): Promise<void> {
  let answer: HttpAnswer;
  try {
    const body = request.method === 'POST' ? parseBody(request) : { value: undefined };
    answer = 'error' in body ? { status: body.status, body: { error: body.error } } : await requests.answer({ method: request.method, body: body.value });
  } catch (error) {
    console.error(`Serving failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
    answer = { status: 500, body: { error: `internal error: ${errorMessage(error)}` } };
  }
  if (answer.status === 405) response.set('Allow', ALLOWED_METHODS.join(', '));
  response.status(answer.status).json(answer.body);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request body as JSON whatever it was labelled (curl -d sends form-urlencoded, fetch sends text/plain),
 * in UTF-8 as JSON between systems must be (a BOM is dropped).
 */
function parseBody(request: FunctionRequest): { value: unknown } | { status: 400 | 415; error: string } {
  const type = String(request.headers['content-type'] ?? 'none').slice(0, 100);
  const charset = /;\s*charset="?([^";\s]*)/i.exec(type)?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    return { status: 415, error: `unsupported charset '${charset}' (Content-Type: ${type}): send the body in UTF-8` };
  }
  if (!request.rawBody?.length) {
    return { status: 400, error: `empty body (Content-Type: ${type}): send {"instances": [...]} with Content-Type: application/json` };
  }
  let text: string;
  try {
    text = UTF8.decode(request.rawBody);
  } catch {
    return { status: 400, error: `the body is not UTF-8 (Content-Type: ${type}): send {"instances": [...]} in UTF-8` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    // V8's message quotes at most a few characters of the body around the fault.
    return {
      status: 400,
      error: `the body is not valid JSON (${errorMessage(error)}; Content-Type: ${type}): send {"instances": [...]} with Content-Type: application/json`,
    };
  }
}

/**
 * functions-framework 5 parses every body with body-parser, holding up to 1 GiB per request (fixed in its
 * getServer, not an option), and sends what fails there through Express's default handler: an HTML page
 * with a stack trace (GoogleCloudPlatform/functions-framework-nodejs#686). It creates its one server right
 * after importing this module, so the next http.createServer call is wrapped: each request's body is read
 * here first, within MAX_BODY_BYTES (a body past it is answered 413 at once, the rest dropped unread), and a fully
 * read request is one body-parser skips. Errors that still reach Express's final handler answer JSON.
 * The framework version is pinned in the function's package.json, and the local deploy tests send
 * oversize and malformed bodies through it, so a change in that order shows up as a failing test.
 */
function readBodiesFirst(): void {
  const createServer = http.createServer;
  const wrapped = (...args: unknown[]): http.Server => {
    http.createServer = createServer;
    const app = args.at(-1);
    const express = typeof app === 'function' && 'handle' in app ? (app as unknown as Listener) : null;
    if (express !== null) {
      args[args.length - 1] = (request: http.IncomingMessage, response: http.ServerResponse) => {
        readRequestBody(request)
          .then(
            (body) => {
              if ('error' in body) return refuse(request, response, body);
              const read = request as http.IncomingMessage & FunctionRequest;
              read.rawBody = body.bytes;
              if (isFunctionPath(request.url)) return predict(read, expressLike(response));
              express(request, response, (error) => sendFrameworkError(response, error));
            },
            () => response.destroy(), // the client is gone: nobody to answer
          )
          .catch((error: unknown) => sendFrameworkError(response, error));
      };
    }
    const server = (createServer as (...parameters: unknown[]) => http.Server)(...args);
    // A client that asks before sending (Expect: 100-continue, as curl does past 1 MB) is refused unsent.
    server.on('checkContinue', (request: http.IncomingMessage, response: http.ServerResponse) => {
      const refusal = declaredTooLarge(request);
      if (refusal !== null) return refuse(request, response, refusal);
      response.writeContinue();
      server.emit('request', request, response);
    });
    return server;
  };
  http.createServer = wrapped as typeof http.createServer;
}

/**
 * The function's own URL: its requests are answered here as soon as their body is read, not by the framework's
 * Express app, whose middleware costs more than the prediction (five body parsers, a domain and an
 * AsyncLocalStorage context per request, routing) and does nothing this function uses: the body is read above,
 * `predict` catches its own errors, and a request's log line is only ever a failure. Other paths
 * (/favicon.ico, /robots.txt, anything else) still go through the framework, as before.
 */
function isFunctionPath(url: string | undefined): boolean {
  return url === '/' || url?.startsWith('/?') === true;
}

/** Express's response methods that `predict` uses, answered as Express's res.json would (ETags are off in the framework). */
function expressLike(response: http.ServerResponse): FunctionResponse {
  const like: FunctionResponse = {
    status(code) {
      response.statusCode = code;
      return like;
    },
    set(field, value) {
      response.setHeader(field, value);
      return like;
    },
    json(body) {
      sendJson(response, response.statusCode, body);
    },
  };
  return like;
}

/** A body refused before it was read whole: answered at once, and the rest dropped as it arrives. */
function refuse(request: http.IncomingMessage, response: http.ServerResponse, refusal: BodyRefusal): void {
  // Open while the rest is dropped, even when the client asked to close: closing on a client still sending
  // resets the connection, and a reset can discard the answer before the client reads it.
  if (!request.complete) response.shouldKeepAlive = true;
  discardRest(request);
  sendJson(response, refusal.status, { error: refusal.error });
}

/** What reaches Express's final handler: no route (404), or a failure inside the framework. */
function sendFrameworkError(response: http.ServerResponse, error: unknown): void {
  const { status, expose, message } = (error ?? {}) as { status?: number; expose?: boolean; message?: string };
  const code = error === undefined ? 404 : status !== undefined && status >= 400 && status < 600 ? status : 500;
  const text = error === undefined ? 'not found' : expose && message ? message : 'internal error';
  if (code >= 500) console.error(`functions-framework failed before the function ran: ${errorMessage(error)}`);
  sendJson(response, code, { error: text });
}

/** One JSON answer; Node itself leaves the body out for HEAD. */
function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

readBodiesFirst();
// The model starts loading as functions-framework imports this module, while it builds its server, so a cold
// instance's first request waits only for what is left. A failed load is retried, and reported, by that request.
loadPredictor().catch(() => {});
