import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { makeWorkspace, NODE_24, REPO, runAction, type ActionRun } from '../test-support/action.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const DIAMONDS = join(REPO, 'examples', 'diamonds', 'diamonds.csv');
const workspaces: string[] = [];

async function workspace(files: Parameters<typeof makeWorkspace>[0]): Promise<string> {
  const dir = await makeWorkspace(files);
  workspaces.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of workspaces) {
    for (const name of ['penguins', 'penguins-node24']) await stopLocalFunction(join(dir, '.ml-pipeline', 'serve'), name);
    await rm(dir, { recursive: true, force: true });
  }
});

const penguinInputs = {
  data: 'data/penguins.csv',
  label: 'species',
  'deploy-target': 'local',
  'function-name': 'penguins',
};

function expectCleanSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

async function post(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the bundled action on local backends', () => {
  it('trains penguins, serves them on 127.0.0.1, and compares the second run with the first', async () => {
    const ws = await workspace({ 'data/penguins.csv': { copy: PENGUINS } });
    const first = await runAction(ws, penguinInputs);
    expectCleanSuccess(first);
    expect(Number(first.outputs.accuracy)).toBeGreaterThanOrEqual(0.95);
    expect(first.outputs).toMatchObject({
      deployed: 'true',
      improved: 'true',
      skipped: 'false',
      'function-name': 'penguins',
      'baseline-metrics': '',
    });
    expect(first.outputs.metric).toBe(first.outputs.accuracy);
    expect(JSON.parse(first.outputs.metrics ?? '{}')).toHaveProperty('f1');
    expect(first.outputs['data-fingerprint']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs['trigger-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    // tfjs-node cannot install here, so auto must land on the bundled wasm backend, not fall back to cpu.
    expect(first.stdout).toContain('TensorFlow.js backend: wasm');
    expect(first.summary).toContain('### Holdout metrics');
    expect(first.summary).toContain('Confusion matrix');
    expect(first.summary).toContain('there is no baseline yet');
    expect(first.summary).toContain('Settings (bold: not the default): hiddenLayers [64, 32], activation relu');

    const url = first.outputs['trigger-url'] ?? '';
    const gentoo = { island: 'Biscoe', bill_length_mm: 47.5, bill_depth_mm: 15, flipper_length_mm: 218, body_mass_g: 4950, sex: 'male', year: 2008 };
    const answer = await post(url, { instances: [gentoo] });
    expect(answer.status).toBe(200);
    expect(answer.json.predictions).toEqual([expect.objectContaining({ label: 'Gentoo' })]);
    const card = (await (await fetch(url)).json()) as Record<string, unknown>;
    expect(card).toMatchObject({ task: 'classification', label: 'species', name: 'penguins', settings: DEFAULT_TRAINING_SETTINGS });
    const bad = await post(url, { instances: [{ ...gentoo, bill_length_mm: 'long' }] });
    expect(bad.status).toBe(400);
    expect(String(bad.json.error)).toContain('bill_length_mm');

    const second = await runAction(ws, penguinInputs);
    expectCleanSuccess(second);
    expect(JSON.parse(second.outputs['baseline-metrics'] ?? '{}')).toEqual(JSON.parse(first.outputs.metrics ?? ''));
    expect(second.stdout).toMatch(/Gate passed: accuracy [\d.]+ against [\d.]+ from run local-\S+, re-evaluated on this holdout/);
    // Same data, seed and backend: the same model, so the comparison shows no change.
    expect(second.outputs.metrics).toBe(first.outputs.metrics);
    expect(second.outputs.improved).toBe('false');
    expect(second.summary).toMatch(/Baseline \(run local-/);
  });

  it('skips training when the data is unchanged and skip-unchanged is true', async () => {
    const ws = await workspace({ 'data/penguins.csv': { copy: PENGUINS } });
    expectCleanSuccess(await runAction(ws, { ...penguinInputs, deploy: 'false' }));
    const skipped = await runAction(ws, { ...penguinInputs, deploy: 'false', 'skip-unchanged': 'true' });
    expectCleanSuccess(skipped);
    expect(skipped.outputs).toMatchObject({ skipped: 'true', deployed: 'false' });
    expect(skipped.stdout).not.toMatch(/Epoch \d+/);
    expect(skipped.summary).toContain('Skipped.');
  });

  it('fails the gate without deploying or moving the baseline', async () => {
    const ws = await workspace({ 'data/penguins.csv': { copy: PENGUINS } });
    const run = await runAction(ws, { ...penguinInputs, 'min-metric': '0.999' });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Gate failed: accuracy [\d.]+ is below min-metric 0\.999\..*on-regression: warn\.$/);
    expect(run.outputs.deployed).toBe('false');
    expect(existsSync(join(ws, '.ml-pipeline', 'baselines'))).toBe(false);
  });

  it('runs on Node 24, the runtime action.yml declares', async () => {
    const ws = await workspace({ 'data/penguins.csv': { copy: PENGUINS } });
    const run = await runAction(ws, { ...penguinInputs, 'function-name': 'penguins-node24' }, { node: NODE_24 });
    expectCleanSuccess(run);
    expect(Number(run.outputs.accuracy)).toBeGreaterThanOrEqual(0.95);
    const answer = await post(run.outputs['trigger-url'] ?? '', {
      instances: [{ island: 'Dream', bill_length_mm: 50, bill_depth_mm: 19, flipper_length_mm: 196, body_mass_g: 3900, sex: 'male', year: 2009 }],
    });
    expect(answer.status).toBe(200);
  });

  it('predicts diamond prices with R² of at least 0.9', async () => {
    const ws = await workspace({ 'data/diamonds.csv': { copy: DIAMONDS } });
    const run = await runAction(ws, { data: 'data/diamonds.csv', label: 'price', deploy: 'false', 'deploy-target': 'local' });
    expectCleanSuccess(run);
    const metrics = JSON.parse(run.outputs.metrics ?? '{}') as Record<string, number>;
    expect(metrics.r2).toBeGreaterThanOrEqual(0.9);
    expect(run.outputs.metric).toBe(String(metrics.rmse));
    expect(run.outputs.accuracy).toBe('');
    expect(run.stdout).toContain('task: regression (auto');
    const record = JSON.parse(await readFile(join(ws, '.ml-pipeline', 'baselines', 'ml-pipeline-ml-model', 'baseline.json'), 'utf8'));
    expect(record.metrics).toEqual(metrics);
  }, 400_000);
});
