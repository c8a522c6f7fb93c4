import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './action.js';

const DIST_SERVING = join(REPO, 'dist', 'serving.js');
const DIST_FRAMEWORK = join(REPO, 'dist', 'functions-framework', 'index.js');

/** The dist serving bundle when `npm run bundle` made it (as `npm test` does), else one built into `dir`. */
export async function servingBundlePath(dir: string): Promise<string> {
  if (existsSync(DIST_SERVING)) return DIST_SERVING;
  const out = join(dir, 'serving.js');
  const build =
    "require('@vercel/ncc')(process.argv[1], { cache: false, quiet: true, target: 'es2022' })" +
    ".then(({ code }) => require('node:fs').writeFileSync(process.argv[2], code))" +
    '.catch((error) => { console.error(error.message); process.exit(1); })';
  await promisify(execFile)(process.execPath, ['-e', build, join(REPO, 'src', 'serving', 'function.ts'), out], { cwd: REPO });
  return out;
}

/** The bundled functions-framework CLI, else the installed package's. */
export function frameworkCliPath(): string {
  return existsSync(DIST_FRAMEWORK)
    ? DIST_FRAMEWORK
    : join(REPO, 'node_modules', '@google-cloud', 'functions-framework', 'build', 'src', 'main.js');
}
