// One ncc build, shared by `npm run bundle` (dist/) and `npm run bench` (a temporary folder), so both produce
// an ESM program whose TensorFlow.js wasm backend starts.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

/**
 * Compiles `input` (relative to the repo) into `outDir`: `entry` (index.js by default), its chunks and assets.
 * Type-checks the project (transpileOnly would compile each file alone as CommonJS and break top-level await).
 * Returns the bytes of JavaScript written. `packageJson` is written beside it (to mark a CommonJS program).
 */
export async function nccBuild(input, outDir, { packageJson, license, entry = 'index.js' } = {}) {
  // ncc resolves the tsconfig and filters assets relative to the working directory.
  process.chdir(root);
  // No cache: the output must depend on the sources and node_modules alone, so builds are byte-identical.
  const { code, assets } = await ncc(join(root, input), { cache: false, quiet: true, target: 'es2022', license });
  const files = { [entry]: code, ...Object.fromEntries(Object.entries(assets).map(([name, asset]) => [name, asset.source])) };
  if (packageJson) files['package.json'] = `${JSON.stringify(packageJson, null, 2)}\n`;
  let bytes = 0;
  for (const [name, source] of Object.entries(files)) {
    const javascript = /\.m?js$/.test(name);
    const text = javascript && !packageJson ? withDirname(String(source)) : source;
    await mkdir(dirname(join(outDir, name)), { recursive: true });
    await writeFile(join(outDir, name), text);
    if (javascript) bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/**
 * ESM has no __dirname, and ncc's ESM chunks do not define it, but Emscripten's loader in tfjs-backend-wasm
 * reads it when it starts: without this the wasm backend fails to initialise and training silently runs on
 * the 3x slower cpu backend. Defined from the chunk's own URL.
 */
function withDirname(source) {
  if (!/\b__dirname\b/.test(source) || /\b(?:const|let|var) __dirname\b/.test(source)) return source;
  return (
    "import { fileURLToPath as __nccFileURLToPath } from 'node:url';\n" +
    "const __dirname = __nccFileURLToPath(new URL('.', import.meta.url));\n" +
    source
  );
}

/** YDF's binary, which src/ml/families/gbt.ts loads from the directory of the running program. */
const ydfWasm = join(root, 'node_modules/ydf-training/dist/training.wasm');

/**
 * tfjs-backend-wasm's binaries, which src/ml/tf.ts loads from the directory of the running program, and YDF's,
 * which the gbt family loads from there (the action's and the serving function's).
 */
export async function copyWasm(outDir) {
  const files = (await readdir(wasmDir)).filter((name) => name.endsWith('.wasm')).sort().map((name) => join(wasmDir, name));
  files.push(ydfWasm);
  let bytes = 0;
  for (const file of files) {
    const name = basename(file);
    // Read and written rather than copied, so the files do not carry node_modules' executable mode.
    const binary = await readFile(file);
    await writeFile(join(outDir, name), binary);
    bytes += binary.byteLength;
  }
  return { count: files.length, bytes };
}
