// npm run bundle: rebuilds dist/ from nothing. The output depends only on the sources and node_modules (no
// absolute paths, timestamps or caches), so building twice gives the same bytes and check-dist can diff it.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copyWasm, nccBuild, root } from './ncc-build.mjs';

const dist = join(root, 'dist');

const entries = [
  // The action, and what a Vertex AI custom job runs (`index.js trainer`, src/index.ts): one build, so that the
  // TensorFlow.js and YDF chunks both load are shipped once. ncc emits ESM (the package is "type": "module"), a
  // package.json saying so, and chunks named <id>.index.js, which the Vertex AI backend stages with index.js
  // (src/backends/compute/vertex.ts) with the WebAssembly binaries beside them.
  { input: 'src/index.ts', out: '.' },
  // The function the model is served by: one file (a function source copies it as its index.mjs) of its own code,
  // the HTTP handling, which imports the Predictor and TensorFlow.js from the predictor module beside it, so that
  // they ship once. Its source needs nothing from npm but functions-framework. It bundles no package, so ncc
  // writes no notices; the name keeps any it would write from replacing the action's licenses.txt.
  { input: 'src/serving/function.ts', out: '.', file: 'serving.js', license: 'serving-licenses.txt', single: true },
  // The predictor module every model bundle carries (src/stages/artifacts.ts copies it) and every function source
  // beside serving.js (src/stages/package.ts): the Predictor with TensorFlow.js inside, for an application and for
  // the function to import. One file, beside the action so that the WebAssembly it loads is the action's own copy.
  // Without node-fetch 2 (with whatwg-url and tr46's Unicode tables, 0.3 MB): tfjs-core requires it only to
  // fetch where there is no global fetch, and Node 20+ has one; a model loads from its files, never by fetch.
  // In the action's build the name stays bundled: the Google clients' gaxios loads node-fetch 3 by it.
  {
    input: 'src/serving/local.ts',
    out: '.',
    file: 'predict.mjs',
    license: 'predict.licenses.txt',
    single: true,
    externals: ['node-fetch'],
  },
  // The local deploy target's server: the action has no node_modules when it runs. It is CommonJS, so its
  // folder gets a package.json that overrides dist/package.json's "type": "module".
  {
    input: 'node_modules/@google-cloud/functions-framework/build/src/main.js',
    out: 'functions-framework',
    packageJson: { type: 'commonjs' },
  },
];

await rm(dist, { recursive: true, force: true });
try {
  for (const { input, out, file = 'index.js', license = 'licenses.txt', packageJson, single, externals } of entries) {
    const written = await nccBuild(input, join(dist, out), { packageJson, license, file, minify: true, externals });
    const chunks = Object.keys(written).filter((name) => name !== file);
    if (single && chunks.length > 0) throw new Error(`${input} must compile to one file, but ncc also wrote ${chunks.join(', ')}`);
    const bytes = Object.values(written).reduce((sum, size) => sum + size, 0);
    report(join('dist', out, file) + (chunks.length > 0 ? ` + ${chunks.length} chunks` : ''), bytes);
  }
  const wasm = await copyWasm(dist);
  report(`dist/*.wasm (${wasm.count} files)`, wasm.bytes);
} catch (error) {
  // ncc's errors carry stacks through its own minified source: the message is what says what failed.
  console.error(`bundle failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

function report(what, bytes) {
  console.log(`${what.padEnd(40)}${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB`);
}
