import type { EncodedSplit } from '../data/prepare.js';
import { filterRows, gatherRows, matrixRows, type RowTest } from '../data/rows.js';
import { FNV_OFFSET, fnv1a, mix32 } from '../data/split.js';
import type { ModelChoice } from '../ml/families/index.js';
import type { ModelRuntime, TrainingChunk, TrainingData, TrainOptions, Training } from '../ml/family.js';
import { HIGHER_IS_BETTER } from '../ml/metrics.js';
import type { Preprocessing } from '../ml/preprocess.js';
import { mulberry32, permutation } from '../ml/random.js';
import type { MetricName } from '../ml/types.js';
import type { TrainingSettings } from '../model-config.js';
import { scoreOutputs } from './evaluate.js';

/** One choice's try in `model: auto`: its primary metric on the rows it did not train on, and its training time. */
export interface Candidate {
  /** The `model` input's name for it: mlp, linear or gbt. */
  name: string;
  validationScore: number;
  /** Every fold's training together. */
  seconds: number;
}

export interface Selection {
  /** Trained on the whole training split, whatever the choice was made on. */
  trained: Training;
  choice: ModelChoice;
  /** The settings it trained with (linear's are the MLP's with no hidden layer). */
  settings: TrainingSettings;
  /** Empty when one choice was asked for. */
  candidates: Candidate[];
  /** Why the winner won, in one line; null when one choice was asked for. */
  reason: string | null;
  /** Choices max-training-time left untried: its budget ran out before their turn. */
  skipped: string[];
}

/**
 * Up to this many training rows every candidate is cross-validated (FOLDS folds: every row scores once, so the
 * choice rests on all of them, not a noisy tenth: a 126-row slice picked the worse model on winequality), from a
 * matrix of the rows. Above it, rows are many and training is what costs: one seeded slice of about
 * 1/SLICE_FOLDS scores them, read from where the rows are (a store on disk) without a copy (inScoredSlice).
 */
export const CROSS_VALIDATION_MAX_ROWS = 5000;
export const FOLDS = 3;
/** Beyond CROSS_VALIDATION_MAX_ROWS the slice is one fold of this many: 20 %, at least 1,000 rows. */
const SLICE_FOLDS = 5;
/**
 * Below this many rows to score on, a choice is noise (one row of 27 is 4 points of accuracy: on penguins a tie on
 * 27 rows handed the default run to trees 5 points worse on the holdout; cross-validated on iris's 107 rows and
 * tips' 191, gbt won and was 7 points and 23 % of RMSE worse than the MLP on the holdout): auto then trains the
 * first choice alone.
 */
export const MIN_VALIDATION_ROWS = 200;
/** Mixed into the seed so the folds are not the MLP's own early-stopping slice of the same rows. */
const FOLD_SALT = 0x5e1ec7;

/** Training rows in one matrix, for cross-validation: at most CROSS_VALIDATION_MAX_ROWS of them. */
type RowsInMemory = TrainingChunk & Pick<TrainingData, 'task' | 'classes'>;

/** Which fold each training row is in, and how many folds are scored (all of them, or the first alone). */
export interface Folds {
  fold: Uint8Array;
  count: number;
  scored: number;
}

/**
 * Every training row's fold, from the seed alone. Identical rows (features and label) share a fold, as they share a
 * side of the holdout split (data/split.ts): otherwise a model that memorises rows scores on copies of its own
 * training rows, which the holdout never offers it (winequality_red repeats 15 % of its rows: scattered over the
 * folds, they lifted gbt 6 points above the MLP, which scores 3 points above gbt on the holdout). The groups
 * are shuffled, then (for classes) ordered by class in that order and dealt round-robin, so each fold holds
 * every class in proportion.
 */
export function assignFolds(data: RowsInMemory, seed: number): Folds {
  const rows = data.x.rows;
  const crossValidated = rows <= CROSS_VALIDATION_MAX_ROWS;
  const count = crossValidated ? FOLDS : SLICE_FOLDS;
  const groups = identicalRows(data);
  const order = Array.from(permutation(groups.length, mulberry32((seed ^ FOLD_SALT) >>> 0)));
  // A stable sort keeps the shuffled order within each class.
  const labelOf = (group: number) => data.y[groups[group]?.[0] ?? 0] as number;
  if (data.task === 'classification') order.sort((a, b) => labelOf(a) - labelOf(b));
  const fold = new Uint8Array(rows);
  order.forEach((group, position) => {
    for (const row of groups[group] ?? []) fold[row] = position % count;
  });
  return { fold, count, scored: crossValidated ? count : 1 };
}

