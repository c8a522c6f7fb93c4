// The bundled action with model: gbt and model: auto: trees train, deploy under deploy-target: local (the deployer
// accepts the function only when it answers exactly as the trees did in process), a second run re-scores the
// baseline's trees, and auto shows each candidate's validation score and seconds and why the winner won.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const WINE = join(REPO, '__fixtures__', 'data', 'winequality_red.csv');
const workspaces: string[] = [];

afterAll(async () => {
  for (const dir of workspaces) {
    await stopLocalFunction(join(dir, '.ml-pipeline', 'serve'), 'penguins-gbt');
    await rm(dir, { recursive: true, force: true });
  }
});

function expectCleanSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

describe('the bundled action with gradient-boosted trees', () => {
  it('model: gbt trains trees, serves them on 127.0.0.1 as predicted in process, and re-scores them as the baseline', async () => {
    const ws = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
    workspaces.push(ws);
    const inputs = { data: 'data/penguins.csv', label: 'species', model: 'gbt', 'deploy-target': 'local', 'function-name': 'penguins-gbt' };
    const first = await runAction(ws, inputs);
    expectCleanSuccess(first);
    expect(first.outputs.deployed).toBe('true');
    expect(Number(first.outputs.accuracy)).toBeGreaterThanOrEqual(0.85);
    expect(first.summary).toContain('gbt trained in');
    // YDF's absl and save() lines are debug lines (shown only with step debugging), never plain log lines.
    const ydfLines = `${first.stdout}\n${first.stderr}`.split('\n').filter((line) => /abstract_learner|Model save|absl/.test(line));
    expect(ydfLines.length).toBeGreaterThan(0);
    expect(ydfLines.filter((line) => !line.startsWith('::debug::YDF: '))).toEqual([]);

    const card = await fetch(first.outputs['trigger-url'] ?? '');
    expect(await card.json()).toMatchObject({ family: 'gbt', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    const second = await runAction(ws, inputs);
    expectCleanSuccess(second);
    expect(second.stdout).not.toContain('cannot be re-evaluated');
    expect(JSON.parse(second.outputs['baseline-metrics'] ?? '{}').accuracy).toBe(Number(first.outputs.accuracy));
  });

  it('model: auto trains both, keeps the better on validation, and says why in the summary', async () => {
    // 1,599 rows: a validation slice of 128, enough to choose on (select.ts, MIN_VALIDATION_ROWS).
    const ws = await makeWorkspace({ 'data/wine.csv': { copy: WINE } });
    workspaces.push(ws);
    const run = await runAction(ws, { data: 'data/wine.csv', label: 'quality', model: 'auto', deploy: 'false' });
    expectCleanSuccess(run);
    expect(run.summary).toMatch(/\| mlp \| 0\.\d{4} \| \d+\.\d \|/);
    expect(run.summary).toMatch(/\| gbt \| 0\.\d{4} \| \d+\.\d \|/);
    expect(run.summary).toMatch(/(mlp|gbt) won (on validation accuracy|: it tied)/);
    expect(run.summary).toMatch(/chosen by `model: auto`; all candidates trained in \d+\.\d s/);
  });
});
