// The Go tools the tests start, built by scripts/install-test-tools.sh (`go install` at pinned versions).
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const INSTALL_SCRIPT = join(resolve(import.meta.dirname, '..'), 'scripts', 'install-test-tools.sh');

export type TestTool = 'fake-gcs-server' | 'act';

let installed: Promise<string[]> | null = null;

/**
 * The path of a tool's binary, installed when missing: one run of the script per test file installs them all
 * (a first install builds them: about three and a half minutes on two cores with cold Go caches).
 */
export async function installedTool(name: TestTool): Promise<string> {
  installed ??= promisify(execFile)('bash', [INSTALL_SCRIPT], { maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => stdout.trim().split('\n'),
    (error: { stderr?: string; message: string }) => {
      installed = null;
      throw new Error(`${INSTALL_SCRIPT} failed: ${error.stderr || error.message}`);
    },
  );
  const binary = (await installed).find((line) => line.endsWith(`/${name}`));
  if (!binary) throw new Error(`${INSTALL_SCRIPT} printed no ${name} path`);
  return binary;
}
