import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MODEL_FOLDER, predictorFiles } from '../ml/bundle.js';
import { errorMessage } from '../util/errors.js';

export interface FunctionSourceOptions {
  /** A new or empty directory to write the source into; its name becomes the revision. */
  outDir: string;
  /** The model bundle's folder. */
  modelDir: string;
  /** Its files, bundleFiles(family) (src/ml/bundle.ts): each is copied by name. */
  modelFiles: readonly string[];
  /**
   * dist/serving.js: the function, one ESM file, which imports the predictor module (dist/predict.mjs, with
   * TensorFlow.js) from beside it.
   */
  servingBundle: string;
  /** Files the family loads from beside the predictor module (ModelFamily.servingFiles): each is copied by name. */
  servingFiles?: readonly string[];
  functionName: string;
}

export interface FunctionSource {
  dir: string;
  entryPoint: 'predict';
  functionName: string;
}

/**
 * The functions-framework version the function runs under, pinned exactly: it is the one the serving bundle
 * and the local target are tested with (a test checks it against the installed package).
 */
export const FUNCTIONS_FRAMEWORK_VERSION = '5.0.5';

/**
 * `.mjs` makes functions-framework load the entry as ESM from its extension alone. For a `.js` entry it asks
 * the `read-package-up` package for the nearest package.json, through a dynamic import that a bundled
 * framework (dist/functions-framework, the local target) cannot resolve.
 */
export const ENTRY_FILE = 'index.mjs';

/**
 * Writes the function source — the serving bundle, the predictor module it imports (with its licence notices
 * and the family's serving files), a package.json and the model bundle's files, each named, so nothing else
 * from the workspace (a credentials file, the data) can end up in it. The same directory is served locally and
 * zipped for Cloud Functions, whose buildpack runs `npm install` on the package.json.
 */
export async function writeFunctionSource(options: FunctionSourceOptions): Promise<FunctionSource> {
  const { outDir, modelDir, modelFiles, servingBundle, servingFiles = [], functionName } = options;
  await mkdir(outDir, { recursive: true });
  if ((await readdir(outDir)).length > 0) {
    throw new Error(`Function source directory ${outDir} is not empty: each deploy writes its source into a new one`);
  }
  await mkdir(join(outDir, MODEL_FOLDER));
  await copy(servingBundle, join(outDir, ENTRY_FILE), 'the serving bundle (build it with `npm run bundle`)');
  for (const file of predictorFiles({ servingFiles })) {
    await copy(join(dirname(servingBundle), file), join(outDir, file), 'a file of the serving bundle (build it with `npm run bundle`)');
  }
  for (const file of modelFiles) await copy(join(modelDir, file), join(outDir, MODEL_FOLDER, file), 'a model bundle file');
  const manifest = {
    private: true,
    description: `Serves the model ${functionName}; written by ml-pipeline-action.`,
    type: 'module',
    main: ENTRY_FILE,
    engines: { node: '>=20' },
    dependencies: { '@google-cloud/functions-framework': FUNCTIONS_FRAMEWORK_VERSION },
  };
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: outDir, entryPoint: 'predict', functionName };
}

async function copy(from: string, to: string, what: string): Promise<void> {
  try {
    // A blend's members keep their files in folders of their own (model/mlp/model.json, ...).
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
  } catch (error) {
    throw new Error(`Cannot copy ${what} ${from}: ${errorMessage(error)}`, { cause: error });
  }
}
