import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawValue } from '../src/backends/data/types.js';
import { predictRecords } from '../src/ml/predict.js';
import { RecordEncoder, type Prediction } from '../src/ml/preprocess.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { LINGER_MS } from '../src/serving/body.js';
import { MAX_BODY_BYTES, MAX_INSTANCES } from '../src/serving/limits.js';
import { Predictor, predictionMismatch, type HttpAnswer } from '../src/serving/predictor.js';
import { writeTinyBundle, type TinyBundle } from '../test-support/model-bundle.js';

let tf: TF;
let root: string;
let classifier: { dir: string; bundle: TinyBundle; predictor: Predictor };
let regressor: { dir: string; bundle: TinyBundle; predictor: Predictor };

const adelie = { island: 'Torgersen', bill_length_mm: 39.1, flipper_length_mm: 181 };
const gentoo = { island: 'Biscoe', bill_length_mm: 47.5, flipper_length_mm: 222 };

beforeAll(async () => {
  ({ tf } = await loadTensorFlow('cpu', { workspace: process.cwd(), log: () => undefined }));
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-serving-'));
  const load = async (task: 'classification' | 'regression') => {
    const dir = join(root, task);
    const bundle = await writeTinyBundle(tf, dir, task);
    return { dir, bundle, predictor: await Predictor.load({ tf }, dir) };
  };
  classifier = await load('classification');
  regressor = await load('regression');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function post(predictor: Predictor, body: unknown): HttpAnswer {
  return predictor.handle('POST', body);
}

function errorOf(answer: HttpAnswer): string {
  return (answer.body as { error: string }).error;
}

describe('Predictor: answers', () => {
  it('predicts classes as the in-process model does, from the reloaded bundle', () => {
    const records = classifier.bundle.records.slice(0, 40);
    const answer = post(classifier.predictor, { instances: records });
    const encoder = new RecordEncoder(classifier.bundle.preprocessing);
    expect(answer.status).toBe(200);
    expect((answer.body as { predictions: Prediction[] }).predictions).toEqual(
      predictRecords(classifier.bundle.model, encoder, records),
    );
    expect(classifier.predictor.predict(records)).toEqual((answer.body as { predictions: Prediction[] }).predictions);
  });

  it('answers a label and a probability per class that sum to 1', () => {
    const answer = post(classifier.predictor, { instances: [adelie, gentoo] });
    const [first] = (answer.body as { predictions: Array<{ label: string; probabilities: Record<string, number> }> })
      .predictions;
    expect(Object.keys(first?.probabilities ?? {})).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(['Adelie', 'Chinstrap', 'Gentoo']).toContain(first?.label);
    const sum = Object.values(first?.probabilities ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 5);
  });

  it('answers numbers in the target units for regression, as the in-process model does', () => {
    const records = regressor.bundle.records.slice(0, 10);
    const answer = post(regressor.predictor, { instances: records });
    const predictions = (answer.body as { predictions: unknown[] }).predictions;
    expect(answer.status).toBe(200);
    expect(predictions.every((value) => typeof value === 'number')).toBe(true);
    expect(predictions).toEqual(
      predictRecords(regressor.bundle.model, new RecordEncoder(regressor.bundle.preprocessing), records),
    );
    // Standardised outputs are scaled back: body masses are thousands of grams, not values near 0.
    expect(Math.min(...(predictions as number[]))).toBeGreaterThan(1000);
  });

  it('treats null as missing, numeric text as numbers, and accepts and ignores the ignored columns', () => {
    const answer = post(classifier.predictor, {
      instances: [
        { ...adelie, species: 'Adelie', year: 2007, sex: null, bill_depth_mm: 18.7, body_mass_g: 3750 },
        { ...adelie, bill_length_mm: '39.1' },
        { ...adelie, island: null, bill_length_mm: null },
        { ...adelie, island: 'Atlantis' },
      ],
    });
    const predictions = (answer.body as { predictions: Prediction[] }).predictions;
    expect(answer.status).toBe(200);
    expect(predictions[0]).toEqual(classifier.predictor.predict([adelie])[0]);
    expect(predictions[1]).toEqual(predictions[0]);
    expect(predictions[2]).toEqual(classifier.predictor.predict([{ ...adelie, island: null, bill_length_mm: null }])[0]);
    // An island first seen at serving time shares the slot of missing values.
    expect(predictions[3]).toEqual(classifier.predictor.predict([{ ...adelie, island: null }])[0]);
  });

  it('accepts exactly the limit of instances', () => {
    const answer = post(classifier.predictor, { instances: Array.from({ length: MAX_INSTANCES }, () => adelie) });
    expect(answer.status).toBe(200);
    expect((answer.body as { predictions: unknown[] }).predictions).toHaveLength(MAX_INSTANCES);
  });

  it('GET returns the card and an example request that predicts', () => {
    const answer = classifier.predictor.handle('GET', undefined);
    const body = answer.body as Record<string, unknown> & { example: { instances: Array<Record<string, RawValue>> } };
    expect(answer.status).toBe(200);
    expect(body).toMatchObject({ ...classifier.bundle.card });
    expect(Object.keys(body.example.instances[0] ?? {}).sort()).toEqual(['bill_length_mm', 'flipper_length_mm', 'island']);
    expect(body.example.instances[0]?.island).toBe('Biscoe');
    expect(post(classifier.predictor, body.example).status).toBe(200);
    expect(classifier.predictor.card).toEqual(classifier.bundle.card);
  });
});

describe('Predictor: bad requests', () => {
  const cases: Array<[string, unknown, string]> = [
    ['a body that is an array', [adelie], 'body: expected a JSON object {"instances": [...]}, got [{"island":"Torgersen"'],
    ['a body that is text', 'hello', 'body: expected a JSON object {"instances": [...]}, got "hello"'],
    ['no body', undefined, 'body: expected a JSON object {"instances": [...]}, got nothing'],
    ['a null body', null, 'body: expected a JSON object {"instances": [...]}, got null'],
    ['a misspelt top-level field', { instance: [adelie] }, 'body: unknown field "instance" (expected only "instances")'],
    ['no instances', {}, 'instances: missing; send {"instances": [{"<feature>": <value>, ...}]}'],
    ['instances that are not an array', { instances: adelie }, 'instances: expected an array of objects, got {"island":'],
    ['empty instances', { instances: [] }, 'instances: empty; send at least one instance'],
    ['an instance that is not an object', { instances: [adelie, 5] }, 'instances[1]: expected an object of feature values, got 5'],
    ['an instance that is an array', { instances: [[1, 2]] }, 'instances[0]: expected an object of feature values, got [1,2]'],
    [
      'a misspelt feature',
      { instances: [adelie, { ...adelie, bil_length_mm: 40 }] },
      'instances[1]: unknown field "bil_length_mm" (features: bill_length_mm, flipper_length_mm, island)',
    ],
    [
      'a missing feature',
      { instances: [{ bill_length_mm: 39.1, flipper_length_mm: 181 }] },
      "instances[0]: missing feature 'island' (send null when unknown)",
    ],
    [
      'text in a numeric feature',
      { instances: [adelie, adelie, { ...adelie, bill_length_mm: 'abc' }] },
      'instances[2].bill_length_mm: expected a finite number or null, got "abc"',
    ],
    [
      'a boolean in a numeric feature',
      { instances: [{ ...adelie, flipper_length_mm: true }] },
      'instances[0].flipper_length_mm: expected a finite number or null, got true',
    ],
    [
      'an object in a categorical feature',
      { instances: [{ ...adelie, island: { name: 'Dream' } }] },
      'instances[0].island: expected a string, number, boolean or null, got {"name":"Dream"}',
    ],
    [
      'an array in a categorical feature',
      { instances: [{ ...adelie, island: ['Dream'] }] },
      'instances[0].island: expected a string, number, boolean or null, got ["Dream"]',
    ],
    [
      'an array in a numeric feature',
      { instances: [{ ...adelie, bill_length_mm: [39.1] }] },
      'instances[0].bill_length_mm: expected a string, number, boolean or null, got [39.1]',
    ],
    [
      'an object in a column the model ignores',
      { instances: [{ ...adelie, species: { name: 'Adelie' } }] },
      'instances[0].species: expected a string, number, boolean or null, got {"name":"Adelie"}',
    ],
    [
      'numeric text that is infinite as a number',
      { instances: [{ ...adelie, bill_length_mm: '1e400' }] },
      'instances[0].bill_length_mm: expected a finite number or null, got "1e400"',
    ],
    [
      'a number beyond float32, the model\'s arithmetic',
      { instances: [adelie, { ...adelie, flipper_length_mm: 1e308 }] },
      "instances[1].flipper_length_mm: expected a number the model can compute with (within float32's ±3.4e38), got 1e+308",
    ],
  ];

  it.each(cases)('answers 400 naming the field for %s', (_case, body, message) => {
    const answer = post(classifier.predictor, body);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).startsWith(message)).toBe(true);
  });

  it('shortens a long value in the message', () => {
    const answer = post(classifier.predictor, { instances: [{ ...adelie, bill_length_mm: 'x'.repeat(10_000) }] });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).length).toBeLessThan(150);
  });

  it('answers 400 with a short excerpt for values nested thousands of levels deep, or with huge keys', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) as unknown;
    const deepArray = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    const answers = [
      post(classifier.predictor, { instances: [{ ...adelie, island: deep }] }),
      post(classifier.predictor, { instances: [{ ...adelie, species: deepArray }] }),
      post(classifier.predictor, { instances: [deepArray] }),
      post(classifier.predictor, { instances: deep }),
      post(classifier.predictor, deepArray),
      post(classifier.predictor, { instances: [{ ...adelie, ['k'.repeat(100_000)]: 1 }] }),
      post(classifier.predictor, { ['k'.repeat(100_000)]: 1 }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400, 400, 400]);
    for (const answer of answers) expect(errorOf(answer).length).toBeLessThan(200);
    expect(errorOf(answers[0] as HttpAnswer)).toBe(
      `instances[0].island: expected a string, number, boolean or null, got {"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"...`,
    );
  });

  it('answers 400 with the limit for too many instances: the body is fine, the contract is not', () => {
    const answer = post(classifier.predictor, { instances: Array.from({ length: MAX_INSTANCES + 1 }, () => adelie) });
    expect(answer).toEqual({
      status: 400,
      body: { error: `instances: ${MAX_INSTANCES + 1} in one request, the limit is ${MAX_INSTANCES}; split them into several requests` },
    });
  });

  it('answers 405 with the allowed methods for other methods', () => {
    const answer = classifier.predictor.handle('DELETE', undefined);
    expect(answer.status).toBe(405);
    expect(answer.body).toMatchObject({ allow: ['GET', 'HEAD', 'POST'] });
    expect(errorOf(answer)).toContain('method DELETE is not allowed');
  });
});