/** The training rows grouped by identical content (encoded features and label), each group in row order. */
function identicalRows(data: RowsInMemory): number[][] {
  const { cols } = data.x;
  const bytes = new Uint8Array(data.x.data.buffer, data.x.data.byteOffset, data.x.data.byteLength);
  const labels = new Uint8Array(data.y.buffer, data.y.byteOffset, data.y.byteLength);
  const byContent = new Map<string, number[]>();
  for (let row = 0; row < data.x.rows; row++) {
    const key = `${Buffer.from(bytes.subarray(row * cols * 4, (row + 1) * cols * 4)).toString('latin1')}|${Buffer.from(labels.subarray(row * 4, row * 4 + 4)).toString('latin1')}`;
    const group = byContent.get(key);
    if (group) group.push(row);
    else byContent.set(key, [row]);
  }
  return [...byContent.values()];
}

type SelectOptions = TrainOptions & { primaryMetric: MetricName; preprocessing: Preprocessing; log: (message: string) => void };

/**
 * Trains the one choice asked for on the whole training split; or, given several, picks one (chooseModel) and
 * trains it again on the whole training split, so choosing costs no rows. The holdout is touched later, once, by
 * the winner alone.
 */
export async function selectModel(runtime: ModelRuntime, choices: readonly ModelChoice[], data: TrainingData, options: SelectOptions): Promise<Selection> {
  const chosen = await chooseModel(runtime, choices, data, options);
  if (chosen.candidates.length > 0) options.log(`model auto: training ${chosen.choice.name} again on all ${data.rows.rows} training rows.`);
  return { ...(await trainWhole(runtime, chosen.choice, data, options)), candidates: chosen.candidates, reason: chosen.reason, skipped: chosen.skipped };
}

/**
 * Scores each choice by the primary metric on training rows it did not train on (cross-validation, or one slice
 * when rows are many: assignFolds) and keeps the best; a tie goes to the choice listed first. One choice, or too few rows to tell
 * them apart, is the first choice with no candidates.
 */
export async function chooseModel(
  runtime: ModelRuntime,
  choices: readonly ModelChoice[],
  data: TrainingData,
  options: SelectOptions,
): Promise<{ choice: ModelChoice; candidates: Candidate[]; reason: string | null; skipped: string[] }> {
  const [first] = choices;
  if (first === undefined) throw new Error('chooseModel needs at least one model choice');
  if (choices.length === 1) return { choice: first, candidates: [], reason: null, skipped: [] };
  const scoring = data.rows.rows <= CROSS_VALIDATION_MAX_ROWS ? await crossValidation(runtime, data, options) : await sliceScoring(runtime, data, options);
  if (scoring.rows < MIN_VALIDATION_ROWS) {
    options.log(`model auto: ${data.rows.rows} training rows are too few to choose on; training ${first.name} alone.`);
    return { choice: first, candidates: [], reason: null, skipped: [] };
  }
  const { how, truth } = scoring;
  const higher = HIGHER_IS_BETTER[options.primaryMetric];
  const candidates: Candidate[] = [];
  const heldOut = new Map<ModelChoice, { outputs: Float32Array; seconds: number }>();
  let best: { choice: ModelChoice; candidate: Candidate } | null = null;
  const skipped: string[] = [];
  for (const choice of choices) {
    // max-training-time: once it has run out, no further choice is tried (the first always is).
    if (best !== null && options.outOfTime?.()) {
      skipped.push(choice.name);
      continue;
    }
    const tried = choice.blendOf ? blendOf(choice.blendOf, heldOut) : await scoring.heldOut(choice);
    // A blend whose members were not all tried (model: auto lists them first) is not weighed.
    if (tried === null) continue;
    heldOut.set(choice, tried);
    const score = scoreOutputs(tried.outputs, options.preprocessing, truth).metrics[options.primaryMetric] ?? Number.NaN;
    const candidate = { name: choice.name, validationScore: score, seconds: tried.seconds };
    candidates.push(candidate);
    options.log(`model auto: ${choice.name} scored ${options.primaryMetric} ${score.toFixed(4)} in ${how}, trained in ${candidate.seconds.toFixed(1)} s.`);
    if (best === null || beats(candidate, best.candidate, higher)) best = { choice, candidate };
  }
  if (best === null) throw new Error('no candidate was scored');
  if (skipped.length > 0) options.log(`model auto: max-training-time ran out; not tried: ${skipped.join(', ')}.`);
  return { choice: best.choice, candidates, reason: reasonFor(best.candidate, candidates, options.primaryMetric, how), skipped };
}

