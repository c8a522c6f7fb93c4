import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawValue } from '../backends/data/types.js';
import { CARD_FILE, PREPROCESSING_FILE } from '../ml/bundle.js';
import type { ModelRuntime, TrainedModel } from '../ml/family.js';
import { familyOfCard } from '../ml/families/index.js';
import { predictRecords } from '../ml/predict.js';
import { RecordEncoder, type Prediction, type Preprocessing } from '../ml/preprocess.js';
import type { ModelCard } from '../ml/types.js';
import { readDate } from '../util/dates.js';
import { errorMessage } from '../util/errors.js';
import { readNumber } from '../util/values.js';
import { ALLOWED_METHODS, MAX_INSTANCES } from './limits.js';

/** What the function answers: a status and a JSON body. */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** Why an instance is refused (a 400 from the function), by kind, so a scorer can count the kinds. */
export type RefusalKind =
  | 'not-an-object'
  | 'unknown-field'
  | 'not-a-scalar'
  | 'missing-feature'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-a-date';

export interface Refusal {
  kind: RefusalKind;
  /** The field it is about, when one is. */
  field?: string;
  /** The function's 400 message: it quotes at most a short excerpt of the value. */
  message: string;
}

/** Predictions for checked instances, the first instance refused, or a model that computed a non-finite output. */
export type CheckedPredictions = { predictions: Prediction[] } | { refusal: Refusal } | { failure: string };

/**
 * The deployed model: the files of a model bundle, loaded once by the family its card names, and the HTTP protocol around them.
 * Every answer goes through predictRecords, the path the pipeline uses to compute what the function must say.
 */
export class Predictor {
  private readonly encoder: RecordEncoder;
  /** Field names a request may carry: the features and the columns the model ignores. */
  private readonly accepted: ReadonlySet<string>;

  private constructor(
    private readonly model: TrainedModel,
    preprocessing: Preprocessing,
    readonly card: ModelCard,
    private readonly log: (message: string) => void,
  ) {
    this.encoder = new RecordEncoder(preprocessing);
    this.accepted = new Set([...preprocessing.features.map((feature) => feature.name), ...card.ignoredColumns]);
  }

  /** Reads the bundle in `modelDir`: preprocessing.json, card.json and the files of the family the card names. */
  static async load(
    runtime: ModelRuntime,
    modelDir: string,
    options: { log?: (message: string) => void } = {},
  ): Promise<Predictor> {
    const [preprocessing, card] = await Promise.all([
      readJson(join(modelDir, PREPROCESSING_FILE), isPreprocessing),
      readJson(join(modelDir, CARD_FILE), isModelCard),
    ]);
    const family = familyOfCard(card);
    if (typeof family === 'string') throw new Error(`${modelDir}: ${family}`);
    const model = await family.load(runtime, modelDir);
    const predictor = new Predictor(model, preprocessing, card, options.log ?? ((message) => console.error(message)));
    const inputWidth = model.describe().inputs;
    if (inputWidth !== predictor.encoder.width) {
      model.dispose();
      throw new Error(
        `The ${family.name} model in ${modelDir} takes ${inputWidth} inputs but ${PREPROCESSING_FILE} encodes ` +
          `${predictor.encoder.width}: the files are from different training runs`,
      );
    }
    return predictor;
  }

  /** Predictions for records as the pipeline holds them; values that are not numbers count as missing. */
  predict(instances: ReadonlyArray<Record<string, RawValue>>): Prediction[] {
    return predictRecords(this.model, this.encoder, instances);
  }

  /** One HTTP request: never throws; a failure inside becomes a 500 and a log line. */
  handle(method: string, body: unknown): HttpAnswer {
    return this.handleAll([{ method, body }])[0] as HttpAnswer;
  }

  /**
   * Requests answered together, as the function gathers those that arrive in one turn of the event loop
   * (serving/batch.ts): each gets the answer it would get alone, and the POSTs' instances are predicted in one
   * call, since what a request of a few rows pays for is the model's cost per call, not per row. Never throws;
   * a failure inside becomes a 500 and a log line, as for a request alone.
   */
  handleAll(requests: ReadonlyArray<{ method: string; body: unknown }>): HttpAnswer[] {
    const answers: HttpAnswer[] = [];
    const posts: number[] = [];
    const instanceSets: unknown[][] = [];
    requests.forEach(({ method, body }, index) => {
      if (method !== 'POST') {
        answers[index] = this.answerWithoutModel(method);
        return;
      }
      const instances = this.instancesOf(body);
      if (typeof instances === 'string') {
        answers[index] = badRequest(instances);
        return;
      }
      posts.push(index);
      instanceSets.push(instances);
    });
    if (posts.length > 0) this.answerPosts(instanceSets).forEach((answer, set) => (answers[posts[set] as number] = answer));
    return answers;
  }

