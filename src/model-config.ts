import { createReadStream } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, visit, type Node } from 'yaml';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from './ml/families/mlp.js';
import { UserError } from './util/errors.js';

/** Model and training settings: the network and its training, plus how categoricals are encoded. */
export interface TrainingSettings extends ModelConfig {
  /** Most frequent categories of a column that get their own one-hot slot; the rest share one. */
  maxCategories: number;
  /**
   * The most training rows a family that holds them all in memory (gbt: YDF copies every value into its own
   * arrays) learns from; beyond it, a seeded stratified sample of this many (src/data/sample.ts).
   */
  maxRowsInMemory: number;
}

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = { ...DEFAULT_MODEL_CONFIG, maxCategories: 20, maxRowsInMemory: 250_000 };

type Check = (value: unknown) => string | null;

const wholeNumber =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? null
      : `a whole number from ${min} to ${max}`;
const number =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? null
      : `a number from ${min} to ${max}`;
const oneOf =
  (...choices: string[]): Check =>
  (value) =>
    typeof value === 'string' && choices.includes(value) ? null : `one of ${choices.join(', ')}`;
const layerSizes: Check = (value) =>
  Array.isArray(value) &&
  value.length <= 10 &&
  value.every((units) => typeof units === 'number' && Number.isInteger(units) && units >= 1 && units <= 4096)
    ? null
    : 'a list of at most 10 layer sizes, each a whole number from 1 to 4096 (e.g. [64, 32])';

const CHECKS: Record<keyof TrainingSettings, Check> = {
  hiddenLayers: layerSizes,
  activation: oneOf('relu', 'tanh', 'elu', 'selu'),
  dropout: number(0, 0.9),
  l2: number(0, 1),
  epochs: wholeNumber(1, 10_000),
  batchSize: wholeNumber(1, 65_536),
  learningRate: number(1e-6, 1),
  patience: wholeNumber(1, 1000),
  minDelta: number(0, 1e6),
  validationFraction: number(0, 0.5),
  maxCategories: wholeNumber(1, 1000),
  maxRowsInMemory: wholeNumber(1000, 100_000_000),
};

/** The largest settings file worth reading: a settings file is a few lines; anything bigger is a wrong path. */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Reads a JSON or YAML settings file (JSON is YAML), checking every key and value and pointing at the line
 * and column of the first problem. Errors quote at most a short excerpt of one value, never the file: a path
 * pointed at the wrong file may name a private key or a token.
 */
export async function readTrainingSettings(path: string, display: string): Promise<TrainingSettings> {
  const text = await readSmallText(path, display);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = (offset: number | undefined, what: string): UserError => {
    const position = lineCounter.linePos(offset ?? 0);
    return new UserError(`Input 'model-config': ${display}:${position.line}:${position.col}: ${what}`);
  };
  const syntaxError = document.errors[0];
  if (syntaxError) throw problem(syntaxError.pos[0], `${yamlProblem(syntaxError.message)}. Fix the JSON or YAML syntax there.`);
  const root = document.contents;
  if (root === null) return { ...DEFAULT_TRAINING_SETTINGS };
  if (!isMap(root)) {
    throw problem(
      root.range?.[0],
      `expected a mapping of settings (e.g. epochs: 50), found ${describeNode(root)}. Check that 'model-config' names the settings file.`,
    );
  }
  visit(document, {
    Scalar(_, node) {
      if (node.format === 'HEX' || node.format === 'OCT') {
        throw problem(node.range?.[0], 'write numbers in decimal (e.g. 16, not 0x10).');
      }
    },
    Alias(_, node) {
      if (node.resolve(document) === undefined) {
        throw problem(node.range?.[0], `the alias *${excerpt(node.source)} has no anchor &${excerpt(node.source)} before it.`);
      }
    },
  });
  let values: Record<string, unknown>;
  try {
    // Resolves aliases (patience: *e); the cap on their expansion stops a "billion laughs" file.
    values = document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    throw problem(0, 'aliases expand to too many values. Write the settings out.');
  }
  const settings: Record<string, unknown> = { ...DEFAULT_TRAINING_SETTINGS };
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    // Own keys only: 'constructor' or '__proto__' would find Object's methods.
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key as keyof TrainingSettings] : undefined;
    if (!check) {
      throw problem(
        keyNode?.range?.[0],
        `unknown setting '${excerpt(key)}'. Known settings: ${Object.keys(CHECKS).join(', ')}.`,
      );
    }
    const value = values[key];
    const expected = check(value);
    if (expected) {
      const valueNode = pair.value as Node | null;
      throw problem(valueNode?.range?.[0] ?? keyNode?.range?.[0], `'${key}' must be ${expected}, found ${describeValue(value)}.`);
    }
    settings[key] = value;
  }
  return settings as unknown as TrainingSettings;
}

async function readSmallText(path: string, display: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      size += (chunk as Buffer).length;
      if (size > MAX_CONFIG_BYTES) {
        throw new UserError(
          `Input 'model-config': ${display} is larger than ${MAX_CONFIG_BYTES / 1024} KiB; a settings file is a few lines. Check the path.`,
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `Input 'model-config': cannot read ${display} (${code ?? String(error)}). The path is relative to the workspace; check it exists in the checkout.`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Longest stretch of the file's text an error may quote. */
const EXCERPT_CHARS = 40;

/** One line of at most EXCERPT_CHARS characters. */
function excerpt(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? '';
  return line.length > EXCERPT_CHARS || line !== text ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
}

/** A value as an error shows it: short ones as written, longer ones by their kind and size only. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json.length <= EXCERPT_CHARS && !/\\n/.test(json)) return json;
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return Array.isArray(value) ? `a list of ${value.length} items` : 'a mapping';
}

function describeNode(node: Node): string {
  if (!isScalar(node)) return 'a list';
  if (typeof node.value === 'string') return `text of ${node.value.length} characters (not shown)`;
  return `the value ${JSON.stringify(node.value)}`;
}

/**
 * The YAML parser's message, without the parts it copies from the file (after a colon, or in quotes): the
 * location already says where to look.
 */
function yamlProblem(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return first.split(': ')[0]!.replace(/"[^"]*"?/g, '').replace(/\s+/g, ' ').trim().slice(0, 80);
}
