import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import type { Columns, YdfModel, YdfTraining } from 'ydf-training';
import { gatherRows } from '../../data/rows.js';
import { sampleRows } from '../../data/sample.js';
import { UserError, errorMessage } from '../../util/errors.js';
import { MODEL_FOLDER, fileProblem } from '../bundle.js';
import type { Matrix, ModelFamily, ModelRuntime, TrainedModel, TrainingChunk } from '../family.js';
import type { Task } from '../types.js';

/** The zip YDF's save() writes, kept as it is, and the files it must hold (a flat zip). */
const MODEL_FILE = 'model.zip';
/**
 * The encoded width and task the trees were trained for: YDF keeps only the columns its trees use
 * (getInputFeatures), so the width the preprocessing must match is recorded beside the zip.
 */
const SHAPE_FILE = 'gbt.json';
const ZIP_ENTRIES = ['header.pb', 'data_spec.pb', 'gradient_boosted_trees_header.pb'];
const LABEL = 'label';

/**
 * YDF's WebAssembly as the bundle ships it beside the action and the serving function, brotli-compressed by
 * scripts/ncc-build.mjs: 0.9 MB instead of 3.45 MB, which was a third of dist/ and most of a gbt function's
 * source. Inflating it takes a few milliseconds, once per process that loads YDF.
 */
export const YDF_WASM = 'training.wasm.br';

/**
 * The binary: the compressed copy beside the running module (dist/, or a function's source), else ydf-training's
 * own in node_modules (development and tests). Handed to the factory as bytes: Emscripten's own lookup uses a
 * __dirname that ncc's ESM output does not have.
 */
async function ydfWasmBinary(moduleUrl: string): Promise<Uint8Array> {
  const beside = path.join(path.dirname(fileURLToPath(moduleUrl)), YDF_WASM);
  if (existsSync(beside)) return brotliDecompressSync(await readFile(beside));
  let packaged: string;
  try {
    packaged = path.join(path.dirname(createRequire(moduleUrl).resolve('ydf-training/package.json')), 'dist', 'training.wasm');
  } catch {
    // Not resolvable from here (as in the bundle): only the module's own directory can hold it.
    throw new Error(`${beside} does not exist: YDF's WebAssembly binary is missing`);
  }
  return readFile(packaged);
}

/** The part of the WebAssembly API used here: the project's TypeScript libraries (no DOM) do not declare it. */
const wasm = (globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object; module: object }> } })
  .WebAssembly;

/**
 * YDF's glue and JSZip, evaluated only when a gbt model is trained, loaded or checked. "eager" keeps them inside
 * the bundle that imports them rather than in a chunk of their own: the function source holds one JavaScript
 * file (stages/package.ts).
 */
const ydfFactory = async () => (await import(/* webpackMode: "eager" */ 'ydf-training')).default;
const jszip = async () => (await import(/* webpackMode: "eager" */ 'jszip')).default;

/** Where the glue's output goes: set by the latest caller, since the module is loaded once per process. */
let debug: (message: string) => void = () => {};
let loading: Promise<YdfTraining> | undefined;

/**
 * ydf-training, loaded once. Its Emscripten factory installs process-wide uncaughtException and
 * unhandledRejection listeners that rethrow (any stray error would then end the process with exit code 7 and
 * 148 kB of minified source on stderr instead of the action's one `::error::`): they are removed as soon as it
 * resolves. Its absl log lines go to `debug` through print/printErr, on an options object of its own (a shared
 * one makes embind register its classes twice).
 */