  /** An answer per set of instances; a failure inside answers each set as it is answered alone (its 400, or a 500). */
  private answerPosts(instanceSets: ReadonlyArray<readonly unknown[]>): HttpAnswer[] {
    try {
      return this.predictCheckedAll(instanceSets).map((checked) => this.answerOf(checked));
    } catch (error) {
      if (instanceSets.length > 1) return instanceSets.flatMap((instances) => this.answerPosts([instances]));
      this.log(`Prediction failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`);
      return [{ status: 500, body: { error: `internal error: ${errorMessage(error)}` } }];
    }
  }

  /** GET and HEAD answer the card; any other method but POST, 405. */
  private answerWithoutModel(method: string): HttpAnswer {
    if (method === 'GET' || method === 'HEAD') {
      return { status: 200, body: { ...this.card, example: { instances: [this.example()] } } };
    }
    return {
      status: 405,
      body: {
        error: `method ${method} is not allowed: GET returns the model card, POST {"instances": [...]} predicts`,
        allow: ALLOWED_METHODS,
      },
    };
  }

  private answerOf(checked: CheckedPredictions): HttpAnswer {
    if ('refusal' in checked) return badRequest(checked.refusal.message);
    if ('failure' in checked) {
      this.log(`Prediction failed: ${checked.failure}`);
      return { status: 500, body: { error: checked.failure } };
    }
    return { status: 200, body: { predictions: checked.predictions } };
  }

  /**
   * The function's checks and predictions for any number of instances (no per-request limit): what a POST
   * answers, and what the predictor module gives an application in process.
   */
  predictChecked(instances: readonly unknown[]): CheckedPredictions {
    return this.predictCheckedAll([instances])[0] as CheckedPredictions;
  }

  /**
   * predictChecked for several sets of instances at once, each checked and answered on its own (its first refused
   * instance, or a non-finite output among its own), with one prediction for all the sets that pass.
   */
  private predictCheckedAll(instanceSets: ReadonlyArray<readonly unknown[]>): CheckedPredictions[] {
    const checked: CheckedPredictions[] = [];
    const passed: number[] = [];
    instanceSets.forEach((instances, set) => {
      const refusal = this.firstRefusal(instances);
      if (refusal === null) passed.push(set);
      else checked[set] = { refusal };
    });
    const records = passed.flatMap((set) => instanceSets[set]) as Array<Record<string, RawValue>>;
    const predictions = records.length > 0 ? this.predict(records) : [];
    let offset = 0;
    for (const set of passed) {
      const count = (instanceSets[set] as unknown[]).length;
      const own = predictions.slice(offset, offset + count);
      offset += count;
      // JSON has no NaN or Infinity (they would be sent as null): a model that computes one is a failure.
      const broken = own.findIndex((prediction) => !isFinitePrediction(prediction));
      checked[set] =
        broken === -1
          ? { predictions: own }
          : {
              failure: `instances[${broken}]: the model's output is not a finite number; the model cannot predict these values (retrain it if this happens for ordinary ones)`,
            };
    }
    return checked;
  }

  private firstRefusal(instances: readonly unknown[]): Refusal | null {
    for (const [index, instance] of instances.entries()) {
      const refusal = this.refusal(instance, `instances[${index}]`);
      if (refusal !== null) return refusal;
    }
    return null;
  }

  /** Whether a request may carry this field: a feature, or a column the model ignores. */
  accepts(field: string): boolean {
    return this.accepted.has(field);
  }

  /** The request's instances, or what is wrong with the body. */
  private instancesOf(body: unknown): unknown[] | string {
    if (!isPlainObject(body)) return `body: expected a JSON object {"instances": [...]}, got ${describe(body)}`;
    const extra = Object.keys(body).find((key) => key !== 'instances');
    if (extra !== undefined) return `body: unknown field ${describe(extra)} (expected only "instances")`;
    const { instances } = body;
    if (instances === undefined) return 'instances: missing; send {"instances": [{"<feature>": <value>, ...}]}';
    if (!Array.isArray(instances)) return `instances: expected an array of objects, got ${describe(instances)}`;
    if (instances.length === 0) return 'instances: empty; send at least one instance';
    if (instances.length > MAX_INSTANCES) {
      return `instances: ${instances.length} in one request, the limit is ${MAX_INSTANCES}; split them into several requests`;
    }
    return instances;
  }

