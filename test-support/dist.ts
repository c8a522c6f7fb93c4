import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PREDICTOR_LICENSES, PREDICTOR_MODULE } from '../src/ml/bundle.js';
import { REPO } from './action.js';

const DIST_SERVING = join(REPO, 'dist', 'serving.js');
const DIST_FRAMEWORK = join(REPO, 'dist', 'functions-framework', 'index.js');

/**
 * The dist serving bundle when `npm run bundle` made it (as `npm test` does), else one built into `dir`, with the
 * predictor module it imports beside it.
 */
export async function servingBundlePath(dir: string): Promise<string> {
  if (existsSync(DIST_SERVING)) return DIST_SERVING;
  const build =
    `const { nccBuild } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'scripts', 'ncc-build.mjs')).href)});\n` +
    "await nccBuild('src/serving/function.ts', process.argv[1], { file: 'serving.js' });\n" +
    `await nccBuild('src/serving/local.ts', process.argv[1], { file: '${PREDICTOR_MODULE}', license: '${PREDICTOR_LICENSES}' });\n`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', build, dir], { cwd: REPO });
  return join(dir, 'serving.js');
}

/** The bundled functions-framework CLI, else the installed package's. */
export function frameworkCliPath(): string {
  return existsSync(DIST_FRAMEWORK)
    ? DIST_FRAMEWORK
    : join(REPO, 'node_modules', '@google-cloud', 'functions-framework', 'build', 'src', 'main.js');
}
