import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO, runAction } from '../test-support/action.js';
import { makeTestServiceAccount } from '../test-support/google-auth.js';

const FIXTURES = join(REPO, '__fixtures__', 'data');
const workspaces: string[] = [];
afterAll(async () => {
  for (const dir of workspaces) await rm(dir, { recursive: true, force: true });
});

// Where x must be an ordinary feature it is (i * 7) % 40: unique but unordered. A row counter would be left out as an id.
const rows = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

interface BadInput {
  name: string;
  files: Parameters<typeof makeWorkspace>[0];
  inputs: Record<string, string>;
  error: RegExp;
}

const cases: BadInput[] = [
  {
    name: 'no data rows',
    files: { 'data.csv': { text: 'x,y\n' } },
    inputs: { data: 'data.csv', label: 'y' },
    error: /^Input 'data': 'data\.csv' has no data rows/,
  },
  {
    name: 'no matching files',
    files: {},
    inputs: { data: 'data/*.csv', label: 'y' },
    error: /^Input 'data': .*data\/\*\.csv/,
  },
  {
    name: 'label not in the data',
    files: { 'data.csv': { text: `x,y\n${rows(40, (i) => `${(i * 7) % 40},${i % 2}`)}\n` } },
    inputs: { data: 'data.csv', label: 'target' },
    error: /^Input 'label': column 'target' is not in the data\. Columns found: x, y\./,
  },
  {
    name: 'constant label',
    files: { 'data.csv': { text: `x,y\n${rows(40, (i) => `${(i * 7) % 40},yes`)}\n` } },
    inputs: { data: 'data.csv', label: 'y' },
    error: /^Input 'label': column 'y' has the same value 'yes' in every row/,
  },
  {
    name: 'a feature empty in every row',
    files: { 'data.csv': { text: `x,notes,y\n${rows(40, (i) => `${(i * 7) % 40},,${i % 2 ? 'a' : 'b'}`)}\n` } },
    inputs: { data: 'data.csv', label: 'y' },
    error: /^Column 'notes' is empty in all 40 rows, so it cannot be a feature\. Add it to 'exclude'/,
  },
  {
    name: 'a column of mostly numbers with too much text to drop',
    files: { 'data.csv': { text: `x,y\n${rows(40, (i) => `${i % 4 === 0 ? `about ${i}` : i},${i % 2}`)}\n` } },
    inputs: { data: 'data.csv', label: 'y' },
    error: /^Column 'x' mixes numbers and text: 25% of its 40 values are not numbers \('about 0' at data\.csv:2, 'about 4' at data\.csv:6, 'about 8' at data\.csv:10, and 7 more\)/,
  },
  {
    name: 'a file that is not UTF-8',
    files: { 'volcano.csv': { copy: join(FIXTURES, 'volcano_db_latin1.csv') } },
    inputs: { data: 'volcano.csv', label: 'Type' },
    error: /volcano\.csv.*byte offset \d+.*UTF-8/,
  },
  {
    name: 'a row with too many fields',
    files: { 'data.csv': { text: 'x,y\n1,a\n2,b,extra\n3,a\n' } },
    inputs: { data: 'data.csv', label: 'y' },
    error: /data\.csv:3.*expected 2 fields/,
  },
  {
    name: 'an unknown model-config setting',
    files: { 'data.csv': { text: 'x,y\n1,a\n' }, 'model.yml': { text: 'epochs: 5\nlayers: [3]\n' } },
    inputs: { data: 'data.csv', label: 'y', 'model-config': 'model.yml' },
    error: /^Input 'model-config': model\.yml:2:1: unknown setting 'layers'/,
  },
  {
    name: 'a model too big for the memory budget',
    files: {
      'data.csv': { text: `x,y\n${rows(40, (i) => `${(i * 7) % 40},${i % 2}`)}\n` },
      'model.yml': { text: `hiddenLayers: [${Array(10).fill(4096).join(', ')}]\n` },
    },
    inputs: { data: 'data.csv', label: 'y', 'model-config': 'model.yml' },
    error: /^Input 'model-config': training would need about 2\.9 GiB of memory, over the 2\.0 GiB budget: the model, .* \(lower hiddenLayers/,
  },
  {
    name: 'a min-metric the inferred metric cannot reach',
    files: { 'data.csv': { text: `x,y\n${rows(40, (i) => `${(i * 7) % 40},${i % 2 ? 'a' : 'b'}`)}\n` } },
    inputs: { data: 'data.csv', label: 'y', 'min-metric': '5' },
    error: /^Input 'min-metric': 5 is not a possible accuracy, which is from 0 to 1/,
  },
  {
    name: 'an invalid holdout',
    files: { 'data.csv': { text: 'x,y\n1,a\n' } },
    inputs: { data: 'data.csv', label: 'y', holdout: '2' },
    error: /^Input 'holdout': '2' is not a number between 0\.05 and 0\.5\.$/,
  },
  {
    name: 'a metric that does not fit the task',
    files: { 'data.csv': { text: `x,y\n${rows(40, (i) => `${(i * 7) % 40},${i * 1.5}`)}\n` } },
    inputs: { data: 'data.csv', label: 'y', metric: 'accuracy' },
    error: /^Input 'metric': accuracy does not measure regression\./,
  },
];

describe('every error a user can cause', () => {
  it.each(cases)('$name: one ::error:: line, exit 1, no stack, no baseline', async ({ files, inputs, error }) => {
    const ws = await makeWorkspace(files);
    workspaces.push(ws);
    const run = await runAction(ws, { 'deploy-target': 'local', ...inputs });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(error);
    expect(run.errors[0]).not.toContain('\n');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(ws, '.ml-pipeline', 'baselines'))).toBe(false);
    expect(existsSync(join(ws, '.ml-pipeline', 'artifacts'))).toBe(false);
  });
});

/** The job log as the runner shows it: each `::add-mask::` value replaced by *** in every line after it. */
function maskedLog(stdout: string): { masks: string[]; lines: string[] } {
  const masks: string[] = [];
  const lines: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::add-mask::')) {
      masks.push(line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
      continue;
    }
    lines.push(masks.reduce((text, mask) => text.split(mask).join('***'), line));
  }
  return { masks, lines };
}

describe('a model-config that is the key in credentials', () => {
  const account = makeTestServiceAccount();
  const keyLines = account.key.private_key.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const secrets = [...keyLines, account.key.private_key_id];

  it.each([
    ['key.pem', account.key.private_key, /^Input 'model-config': key\.pem:1:1: expected a mapping of settings/],
    ['key.json', account.keyJson, /^Input 'model-config': key\.json:2:3: unknown setting 'type'/],
  ])('%s: every part of the key is masked before anything else is printed, and none appears', async (file, text, error) => {
    const ws = await makeWorkspace({ 'data.csv': { text: 'x,y\n1,a\n' }, [file]: { text } });
    workspaces.push(ws);
    const run = await runAction(ws, { 'deploy-target': 'local', data: 'data.csv', label: 'y', credentials: account.keyJson, 'model-config': file });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toMatch(error);

    const firstOther = run.stdout.split('\n').findIndex((line) => !line.startsWith('::add-mask::'));
    const { masks: early } = maskedLog(run.stdout.split('\n').slice(0, firstOther).join('\n'));
    expect(early).toEqual(expect.arrayContaining(secrets));
    const { lines } = maskedLog(run.stdout);
    const shown = `${lines.join('\n')}\n${run.stderr}`;
    const parts = secrets.flatMap((secret) => Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12)));
    expect(parts.filter((part) => shown.includes(part))).toEqual([]);
  });
});
