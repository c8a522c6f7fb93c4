import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayersModel } from '@tensorflow/tfjs';
import type { RawValue } from '../backends/data/types.js';
import { loadModel } from '../ml/model.js';
import { predictRecords } from '../ml/predict.js';
import { RecordEncoder, type FeatureEncoding, type Prediction, type Preprocessing } from '../ml/preprocess.js';
import type { TF } from '../ml/tf.js';
import type { ModelCard } from '../ml/types.js';
import { errorMessage } from '../util/errors.js';
import { parseNumber } from '../util/values.js';

/** What the function answers: a status and a JSON body. */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** Instances per request: bounds the memory and time one request can take. */
export const MAX_INSTANCES = 1000;
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

/**
 * The deployed model: the 4 files of a model bundle, loaded once, and the HTTP protocol around them.
 * Every answer goes through predictRecords, the path the pipeline uses to compute what the function must say.
 */
export class Predictor {
  private readonly encoder: RecordEncoder;
  /** Field names a request may carry: the features and the columns the model ignores. */
  private readonly accepted: ReadonlySet<string>;

  private constructor(
    private readonly tf: TF,
    private readonly model: LayersModel,
    preprocessing: Preprocessing,
    readonly card: ModelCard,
    private readonly log: (message: string) => void,
  ) {
    this.encoder = new RecordEncoder(preprocessing);
    this.accepted = new Set([...preprocessing.features.map((feature) => feature.name), ...card.ignoredColumns]);
  }

  /** Reads model.json, weights.bin, preprocessing.json and card.json from `modelDir`. */
  static async load(
    tf: TF,
    modelDir: string,
    options: { log?: (message: string) => void } = {},
  ): Promise<Predictor> {
    const [preprocessing, card] = await Promise.all([
      readJson(join(modelDir, 'preprocessing.json'), isPreprocessing),
      readJson(join(modelDir, 'card.json'), isModelCard),
    ]);
    const model = await loadModel(tf, modelDir);
    const predictor = new Predictor(tf, model, preprocessing, card, options.log ?? ((message) => console.error(message)));
    const inputWidth = model.inputs[0]?.shape[1];
    if (inputWidth !== predictor.encoder.width) {
      model.dispose();
      throw new Error(
        `${join(modelDir, 'model.json')} takes ${inputWidth} inputs but preprocessing.json encodes ` +
          `${predictor.encoder.width}: the files are from different training runs`,
      );
    }
    return predictor;
  }

  /** Predictions for records as the pipeline holds them; values that are not numbers count as missing. */
  predict(instances: ReadonlyArray<Record<string, RawValue>>): Prediction[] {
    return predictRecords(this.tf, this.model, this.encoder, instances);
  }

