import { closeSync, openSync } from 'node:fs';

/**
 * The files a runner creates before a step starts and @actions/core appends to (it throws "Missing file" when
 * one does not exist), with what happens instead when one cannot be created.
 */
const RUNNER_FILES = {
  GITHUB_OUTPUT: 'the outputs are printed to the log instead',
  GITHUB_STEP_SUMMARY: 'the report is written to .ml-pipeline/reports/ instead',
} as const;

/**
 * Off a runner (`GITHUB_OUTPUT=/tmp/outputs node dist/index.js`), the variables may name files that do not exist
 * yet: create them empty, as the runner would. One that cannot be created (its folder is missing, it is a folder)
 * is dropped from `env` with one warning, so the run goes on with the fallback. Existing files are left as they are.
 */
export function prepareRunnerFiles(env: NodeJS.ProcessEnv, warn: (message: string) => void): void {
  for (const [name, fallback] of Object.entries(RUNNER_FILES)) {
    const file = env[name];
    if (!file) continue;
    try {
      // Append mode creates a missing file and never truncates one the runner or an earlier step wrote.
      closeSync(openSync(file, 'a'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      warn(`${name} names '${file}', which cannot be created (${code}): ${fallback}. Point ${name} at a writable file, or unset it.`);
      delete env[name];
    }
  }
}