  /** The first thing wrong with one instance (`where` names it in the message), or null. */
  refusal(instance: unknown, where: string): Refusal | null {
    if (!isPlainObject(instance)) {
      return { kind: 'not-an-object', message: `${where}: expected an object of feature values, got ${describe(instance)}` };
    }
    for (const [name, value] of Object.entries(instance)) {
      if (!this.accepted.has(name)) {
        const features = this.encoder.preprocessing.features.map((feature) => feature.name).join(', ');
        return { kind: 'unknown-field', field: name, message: `${where}: unknown field ${describe(name)} (features: ${features})` };
      }
      if (!isScalar(value)) {
        return {
          kind: 'not-a-scalar',
          field: name,
          message: `${where}.${name}: expected a string, number, boolean or null, got ${describe(value)}`,
        };
      }
    }
    for (const feature of this.encoder.preprocessing.features) {
      const field = feature.name;
      if (!Object.hasOwn(instance, field)) {
        return { kind: 'missing-feature', field, message: `${where}: missing feature '${field}' (send null when unknown)` };
      }
      const value = instance[field] as RawValue;
      if (feature.kind === 'numeric' && value !== null) {
        const reading = readNumber(value);
        if (reading === null || !Number.isFinite(Number(value))) {
          return { kind: 'not-a-number', field, message: `${where}.${field}: expected a finite number or null, got ${describe(value)}` };
        }
        if (reading === 'out-of-range') {
          return {
            kind: 'out-of-range',
            field,
            message: `${where}.${field}: expected a number the model can compute with (within float32's ±3.4e38), got ${describe(value)}`,
          };
        }
      }
      if (feature.kind === 'date' && value !== null && readDate(value) === null) {
        return {
          kind: 'not-a-date',
          field,
          message: `${where}.${field}: expected a date written year first (ISO 8601 such as "2011-01-31" or "2011-01-31T17:05:00Z", or "2011/01/31 17:05") or null, got ${describe(value)}`,
        };
      }
    }
    const outOfRange = this.outOfFloat32(instance as Record<string, RawValue>);
    return outOfRange === null
      ? null
      : {
          kind: 'out-of-range',
          field: outOfRange,
          message: `${where}.${outOfRange}: expected a number the model can compute with (standardised, within float32's ±3.4e38), got ${describe(instance[outOfRange])}`,
        };
  }

  /**
   * The first numeric feature whose standardised value overflows float32, the model's arithmetic (1e308 is a
   * finite double and an infinite float), or null. Encoded by the one encoder the prediction uses.
   */
  private outOfFloat32(instance: Record<string, RawValue>): string | null {
    const encoded = new Float32Array(this.encoder.width);
    this.encoder.encodeFeatures(instance, encoded, 0);
    if (encoded.every(Number.isFinite)) return null;
    // Only when one overflowed: each numeric feature alone, to name it.
    for (const feature of this.encoder.preprocessing.features) {
      if (feature.kind !== 'numeric') continue;
      this.encoder.encodeFeatures({ [feature.name]: instance[feature.name] ?? null }, encoded, 0);
      if (!encoded.every(Number.isFinite)) return feature.name;
    }
    return null;
  }

  /** A request body that predicts: typical values (training means, most frequent categories) of every feature. */
  private example(): Record<string, RawValue> {
    return Object.fromEntries(
      this.encoder.preprocessing.features.map((feature) => [
        feature.name,
        feature.kind === 'numeric'
          ? Number(feature.mean.toPrecision(4))
          : feature.kind === 'date'
            ? feature.reference
            : (feature.categories[0] ?? null),
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

/** What a CSV cell or a JSON Lines field can hold, and so what a request's field may hold. */
function isScalar(value: unknown): value is RawValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** JSON has no NaN or Infinity: a prediction with one is the model failing, not an answer. */
export function isFinitePrediction(prediction: Prediction): boolean {
  return typeof prediction === 'number'
    ? Number.isFinite(prediction)
    : Object.values(prediction.probabilities).every(Number.isFinite);
}

function badRequest(error: string): HttpAnswer {
  return { status: 400, body: { error } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EXCERPT_CHARS = 60;

/**
 * A value as it appears in the request, cut at EXCERPT_CHARS: it walks only as far as it writes (never a
 * whole field, which may be megabytes or nested thousands of levels deep), so a hostile value costs nothing.
 */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text = '';
  // Depth-first, writing JSON; false once the excerpt is long enough, which ends every loop above.
  const write = (item: unknown): boolean => {
    if (Array.isArray(item)) {
      if (!emit('[')) return false;
      for (let index = 0; index < item.length; index++) {
        if ((index > 0 && !emit(',')) || !write(item[index])) return false;
      }
      return emit(']');
    }
    if (typeof item === 'object' && item !== null) {
      if (!emit('{')) return false;
      let first = true;
      for (const key in item) {
        if ((!first && !emit(',')) || !emit(`${quote(key)}:`) || !write((item as Record<string, unknown>)[key])) return false;
        first = false;
      }
      return emit('}');
    }
    return emit(typeof item === 'string' ? quote(item) : String(JSON.stringify(item) ?? null));
  };
  const emit = (part: string): boolean => {
    text += part;
    return text.length <= EXCERPT_CHARS;
  };
  write(value);
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 3)}...` : text;
}

/** A string as JSON, from at most its first EXCERPT_CHARS characters. */
function quote(text: string): string {
  return JSON.stringify(text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS + 1) : text);
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