function ydf(runtime: ModelRuntime): Promise<YdfTraining> {
  if (runtime.debug) debug = runtime.debug;
  loading ??= (async () => {
    const before = { uncaught: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
    try {
      const binary = await ydfWasmBinary(import.meta.url);
      const ydfTraining = await ydfFactory();
      // The glue ignores a wasmBinary option and would read training.wasm itself: it is handed the module
      // instantiated from these bytes instead. A failure there rejects here (the glue would wait forever).
      let failed: (error: unknown) => void = () => {};
      const instantiation = new Promise<never>((_resolve, reject) => (failed = reject));
      const library = ydfTraining({
        instantiateWasm: (imports, receive) => {
          wasm.instantiate(binary, imports).then(({ instance, module }) => receive(instance, module), failed);
          return {};
        },
        print: (line) => debug(`YDF: ${line}`),
        printErr: (line) => debug(`YDF: ${line}`),
      });
      return await Promise.race([library, instantiation]);
    } finally {
      for (const listener of process.listeners('uncaughtException')) {
        if (!before.uncaught.includes(listener)) process.off('uncaughtException', listener);
      }
      for (const listener of process.listeners('unhandledRejection')) {
        if (!before.rejection.includes(listener)) process.off('unhandledRejection', listener);
      }
    }
  })();
  return loading;
}

/**
 * save() and the loader console.log the temporary folder and each file name directly, past print: a line on
 * stdout that could read as a workflow command. Routed to `debug` for the call alone. save() needs a global
 * JSZip in Node (only the browser build provides one).
 */
async function quietly<T>(action: () => Promise<T>): Promise<T> {
  (globalThis as { JSZip?: unknown }).JSZip ??= await jszip();
  const log = console.log;
  console.log = (...parts: unknown[]) => debug(`YDF: ${parts.map(String).join(' ')}`);
  try {
    return await action();
  } finally {
    console.log = log;
  }
}

/**
 * The encoded matrix as YDF's column arrays: one numerical column per encoded input, f0 … f(n-1). Each is a
 * getter that builds its array when YDF reads it: YDF copies a column into its own memory as it reads it and
 * takes only plain arrays (8 bytes a value, not a Float32Array), so holding every column at once would cost
 * twice the matrix again (250,000 rows × 48 columns: 96 MB) where one at a time costs 2 MB.
 */
function columnsOf(x: Matrix): Columns {
  const columns: Columns = {};
  for (let c = 0; c < x.cols; c++) {
    Object.defineProperty(columns, `f${c}`, {
      enumerable: true,
      get: () => {
        const values = new Array<number>(x.rows);
        for (let r = 0; r < x.rows; r++) values[r] = x.data[r * x.cols + c] as number;
        return values;
      },
    });
  }
  return columns;
}

function trainingColumns(data: TrainingChunk, task: Task): Columns {
  const columns = columnsOf(data.x);
  // Classification labels must be strings to YDF (a number column is a regression target); class i is "i".
  columns[LABEL] = task === 'classification' ? Array.from(data.y, (label) => String(label)) : Array.from(data.y);
  return columns;
}

interface Shape {
  inputs: number;
  task: Task;
  /**
   * Output width for classes: a fold of auto's cross-validation may lack a rare class, which YDF then never
   * sees. Absent from gbt.json written before it was recorded (their trees saw every class).
   */
  classes?: number;
}

class GbtModel implements TrainedModel {
  readonly family = gbt;
  /** Our class index of each of YDF's label classes, in its order; null for regression. */
  private readonly classIndex: number[] | null;

  constructor(
    private readonly model: YdfModel,
    private readonly shape: Shape,
  ) {
    this.classIndex = shape.task === 'classification' ? model.getLabelClasses().map(Number) : null;
  }

  predict(x: Matrix): Float32Array {
    const raw = this.model.predict(columnsOf(x));
    if (this.classIndex === null) return Float32Array.from(raw);
    const classes = this.outputs();
    const probabilities = new Float32Array(x.rows * classes);
    const ydfClasses = this.classIndex.length;
    for (let r = 0; r < x.rows; r++) {
      if (ydfClasses === 2) {
        const p = raw[r] as number;
        probabilities[r * classes + (this.classIndex[0] as number)] = 1 - p;
        probabilities[r * classes + (this.classIndex[1] as number)] = p;
      } else {
        for (let k = 0; k < ydfClasses; k++) probabilities[r * classes + (this.classIndex[k] as number)] = raw[r * ydfClasses + k] as number;
      }
    }
    return probabilities;
  }

  private outputs(): number {
    return this.classIndex === null ? 1 : (this.shape.classes ?? Math.max(...this.classIndex) + 1);
  }

  async save(dir: string): Promise<void> {
    const blob = await quietly(() => this.model.save());
    await writeFile(path.join(dir, MODEL_FILE), new Uint8Array(await blob.arrayBuffer()));
    await writeFile(path.join(dir, SHAPE_FILE), `${JSON.stringify(this.shape)}\n`);
  }

  describe() {
    return { family: gbt.name, inputs: this.shape.inputs, outputs: this.outputs() };
  }

  dispose(): void {
    this.model.unload();
  }
}

/**
 * Gradient-boosted trees from Yggdrasil Decision Forests (ydf-training, WebAssembly), on the encoded matrix, so
 * there is one preprocessing path for every family. The JS API takes no hyperparameters and no seed: YDF's
 * defaults (at most 300 trees of depth 6, 10 % of the rows held back for early stopping) and its determinism
 * (the same rows give the same trees).
 */
export const gbt: ModelFamily = {
  name: 'gbt',
  files: [MODEL_FILE, SHAPE_FILE],
  servingFiles: [YDF_WASM],
  async train(runtime, data, { settings, seed }) {
    const library = await ydf(runtime);
    const learner = new library.GradientBoostedTreesLearner(LABEL, data.task === 'classification' ? 'CLASSIFICATION' : 'REGRESSION');
    // YDF copies every value into arrays of its own: beyond the row budget it learns from a stratified sample,
    // drawn from the rows where they are (a store on disk), so only the sample is ever in memory.
    const strata = data.task === 'classification' ? 'class' : 'quantile';
    const sample = data.rows.rows > settings.maxRowsInMemory ? await sampleRows(data.rows, settings.maxRowsInMemory, { strata, seed }) : null;
    const rows = sample ?? (await gatherRows(data.rows));
    let model: YdfModel;
    try {
      model = await quietly(async () => learner.train(trainingColumns(rows, data.task)));
    } catch (error) {
      throw new Error(`YDF could not train gradient-boosted trees on ${rows.x.rows}×${rows.x.cols} encoded rows: ${errorMessage(error)}`, { cause: error });
    }
    const shape: Shape = { inputs: data.rows.cols, task: data.task, ...(data.task === 'classification' && { classes: data.classes }) };
    return {
      model: new GbtModel(model, shape),
      history: [],
      bestEpoch: 0,
      stoppedEarly: false,
      ...(sample && { sample: { rows: sample.x.rows, of: sample.rowsRead } }),
    };
  },
  async load(runtime, dir) {
    const shape = await readShape(dir);
    if (typeof shape === 'string') throw new UserError(`Model bundle ${dir}: ${shape}; write it again with this action.`);
    const file = path.join(dir, MODEL_FILE);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new UserError(`Model file ${file} cannot be read (${errorMessage(error)}); write it again with this action.`);
    }
    const library = await ydf(runtime);
    let model: YdfModel;
    try {
      model = await quietly(() => library.loadModelFromZipBlob(new Uint8Array(bytes)));
    } catch (error) {
      throw new UserError(`Model file ${file} is not a YDF model zip (${errorMessage(error)}); write it again with this action.`);
    }
    return new GbtModel(model, shape);
  },
  checkFiles,
};

