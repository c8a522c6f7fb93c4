import { afterAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO, runAction } from '../test-support/action.js';
import { editedCsv } from '../test-support/edited-csv.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await rm(dir, { recursive: true, force: true });
});

describe('the bundled action on numbers too large to use', () => {
  it('trains a real model with 1e400 and 1e308 cells, warning once where they are', async () => {
    const text = await editedCsv(PENGUINS, [
      { line: 11, column: 'body_mass_g', value: '1e400' },
      { line: 20, column: 'flipper_length_mm', value: '1e308' },
    ]);
    const ws = await makeWorkspace({ 'data/penguins.csv': { text } });
    workspaces.push(ws);
    const run = await runAction(ws, { data: 'data/penguins.csv', label: 'species', deploy: 'false', 'function-name': 'penguins' });
    if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings.filter((line) => line.includes('too large'))).toEqual([
      "::warning::Numbers too large to use (beyond ±3.4e+38, the range of the model's 32-bit floats) are treated as missing in numeric columns: 'flipper_length_mm' 1 ('1e308' at data/penguins.csv:20); 'body_mass_g' 1 ('1e400' at data/penguins.csv:11).",
    ]);
    // Both cells are in training rows. Not the constant majority-class guess (152 of 344 are Adelie): the model learned from the features.
    expect(Number(run.outputs.accuracy)).toBeGreaterThanOrEqual(0.9);
    expect(Object.values(JSON.parse(run.outputs.metrics ?? '{}')).every((value) => Number.isFinite(value))).toBe(true);
  });
});
