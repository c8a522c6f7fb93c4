import { filterRows, gatherRows, matrixRows, pickRows, type RowTest } from '../data/rows.js';
import { FNV_OFFSET, fnv1a, mix32 } from '../data/split.js';
import { weightedMean } from '../ml/families/blend.js';
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
  /** The primary metric, the mean over the dealings it was scored on. */
  validationScore: number;
  /** Classes only, when the primary metric is another: the mean log-loss, which auto chooses on (selectionMetric). */
  logloss?: number;
  /** Every fold's training together. */
  seconds: number;
  /** A blend's: each member's weight as ensemble selection chose it (ensembleWeights), by name; 0 for one left out. */
  weights?: Record<string, number>;
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
 * matrix of the rows, and repeated with other folds on fewer rows (crossValidationRepeats). Above it, rows are
 * many and training is what costs: one seeded slice of about 1/SLICE_FOLDS scores them, read from where the rows
 * are (a store on disk) without a copy (inScoredSlice).
 */
export const CROSS_VALIDATION_MAX_ROWS = 5000;
export const FOLDS = 3;
/**
 * At most this many cross-validations, each with the folds dealt from another seed, on small splits: which rows
 * share a fold moves a score as much as the candidates differ by on a few hundred rows (titanic's 734: one dealing
 * of five put the MLP first, 5 points behind the blend on the holdout). Averaged over two or three dealings, the
 * choice was the same whichever of the five were taken, on every shared dataset of 200 to 1,300 rows.
 */
export const MAX_REPEATS = 3;
/** Beyond CROSS_VALIDATION_MAX_ROWS the slice is about one row in this many: 20 %, at least 1,000 rows. */
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
/** Added to FOLD_SALT once per repeat (the golden ratio's 32 bits), so each repeat deals from an unrelated seed. */
const REPEAT_SALT = 0x9e3779b1;
/**
 * Rounds of ensemble selection (ensembleWeights), as AutoGluon's WeightedEnsemble: each adds one member, so a
 * weight is a multiple of 1/25. More rounds only refine weights the held-out rows cannot tell apart.
 */
export const ENSEMBLE_ROUNDS = 25;

/** Training rows in one matrix, for cross-validation: at most CROSS_VALIDATION_MAX_ROWS of them. */
type RowsInMemory = TrainingChunk & Pick<TrainingData, 'task' | 'classes'>;

/** Which of the FOLDS folds each training row is in. */
export interface Folds {
  fold: Uint8Array;
  count: number;
  /** Which dealing this is (0 first) of how many the choice is scored on (crossValidationRepeats). */
  repeat: number;
  repeats: number;
}

/**
 * How many cross-validations a split of `rows` is scored on: MAX_REPEATS while they cost no more training than one
 * cross-validation at CROSS_VALIDATION_MAX_ROWS (up to 1,666 rows), fewer above, one for the seeded slice.
 */
export function crossValidationRepeats(rows: number): number {
  if (rows > CROSS_VALIDATION_MAX_ROWS) return 1;
  return Math.max(1, Math.min(MAX_REPEATS, Math.floor(CROSS_VALIDATION_MAX_ROWS / Math.max(rows, 1))));
}

/**
 * Every training row's fold, from the seed alone. Identical rows (features and label) share a fold, as they share a
 * side of the holdout split (data/split.ts): otherwise a model that memorises rows scores on copies of its own
 * training rows, which the holdout never offers it (winequality_red repeats 15 % of its rows: scattered over the
 * folds, they lifted gbt 6 points above the MLP, which scores 3 points above gbt on the holdout). The groups
 * are shuffled, then (for classes) ordered by class in that order and dealt round-robin, so each fold holds
 * every class in proportion. Each repeat deals them again from another seed.
 */
