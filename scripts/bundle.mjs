// npm run bundle: rebuilds dist/ from nothing. The output depends only on the sources and node_modules (no
// absolute paths, timestamps or caches), so building twice gives the same bytes and check-dist can diff it.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');

const entries = [
  // The action. ncc emits ESM (the package is "type": "module") and a package.json saying so.
  { input: 'src/index.ts', out: '.' },
  // The function the model is served by: TensorFlow.js inside, so its source needs nothing from npm but
  // functions-framework.
  { input: 'src/serving/function.ts', out: 'serving' },
  // The local deploy target's server: the action has no node_modules when it runs. It is CommonJS, so its
  // folder gets a package.json that overrides dist/package.json's "type": "module".
  {
    input: 'node_modules/@google-cloud/functions-framework/build/src/main.js',
    out: 'functions-framework',
    packageJson: { type: 'commonjs' },
  },
];

// ncc resolves the tsconfig and filters assets relative to the working directory.
process.chdir(root);
await rm(dist, { recursive: true, force: true });
try {
  for (const entry of entries) await build(entry);
  await copyWasm();
} catch (error) {
  // ncc's errors carry stacks through its own minified source: the message is what says what failed.
  console.error(`bundle failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function build({ input, out, packageJson }) {
  const { code, assets } = await ncc(join(root, input), {
    // A cache would make the output depend on earlier builds.
    cache: false,
    quiet: true,
    target: 'es2022',
    license: 'licenses.txt',
  });
  const outDir = join(dist, out);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.js'), code);
  const files = Object.fromEntries(Object.entries(assets).map(([name, asset]) => [name, asset.source]));
  if (!packageJson) {
    for (const [name, source] of Object.entries(files)) {
      if (name.endsWith('.js')) files[name] = withDirname(String(source));
    }
  }
  if (packageJson) files['package.json'] = `${JSON.stringify(packageJson, null, 2)}\n`;
  for (const [name, source] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, name)), { recursive: true });
    await writeFile(join(outDir, name), source);
  }
  // Dynamic imports (TensorFlow.js backends) become chunk files beside index.js: count them in its size.
  const chunkBytes = Object.entries(files)
    .filter(([name]) => name.endsWith('.js'))
    .reduce((sum, [, source]) => sum + Buffer.byteLength(source), 0);
  report(relative(root, join(outDir, 'index.js')), Buffer.byteLength(code) + chunkBytes);
}

/**
 * ESM has no __dirname, and ncc's ESM chunks do not define it, but Emscripten's loader in tfjs-backend-wasm
 * reads it when it starts: without this the wasm backend fails to initialise and training silently runs on
 * the 3x slower cpu backend. Defined from the chunk's own URL, i.e. dist/.
 */
function withDirname(source) {
  if (!/\b__dirname\b/.test(source) || /\b(?:const|let|var) __dirname\b/.test(source)) return source;
  return (
    "import { fileURLToPath as __nccFileURLToPath } from 'node:url';\n" +
    "const __dirname = __nccFileURLToPath(new URL('.', import.meta.url));\n" +
    source
  );
}

/** tfjs-backend-wasm's binaries, which src/ml/tf.ts loads from the directory of dist/index.js. */
async function copyWasm() {
  const names = (await readdir(wasmDir)).filter((name) => name.endsWith('.wasm')).sort();
  let bytes = 0;
  for (const name of names) {
    // Read and written rather than copied, so the files do not carry node_modules' executable mode.
    const binary = await readFile(join(wasmDir, name));
    await writeFile(join(dist, name), binary);
    bytes += binary.byteLength;
  }
  report(`dist/*.wasm (${names.length} files)`, bytes);
}

function report(what, bytes) {
  console.log(`${what.padEnd(34)}${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB`);
}
