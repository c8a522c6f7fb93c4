import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CARD_FILE, MODEL_FOLDER, PREPROCESSING_FILE, fileProblem } from '../../ml/bundle.js';
import { familyOfCard } from '../../ml/families/index.js';
import { HIGHER_IS_BETTER } from '../../ml/metrics.js';
import { encodedWidth, type Preprocessing } from '../../ml/preprocess.js';
import { DATE_PARTS, readDate } from '../../util/dates.js';
import type { BaselineRecord, RestoredBaseline } from './types.js';

export const RECORD_FILE = 'baseline.json';

/**
 * What a baseline's folder holds once it is checked: null when the record itself is unusable (the run is a first
 * run), else the record, the bundle's preprocessing when the whole bundle is consistent (null: compare with the
 * stored metrics), and what was wrong but survivable.
 */
export type BaselineCheck =
  | { record: null; problem: string }
  | { record: BaselineRecord; preprocessing: Preprocessing | null; problems: string[] };

/**
 * Reads and checks a baseline's folder (`baseline.json` and `model/`) as one unit, before anything in it is trusted:
 * the record's schema and version, then the bundle's files against each other and the record. A problem becomes
 * one warning that says what is wrong and what the run does instead; nothing here throws for a damaged baseline.
 */
export async function readBaseline(
  dir: string,
  key: string,
  source: string,
  warn: (message: string) => void,
): Promise<RestoredBaseline | null> {
  const check = await checkBaseline(dir, key);
  if (check.record === null) {
    warn(`Baseline '${key}' in ${source} is unusable: ${check.problem}. This run goes on as a first run; an accepted run replaces it.`);
    return null;
  }
  const { record, preprocessing, problems } = check;
  if (problems.length > 0) {
    const fallback = preprocessing
      ? 'This run goes on without it'
      : 'Its model is not re-evaluated: this run compares with its stored metrics';
    warn(`Baseline '${key}' (run ${record.runId}) in ${source}: ${problems.join('; ')}. ${fallback}.`);
  }
  return { record, bundle: preprocessing ? { dir: join(dir, MODEL_FOLDER), preprocessing } : null, source };
}

/** The check behind readBaseline; the stores also run it on a baseline they are about to save, so a bad one never lands. */
export async function checkBaseline(dir: string, key: string): Promise<BaselineCheck> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(dir, RECORD_FILE), 'utf8'));
  } catch (error) {
    return { record: null, problem: fileProblem(RECORD_FILE, error) };
  }
  return checkRecord(value, key, join(dir, MODEL_FOLDER));
}

/**
 * checkBaseline's checks on a record already parsed (from `file`, for messages) and the model bundle in
 * `bundleDir`; a rollback checks an earlier run's record from its metrics.json the same way.
 */
export async function checkRecord(value: unknown, key: string, bundleDir: string, file = RECORD_FILE): Promise<BaselineCheck> {
  const problem = recordProblem(value, key, file);
  if (problem !== null) return { record: null, problem };
  const { serving, previousServing, distributions, ...rest } = value as BaselineRecord;
  const problems: string[] = [];
  const record: BaselineRecord = rest;
  for (const [field, ref] of [['serving', serving], ['previousServing', previousServing]] as const) {
    if (ref === undefined) continue;
    const servingProblem = servingRefProblem(ref);
    if (servingProblem === null) record[field] = ref;
    else problems.push(`its ${field} reference is unusable (${servingProblem}) and is dropped`);
  }
  if (distributions !== undefined) {
    const distributionProblem = distributionsProblem(distributions);
    if (distributionProblem === null) record.distributions = distributions;
    else problems.push(`its feature distributions are unusable (${distributionProblem}): drift is not measured`);
  }
  const bundle = await bundleCheck(bundleDir, record);
  if (typeof bundle === 'string') problems.push(`its model bundle is unusable: ${bundle}`);
  return { record, preprocessing: typeof bundle === 'string' ? null : bundle, problems };
}

/** Writes the record last and in one rename, so a folder with a baseline.json always holds a whole baseline. */
export async function writeRecord(dir: string, record: BaselineRecord): Promise<void> {
  const partial = join(dir, `${RECORD_FILE}.partial`);
  await writeFile(partial, `${JSON.stringify(record, null, 2)}\n`);
  await rename(partial, join(dir, RECORD_FILE));
}