describe('Predictor: loading and failures', () => {
  it('refuses a preprocessing.json that does not fit the model', async () => {
    const dir = join(root, 'mismatch');
    await cp(classifier.dir, dir, { recursive: true });
    const preprocessing = { ...classifier.bundle.preprocessing, features: classifier.bundle.preprocessing.features.slice(1) };
    await writeFile(join(dir, 'preprocessing.json'), JSON.stringify(preprocessing));
    await expect(Predictor.load({ tf }, dir)).rejects.toThrow(/takes 6 inputs but preprocessing.json encodes 5/);
  });

  it('names a card.json that is not JSON', async () => {
    const dir = join(root, 'corrupt-card');
    await cp(classifier.dir, dir, { recursive: true });
    await writeFile(join(dir, 'card.json'), '{"name": ');
    await expect(Predictor.load({ tf }, dir)).rejects.toThrow(`cannot read ${join(dir, 'card.json')}`);
  });

  it('answers an explicit 500, never nulls, when the model computes a non-finite output', async () => {
    const dir = join(root, 'nan-weights');
    await cp(classifier.dir, dir, { recursive: true });
    // A model whose training diverged: every weight NaN, so every output is NaN (JSON would send null).
    const weights = await readFile(join(dir, 'weights.bin'));
    await writeFile(join(dir, 'weights.bin'), Buffer.from(new Float32Array(weights.byteLength / 4).fill(Number.NaN).buffer));
    const logged: string[] = [];
    const predictor = await Predictor.load({ tf }, dir, { log: (message) => logged.push(message) });
    const answer = post(predictor, { instances: [adelie, gentoo] });
    const error = "instances[0]: the model's output is not a finite number; the model cannot predict these values (retrain it if this happens for ordinary ones)";
    expect(answer).toEqual({ status: 500, body: { error } });
    expect(logged).toEqual([`Prediction failed: ${error}`]);
  });

  it('turns a failure inside into a 500 with the message, and logs it', async () => {
    const logged: string[] = [];
    const predictor = await Predictor.load({ tf }, classifier.dir, { log: (message) => logged.push(message) });
    // Disposing every variable leaves the model without weights: predict throws inside tfjs.
    tf.disposeVariables();
    const answer = post(predictor, { instances: [adelie] });
    expect(answer.status).toBe(500);
    expect(errorOf(answer)).toMatch(/^internal error: \S/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Prediction failed: /);
  });
});

