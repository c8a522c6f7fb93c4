// npm run demo: runs the bundled action (dist/index.js) exactly as a runner would, on the Palmer penguins
// data in examples/, then calls the function it serves on 127.0.0.1 and keeps it serving until Ctrl+C.
// Run it twice: the second run compares itself with the first (the baseline is kept in .ml-pipeline/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseGithubOutput } from './github-output.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(repo, 'dist', 'index.js');
const functionName = 'penguins-demo';
const inputs = {
  data: 'examples/penguins/penguins.csv',
  label: 'species',
  'deploy-target': 'local',
  'function-name': functionName,
};

if (!existsSync(bundle)) {
  console.error('dist/index.js is missing: run `npm run bundle` first.');
  process.exit(1);
}

const scratch = await mkdtemp(join(tmpdir(), 'ml-pipeline-demo-'));
const outputFile = join(scratch, 'output');
// The runner creates this file before the step starts; @actions/core appends to it and requires it to exist.
await writeFile(outputFile, '');
// The repository is the workspace, unless GITHUB_WORKSPACE names another (the demo's own test uses that).
const workspace = process.env.GITHUB_WORKSPACE || repo;
const env = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

const code = await new Promise((done) => {
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('close', done);
});
const outputs = parseGithubOutput(existsSync(outputFile) ? await readFile(outputFile, 'utf8') : '');
await rm(scratch, { recursive: true, force: true });
if (code !== 0) {
  console.error(`\nThe action failed (exit ${code}); see the ::error:: line above.`);
  process.exit(code ?? 1);
}
if (outputs.deployed !== 'true') {
  console.error('\nThe action passed but did not deploy this run (the log above says why): there is no new server to call.');
  process.exit(1);
}

// The function runs detached (as it does for later steps of a workflow job); Ctrl+C stops this demo's own
// server. Which one that is, is read at once: another demo of the same function may deploy later, take over
// the state file and stop this server itself, and its server is not this demo's to stop.
const { pid, dir } = JSON.parse(await readFile(join(workspace, '.ml-pipeline', 'serve', `${functionName}.json`), 'utf8'));
const url = outputs['trigger-url'];
console.log('');
console.log(`trigger-url: ${url}`);
console.log(`accuracy: ${outputs.accuracy}`);
console.log(`improved: ${outputs.improved}, deployed: ${outputs.deployed}`);
console.log(`baseline-metrics: ${outputs['baseline-metrics'] || '(none: first run)'}`);

const sample = {
  island: 'Biscoe',
  bill_length_mm: 47.5,
  bill_depth_mm: 15.0,
  flipper_length_mm: 218,
  body_mass_g: 4950,
  sex: 'male',
  year: 2008,
};
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ instances: [sample] }),
});
console.log(`\nPOST ${url} {"instances":[${JSON.stringify(sample)}]}`);
console.log(`→ ${response.status} ${JSON.stringify(await response.json())}`);
console.log(`\nServing at ${url} (GET for the model card). Press Ctrl+C to stop.`);

// A pid is reused once its process is gone: it is this demo's server only while its command line serves
// this source (the check src/backends/deploy/local.ts makes before it signals a server).
const serving = async () => (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').includes(`--source=${dir}`);
const stop = async () => {
  if (!(await serving())) {
    console.log(`\nThe function was no longer running (a later deploy of ${functionName} replaces the one before): nothing to stop.`);
    process.exit(0);
  }
  process.kill(-pid, 'SIGTERM');
  // Said once it has exited and its port is closed; one that ignores SIGTERM for 5 s is killed.
  const deadline = Date.now() + 5000;
  while (await serving()) {
    if (Date.now() > deadline) process.kill(-pid, 'SIGKILL');
    await sleep(50);
  }
  console.log('\nStopped the function.');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