/** The first thing wrong with a parsed record, or null. Only the serving references and `distributions` may be wrong without ruining it. */
function recordProblem(value: unknown, key: string, file: string): string | null {
  if (!isObject(value)) return `${file} holds ${kindOf(value)}, not a baseline record`;
  if (value.formatVersion !== 1) {
    return `${file} has formatVersion ${short(value.formatVersion)}; this version of ml-pipeline-action reads 1`;
  }
  if (value.key !== key) return `${file} is the baseline of key ${short(value.key)}, not '${key}'`;
  const field = (name: string, ok: boolean, expected: string): string | null =>
    ok ? null : `${file}: '${name}' is ${short(value[name])}, expected ${expected}`;
  const { metrics, primaryMetric } = value;
  const finiteMetrics = isObject(metrics) && Object.values(metrics).every((m) => typeof m === 'number' && Number.isFinite(m));
  const knownMetric = typeof primaryMetric === 'string' && Object.hasOwn(HIGHER_IS_BETTER, primaryMetric);
  return (
    field('runId', isText(value.runId), 'a run id') ??
    field('commit', value.commit === null || isText(value.commit), 'a commit SHA or null') ??
    field('createdAt', isText(value.createdAt) && Number.isFinite(Date.parse(value.createdAt)), 'a timestamp') ??
    field('task', value.task === 'classification' || value.task === 'regression', "'classification' or 'regression'") ??
    field('primaryMetric', knownMetric, 'a metric name') ??
    field('metrics', finiteMetrics, 'an object of finite numbers') ??
    field('metrics', Object.hasOwn(metrics as object, primaryMetric as string), `to hold its primary metric ${short(primaryMetric)}`) ??
    field('dataFingerprint', isText(value.dataFingerprint), 'a fingerprint') ??
    field('rows', Number.isSafeInteger(value.rows) && (value.rows as number) >= 0, 'a row count') ??
    field('schema', isObject(value.schema) && Object.values(value.schema).every(isText), 'an object of column types')
  );
}

/** What drift needs (types.ts FeatureDistribution): shares in [0, 1], numeric edges ascending and one fewer than the shares. */
function distributionsProblem(value: unknown): string | null {
  if (!isObject(value)) return `${kindOf(value)}, expected an object`;
  const isShare = (share: unknown) => typeof share === 'number' && share >= 0 && share <= 1;
  for (const [feature, distribution] of Object.entries(value)) {
    const where = `feature ${short(feature)}`;
    if (!isObject(distribution)) return `${where} is ${kindOf(distribution)}`;
    if (distribution.kind === 'numeric') {
      const { edges, shares } = distribution;
      const ascending =
        Array.isArray(edges) && edges.every((edge, i) => Number.isFinite(edge) && (i === 0 || (edge as number) > (edges[i - 1] as number)));
      if (!ascending) return `${where}: 'edges' is not an ascending list of finite numbers`;
      if (!Array.isArray(shares) || shares.length !== edges.length + 1 || !shares.every(isShare)) {
        return `${where}: 'shares' is not ${edges.length + 1} shares from 0 to 1`;
      }
    } else if (distribution.kind === 'categorical') {
      if (!isObject(distribution.shares) || !Object.values(distribution.shares).every(isShare) || !isShare(distribution.other)) {
        return `${where}: 'shares' and 'other' are not shares from 0 to 1`;
      }
    } else {
      return `${where} is neither numeric nor categorical`;
    }
  }
  return null;
}

function servingRefProblem(value: unknown): string | null {
  if (value === null) return null;
  if (!isObject(value)) return `${kindOf(value)}, expected an object or null`;
  if (!isText(value.runId)) return "no 'runId'";
  if (value.target !== 'cloud-functions' && value.target !== 'local') return "'target' is neither cloud-functions nor local";
  if (!isText(value.modelUri)) return "no 'modelUri'";
  if (!isText(value.url) || !URL.canParse(value.url)) return "'url' is not a URL";
  if (value.revision !== undefined && !isText(value.revision)) return "'revision' is not a revision name";
  return null;
}

/**
 * The bundle's preprocessing when its files agree with each other and with the record, else what disagrees.
 * Checked without TensorFlow.js (restore runs before it is loaded): the shared files here, the model's own files by
 * the family the card names.
 */
async function bundleCheck(dir: string, record: BaselineRecord): Promise<Preprocessing | string> {
  const files: Record<string, unknown> = {};
  for (const name of [PREPROCESSING_FILE, CARD_FILE]) {
    try {
      files[name] = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      return fileProblem(`${MODEL_FOLDER}/${name}`, error);
    }
  }
  const preprocessing = files[PREPROCESSING_FILE];
  const problem = preprocessingProblem(preprocessing);
  if (problem !== null) return `${PREPROCESSING_FILE}: ${problem}`;
  const valid = preprocessing as Preprocessing;
  if (valid.task !== record.task) return `${PREPROCESSING_FILE} is for ${valid.task}, the record for ${record.task}`;
  const card = files[CARD_FILE];
  const cardProblem = cardAgreement(card, valid, record);
  if (cardProblem !== null) return `${CARD_FILE} ${cardProblem}`;
  const family = familyOfCard(card as Record<string, unknown>);
  if (typeof family === 'string') return family;
  return (await family.checkFiles(dir, { inputs: encodedWidth(valid), outputs: valid.classes?.length ?? 1 })) ?? valid;
}

