// npm run bench: compiles bench/pipeline.ts with ncc into a temporary folder, runs it, and prints one line per
// figure. Its serving benchmark runs the bundled action, so dist/ must be built (npm run bundle).
// npm run bench -- quality: the same for bench/quality.ts (model quality against scikit-learn), printed as a
// Markdown table whose first figure is the header. npm run bench -- score: bench/score.ts, the score stage
// streaming 0.1M and 1M generated rows (rows a second, peak RSS).
// npm run bench -- memory: bench/memory.ts, peak RSS and time of the data stages and of the bundled action on
// flights_1m and on a 10× file generated from it.
// npm run bench -- training: bench/training.ts, the MLP's training loop against PyTorch on one thread on the same
// network and generated data, with the ratio.
// npm run bench -- backends: bench/backends.ts, a training step's cost on wasm and on native TensorFlow by network
// width and batch size (the figures behind backend: auto), as a Markdown table.
// npm run bench -- step: bench/step.ts, a training step's kernels and the time each takes, as a Markdown table.
// npm run bench -- serving: bench/pipeline.ts's serving part alone (the function against a bare server, cold start,
// start-up), without the data stages and training before it.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { copyWasm, nccBuild, root } from './ncc-build.mjs';

const MODES = {
  pipeline: 'bench/pipeline.ts',
  serving: 'bench/pipeline.ts',
  quality: 'bench/quality.ts',
  training: 'bench/training.ts',
  score: 'bench/score.ts',
  memory: 'bench/memory.ts',
  backends: 'bench/backends.ts',
  step: 'bench/step.ts',
};
const mode = process.argv[2] ?? 'pipeline';
const entry = MODES[mode];
if (!entry) {
  console.error(`Unknown bench mode '${mode}': use ${Object.keys(MODES).join(', ')}.`);
  process.exit(1);
}

if (['pipeline', 'serving', 'memory'].includes(mode) && !existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run bundle` first (the benchmark runs the bundled action).');
  process.exit(1);
}

const started = performance.now();
const build = await mkdtemp(join(tmpdir(), 'ml-pipeline-bench-build-'));
const figures = [];
// Ctrl+C while compiling stops at once. While the program runs, it gets the Ctrl+C too and first stops the
// server it started, so this process waits for it.
let running = false;
process.on('SIGINT', () => {
  if (running) return;
  rmSync(build, { recursive: true, force: true });
  process.exit(130);
});
try {
  const program = await compile(build);
  const compiled = performance.now();
  console.error(`compiled ${entry} in ${((compiled - started) / 1000).toFixed(1)} s`);
  running = true;
  const exit = await run(program, (figure) => figures.push(figure));
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`\nml-pipeline-action bench: node ${process.version}, ${cpus().length} × ${cpu}`);
  console.log(['quality', 'backends', 'step'].includes(mode) ? markdown(figures) : table(figures));
  console.log(`(ran in ${((performance.now() - compiled) / 1000).toFixed(0)} s)`);
  if (exit !== 0) {
    console.error(`\nThe benchmark failed (${exit}); the figures above are those measured before it stopped.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(build, { recursive: true, force: true });
}

/** The mode's program as ESM (index.js and its chunks), with tfjs-backend-wasm's binaries beside it where src/ml/tf.ts looks. */
async function compile(outDir) {
  await nccBuild(entry, outDir);
  await copyWasm(outDir);
  return join(outDir, 'index.js');
}

/**
 * Runs the compiled program; its stderr (progress) passes through, its stdout carries one figure per line.
 * Resolves to 0, or to how it ended otherwise ("exit 1", "SIGINT").
 */
function run(program, onFigure) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [program, root, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const figure = parseFigure(line);
      if (figure) onFigure(figure);
      else console.error(line); // something else the program printed
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code === 0 ? 0 : (signal ?? `exit ${code}`)));
  });
}

/** A line of bench/pipeline.ts's Figure JSON, or null. */
function parseFigure(line) {
  try {
    const figure = JSON.parse(line);
    const valid = typeof figure?.name === 'string' && typeof figure.subject === 'string' && Array.isArray(figure.values);
    return valid ? figure : null;
  } catch {
    return null;
  }
}

/** Columns padded to the widest cell among the lines of the same kind, and the first two across all lines. */
function table(rows) {
  const nameWidth = Math.max(0, ...rows.map((row) => row.name.length));
  const subjectWidth = Math.max(0, ...rows.map((row) => row.subject.length));
  const widths = new Map();
  for (const row of rows) {
    const kind = widths.get(row.name) ?? [];
    row.values.forEach((value, index) => (kind[index] = Math.max(kind[index] ?? 0, value.length)));
    widths.set(row.name, kind);
  }
  return rows
    .map((row) => {
      const kind = widths.get(row.name);
      const values = row.values.map((value, index) =>
        index === row.values.length - 1 ? value : value.padEnd(kind[index]),
      );
      return [row.name.padEnd(nameWidth), row.subject.padEnd(subjectWidth), ...values].join('  ');
    })
    .join('\n');
}

/** The figures as a Markdown table: the first is the header, each figure's subject its first cell. */
function markdown(rows) {
  const line = (row) => `| ${[row.subject, ...row.values].join(' | ')} |`;
  const [header, ...body] = rows;
  if (!header) return '';
  const rule = `|${[header.subject, ...header.values].map(() => '---').join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