/**
 * The zip is a flat zip holding YDF's model files, read with JSZip alone (a baseline is checked before any model
 * library loads), and gbt.json agrees with the preprocessing.
 */
async function checkFiles(dir: string, expected: { inputs: number; outputs: number }): Promise<string | null> {
  const shape = await readShape(dir);
  if (typeof shape === 'string') return shape;
  if (shape.inputs !== expected.inputs) return `${SHAPE_FILE} records ${shape.inputs} inputs, preprocessing.json encodes ${expected.inputs}`;
  if ((shape.task === 'regression') !== (expected.outputs === 1)) {
    return `${SHAPE_FILE} records a ${shape.task} model for ${expected.outputs} ${expected.outputs === 1 ? 'target' : 'classes'}`;
  }
  if (shape.classes !== undefined && shape.classes !== expected.outputs) {
    return `${SHAPE_FILE} records ${shape.classes} classes, preprocessing.json has ${expected.outputs}`;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, MODEL_FILE));
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${MODEL_FILE}`, error);
  }
  let names: string[];
  try {
    names = Object.keys((await (await jszip()).loadAsync(bytes)).files);
  } catch {
    return `${MODEL_FILE} is not a zip file (cut short or damaged)`;
  }
  if (names.some((name) => name.includes('/'))) return `${MODEL_FILE} holds folders; YDF writes a flat zip`;
  const missing = ZIP_ENTRIES.filter((name) => !names.includes(name));
  return missing.length > 0 ? `${MODEL_FILE} lacks ${missing.join(', ')}: it is not a YDF gradient-boosted trees model` : null;
}

/** gbt.json, or what is wrong with it (never its content). */
async function readShape(dir: string): Promise<Shape | string> {
  let shape: Partial<Shape> | null;
  try {
    shape = JSON.parse(await readFile(path.join(dir, SHAPE_FILE), 'utf8')) as Partial<Shape> | null;
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${SHAPE_FILE}`, error);
  }
  const inputs = shape?.inputs;
  const task = shape?.task;
  const classes = shape?.classes;
  const valid =
    Number.isSafeInteger(inputs) &&
    (inputs ?? 0) > 0 &&
    (task === 'classification' || task === 'regression') &&
    (classes === undefined || (task === 'classification' && Number.isSafeInteger(classes) && classes >= 2));
  if (!valid) return `${SHAPE_FILE} holds no input width and task`;
  return { inputs: inputs as number, task: task as Task, ...(classes !== undefined && { classes }) };
}