function preprocessingProblem(value: unknown): string | null {
  if (!isObject(value)) return `holds ${kindOf(value)}`;
  if (value.formatVersion !== 1) return `formatVersion is ${short(value.formatVersion)}, this action reads 1`;
  if (!isText(value.label)) return 'no label';
  if (!Array.isArray(value.features) || value.features.length === 0) return `'features' is ${short(value.features)}, expected a list`;
  const names = new Set<string>();
  for (const [index, feature] of value.features.entries()) {
    const problem = featureProblem(feature);
    if (problem !== null) return `features[${index}] ${problem}`;
    const name = (feature as { name: string }).name;
    if (names.has(name)) return `features[${index}] repeats '${name}'`;
    names.add(name);
  }
  if (value.task === 'classification') {
    const classes = value.classes;
    if (!Array.isArray(classes) || classes.length < 2 || !classes.every(isText) || new Set(classes).size !== classes.length) {
      return `'classes' is ${short(classes)}, expected two or more distinct class names`;
    }
    return value.target === null ? null : "'target' should be null for classification";
  }
  if (value.task !== 'regression') return `'task' is ${short(value.task)}`;
  if (value.classes !== null) return "'classes' should be null for regression";
  return isScale(value.target) ? null : `'target' is ${short(value.target)}, expected a finite mean and a positive std`;
}

function featureProblem(feature: unknown): string | null {
  if (!isObject(feature) || !isText(feature.name)) return 'has no name';
  if (feature.kind === 'numeric') return isScale(feature) ? null : 'has no finite mean and positive std';
  if (feature.kind === 'date') return dateProblem(feature);
  if (feature.kind !== 'categorical') return `has kind ${short(feature.kind)}`;
  const categories = feature.categories;
  return Array.isArray(categories) && categories.every((c) => typeof c === 'string') ? null : 'has no list of categories';
}

/** A date feature: a reference day readDate reads, and known parts, each once, with a finite mean and positive std. */
function dateProblem(feature: Record<string, unknown>): string | null {
  if (!isText(feature.reference) || readDate(feature.reference) === null) {
    return `has reference ${short(feature.reference)}, expected a date such as "2011-01-01"`;
  }
  const parts = feature.parts;
  if (!Array.isArray(parts) || parts.length === 0) return 'has no list of date parts';
  const seen = new Set<unknown>();
  for (const part of parts) {
    const name: unknown = isObject(part) ? part.part : undefined;
    if (!DATE_PARTS.some((known) => known === name) || seen.has(name) || !isScale(part)) {
      return `has date part ${short(part)}, expected one of ${DATE_PARTS.join(', ')} with a finite mean and positive std`;
    }
    seen.add(name);
  }
  return null;
}

/** The card describes the same model as preprocessing.json and the record: same run, label, features and class order. */
function cardAgreement(card: unknown, preprocessing: Preprocessing, record: BaselineRecord): string | null {
  if (!isObject(card)) return `holds ${kindOf(card)}`;
  if (card.version !== record.runId) return `is run ${short(card.version)}'s, the record run '${record.runId}'s`;
  if (card.label !== preprocessing.label) return `predicts ${short(card.label)}, preprocessing.json '${preprocessing.label}'`;
  const features = Array.isArray(card.features) ? card.features.map((f: { name?: unknown }) => f?.name) : null;
  if (JSON.stringify(features) !== JSON.stringify(preprocessing.features.map((f) => f.name))) {
    return 'lists other features than preprocessing.json';
  }
  if (JSON.stringify(card.classes) !== JSON.stringify(preprocessing.classes)) {
    return `lists the classes ${short(card.classes)}, preprocessing.json ${short(preprocessing.classes)} (the model's output order)`;
  }
  return null;
}

function isScale(value: unknown): boolean {
  return isObject(value) && Number.isFinite(value.mean) && Number.isFinite(value.std) && (value.std as number) > 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string of a sane length (ids, SHAs, URLs, fingerprints). */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 2000;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** A field's value for a message, short: a baseline's files are ours, but never echoed at length. */
function short(value: unknown): string {
  const text = value === undefined ? 'missing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
