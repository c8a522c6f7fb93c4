import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TRAINING_SETTINGS, readTrainingSettings } from '../src/model-config.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'model-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function settingsOf(name: string, text: string) {
  await writeFile(join(dir, name), text);
  return readTrainingSettings(join(dir, name), name);
}

async function errorOf(name: string, text: string): Promise<string> {
  return settingsOf(name, text).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error.message,
  );
}

describe('readTrainingSettings', () => {
  it('reads YAML and JSON, keeping defaults for unset keys', async () => {
    expect(await settingsOf('a.yml', 'epochs: 30\nhiddenLayers: [8, 4]\n')).toEqual({
      ...DEFAULT_TRAINING_SETTINGS,
      epochs: 30,
      hiddenLayers: [8, 4],
    });
    expect(await settingsOf('b.json', '{"learningRate": 0.01, "maxCategories": 5}')).toMatchObject({
      learningRate: 0.01,
      maxCategories: 5,
    });
    expect(await settingsOf('empty.yml', '')).toEqual(DEFAULT_TRAINING_SETTINGS);
  });

  it('points at the line and column of an unknown key', async () => {
    expect(await errorOf('c.yml', 'epochs: 3\nepoch: 4\n')).toBe(
      "Input 'model-config': c.yml:2:1: unknown setting 'epoch'. Known settings: hiddenLayers, activation, dropout, l2, epochs, batchSize, learningRate, patience, minDelta, validationFraction, maxCategories.",
    );
  });

  it('points at a value of the wrong type', async () => {
    expect(await errorOf('d.json', '{\n  "dropout": "high"\n}')).toBe(
      `Input 'model-config': d.json:2:14: 'dropout' must be a number from 0 to 0.9, found "high".`,
    );
  });

  it('points at a syntax error', async () => {
    expect(await errorOf('e.json', '{"epochs": 3,,}')).toMatch(/^Input 'model-config': e\.json:1:\d+: .+ Fix the JSON or YAML syntax there\.$/);
  });

  it('rejects a file that is not a mapping', async () => {
    expect(await errorOf('f.yml', '- 1\n- 2\n')).toMatch(/f\.yml:1:1: expected a mapping of settings/);
  });
});