describe('README', () => {
  it("states the request limits the function enforces, in its 'The function' section", async () => {
    const readme = await readFile(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The function'), readme.indexOf('## Run it locally'));
    expect(section).toContain(`more than **${MAX_INSTANCES.toLocaleString('en')} instances** in one request`);
    expect(section).toContain(`larger than **${MAX_BODY_BYTES / 1024 / 1024} MiB** (${MAX_BODY_BYTES.toLocaleString('en')} bytes)`);
    expect(section).toContain(`read and dropped (never kept) for up to ${LINGER_MS / 1000} s`);
  });
});

describe('predictionMismatch', () => {
  const adeliePrediction = { label: 'Adelie', probabilities: { Adelie: 0.9, Gentoo: 0.1 } };
  const gentooPrediction = { label: 'Gentoo', probabilities: { Adelie: 0.2, Gentoo: 0.8 } };
  const expected: Prediction[] = [adeliePrediction, gentooPrediction];

  it('accepts equal answers and differences in the last float32 bits', () => {
    expect(predictionMismatch(expected, structuredClone(expected))).toBeNull();
    expect(predictionMismatch([4200.5], [4200.52])).toBeNull();
    expect(
      predictionMismatch(expected, [{ label: 'Adelie', probabilities: { Adelie: 0.90001, Gentoo: 0.09999 } }, gentooPrediction]),
    ).toBeNull();
  });

  it('names the instance whose label, probability or value differs', () => {
    expect(predictionMismatch(expected, [adeliePrediction, { ...gentooPrediction, label: 'Adelie' }])).toBe(
      `instances[1]: expected label 'Gentoo', got "Adelie"`,
    );
    expect(predictionMismatch(expected, [{ label: 'Adelie', probabilities: { Adelie: 0.8, Gentoo: 0.2 } }, gentooPrediction])).toBe(
      `instances[0]: expected probability 0.9 for 'Adelie', got 0.8`,
    );
    expect(predictionMismatch([1, 2], [1, 2.01])).toBe('instances[1]: expected 2, got 2.01');
    expect(predictionMismatch([1, 2], [1])).toBe('expected 2 predictions, got 1');
    expect(predictionMismatch([1], { error: 'x' })).toBe('expected an array of 1 predictions, got {"error":"x"}');
  });
});

describe('Predictor.handleAll: the requests of one turn, with one prediction', () => {
  it('answers each request as it is answered alone, refusals and other methods included', async () => {
    const predictor = await Predictor.load({ tf }, classifier.dir);
    const requests = [
      { method: 'POST', body: { instances: [adelie] } },
      { method: 'POST', body: { instances: [gentoo, { island: 'Dream' }] } },
      { method: 'GET', body: undefined },
      { method: 'POST', body: 'not an object' },
      { method: 'DELETE', body: undefined },
      { method: 'POST', body: { instances: [gentoo, adelie, gentoo] } },
    ];
    const together = predictor.handleAll(requests);
    expect(together).toEqual(requests.map(({ method, body }) => predictor.handle(method, body)));
    expect(together.map((answer) => answer.status)).toEqual([200, 400, 200, 400, 405, 200]);
    expect((together[5]?.body as { predictions: unknown[] }).predictions).toHaveLength(3);
  });

  it('answers each request as alone when the prediction fails: its 400, or a 500 and a log line', async () => {
    const logged: string[] = [];
    const predictor = await Predictor.load({ tf }, classifier.dir, { log: (message) => logged.push(message) });
    tf.disposeVariables(); // the model loses its weights: predict throws inside tfjs
    const answers = predictor.handleAll([
      { method: 'POST', body: { instances: [adelie] } },
      { method: 'POST', body: { instances: [{ island: 'Dream' }] } },
      { method: 'POST', body: { instances: [gentoo] } },
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([500, 400, 500]);
    expect(errorOf(answers[1] as HttpAnswer)).toBe("instances[0]: missing feature 'bill_length_mm' (send null when unknown)");
    expect(logged).toHaveLength(2);
  });
});
