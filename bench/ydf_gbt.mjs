// YDF's gradient-boosted trees (npm ydf-training, default settings) on the split bench/quality.ts exported.
// Usage: YDF_DIR=<folder with node_modules/ydf-training> node bench/ydf_gbt.mjs DIR
// Prints one JSON line, as bench/sklearn_anchor.py does. A process of its own: the package's Emscripten glue
// installs process-wide handlers and logs to the console (bench/YDF.md), which must not touch the bench.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const folder = process.argv[2];
const require = createRequire(join(process.env.YDF_DIR ?? '.', 'package.json'));

let YDFTraining;
try {
  YDFTraining = require('ydf-training');
} catch (error) {
  console.log(JSON.stringify({ model: 'ydf_gbt', unavailable: `ydf-training not found (${error.code ?? error.message})` }));
  process.exit(0);
}

const spec = JSON.parse(readFileSync(join(folder, 'spec.json'), 'utf8'));
const rowsOf = (name) =>
  readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
const train = rowsOf('train.jsonl');
const holdout = rowsOf('holdout.jsonl');
const classification = spec.task === 'classification';
const LABEL = spec.label;

/** Column arrays as YDF takes them: numbers (NaN = missing) or strings ('' = missing). */
function columns(rows, withLabel) {
  const data = {};
  spec.features.forEach((feature, index) => {
    data[feature.name] =
      feature.kind === 'numeric'
        ? rows.map((row) => (row[index] === null ? Number.NaN : row[index]))
        : rows.map((row) => row[index] ?? '');
  });
  if (withLabel) data[LABEL] = rows.map((row) => row.at(-1));
  return data;
}

// Its "Model trained in …" and absl lines go to print/printErr; silenced here, the JSON line is the output.
const ydf = await YDFTraining({ print: () => {}, printErr: () => {} });
const started = performance.now();
const model = new ydf.GradientBoostedTreesLearner(LABEL, classification ? 'CLASSIFICATION' : 'REGRESSION').train(
  columns(train, true),
);
const seconds = (performance.now() - started) / 1000;
const output = model.predict(columns(holdout, false));
const truth = holdout.map((row) => row.at(-1));

let metrics;
if (classification) {
  // Two classes: one probability per row, of the second class; more: rows × classes, row-major.
  const classes = model.getLabelClasses();
  const predicted = holdout.map((_, row) => {
    if (classes.length === 2) return classes[output[row] >= 0.5 ? 1 : 0];
    const scores = output.slice(row * classes.length, (row + 1) * classes.length);
    return classes[scores.indexOf(Math.max(...scores))];
  });
  metrics = { accuracy: predicted.filter((label, row) => label === truth[row]).length / truth.length };
} else {
  const mean = truth.reduce((sum, value) => sum + value, 0) / truth.length;
  let squaredError = 0;
  let squaredDeviation = 0;
  truth.forEach((value, row) => {
    squaredError += (value - output[row]) ** 2;
    squaredDeviation += (value - mean) ** 2;
  });
  metrics = {
    rmse: Math.sqrt(squaredError / truth.length),
    r2: squaredDeviation > 0 ? 1 - squaredError / squaredDeviation : 0,
  };
}
model.unload();
console.log(JSON.stringify({ model: 'ydf_gbt', seconds, metrics }));
