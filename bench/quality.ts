/**
 * `npm run bench -- quality`: the action's own model on real datasets beside scikit-learn (and, when present,
 * YDF's gradient-boosted trees) on exactly the same training and holdout rows. scripts/bench.mjs compiles and
 * runs it with the repository root as its argument; each dataset's row goes to stdout as one Figure line.
 *
 * The action's side runs the stages main.ts runs (read → profile → plan → preprocess → encode → train →
 * evaluate) with the default inputs, once per `model` choice (mlp, linear, gbt; blend, the equal mean that
 * `model: blend` trains, from their holdout outputs), and `model: auto`'s choice among them (stages/select.ts: it
 * scores on the training split alone; its holdout figure is its choice's, since the retrained winner is that very
 * model; a blend it keeps is weighted, so its figure is the members' holdout outputs with those weights). The split is exported as two JSON Lines files (one array per row: the
 * features as our encoder reads them, then the label), which bench/sklearn_anchor.py and bench/ydf_gbt.mjs
 * read, so every model sees the same rows with the same values.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { DataSource, DataFile } from '../src/backends/data/types.js';
import { MODEL_CHOICES, type ModelChoice } from '../src/ml/families/index.js';
import { loadTensorFlow, type TF } from '../src/ml/tf.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { readRows } from '../src/formats/read.js';
import { resolvePrimaryMetric, scoreOutputs } from '../src/stages/evaluate.js';
import { encodeRows, fitPreprocessing, type PreparedData } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { chooseModel } from '../src/stages/select.js';
import { planTraining } from '../src/stages/validate.js';
import { exportSplit } from './split-export.js';
import { sharedDatasets } from './datasets.js';
import { matrixRows } from '../src/data/rows.js';

/**
 * The action's defaults (action.yml): holdout 0.2, seed 42. BENCH_SEED=7 draws another holdout (and folds and
 * weights), to see how much of a figure is the seed's.
 */
const HOLDOUT = 0.2;
const SEED = seedFrom(process.env.BENCH_SEED);

function seedFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 42;
  if (!/^\d{1,9}$/.test(value)) throw new Error(`BENCH_SEED must be a whole number from 0 to 999999999, not ${JSON.stringify(value)}`);
  return Number(value);
}
/** Debian's interpreter, where `apt-get install python3-sklearn` puts scikit-learn (the first python3 on PATH may be another). */
const PYTHON = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
/** A folder where `npm install ydf-training jszip` was run; without it the YDF column says "not run". */
const YDF_DIR = process.env.YDF_DIR;

interface Dataset {
  file: string;
  label: string;
  /** The input `exclude`: columns that restate the label, from which every model would score perfectly. */
  exclude?: string[];
}

/** The shared datasets with a label, smallest first; all of them together train in a few minutes on 2 cores. */
const DATASETS: readonly Dataset[] = [
  { file: 'iris.csv', label: 'species' },
  { file: 'penguins.csv', label: 'species' },
  { file: 'breast_cancer_wdbc.csv', label: 'diagnosis' },
  // seaborn's copy adds 'alive' (yes/no), which is 'survived' spelt out.
  { file: 'titanic.csv', label: 'survived', exclude: ['alive'] },
  { file: 'winequality_red.csv', label: 'quality' },
  { file: 'tips.csv', label: 'tip' },
  { file: 'mpg.csv', label: 'mpg' },
  // cnt is casual + registered: either would give the count away.
  { file: 'bike_sharing_hour.csv', label: 'cnt', exclude: ['casual', 'registered'] },
  { file: 'california_housing.csv', label: 'median_house_value' },
  { file: 'diamonds.csv', label: 'price' },
];

/** What one model scored on the holdout, in the label's units, and how long it trained. */
interface Score {
  model: string;
  seconds: number;
  metrics: { accuracy?: number; rmse?: number; r2?: number };
}

/** A model the comparison could not run, and why (shown in its cell). */
interface Missing {
  model: string;
  unavailable: string;
}

type Outcome = Score | Missing;

const repo = resolve(process.argv[2] ?? '.');
const datasets = sharedDatasets(repo);
/** BENCH_ONLY=iris,tips runs those datasets alone. */
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);

function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

function emit(subject: string, values: string[]): void {
  process.stdout.write(`${JSON.stringify({ name: 'quality', subject, values })}\n`);
}

// ------------------------------------------------------------------------------------------ our model

interface Ours {
  task: 'classification' | 'regression';
  data: PreparedData;
  /** Each model choice trained on the whole training split, as `model: <name>` would. */
  choices: Score[];
  /** What `model: auto` keeps: its choice's score (the retrained winner is that very model), its time choosing and retraining. */
  auto: Score & { chose: string };
}

