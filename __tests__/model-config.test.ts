import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
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
      "Input 'model-config': c.yml:2:1: unknown setting 'epoch'. Known settings: hiddenLayers, activation, dropout, l2, epochs, batchSize, learningRate, patience, minDelta, validationFraction, maxCategories, maxRowsInMemory.",
    );
  });

  it.each(['constructor', 'toString', '__proto__'])("reports '%s' as an unknown setting", async (key) => {
    expect(await errorOf('proto.yml', `${key}: 5\n`)).toMatch(new RegExp(`^Input 'model-config': proto\\.yml:1:1: unknown setting '${key}'\\.`));
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

describe('readTrainingSettings on a file that is not settings', () => {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const keyLines = privateKey.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const token = 'npm_Q8mJx2LrT5vYw9ZkP3aBcD7eFgH1iJ0kLmNo';
  const passwd = 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\n';
  it.each([
    ['a private key', 'key.pem', privateKey, keyLines, /^Input 'model-config': key\.pem:1:1: expected a mapping of settings .*found text of \d+ characters \(not shown\)/],
    ['an .npmrc token', '.npmrc', `//registry.npmjs.org/:_authToken=${token}\n`, [token], /:1:1: expected a mapping .*found text of 73 characters/],
    ['a passwd file', 'passwd', passwd, passwd.split('\n'), /found text of \d+ characters/],
    ['a long value of a known setting', 'long.yml', `activation: ${'x'.repeat(30)}${token}\n`, [token], /^Input 'model-config': long\.yml:1:13: 'activation' must be one of .*, found text of 70 characters\.$/],
    ['a long unknown key', 'key.yml', `${'x'.repeat(30)}${token}: 1\n`, [token], /:1:1: unknown setting 'x{30}npm_Q8mJx…'/],
    ['a syntax error', 'header.yml', `epochs: |2${token}\n  x\n`, [token], /:1:11: Block scalar header includes extra characters\. Fix the JSON or YAML syntax there\.$/],
  ])('quotes no more than a located excerpt of %s', async (_name, file, text, secrets, message) => {
    const error = await errorOf(file, text);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
    expect(stretchesOf(secrets).filter((part) => error.includes(part))).toEqual([]);
  });
});

/** Every 12-character stretch of the secrets: any part of one, not only all of it. */
function stretchesOf(secrets: string[]): string[] {
  return secrets.flatMap((secret) => Array.from({ length: Math.max(0, secret.length - 11) }, (_, i) => secret.slice(i, i + 12)));
}

describe('readTrainingSettings on YAML features', () => {
  it('resolves aliases', async () => {
    expect(await settingsOf('alias.yml', 'epochs: &e 5\npatience: *e\nhiddenLayers: &h [8]\n')).toMatchObject({ epochs: 5, patience: 5, hiddenLayers: [8] });
  });

  it('points at an alias without an anchor, and stops an alias bomb', async () => {
    expect(await errorOf('dangling.yml', 'epochs: 5\npatience: *e\n')).toBe(
      "Input 'model-config': dangling.yml:2:11: the alias *e has no anchor &e before it.",
    );
    const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]', ...['b', 'c', 'd', 'e'].map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`)];
    expect(await errorOf('bomb.yml', `${bomb.join('\n')}\n`)).toMatch(/^Input 'model-config': bomb\.yml:1:1: aliases expand to too many values/);
  });

  it('rejects hexadecimal and octal numbers', async () => {
    expect(await errorOf('hex.yml', 'epochs: 0x10\n')).toBe("Input 'model-config': hex.yml:1:9: write numbers in decimal (e.g. 16, not 0x10).");
    expect(await errorOf('oct.yml', 'hiddenLayers: [8, 0o17]\n')).toMatch(/^Input 'model-config': oct\.yml:1:19: write numbers in decimal/);
    expect(await settingsOf('exp.yml', 'learningRate: 1e-3\n')).toMatchObject({ learningRate: 0.001 });
  });
});
