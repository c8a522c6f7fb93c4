// The bundled action against baselines it must not trust or must not lose: a run is never failed by a damaged
// baseline and never compares with a broken model, and no baseline-key can delete the state folder.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';

const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await rm(dir, { recursive: true, force: true });
});

async function workspace(): Promise<string> {
  const dir = await makeWorkspace({ 'data/penguins.csv': { copy: join(REPO, 'examples', 'penguins', 'penguins.csv') } });
  workspaces.push(dir);
  return dir;
}

const inputs = { data: 'data/penguins.csv', label: 'species', 'deploy-target': 'local', deploy: 'false', epochs: '30', 'function-name': 'penguins' };
const baselineDir = (ws: string) => join(ws, '.ml-pipeline', 'baselines', 'ml-pipeline-penguins');
const warningsOf = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'));

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

describe('the bundled action with a damaged baseline', () => {
  // NaN weights are refused when the baseline is restored; weights of 3.4e38 (the largest float32) are finite but
  // overflow to NaN outputs, refused when the model is re-evaluated. Either way the NaN model would pick class 0
  // on every row and pass for a model that the new one "improves" on.
  it.each([
    ['NaN weights', (size: number) => new Uint8Array(new Float32Array(size / 4).fill(Number.NaN).buffer), 'its model bundle is unusable: weights.bin holds a non-finite weight (NaN at index 0)'],
    ['weights that overflow', (size: number) => new Uint8Array(size).fill(0x7f), 'logloss NaN on this holdout: it is not trusted, and this run compares with its stored metrics'],
  ])('compares with the stored metrics when the baseline model has %s, instead of "improving" on it', async (_name, weightsOf, warning) => {
    const ws = await workspace();
    const first = await runAction(ws, inputs);
    expectSuccess(first);
    const weights = join(baselineDir(ws), 'model', 'weights.bin');
    await writeFile(weights, weightsOf((await readFile(weights)).byteLength));

    const second = await runAction(ws, inputs);
    expectSuccess(second);
    expect(warningsOf(second)).toEqual([expect.stringContaining(warning)]);
    expect(second.outputs['baseline-metrics']).toBe(first.outputs.metrics);
    // Same data, same seed: the new model is the first run's, so nothing improved.
    expect(second.outputs.improved).toBe('false');
  });

  it('goes on as a first run, with one warning, when baseline.json is cut short', async () => {
    const ws = await workspace();
    expectSuccess(await runAction(ws, inputs));
    const record = join(baselineDir(ws), 'baseline.json');
    await writeFile(record, (await readFile(record, 'utf8')).slice(0, 50));

    const second = await runAction(ws, inputs);
    expectSuccess(second);
    expect(second.errors).toEqual([]);
    expect(warningsOf(second)).toEqual([expect.stringContaining('baseline.json is not valid JSON (cut short or damaged)')]);
    expect(second.outputs['baseline-metrics']).toBe('');
    // The accepted run replaced the damaged baseline.
    expect(JSON.parse(await readFile(record, 'utf8'))).toMatchObject({ key: 'ml-pipeline-penguins' });
  });

  it("fails on baseline-key '..' before anything is written, and leaves the state folder whole", async () => {
    const ws = await workspace();
    expectSuccess(await runAction(ws, inputs));
    const run = await runAction(ws, { ...inputs, 'baseline-key': '..' });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'baseline-key': '\.\.' cannot name a folder\./)]);
    expect(existsSync(join(baselineDir(ws), 'baseline.json'))).toBe(true);
    expect(existsSync(join(ws, '.ml-pipeline', 'artifacts', 'penguins'))).toBe(true);
  });
});
