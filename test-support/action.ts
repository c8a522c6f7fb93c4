import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseGithubOutput } from '../scripts/github-output.mjs';
import { inputEnvName } from './inputs.js';

export const REPO = resolve(import.meta.dirname, '..');
export const BUNDLE = join(REPO, 'dist', 'index.js');
/** Node 24 from the `node` npm package: action.yml says node24, this machine runs 20. */
export const NODE_24 = join(REPO, 'node_modules', 'node', 'bin', 'node');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines, as the runner would show them (unescaped). */
  errors: string[];
}

export interface RunOptions {
  node?: string;
  env?: Record<string, string>;
  /** false: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name files that do not exist yet, as a user's shell may. */
  createRunnerFiles?: boolean;
  /** Called with the action's process once it starts: a test can signal it (the runner's cancellation). */
  onSpawn?: (child: ChildProcess) => void;
}

/** A throwaway workspace, with files copied in (`{ copy: '/abs/source.csv' }`) or written (`{ text: '...' }`). */
export async function makeWorkspace(files: Record<string, { copy: string } | { text: string }> = {}): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'ml-pipeline-ws-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(workspace, path);
    await mkdir(dirname(target), { recursive: true });
    if ('copy' in content) await cp(content.copy, target);
    else await writeFile(target, content.text);
  }
  return workspace;
}

/** Runs dist/index.js as the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export async function runAction(workspace: string, inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'ml-pipeline-runner-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  if (options.createRunnerFiles ?? true) {
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  // The default model: auto cross-validates four choices on penguins' 284 training rows, ten trainings for one: a
  // test that is not about the choice trains the MLP alone; e2e-gbt.test.ts runs auto.
  env[inputEnvName('model')] = 'mlp';
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (done, fail) => {
        const child = spawn(options.node ?? process.execPath, [BUNDLE], { cwd: workspace, env });
        options.onSpawn?.(child);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', fail);
        child.on('close', (exitCode) => done({ code: exitCode, stdout, stderr }));
      },
    );
    return {
      code,
      stdout,
      stderr,
      outputs: parseGithubOutput(await readFileOrEmpty(outputFile)),
      summary: await readFileOrEmpty(summaryFile),
      errors: stdout
        .split('\n')
        .filter((line) => line.startsWith('::error::'))
        .map((line) => line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')),
    };
  } finally {
    await rm(files, { recursive: true, force: true });
  }
}

/** A runner file the run was given: empty when it was never created (the run failed first, or wrote elsewhere). */
async function readFileOrEmpty(file: string): Promise<string> {
  return existsSync(file) ? readFile(file, 'utf8') : '';
}
