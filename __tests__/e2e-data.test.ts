import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { makeWorkspace, REPO, runAction } from '../test-support/action.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const FUNCTION = 'proto-keys';
const workspaces: string[] = [];

afterAll(async () => {
  for (const dir of workspaces) {
    await stopLocalFunction(join(dir, '.ml-pipeline', 'serve'), FUNCTION);
    await rm(dir, { recursive: true, force: true });
  }
});

/** Column renamed to a key of Object.prototype, so every stage from the reader to the served function meets it. */
const RENAMED: Readonly<Record<string, string>> = { island: '__proto__', sex: 'constructor' };

/** penguins.csv as JSON Lines text, written key by key (an object literal cannot hold an own __proto__ key). */
async function penguinsJsonLines(): Promise<string> {
  const [header, ...lines] = (await readFile(PENGUINS, 'utf8')).trim().split('\n');
  const names = header!.split(',').map((name) => RENAMED[name] ?? name);
  return lines
    .map((line) => {
      const pairs = line.split(',').map((cell, index) => `${JSON.stringify(names[index])}: ${cell === 'NA' ? 'null' : JSON.stringify(cell)}`);
      return `{${pairs.join(', ')}}`;
    })
    .join('\n');
}

describe('the bundled action on data files', () => {
  it('trains on gzip-compressed JSON Lines with keys named __proto__ and constructor, and serves them', async () => {
    const ws = await makeWorkspace({});
    workspaces.push(ws);
    await mkdir(join(ws, 'data'));
    await writeFile(join(ws, 'data', 'penguins.jsonl.gz'), gzipSync(await penguinsJsonLines()));
    const run = await runAction(ws, { data: 'data', label: 'species', 'deploy-target': 'local', 'function-name': FUNCTION });
    if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    expect(run.errors).toEqual([]);
    expect(run.outputs.deployed).toBe('true');

    const url = run.outputs['trigger-url'] ?? '';
    const gentoo =
      '{"instances": [{"__proto__": "Biscoe", "constructor": "male", "bill_length_mm": 47.5, "bill_depth_mm": 15, ' +
      '"flipper_length_mm": 218, "body_mass_g": 4950, "year": 2008}]}';
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gentoo });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ predictions: [expect.objectContaining({ label: 'Gentoo' })] });
  });

  it('fails before training, naming both files and the column, when a folder mixes files with other columns', async () => {
    const ws = await makeWorkspace({
      'data/a.csv': { copy: PENGUINS },
      'data/b.jsonl': { text: '{"species": "Adelie", "island": "Dream", "bill_length_mm": 39, "leaked_label": "Adelie"}\n' },
    });
    workspaces.push(ws);
    const run = await runAction(ws, { data: 'data', label: 'species', 'deploy-target': 'local', 'function-name': FUNCTION });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^data\/b\.jsonl:1: key 'leaked_label' is not a column of data\/a\.csv \(its columns: 'species', /),
    ]);
    expect(run.stdout).not.toMatch(/Epoch \d+/);
  });
});
