/**
 * The deployed function's entry: functions-framework imports this module and calls `predict` per request,
 * on Cloud Functions and under `deploy-target: local` alike. Bundled with TensorFlow.js into one file.
 */
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../util/errors.js';
import { ALLOWED_METHODS, Predictor, type HttpAnswer } from './predictor.js';

/** The parts of the Express request and response that functions-framework passes and this module uses. */
interface FunctionRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed by functions-framework: an object for JSON, a string for text/plain, else absent or raw. */
  body?: unknown;
  /** The unparsed bytes, kept by functions-framework for every content type it read. */
  rawBody?: Buffer;
}
interface FunctionResponse {
  status(code: number): FunctionResponse;
  set(field: string, value: string): FunctionResponse;
  json(body: unknown): void;
}
type Listener = (request: http.IncomingMessage, response: http.ServerResponse, next?: (error?: unknown) => void) => void;

/** The model bundle beside this file in the function source (written by stages/package.ts). */
const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'model');

let predictor: Promise<Predictor> | undefined;

/** TensorFlow.js and the model, loaded on the first request of an instance and kept for the next ones. */
function loadPredictor(): Promise<Predictor> {
  predictor ??= (async () => {
    tf.enableProdMode(); // mutes the cpu backend's "install tfjs-node" banner
    if (!(await tf.setBackend('cpu'))) throw new Error('the TensorFlow.js cpu backend failed to initialise');
    await tf.ready();
    return Predictor.load(tf, MODEL_DIR);
  })().catch((error: unknown) => {
    predictor = undefined; // a failed load is retried on the next request rather than cached forever
    throw error;
  });
  return predictor;
}

export async function predict(request: FunctionRequest, response: FunctionResponse): Promise<void> {
  let answer: HttpAnswer;
  try {
    const body = request.method === 'POST' ? parseBody(request) : { value: undefined };
    answer = 'error' in body ? { status: 400, body: { error: body.error } } : (await loadPredictor()).handle(request.method, body.value);
  } catch (error) {
    console.error(`Serving failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
    answer = { status: 500, body: { error: `internal error: ${errorMessage(error)}` } };
  }
  if (answer.status === 405) response.set('Allow', ALLOWED_METHODS.join(', '));
  response.status(answer.status).json(answer.body);
}

/**
 * The request body as JSON whatever it was labelled: functions-framework parses application/json itself, and
 * keeps the bytes of other types (curl -d sends form-urlencoded, fetch sends text/plain), which are read here.
 */
function parseBody(request: FunctionRequest): { value: unknown } | { error: string } {
  const type = String(request.headers['content-type'] ?? 'none');
  if (/^application\/([\w.+-]+\+)?json\b/i.test(type)) return { value: request.body };
  if (!request.rawBody?.length) {
    return { error: `empty body (Content-Type: ${type}): send {"instances": [...]} with Content-Type: application/json` };
  }
  try {
    return { value: JSON.parse(request.rawBody.toString('utf8')) };
  } catch (error) {
    return { error: `the body is not JSON (${errorMessage(error)}; Content-Type: ${type}): send {"instances": [...]}` };
  }
}

/**
 * functions-framework 5 parses the body before calling `predict`, and sends what fails there (a malformed
 * JSON body, an unsupported charset) through Express's default handler: an HTML page with a stack trace, out
 * of the function's reach (GoogleCloudPlatform/functions-framework-nodejs#686). It creates its one server
 * right after importing this module, so the next http.createServer call gets an Express app whose final
 * handler answers JSON. The framework version is pinned in the function's package.json, and the local
 * deploy test sends a malformed body through it, so a change in that order shows up as a failing test.
 */
function answerFrameworkErrorsAsJson(): void {
  const createServer = http.createServer;
  const wrapped = (...args: unknown[]): http.Server => {
    http.createServer = createServer;
    const app = args.at(-1);
    if (typeof app === 'function' && 'handle' in app) {
      const listener = app as unknown as Listener;
      args[args.length - 1] = (request: http.IncomingMessage, response: http.ServerResponse) =>
        listener(request, response, (error) => sendFrameworkError(response, error));
    }
    return (createServer as (...parameters: unknown[]) => http.Server)(...args);
  };
  http.createServer = wrapped as typeof http.createServer;
}

/** body-parser's errors carry an HTTP status and, for client mistakes, a message safe to show (`expose`). */
function sendFrameworkError(response: http.ServerResponse, error: unknown): void {
  const { status, expose, type, message } = (error ?? {}) as { status?: number; expose?: boolean; type?: string; message?: string };
  const code = error === undefined ? 404 : status !== undefined && status >= 400 && status < 600 ? status : 500;
  const text =
    error === undefined
      ? 'not found'
      : type === 'entity.parse.failed'
        ? `the body is not valid JSON (${message}): send {"instances": [...]} with Content-Type: application/json`
        : expose && message
          ? message
          : 'internal error';
  if (code >= 500) console.error(`functions-framework failed before the function ran: ${errorMessage(error)}`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.statusCode = code;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ error: text }));
}

answerFrameworkErrorsAsJson();