async function trainOurs(tf: TF, source: DataSource, files: DataFile[], dataset: Dataset, split: HoldoutSplit): Promise<Ours> {
  const rowsOf = () => readRows(source, files);
  const profile = await profileRows(rowsOf(), split, dataset.label);
  const plan = planTraining(profile, {
    dataDescription: source.description,
    label: dataset.label,
    features: [],
    exclude: dataset.exclude ?? [],
    task: 'auto',
    holdout: HOLDOUT,
  });
  const settings = DEFAULT_TRAINING_SETTINGS;
  const preprocessing = fitPreprocessing(plan, profile, settings.maxCategories);
  const data = await encodeRows(rowsOf(), preprocessing, split, profile);
  const primary = resolvePrimaryMetric('auto', plan.task, preprocessing.classes?.length ?? 0);
  const training = { rows: matrixRows(data.train.x, data.train.y), task: plan.task, classes: preprocessing.classes?.length ?? 1 };
  const runtime = { tf };
  const choices: Score[] = [];
  const holdoutOutputs = new Map<ModelChoice, { outputs: Float32Array; seconds: number }>();
  for (const choice of MODEL_CHOICES) {
    let scored: { outputs: Float32Array; seconds: number };
    if (choice.blendOf) {
      // `model: blend` asked for directly: the equal mean of its members, trained on the same rows with the same seed.
      scored = blendOutputs(choice.blendOf, holdoutOutputs, {});
    } else {
      note(`${dataset.file}: training ${choice.name}…`);
      const started = performance.now();
      const trained = await choice.family.train(runtime, training, { settings: choice.settings(settings), seed: SEED });
      scored = { outputs: trained.model.predict(data.test.x), seconds: (performance.now() - started) / 1000 };
      trained.model.dispose();
    }
    holdoutOutputs.set(choice, scored);
    const { accuracy, rmse, r2 } = scoreOutputs(scored.outputs, preprocessing, data.test.y).metrics;
    choices.push({ model: choice.name, seconds: scored.seconds, metrics: plan.task === 'classification' ? { accuracy } : { rmse, r2 } });
  }
  note(`${dataset.file}: model auto choosing…`);
  const started = performance.now();
  const { choice, candidates } = await chooseModel(runtime, MODEL_CHOICES, training, { settings, seed: SEED, primaryMetric: primary, preprocessing, log: note });
  const weights = candidates.find((candidate) => candidate.name === choice.name)?.weights;
  let chosen = choices.find((score) => score.model === choice.name) as Score;
  let chose: string = choice.name;
  if (weights && choice.blendOf) {
    // auto's blend: the weighted mean of the members of positive weight, as weightedBlend trains them.
    const scored = blendOutputs(choice.blendOf, holdoutOutputs, weights);
    const { accuracy, rmse, r2 } = scoreOutputs(scored.outputs, preprocessing, data.test.y).metrics;
    chosen = { model: choice.name, seconds: scored.seconds, metrics: plan.task === 'classification' ? { accuracy } : { rmse, r2 } };
    chose = `${choice.name} ${Object.entries(weights).map(([name, weight]) => `${name} ${weight.toFixed(2)}`).join(' ')}`;
  }
  const auto = { ...chosen, model: 'auto', chose, seconds: (performance.now() - started) / 1000 + chosen.seconds };
  return { task: plan.task, data, choices, auto };
}

/**
 * A blend's holdout outputs from its members' (trained on the same rows with the same seed, so the model the
 * blend family trains): weighted by `weights`, equal when it names none; the seconds are its members' of positive weight.
 */
function blendOutputs(members: readonly ModelChoice[], holdoutOutputs: ReadonlyMap<ModelChoice, { outputs: Float32Array; seconds: number }>, weights: Readonly<Record<string, number>>) {
  const equal = Object.keys(weights).length === 0;
  const kept = members.map((member) => ({ ...(holdoutOutputs.get(member) as { outputs: Float32Array; seconds: number }), weight: equal ? 1 : (weights[member.name] ?? 0) })).filter(({ weight }) => weight > 0);
  const total = kept.reduce((sum, { weight }) => sum + weight, 0);
  const sum = new Float64Array((kept[0] as { outputs: Float32Array }).outputs.length);
  for (const { outputs, weight } of kept) outputs.forEach((value, i) => (sum[i] = (sum[i] as number) + weight * value));
  return { outputs: Float32Array.from(sum, (value) => value / total), seconds: kept.reduce((seconds, member) => seconds + member.seconds, 0) };
}

// ------------------------------------------------------------------------------------------ the anchors

/** Runs a program that prints one JSON object per line (a Score or a Missing); its stderr passes through. */
function runAnchor(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome[]> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', (error) => done([{ model: '*', unavailable: error.message }]));
    child.on('close', (code) => {
      const outcomes = out
        .split('\n')
        .filter((line) => line.trim().startsWith('{'))
        .map((line) => JSON.parse(line) as Outcome);
      done(code === 0 || outcomes.length > 0 ? outcomes : [{ model: '*', unavailable: `exit ${code}` }]);
    });
  });
}