async function trainWhole(runtime: ModelRuntime, choice: ModelChoice, data: TrainingData, options: TrainOptions) {
  const settings = choice.settings(options.settings);
  return { trained: await choice.family.train(runtime, data, { ...options, settings }), choice, settings };
}

/** The rows auto scores the choices on, in the order of `truth`, and how each choice's outputs on them are had. */
interface Scoring {
  /** For the log and the reason: "3-fold cross-validation on … rows". */
  how: string;
  rows: number;
  truth: Float32Array;
  heldOut(choice: ModelChoice): Promise<{ outputs: Float32Array; seconds: number }>;
}

type ValidateOptions = TrainOptions & { log: (message: string) => void };

/** Small data: every row in a matrix, folds from assignFolds. */
async function crossValidation(runtime: ModelRuntime, data: TrainingData, options: ValidateOptions): Promise<Scoring> {
  const matrix: RowsInMemory = { ...(await gatherRows(data.rows)), task: data.task, classes: data.classes };
  const folds = assignFolds(matrix, options.seed);
  const scored = rowsWhere(folds.fold, (fold) => fold < folds.scored);
  return {
    how: `${folds.count}-fold cross-validation on ${scored.length} training rows`,
    rows: scored.length,
    truth: rowsOf(matrix, scored).y,
    heldOut: (choice) => validate(runtime, choice, matrix, folds, scored, options),
  };
}

/**
 * Many rows: each choice trains once on the rows outside the scored slice (inScoredSlice) and predicts the slice a
 * block at a time, so neither side is ever copied whole; only the slice's targets and outputs are kept.
 */
async function sliceScoring(runtime: ModelRuntime, data: TrainingData, options: ValidateOptions): Promise<Scoring> {
  const inSlice = inScoredSlice(options.seed);
  const slice = await filterRows(data.rows, inSlice);
  const rest = await filterRows(data.rows, (x, y, row) => !inSlice(x, y, row));
  const truth = new Float32Array(slice.rows);
  let at = 0;
  for await (const block of slice.inOrder()) {
    truth.set(block.y, at);
    at += block.y.length;
  }
  const width = data.task === 'classification' ? data.classes : 1;
  return {
    how: `a seeded slice of ${slice.rows} training rows`,
    rows: slice.rows,
    truth,
    async heldOut(choice) {
      options.log(`model auto: ${choice.name}: training on ${rest.rows} rows, all but the slice it is scored on…`);
      const started = Date.now();
      const settings = choice.settings(options.settings);
      const { model } = await choice.family.train(runtime, { ...data, rows: rest }, { seed: options.seed, settings, onEpoch: options.onEpoch, onProgress: options.onProgress, outOfTime: options.outOfTime });
      const seconds = (Date.now() - started) / 1000;
      try {
        const outputs = new Float32Array(slice.rows * width);
        let row = 0;
        for await (const block of slice.inOrder()) {
          outputs.set(model.predict(block.x), row * width);
          row += block.y.length;
        }
        return { outputs, seconds };
      } finally {
        model.dispose();
      }
    },
  };
}

/**
 * Whether a training row is in the large path's scored slice (about 1 in SLICE_FOLDS): from a hash of its encoded
 * features, its label and the seed, so identical rows fall on one side, as assignFolds keeps them in one fold
 * (winequality, there), without holding every row's bytes in a Map; and whole blocks would not do that.
 */
export function inScoredSlice(seed: number): RowTest {
  const start = fnv1a(`slice:${(seed ^ FOLD_SALT) >>> 0}`, FNV_OFFSET);
  const float = new Float32Array(1);
  const bits = new Uint32Array(float.buffer);
  const word = (hash: number, value: number) => {
    float[0] = value;
    return Math.imul(hash ^ (bits[0] as number), 0x01000193);
  };
  return (x, y, row) => {
    let hash = start;
    for (let c = row * x.cols; c < (row + 1) * x.cols; c++) hash = word(hash, x.data[c] as number);
    return mix32(word(hash, y[row] as number)) % SLICE_FOLDS === 0;
  };
}

/**
 * One choice trained once per scored fold on the other folds: its outputs on each fold it left out, in the order
 * of `scored`, and its training time.
 */
