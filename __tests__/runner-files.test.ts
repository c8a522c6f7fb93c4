// Running the bundle outside a runner, as README's own-data command does: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// may name files that do not exist yet, or cannot exist.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareRunnerFiles } from '../src/util/runner-files.js';
import { makeWorkspace, NODE_24, REPO, runAction } from '../test-support/action.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('prepareRunnerFiles', () => {
  it('creates missing files empty and leaves existing ones as they are', async () => {
    const env: NodeJS.ProcessEnv = { GITHUB_OUTPUT: join(dir, 'new-output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
    await writeFile(join(dir, 'summary'), '# an earlier step\n');
    const warnings: string[] = [];
    prepareRunnerFiles(env, (message) => warnings.push(message));
    expect(warnings).toEqual([]);
    expect(await readFile(join(dir, 'new-output'), 'utf8')).toBe('');
    expect(await readFile(join(dir, 'summary'), 'utf8')).toBe('# an earlier step\n');
    expect(env).toEqual({ GITHUB_OUTPUT: join(dir, 'new-output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') });
  });

  it('drops a variable whose file cannot be created, with one warning saying what happens instead', async () => {
    await mkdir(join(dir, 'a-folder'));
    const env: NodeJS.ProcessEnv = { GITHUB_OUTPUT: join(dir, 'missing', 'output'), GITHUB_STEP_SUMMARY: join(dir, 'a-folder') };
    const warnings: string[] = [];
    prepareRunnerFiles(env, (message) => warnings.push(message));
    expect(env).toEqual({});
    expect(warnings).toEqual([
      `GITHUB_OUTPUT names '${join(dir, 'missing', 'output')}', which cannot be created (ENOENT): the outputs are ` +
        'printed to the log instead. Point GITHUB_OUTPUT at a writable file, or unset it.',
      `GITHUB_STEP_SUMMARY names '${join(dir, 'a-folder')}', which cannot be created (EISDIR): the report is written ` +
        'to .ml-pipeline/reports/ instead. Point GITHUB_STEP_SUMMARY at a writable file, or unset it.',
    ]);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('leaves unset and empty variables alone', () => {
    const env: NodeJS.ProcessEnv = { GITHUB_OUTPUT: '' };
    prepareRunnerFiles(env, () => {
      throw new Error('no warning expected');
    });
    expect(env).toEqual({ GITHUB_OUTPUT: '' });
  });
});

describe('the bundle outside a runner', () => {
  const inputs = { data: 'data/penguins.csv', label: 'species', deploy: 'false', epochs: '5' };
  let workspace = '';
  beforeAll(async () => {
    workspace = await makeWorkspace({ 'data/penguins.csv': { copy: join(REPO, 'examples', 'penguins', 'penguins.csv') } });
  });
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('creates the output and summary files the variables name, and writes to them', async () => {
    const run = await runAction(workspace, inputs, { node: NODE_24, createRunnerFiles: false });
    expect(run.stdout).not.toContain('This is a bug');
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ deployed: 'false', skipped: 'false' });
    expect(run.outputs.accuracy).toMatch(/^0\.\d+$/);
    expect(run.summary).toContain('## ML pipeline');
  });

  it('prints the outputs, with a warning, when GITHUB_OUTPUT names a file in a folder that does not exist', async () => {
    const missing = join(dir, 'no-such-folder', 'outputs');
    const run = await runAction(workspace, inputs, { node: NODE_24, env: { GITHUB_OUTPUT: missing } });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`::warning::GITHUB_OUTPUT names '${missing}', which cannot be created (ENOENT)`);
    expect(run.stdout).toMatch(/^::set-output name=deployed::false$/m);
    expect(existsSync(missing)).toBe(false);
  });
});