async function anchors(dir: string): Promise<Outcome[]> {
  const sklearn = existsSync(PYTHON)
    ? await runAnchor(PYTHON, [join(repo, 'bench', 'sklearn_anchor.py'), dir], {
        ...process.env,
        // One thread, as YDF's WebAssembly build has: on a busy runner, OpenMP's spinning threads made
        // HistGradientBoosting 60 times slower on 700 rows. OMP_NUM_THREADS=2 lets it use both cores.
        OMP_NUM_THREADS: process.env.OMP_NUM_THREADS ?? '1',
      })
    : [{ model: '*', unavailable: `anchor unavailable (${PYTHON} not found)` }];
  const ydf = YDF_DIR
    ? await runAnchor(process.execPath, [join(repo, 'bench', 'ydf_gbt.mjs'), dir], { ...process.env, YDF_DIR })
    : [{ model: 'ydf_gbt', unavailable: 'not run (set YDF_DIR)' }];
  return [...sklearn, ...ydf];
}

// ------------------------------------------------------------------------------------------ the table

const MODELS = ['hgb', 'mlp', 'linear', 'ydf_gbt'] as const;

function primaryOf(score: Score): number {
  return score.metrics.accuracy ?? score.metrics.rmse ?? Number.NaN;
}

function cell(score: Score): string {
  const { accuracy, rmse, r2 } = score.metrics;
  if (accuracy !== undefined) return accuracy.toFixed(3);
  return `${significant(rmse ?? Number.NaN)} (R² ${(r2 ?? Number.NaN).toFixed(3)})`;
}

function significant(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

function row(ours: Ours, outcomes: Outcome[]): string[] {
  const found = (model: string): Outcome | undefined =>
    outcomes.find((outcome) => outcome.model === model) ?? outcomes.find((outcome) => outcome.model === '*');
  const scores = MODELS.map(found);
  const anchorScores = scores.filter((outcome): outcome is Score => outcome !== undefined && 'metrics' in outcome && outcome.model !== 'ydf_gbt');
  const higherIsBetter = ours.task === 'classification';
  const best = anchorScores.reduce<Score | null>((top, score) => {
    if (!top) return score;
    const better = higherIsBetter ? primaryOf(score) > primaryOf(top) : primaryOf(score) < primaryOf(top);
    return better ? score : top;
  }, null);
  // auto minus scikit-learn's best: accuracy points, or RMSE as a share of the best (positive = ours is worse).
  const gap = best
    ? higherIsBetter
      ? `${((primaryOf(ours.auto) - primaryOf(best)) * 100).toFixed(1)} pt vs ${best.model}`
      : `${(((primaryOf(ours.auto) - primaryOf(best)) / primaryOf(best)) * 100).toFixed(1)}% vs ${best.model}`
    : 'anchor unavailable';
  const seconds = (outcome: Outcome | undefined) => (outcome && 'seconds' in outcome ? outcome.seconds.toFixed(1) : '–');
  return [
    ours.task,
    `${ours.data.train.x.rows}/${ours.data.test.x.rows}`,
    higherIsBetter ? 'accuracy' : 'RMSE',
    ...ours.choices.map(cell),
    `${cell(ours.auto)} (${ours.auto.chose})`,
    ...scores.map((outcome) => (!outcome ? '–' : 'metrics' in outcome ? cell(outcome) : outcome.unavailable)),
    gap,
    [...ours.choices, ours.auto].map(seconds).join(' / '),
    scores.map(seconds).join(' / '),
  ];
}

// ------------------------------------------------------------------------------------------ main

async function benchDataset(tf: TF, dataset: Dataset): Promise<void> {
  const path = join(datasets, dataset.file);
  if (!existsSync(path)) {
    note(`${dataset.file}: not in ${datasets}, skipped`);
    return;
  }
  const source = new LocalDataSource(path, datasets);
  const files = await source.list();
  const split = new HoldoutSplit(HOLDOUT, SEED);
  const ours = await trainOurs(tf, source, files, dataset, split);
  const dir = await mkdtemp(join(tmpdir(), `ml-pipeline-quality-${basename(dataset.file, '.csv')}-`));
  try {
    await exportSplit(dir, readRows(source, files), split, ours.data);
    note(`${dataset.file}: anchors…`);
    emit(dataset.file.replace(/\.csv$/, ''), row(ours, await anchors(dir)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  emit('dataset', [
    'task',
    'train/holdout rows',
    'metric',
    ...MODEL_CHOICES.map((choice) => `ours ${choice.name}`),
    'ours auto (its choice)',
    'sklearn HGB',
    'sklearn MLP',
    'sklearn linear',
    'YDF GBT, raw columns',
    'auto − sklearn best',
    `train s: ${MODEL_CHOICES.map((choice) => choice.name).join(' / ')} / auto`,
    'train s: HGB / MLP / linear / YDF',
  ]);
  // The backend main.ts picks with the default input `backend: auto`.
  const { tf } = await loadTensorFlow('auto', { workspace: repo, network: DEFAULT_TRAINING_SETTINGS, log: note });
  for (const dataset of DATASETS) {
    if (only && !only.includes(dataset.file.replace(/\.csv$/, ''))) continue;
    await benchDataset(tf, dataset);
  }
} catch (error) {
  // Caught here: tfjs-backend-wasm's Emscripten module rethrows uncaught errors from a handler of its own.
  note(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
