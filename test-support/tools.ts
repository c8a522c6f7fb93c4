// What the tests start or load that npm ci does not install, each built by a script under scripts/:
// the Go tools and the BigQuery emulator (install-test-tools.sh: `go install`, and a Python virtual environment,
// at pinned versions) and @tensorflow/tfjs-node built offline (install-tfjs-node.sh). Each script is idempotent,
// prints what it installed one path a line, and is quick once its build is cached.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const SCRIPTS = join(resolve(import.meta.dirname, '..'), 'scripts');

export type TestTool = 'fake-gcs-server' | 'act' | 'bqemulator';

const runs = new Map<string, Promise<string[]>>();

/** The lines a script printed: one run per script, arguments and test file, run again after a failure. */
function scriptOutput(script: string, args: readonly string[] = []): Promise<string[]> {
  const path = join(SCRIPTS, script);
  const key = [path, ...args].join(' ');
  let run = runs.get(key);
  if (!run) {
    run = promisify(execFile)('bash', [path, ...args], { maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => stdout.trim().split('\n'),
      (error: { stderr?: string; message: string }) => {
        runs.delete(key);
        throw new Error(`${key} failed: ${error.stderr || error.message}`);
      },
    );
    runs.set(key, run);
  }
  return run;
}

/**
 * The path of a tool's binary, installed when missing (a first install builds it: about three and a half minutes
 * on two cores with cold Go caches for the Go tools, two and a half for bqemulator's virtual environment).
 */
export async function installedTool(name: TestTool): Promise<string> {
  const binary = (await scriptOutput('install-test-tools.sh', [name])).find((line) => line.endsWith(`/${name}`));
  if (!binary) throw new Error(`install-test-tools.sh printed no ${name} path`);
  return binary;
}

/**
 * A folder whose node_modules holds @tensorflow/tfjs-node with its native library, as `npm install
 * @tensorflow/tfjs-node` leaves a workspace on a runner (a first build: about a minute, and a 232 MB download).
 */
export async function tfjsNodeWorkspace(): Promise<string> {
  const [workspace] = await scriptOutput('install-tfjs-node.sh');
  if (!workspace) throw new Error('install-tfjs-node.sh printed no workspace');
  return workspace;
}