async function validate(
  runtime: ModelRuntime,
  choice: ModelChoice,
  data: RowsInMemory,
  folds: Folds,
  scored: Uint32Array,
  options: ValidateOptions,
): Promise<{ outputs: Float32Array; seconds: number }> {
  const settings = choice.settings(options.settings);
  const width = data.task === 'classification' ? data.classes : 1;
  const outputs = new Float32Array(scored.length * width);
  let seconds = 0;
  for (let held = 0; held < folds.scored; held++) {
    const fit = rowsOf(data, rowsWhere(folds.fold, (fold) => fold !== held));
    const started = Date.now();
    // A large split's fold trains for minutes: the log says what runs, and the epochs show it is alive.
    options.log(
      folds.scored > 1
        ? `model auto: ${choice.name}, fold ${held + 1} of ${folds.count}: training on the other ${fit.x.rows} rows…`
        : `model auto: ${choice.name}: training on ${fit.x.rows} rows, all but the slice it is scored on…`,
    );
    const { model } = await choice.family.train(runtime, { rows: matrixRows(fit.x, fit.y), task: data.task, classes: data.classes }, { seed: options.seed, settings, onEpoch: options.onEpoch, onProgress: options.onProgress, outOfTime: options.outOfTime });
    seconds += (Date.now() - started) / 1000;
    try {
      const predicted = model.predict(rowsOf(data, rowsWhere(folds.fold, (fold) => fold === held)).x);
      // This fold's rows are a subsequence of `scored`: both list rows by index.
      let at = 0;
      scored.forEach((row, position) => {
        if (folds.fold[row] !== held) return;
        outputs.set(predicted.subarray(at * width, (at + 1) * width), position * width);
        at++;
      });
    } finally {
      model.dispose();
    }
  }
  return { outputs, seconds };
}

/** A blend's held-out outputs, the mean of its members' (as BlendModel predicts), and their time together; null if one was not tried. */
function blendOf(
  members: readonly ModelChoice[],
  heldOut: ReadonlyMap<ModelChoice, { outputs: Float32Array; seconds: number }>,
): { outputs: Float32Array; seconds: number } | null {
  const tried = members.map((member) => heldOut.get(member));
  if (tried.length === 0 || tried.some((member) => member === undefined)) return null;
  const [first, ...rest] = tried as Array<{ outputs: Float32Array; seconds: number }>;
  const sum = Float64Array.from((first as { outputs: Float32Array }).outputs);
  for (const member of rest) member.outputs.forEach((value, i) => (sum[i] = (sum[i] as number) + value));
  const seconds = tried.reduce((total, member) => total + (member?.seconds ?? 0), 0);
  return { outputs: Float32Array.from(sum, (value) => value / tried.length), seconds };
}

/**
 * Only a better validation score wins: an equal one (or both non-finite) stays with the holder, listed earlier
 * (families/index.ts: the blend, the costliest, last). Measured seconds would make the same seed and data choose
 * differently on a busy machine.
 */
function beats(challenger: Candidate, holder: Candidate, higher: boolean): boolean {
  const a = challenger.validationScore;
  const b = holder.validationScore;
  if (Number.isFinite(a) !== Number.isFinite(b)) return Number.isFinite(a);
  if (Number.isFinite(a) && a !== b) return higher ? a > b : a < b;
  return false;
}

function reasonFor(winner: Candidate, candidates: Candidate[], metric: MetricName, how: string): string {
  const others = candidates.filter((candidate) => candidate !== winner);
  if (others.length === 0) {
    return `${winner.name} is the only choice tried before max-training-time ran out (${metric} ${winner.validationScore.toFixed(4)} in ${how}).`;
  }
  const tied = others.filter((other) => other.validationScore === winner.validationScore);
  if (tied.length > 0) {
    return `${winner.name} won: it tied ${tied.map((t) => t.name).join(', ')} on ${metric} in ${how} and is listed first.`;
  }
  const shown = others.map((other) => `${other.name} ${other.validationScore.toFixed(4)}`).join(', ');
  return `${winner.name} won on ${metric} in ${how}: ${winner.validationScore.toFixed(4)} against ${shown}.`;
}

function rowsWhere(fold: Uint8Array, keep: (fold: number) => boolean): Uint32Array {
  const rows: number[] = [];
  fold.forEach((value, row) => {
    if (keep(value)) rows.push(row);
  });
  return Uint32Array.from(rows);
}

/** The given rows of a split, copied. */
function rowsOf(data: EncodedSplit, rows: Uint32Array): EncodedSplit {
  const { cols } = data.x;
  const x = new Float32Array(rows.length * cols);
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    x.set(data.x.data.subarray(row * cols, (row + 1) * cols), i * cols);
    y[i] = data.y[row] as number;
  });
  return { x: { data: x, rows: rows.length, cols }, y };
}
