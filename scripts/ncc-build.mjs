// One ncc build, shared by `npm run bundle` (dist/) and `npm run bench` (a temporary folder), so both produce
// an ESM program whose TensorFlow.js wasm backend starts.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { minify } from 'terser';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

/**
 * Compiles `input` (relative to the repo) into `outDir`: `file` (index.js), its chunks and assets. Type-checks
 * the project (transpileOnly would compile each file alone as CommonJS and break top-level await). Returns the
 * names and sizes of the JavaScript files written. `packageJson` is written beside it (to mark a CommonJS
 * program); `minify` mangles every JavaScript file, chunks included (ncc's own minify skips chunks);
 * `externals` are module names left as a require at run time, evaluated only when a module requires them.
 */
export async function nccBuild(input, outDir, { packageJson, license, file = 'index.js', minify = false, externals = [] } = {}) {
  // ncc resolves the tsconfig and filters assets relative to the working directory.
  process.chdir(root);
  // No cache: the output must depend on the sources and node_modules alone, so builds are byte-identical.
  const { code, assets } = await ncc(join(root, input), { cache: false, quiet: true, target: 'es2022', license, filename: file, externals });
  const files = { [file]: code, ...Object.fromEntries(Object.entries(assets).map(([name, asset]) => [name, asset.source])) };
  if (packageJson) files['package.json'] = `${JSON.stringify(packageJson, null, 2)}\n`;
  const esm = !packageJson;
  const written = {};
  for (const [name, source] of Object.entries(files)) {
    let text = source;
    if (/\.m?js$/.test(name)) {
      text = esm ? withDirname(String(source)) : String(source);
      if (minify) text = await mangle(text, esm);
      written[name] = Buffer.byteLength(text);
    }
    await mkdir(dirname(join(outDir, name)), { recursive: true });
    await writeFile(join(outDir, name), text);
  }
  return written;
}

/**
 * ncc's minify settings: names mangled, nothing rewritten (compress off), function and class names kept so stack
 * traces and errors still name what failed, licence comments kept. Deterministic: the same input gives the
 * same bytes. Shorter source is also what the action compiles before its first log line.
 */
async function mangle(source, esm) {
  const { code } = await minify(source, { module: esm, compress: false, mangle: { keep_classnames: true, keep_fnames: true } });
  if (code === undefined) throw new Error('terser returned no code');
  return code;
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

/**
 * The WebAssembly binaries the bundle's programs load from their own directory: tfjs-backend-wasm's (src/ml/tf.ts
 * lists them; not the threaded build, which tf.ts never enables) as they are, and YDF's brotli-compressed
 * (src/ml/families/gbt.ts inflates it): 0.9 MB instead of 3.45 MB. Quality 9: 11 saves 0.1 MB more and
 * takes seven times as long.
 */
const WASM_FILES = [
  { file: join(wasmDir, 'tfjs-backend-wasm.wasm'), compress: false },
  { file: join(wasmDir, 'tfjs-backend-wasm-simd.wasm'), compress: false },
  { file: join(root, 'node_modules/ydf-training/dist/training.wasm'), compress: true },
];

export async function copyWasm(outDir) {
  let bytes = 0;
  for (const { file, compress } of WASM_FILES) {
    // Read and written rather than copied, so the files do not carry node_modules' executable mode.
    const binary = await readFile(file);
    // Brotli's output depends only on its input, quality and window: the same bytes on every build.
    const written = compress ? brotliCompressSync(binary, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_LGWIN]: 24 } }) : binary;
    await writeFile(join(outDir, basename(file) + (compress ? '.br' : '')), written);
    bytes += written.byteLength;
  }
  return { count: WASM_FILES.length, bytes };
}