  /** One HTTP request: never throws; a failure inside becomes a 500 and a log line. */
  handle(method: string, body: unknown): HttpAnswer {
    try {
      switch (method) {
        case 'GET':
        case 'HEAD':
          return { status: 200, body: { ...this.card, example: { instances: [this.example()] } } };
        case 'POST':
          return this.answer(body);
        default:
          return {
            status: 405,
            body: {
              error: `method ${method} is not allowed: GET returns the model card, POST {"instances": [...]} predicts`,
              allow: ALLOWED_METHODS,
            },
          };
      }
    } catch (error) {
      this.log(`Prediction failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
      return { status: 500, body: { error: `internal error: ${errorMessage(error)}` } };
    }
  }

  private answer(body: unknown): HttpAnswer {
    const instances = this.instancesOf(body);
    if (typeof instances === 'string') return badRequest(instances);
    if (instances.length > MAX_INSTANCES) {
      return {
        status: 413,
        body: { error: `instances: ${instances.length} in one request, the limit is ${MAX_INSTANCES}; split the request` },
      };
    }
    for (const [index, instance] of instances.entries()) {
      const problem = this.problemIn(instance, `instances[${index}]`);
      if (problem !== null) return badRequest(problem);
    }
    return { status: 200, body: { predictions: this.predict(instances as Array<Record<string, RawValue>>) } };
  }

  /** The request's instances, or what is wrong with the body. */
  private instancesOf(body: unknown): unknown[] | string {
    if (!isPlainObject(body)) return `body: expected a JSON object {"instances": [...]}, got ${describe(body)}`;
    const extra = Object.keys(body).find((key) => key !== 'instances');
    if (extra !== undefined) return `body: unknown field '${extra}' (expected only "instances")`;
    const { instances } = body;
    if (instances === undefined) return 'instances: missing; send {"instances": [{"<feature>": <value>, ...}]}';
    if (!Array.isArray(instances)) return `instances: expected an array of objects, got ${describe(instances)}`;
    if (instances.length === 0) return 'instances: empty; send at least one instance';
    return instances;
  }

  /** The first thing wrong with one instance, or null. */
  private problemIn(instance: unknown, where: string): string | null {
    if (!isPlainObject(instance)) return `${where}: expected an object of feature values, got ${describe(instance)}`;
    const unknown = Object.keys(instance).find((key) => !this.accepted.has(key));
    if (unknown !== undefined) {
      const features = this.encoder.preprocessing.features.map((feature) => feature.name).join(', ');
      return `${where}: unknown field '${unknown}' (features: ${features})`;
    }
    for (const feature of this.encoder.preprocessing.features) {
      if (!Object.hasOwn(instance, feature.name)) {
        return `${where}: missing feature '${feature.name}' (send null when unknown)`;
      }
      const expected = valueProblem(feature, instance[feature.name]);
      if (expected !== null) return `${where}.${feature.name}: expected ${expected}, got ${describe(instance[feature.name])}`;
    }
    return null;
  }

  /** A request body that predicts: typical values (training means, most frequent categories) of every feature. */
  private example(): Record<string, RawValue> {
    return Object.fromEntries(
      this.encoder.preprocessing.features.map((feature) => [
        feature.name,
        feature.kind === 'numeric' ? Number(feature.mean.toPrecision(4)) : (feature.categories[0] ?? null),
      ]),
    );
  }
}

/**
 * What the deployed function answered compared with what the pipeline computed in-process: null when they
 * agree (same labels; numbers within 1e-4, relative above 1), else which instance differs and how.
 */
export function predictionMismatch(expected: readonly Prediction[], answered: unknown): string | null {
  if (!Array.isArray(answered)) return `expected an array of ${expected.length} predictions, got ${describe(answered)}`;
  if (answered.length !== expected.length) {
    return `expected ${expected.length} predictions, got ${answered.length}`;
  }
  for (const [index, want] of expected.entries()) {
    const got: unknown = answered[index];
    const where = `instances[${index}]`;
    if (typeof want === 'number') {
      if (typeof got !== 'number' || !close(want, got)) return `${where}: expected ${want}, got ${describe(got)}`;
      continue;
    }
    if (!isPlainObject(got) || got.label !== want.label) {
      return `${where}: expected label '${want.label}', got ${describe(isPlainObject(got) ? got.label : got)}`;
    }
    const probabilities = isPlainObject(got.probabilities) ? got.probabilities : {};
    for (const [name, probability] of Object.entries(want.probabilities)) {
      const answeredProbability = probabilities[name];
      if (typeof answeredProbability !== 'number' || !close(probability, answeredProbability)) {
        return `${where}: expected probability ${probability} for '${name}', got ${describe(answeredProbability)}`;
      }
    }
  }
  return null;
}

/** Backends differ in the last float32 bits; 1e-4 relative (absolute below 1) is far above that, far below a real change. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Serving accepts what training reads: numbers or numeric text for numeric features, any JSON scalar for categories. */
function valueProblem(feature: FeatureEncoding, value: unknown): string | null {
  if (value === null) return null;
  if (feature.kind === 'numeric') return parseNumber(value as RawValue) === null ? 'a number or null' : null;
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return scalar ? null : 'a string, number, boolean or null';
}

function badRequest(error: string): HttpAnswer {
  return { status: 400, body: { error } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as it appears in the request, shortened so a huge field cannot flood the answer. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

async function readJson<T>(file: string, check: (value: unknown) => value is T): Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${errorMessage(error)}`, { cause: error });
  }
  if (!check(value)) throw new Error(`${file} is not what this version of the serving function reads`);
  return value;
}

function isPreprocessing(value: unknown): value is Preprocessing {
  return isPlainObject(value) && value.formatVersion === 1 && Array.isArray(value.features);
}

function isModelCard(value: unknown): value is ModelCard {
  return isPlainObject(value) && typeof value.name === 'string' && Array.isArray(value.ignoredColumns);
}
