import { afterAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';

const FIXTURES = join(REPO, '__fixtures__', 'data');
const workspaces: string[] = [];

afterAll(async () => {
  for (const dir of workspaces) {
    await stopLocalFunction(join(dir, '.ml-pipeline', 'serve'), 'bikes');
    await rm(dir, { recursive: true, force: true });
  }
});

async function run(file: string, inputs: Record<string, string>): Promise<ActionRun> {
  const dir = await makeWorkspace({ [`data/${file}`]: { copy: join(FIXTURES, file) } });
  workspaces.push(dir);
  const result = await runAction(dir, { data: `data/${file}`, epochs: '5', ...inputs });
  if (result.code !== 0) throw new Error(`action failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  expect(result.errors).toEqual([]);
  return result;
}

const warningsOf = (result: ActionRun) => result.stdout.split('\n').filter((line) => line.startsWith('::warning'));

async function post(url: string, instance: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances: [instance] }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the bundled action on columns that mislead a model', () => {
  it('serves a date feature from the formats training read, leaves the row counter out, and says so', async () => {
    const result = await run('bike_sharing_hour_every29th.csv', { label: 'cnt', 'deploy-target': 'local', 'function-name': 'bikes' });
    expect(warningsOf(result)).toContainEqual(expect.stringContaining("Columns that look like ids are left out of the features: 'instant'"));
    expect(result.summary).toMatch(/\| `dteday` \| feature \| date \| 0 \| \d+ \| 2011-01-01T00:00:00Z … 2012-12-31T00:00:00Z \|/);
    expect(result.summary).toContain("- Columns that look like ids are left out of the features: 'instant'");

    const url = result.outputs['trigger-url'] ?? '';
    const card = (await (await fetch(url)).json()) as { features: unknown[] };
    expect(card.features).toContainEqual({ name: 'dteday', type: 'date' });
    const day = { season: 2, yr: 1, mnth: 6, hr: 8, holiday: 0, weekday: 4, workingday: 1, weathersit: 1, temp: 0.6, atemp: 0.6, hum: 0.5, windspeed: 0.1, casual: 30, registered: 400 };
    const answer = await post(url, { ...day, dteday: '2012-06-14' });
    expect(answer.status).toBe(200);
    expect(answer.json.predictions).toEqual([expect.any(Number)]);
    // The same instant with a zone: converted to UTC, the same features, the same answer.
    expect((await post(url, { ...day, dteday: '2012-06-14T02:00:00+02:00' })).json).toEqual(answer.json);
    const refused = await post(url, { ...day, dteday: '14/06/2012' });
    expect(refused.status).toBe(400);
    expect(String(refused.json.error)).toContain('instances[0].dteday: expected a date written year first');
  });

  it("warns in the log and the summary that titanic's 'alive' leaks the label", async () => {
    const result = await run('titanic.csv', { label: 'survived', deploy: 'false' });
    const leak = "A single feature predicts the label almost perfectly on the holdout, which usually means it is derived from the label or recorded after it (a leak): 'alive' (accuracy 1.000 alone";
    expect(warningsOf(result)).toContainEqual(expect.stringContaining(leak));
    expect(result.summary).toContain(`- ${leak}`);
  });
});