export function assignFolds(data: RowsInMemory, seed: number, repeat = 0): Folds {
  const rows = data.x.rows;
  const count = FOLDS;
  const groups = identicalRows(data);
  const order = Array.from(permutation(groups.length, mulberry32((seed ^ (FOLD_SALT + repeat * REPEAT_SALT)) >>> 0)));
  // A stable sort keeps the shuffled order within each class.
  const labelOf = (group: number) => data.y[groups[group]?.[0] ?? 0] as number;
  if (data.task === 'classification') order.sort((a, b) => labelOf(a) - labelOf(b));
  const fold = new Uint8Array(rows);
  order.forEach((group, position) => {
    for (const row of groups[group] ?? []) fold[row] = position % count;
  });
  return { fold, count, repeat, repeats: crossValidationRepeats(rows) };
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
 * Scores each choice on training rows it did not train on (cross-validation, repeated with other folds on small
 * splits, or one slice when rows are many) and keeps the best by selectionMetric; a tie goes to the choice listed
 * first. One choice, or too few rows to tell them apart, is the first choice with no candidates.
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
  const chosenOn = selectionMetric(data.task, options.primaryMetric);
  const candidates: Candidate[] = [];
  const heldOut = new Map<ModelChoice, HeldOut>();
  let best: { choice: ModelChoice; candidate: Candidate } | null = null;
  const skipped: string[] = [];
  for (const choice of choices) {
    // max-training-time: once it has run out, no further choice is tried (the first always is).
    if (best !== null && options.outOfTime?.()) {
      skipped.push(choice.name);
      continue;
    }
    const meanOf = (metric: MetricName, dealings: readonly Float32Array[]) =>
      mean(dealings.map((outputs) => scoreOutputs(outputs, options.preprocessing, truth).metrics[metric] ?? Number.NaN));
    const tried = choice.blendOf ? blendOf(choice.blendOf, heldOut, (dealings) => meanOf(chosenOn, dealings), HIGHER_IS_BETTER[chosenOn]) : await scoring.heldOut(choice);
    // A blend whose members were not all tried (model: auto lists them first) is not weighed.
    if (tried === null) continue;
    heldOut.set(choice, tried);
    const candidate: Candidate = { name: choice.name, validationScore: meanOf(options.primaryMetric, tried.outputs), seconds: tried.seconds };
    if (chosenOn !== options.primaryMetric) candidate.logloss = meanOf(chosenOn, tried.outputs);
    if (tried.weights) candidate.weights = tried.weights;
    candidates.push(candidate);
    const also = candidate.logloss === undefined ? '' : ` (logloss ${candidate.logloss.toFixed(4)})`;
    options.log(`model auto: ${nameWithWeights(candidate)} scored ${options.primaryMetric} ${candidate.validationScore.toFixed(4)}${also} in ${how}, trained in ${candidate.seconds.toFixed(1)} s.`);
    if (best === null || beats(candidate, best.candidate, chosenOn)) best = { choice, candidate };
  }
  if (best === null) throw new Error('no candidate was scored');
  if (skipped.length > 0) options.log(`model auto: max-training-time ran out; not tried: ${skipped.join(', ')}.`);
  const { weights } = best.candidate;
  // The blend that won trains only its members of positive weight, and predicts with the weights it was scored with.
  const choice = weights && best.choice.weighted ? { ...best.choice, family: best.choice.weighted(weights) } : best.choice;
  return { choice, candidates, reason: reasonFor(best.candidate, candidates, options.primaryMetric, chosenOn, how), skipped };
}

/** "blend (mlp 0.56, gbt 0.44)": a candidate's name, and a blend's members of positive weight, for the log. */
function nameWithWeights(candidate: Pick<Candidate, 'name' | 'weights'>): string {
  const shares = Object.entries(candidate.weights ?? {}).filter(([, weight]) => weight > 0);
  return shares.length === 0 ? candidate.name : `${candidate.name} (${shares.map(([name, weight]) => `${name} ${weight.toFixed(2)}`).join(', ')})`;
}

/**
 * What auto chooses on: for classes the log-loss, whatever the gate's metric. Accuracy counts each row right or
 * wrong, so on a few hundred rows candidates differ by a row or two and which one wins turns on the folds
 * (penguins: linear, blend or the MLP by the dealing, 0.967 to 0.983 on the holdout); the log-loss weighs how sure
 * each prediction was, a proper score that agreed across dealings on every shared dataset. For numbers the primary
 * metric (rmse, mae, r2) already weighs every row by its error.
 */
export function selectionMetric(task: TrainingData['task'], primaryMetric: MetricName): MetricName {
  return task === 'classification' ? 'logloss' : primaryMetric;
}

/** The dealings a choice is scored on: the first (given when already dealt), then one per further repeat. */
export function repeatedFolds(data: RowsInMemory, seed: number, first = assignFolds(data, seed)): Folds[] {
  return [first, ...Array.from({ length: first.repeats - 1 }, (_, repeat) => assignFolds(data, seed, repeat + 1))];
}

