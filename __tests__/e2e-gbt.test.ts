// The bundled action with model: gbt, blend and auto: trees and the blend train, deploy under deploy-target: local
// (the deployer accepts the function only when it answers exactly as the model did in process), a second run
// re-scores the baseline's trees, and auto shows each candidate's validation score and seconds and why it won,
// and keeps and serves a blend weighted by ensemble selection, without the member it weighs 0.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const workspaces: string[] = [];

afterAll(async () => {
  for (const dir of workspaces) {
    for (const name of ['penguins-gbt', 'penguins-blend', 'penguins-auto-blend']) await stopLocalFunction(join(dir, '.ml-pipeline', 'serve'), name);
    await rm(dir, { recursive: true, force: true });
  }
});

function expectCleanSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

describe('the bundled action with gradient-boosted trees', () => {
  it('model: gbt trains trees, serves them on 127.0.0.1 as predicted in process, and a new MLP re-scores them as the baseline', async () => {
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
    // Champion against challenger across families: the baseline's trees are scored on this run's holdout.
    const second = await runAction(ws, { ...inputs, model: 'mlp', deploy: 'false' });
    expectCleanSuccess(second);
    expect(second.stdout).not.toContain('cannot be re-evaluated');
    expect(second.stdout).toMatch(/Baseline \(run [^)]+\) re-evaluated on this holdout: accuracy /);
    expect(JSON.parse(second.outputs['baseline-metrics'] ?? '{}').accuracy).toBe(Number(first.outputs.accuracy));
  });

  it('model: blend serves the mean of mlp, linear and gbt on 127.0.0.1 as predicted in process', async () => {
    const ws = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
    workspaces.push(ws);
    const inputs = { data: 'data/penguins.csv', label: 'species', model: 'blend', 'deploy-target': 'local', 'function-name': 'penguins-blend' };
    const run = await runAction(ws, inputs);
    expectCleanSuccess(run);
    // The local deployer takes the function only once it answers exactly as the blend did in process.
    expect(run.outputs.deployed).toBe('true');
    expect(run.summary).toContain('blend (the mean of mlp, linear and gbt, each trained on every training row) trained in');
    const card = await fetch(run.outputs['trigger-url'] ?? '');
    expect(await card.json()).toMatchObject({ family: 'blend', model: 'blend', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    // The blend, as the baseline, is re-scored by a run of another family (the trees are worse here: skip, not fail).
    const next = await runAction(ws, { ...inputs, model: 'gbt', deploy: 'false', 'on-regression': 'skip-deploy' });
    expectCleanSuccess(next);
    expect(next.stdout).not.toContain('cannot be re-evaluated');
    expect(next.stdout).toMatch(/Baseline \(run [^)]+\) re-evaluated on this holdout: accuracy /);
  });

  it('model: auto scores every choice on rows it did not train on, and says why the winner won in the summary', async () => {
    // 284 training rows: enough to choose on (select.ts, MIN_VALIDATION_ROWS), few enough to cross-validate.
    const ws = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
    workspaces.push(ws);
    const run = await runAction(ws, { data: 'data/penguins.csv', label: 'species', model: 'auto', deploy: 'false' });
    expectCleanSuccess(run);
    // Each candidate's validation accuracy, then its log-loss, which auto chooses on.
    for (const name of ['mlp', 'linear', 'gbt', 'blend']) expect(run.summary).toMatch(new RegExp(`\\| ${name} \\| 0\\.\\d{4} \\| \\d+\\.\\d{4} \\| \\d+\\.\\d \\|`));
    expect(run.summary).toMatch(/(mlp|linear|gbt|blend) won(?: on logloss|: it tied [a-z, ]+ on logloss) \(how sure each prediction was, not only whether it was right\) in 3-fold cross-validation repeated 3 times on 284 training rows/);
    expect(run.summary).toMatch(/chosen by `model: auto`; all candidates trained in \d+\.\d s/);
    expect(run.stdout).toMatch(/model auto: training (mlp|linear|gbt|blend) again on all 284 training rows\./);
    // The card keeps the choice and how it was made.
    const card = JSON.parse(await readFile(join(run.outputs['artifacts-uri'] ?? '', 'model', 'card.json'), 'utf8'));
    expect(card.selection.candidates.map((c: { name: string }) => c.name)).toEqual(['mlp', 'linear', 'gbt', 'blend']);
    expect(card.selection.reason).toMatch(/ won/);
    expect(card.selection.candidates.every((c: { logloss?: unknown }) => typeof c.logloss === 'number')).toBe(true);
    expect(['mlp', 'linear', 'gbt', 'blend']).toContain(card.model);
  });

  it('model: auto keeps a weighted blend without its weak member, saves and serves only the members it weighs', async () => {
    // Penguins with the default seed: ensemble selection weighs mlp 0.93 and gbt 0.07, linear 0 (its log-loss is
    // ten times the MLP's), and that blend's log-loss beats the MLP's alone.
    const ws = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS } });
    workspaces.push(ws);
    const inputs = { data: 'data/penguins.csv', label: 'species', model: 'auto', 'deploy-target': 'local', 'function-name': 'penguins-auto-blend' };
    const run = await runAction(ws, inputs);
    expectCleanSuccess(run);
    expect(run.outputs.deployed).toBe('true');
    expect(run.stdout).toContain('model auto: blend (mlp 0.93, gbt 0.07) scored accuracy');
    expect(run.summary).toMatch(/\| blend \| 0\.\d{4} \| \d+\.\d{4} \| \d+\.\d \| mlp 0\.93, linear 0, gbt 0\.07 \| kept \|/);
    expect(run.summary).toContain('blend (the weighted mean of mlp 0.93, linear 0, gbt 0.07, the weights chosen on held-out outputs;');
    const model = join(run.outputs['artifacts-uri'] ?? '', 'model');
    const recorded = JSON.parse(await readFile(join(model, 'blend.json'), 'utf8')) as { members: string[]; weights: number[] };
    expect(recorded.members).toEqual(['mlp', 'gbt']);
    recorded.weights.forEach((weight, i) => expect(weight).toBeCloseTo([0.93, 0.07][i] as number, 2));
    expect(existsSync(join(model, 'linear'))).toBe(false);
    // The local deployer takes the function only once it answers exactly as the blend did in process.
    const card = (await (await fetch(run.outputs['trigger-url'] ?? '')).json()) as { family?: string; model?: string; selection?: { candidates: Array<{ name: string; weights?: unknown }> } };
    expect(card).toMatchObject({ family: 'blend', model: 'blend' });
    const weights = card.selection?.candidates.find((c) => c.name === 'blend')?.weights as Record<string, number>;
    expect(weights).toEqual({ mlp: recorded.weights[0], linear: 0, gbt: recorded.weights[1] });
  });
});