function scoringOf(folds: Folds, scoredRows: number): string {
  const repeated = folds.repeats > 1 ? ` repeated ${folds.repeats === 2 ? 'twice' : `${folds.repeats} times`}` : '';
  return `${folds.count}-fold cross-validation${repeated} on ${scoredRows} training rows`;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

async function trainWhole(runtime: ModelRuntime, choice: ModelChoice, data: TrainingData, options: TrainOptions) {
  const settings = choice.settings(options.settings);
  return { trained: await choice.family.train(runtime, data, { ...options, settings }), choice, settings };
}

/** A choice's outputs on the rows it was scored on, one array per dealing (each in the order of `truth`), and all its training time. */
interface HeldOut {
  outputs: Float32Array[];
  seconds: number;
  /** A blend's member weights, by name. */
  weights?: Record<string, number>;
}

/** The rows auto scores the choices on, in the order of `truth`, and how each choice's outputs on them are had. */
interface Scoring {
  /** For the log and the reason: "3-fold cross-validation on … rows". */
  how: string;
  rows: number;
  truth: Float32Array;
  heldOut(choice: ModelChoice): Promise<HeldOut>;
}

type ValidateOptions = TrainOptions & { log: (message: string) => void };

/** Small data: every row in a matrix, folds from assignFolds, dealt again for each repeat. */
async function crossValidation(runtime: ModelRuntime, data: TrainingData, options: ValidateOptions): Promise<Scoring> {
  const matrix: RowsInMemory = { ...(await gatherRows(data.rows)), task: data.task, classes: data.classes };
  const folds = assignFolds(matrix, options.seed);
  // Too few rows to choose on: chooseModel stops before any choice is scored, so no further dealing is made.
  const dealings = matrix.x.rows < MIN_VALIDATION_ROWS ? [folds] : repeatedFolds(matrix, options.seed, folds);
  return {
    how: scoringOf(folds, matrix.x.rows),
    rows: matrix.x.rows,
    truth: matrix.y,
    async heldOut(choice) {
      const outputs: Float32Array[] = [];
      let seconds = 0;
      for (const dealing of dealings) {
        const tried = await validate(runtime, choice, matrix, dealing, options);
        outputs.push(tried.outputs);
        seconds += tried.seconds;
      }
      return { outputs, seconds };
    },
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
        return { outputs: [outputs], seconds };
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
 * One choice trained once per fold on the other folds: its outputs on each row from the model that left the row's
 * fold out, in row order, and its training time.
 */
async function validate(runtime: ModelRuntime, choice: ModelChoice, data: RowsInMemory, folds: Folds, options: ValidateOptions): Promise<{ outputs: Float32Array; seconds: number }> {
  const settings = choice.settings(options.settings);
  const width = data.task === 'classification' ? data.classes : 1;
  const outputs = new Float32Array(data.x.rows * width);
  let seconds = 0;
  for (let held = 0; held < folds.count; held++) {
    const fit = pickRows(data, rowsWhere(folds.fold, (fold) => fold !== held));
    const started = Date.now();
    const repeat = folds.repeats > 1 ? `repeat ${folds.repeat + 1} of ${folds.repeats}, ` : '';
    options.log(`model auto: ${choice.name}, ${repeat}fold ${held + 1} of ${folds.count}: training on the other ${fit.x.rows} rows…`);
    const { model } = await choice.family.train(runtime, { rows: matrixRows(fit.x, fit.y), task: data.task, classes: data.classes }, { seed: options.seed, settings, onEpoch: options.onEpoch, onProgress: options.onProgress, outOfTime: options.outOfTime });
    seconds += (Date.now() - started) / 1000;
    try {
      const heldRows = rowsWhere(folds.fold, (fold) => fold === held);
      const predicted = model.predict(pickRows(data, heldRows).x);
      heldRows.forEach((row, at) => outputs.set(predicted.subarray(at * width, (at + 1) * width), row * width));
    } finally {
      model.dispose();
    }
  }
  return { outputs, seconds };
}

/**
 * A blend's held-out outputs: the weighted mean of its members' in each dealing (as BlendModel predicts), the
 * weights chosen by ensembleWeights on every dealing together (the mean score over the dealings, the score each
 * single candidate is compared on), and its members' time together; null if one was not tried. Its score is
 * slightly optimistic, chosen and scored on the same rows; with a handful of weights in steps of 1/25 that is
 * small: a margin over the best single changed no choice on the shared datasets, and weights chosen on half the
 * rows and scored on the other half lost accuracy on the holdout (README, Model quality).
 */
function blendOf(
  members: readonly ModelChoice[],
  heldOut: ReadonlyMap<ModelChoice, HeldOut>,
  score: (dealings: readonly Float32Array[]) => number,
  higherIsBetter: boolean,
): HeldOut | null {
  const tried = members.map((member) => heldOut.get(member));
  if (tried.length === 0 || tried.some((member) => member === undefined)) return null;
  const all = tried as HeldOut[];
  const mix = (weights: readonly number[]) => (all[0] as HeldOut).outputs.map((_, dealing) => weightedMean(all.map((member) => member.outputs[dealing] as Float32Array), weights));
  const weights = ensembleWeights(all.length, (weights) => score(mix(weights)), higherIsBetter);
  return {
    outputs: mix(weights),
    seconds: all.reduce((total, member) => total + member.seconds, 0),
    weights: Object.fromEntries(members.map((member, i) => [member.name, weights[i] as number])),
  };
}

/**
 * Ensemble selection (Caruana et al., ICML 2004; AutoGluon's WeightedEnsemble): from no member, each of `rounds`
 * rounds adds the member (again, if it is already in) whose addition scores best, a tie to the one listed first;
 * the weights are how often each was added, at the best-scoring round. Round one takes the best single member, so
 * the blend never scores worse than it on these rows, and a member that helps no mean is never added (weight 0).
 * A non-finite score counts as the worst.
 */
export function ensembleWeights(members: number, score: (weights: readonly number[]) => number, higherIsBetter: boolean, rounds = ENSEMBLE_ROUNDS): number[] {
  const better = (a: number, b: number) => Number.isFinite(a) && (!Number.isFinite(b) || (higherIsBetter ? a > b : a < b));
  const counts = new Array<number>(members).fill(0);
  let best = { score: Number.NaN, counts: [...counts] };
  for (let round = 1; round <= rounds; round++) {
    let pick = { member: 0, score: Number.NaN };
    for (let member = 0; member < members; member++) {
      const trial = counts.map((count, m) => (count + (m === member ? 1 : 0)) / round);
      const scored = score(trial);
      if (member === 0 || better(scored, pick.score)) pick = { member, score: scored };
    }
    counts[pick.member] = (counts[pick.member] as number) + 1;
    if (round === 1 || better(pick.score, best.score)) best = { score: pick.score, counts: [...counts] };
  }
  const total = best.counts.reduce((sum, count) => sum + count, 0);
  return best.counts.map((count) => count / total);
}

/** The score a candidate is chosen on (selectionMetric): its log-loss when it carries one, else its primary metric. */
function decidingScore(candidate: Candidate): number {
  return candidate.logloss ?? candidate.validationScore;
}

/**
 * Only a better score wins: an equal one (or both non-finite) stays with the holder, listed earlier
 * (families/index.ts: the blend, the costliest, last). Measured seconds would make the same seed and data choose
 * differently on a busy machine.
 */
function beats(challenger: Candidate, holder: Candidate, metric: MetricName): boolean {
  const a = decidingScore(challenger);
  const b = decidingScore(holder);
  if (Number.isFinite(a) !== Number.isFinite(b)) return Number.isFinite(a);
  if (Number.isFinite(a) && a !== b) return HIGHER_IS_BETTER[metric] ? a > b : a < b;
  return false;
}

function reasonFor(winner: Candidate, candidates: Candidate[], primaryMetric: MetricName, chosenOn: MetricName, how: string): string {
  const others = candidates.filter((candidate) => candidate !== winner);
  if (others.length === 0) {
    return `${winner.name} is the only choice tried before max-training-time ran out (${primaryMetric} ${winner.validationScore.toFixed(4)} in ${how}).`;
  }
  // Why the log-loss, when the gate's metric is another: the summary's table shows both.
  const on = chosenOn === primaryMetric ? chosenOn : `${chosenOn} (how sure each prediction was, not only whether it was right)`;
  const tied = others.filter((other) => decidingScore(other) === decidingScore(winner));
  if (tied.length > 0) {
    return `${winner.name} won: it tied ${tied.map((t) => t.name).join(', ')} on ${on} in ${how} and is listed first.`;
  }
  const shown = others.map((other) => `${other.name} ${decidingScore(other).toFixed(4)}`).join(', ');
  return `${winner.name} won on ${on} in ${how}: ${decidingScore(winner).toFixed(4)} against ${shown}.`;
}

function rowsWhere(fold: Uint8Array, keep: (fold: number) => boolean): Uint32Array {
  const rows: number[] = [];
  fold.forEach((value, row) => {
    if (keep(value)) rows.push(row);
  });
  return Uint32Array.from(rows);
}
