/**
 * The pipeline's decision rules, run in process with a stand-in for @actions/core: which event deploys, which
 * run moves the baseline, what the outputs say is serving. Real data, real training (cpu backend), the real
 * local baseline store and, where a run deploys, the real function served on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../__fixtures__/core.js';
import { LocalDirBaselineStore } from '../src/backends/baseline/local-dir.js';
import { stopLocalFunction } from '../src/backends/deploy/local.js';
import type { RunContext } from '../src/run-context.js';
import { makeWorkspace, REPO } from '../test-support/action.js';
import { frameworkCliPath, servingBundlePath } from '../test-support/dist.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../src/main.js');

const IRIS = join(REPO, '__fixtures__', 'data', 'iris.csv');
const TIPS = join(REPO, '__fixtures__', 'data', 'tips.csv');
const FUNCTION = 'iris';
const workspaces: string[] = [];
let servingBundle = '';
let buildDir = '';

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'ml-pipeline-serving-'));
  servingBundle = await servingBundlePath(buildDir);
});

afterAll(async () => {
  for (const ws of workspaces) {
    await stopLocalFunction(join(ws, '.ml-pipeline', 'serve'), FUNCTION);
    await rm(ws, { recursive: true, force: true });
  }
  await rm(buildDir, { recursive: true, force: true });
});

beforeEach(() => core.reset());

async function workspace(): Promise<string> {
  const ws = await makeWorkspace({ 'data/iris.csv': { copy: IRIS }, 'data/tips.csv': { copy: TIPS } });
  workspaces.push(ws);
  return ws;
}

function context(ws: string, eventName: string, runId: string): RunContext {
  const isPullRequest = eventName === 'pull_request';
  return {
    workspace: ws,
    eventName,
    isPullRequest,
    runId,
    commit: null,
    pullRequest: null,
    apiUrl: 'http://127.0.0.1:9',
    hasStepSummary: false,
    servingBundle,
    frameworkCli: frameworkCliPath(),
    trainerBundle: join(REPO, 'dist', 'index.js'),
  };
}

const iris = { data: 'data/iris.csv', label: 'species', 'function-name': FUNCTION, 'deploy-target': 'local', backend: 'cpu', epochs: '40' };

/** One step: inputs in, the recorded outputs, warnings and failure out. */
async function step(ws: string, eventName: string, runId: string, inputs: Record<string, string>): Promise<core.Recorded> {
  core.reset(inputs);
  await run(context(ws, eventName, runId));
  return { ...core.recorded, outputs: { ...core.recorded.outputs }, warnings: [...core.recorded.warnings], failures: [...core.recorded.failures] };
}

async function baselineRun(ws: string, key = `ml-pipeline-${FUNCTION}`): Promise<string | null> {
  const restored = await new LocalDirBaselineStore(join(ws, '.ml-pipeline', 'baselines'), () => {}).restore(key);
  return restored?.record.runId ?? null;
}

describe('which run deploys and which moves the baseline', () => {
  it('a push deploys and becomes the baseline; a pull request compares, never deploys, and reports what serves', async () => {
    const ws = await workspace();
    const push = await step(ws, 'push', '100-1', iris);
    expect(push.failures).toEqual([]);
    expect(push.outputs).toMatchObject({ deployed: 'true', 'serving-run': '100-1', skipped: 'false' });
    expect(push.outputs['trigger-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(push.outputs['model-uri']).toBe(push.outputs['artifacts-uri']);
    expect(await baselineRun(ws)).toBe('100-1');

    const pr = await step(ws, 'pull_request', '101-1', iris);
    expect(pr.failures).toEqual([]);
    expect(pr.infos).toContain('Not deployed: deploy: auto never deploys from a pull request; it deploys after the merge.');
    // Nothing new serves: the outputs name the push run's function and artifacts, not this run's.
    expect(pr.outputs).toMatchObject({
      deployed: 'false',
      'serving-run': '100-1',
      'trigger-url': push.outputs['trigger-url'],
      'model-uri': push.outputs['model-uri'],
      'baseline-metrics': push.outputs.metrics,
    });
    expect(pr.outputs['artifacts-uri']).toContain('101-1');
    expect(await baselineRun(ws)).toBe('100-1');
  });

  it('skip-unchanged on unchanged data trains nothing and still says what is serving', async () => {
    const ws = await workspace();
    const first = await step(ws, 'schedule', '200-1', { ...iris, 'skip-unchanged': 'true' });
    expect(first.outputs.deployed).toBe('true');
    const again = await step(ws, 'schedule', '201-1', { ...iris, 'skip-unchanged': 'true' });
    expect(again.failures).toEqual([]);
    expect(again.outputs).toMatchObject({
      skipped: 'true',
      deployed: 'false',
      improved: 'false',
      'trigger-url': first.outputs['trigger-url'],
      'serving-run': '200-1',
      'artifacts-uri': '',
      metrics: first.outputs.metrics,
    });
    expect(await baselineRun(ws)).toBe('200-1');

    // A local server lives as long as its machine: once it is gone, nothing is said to serve.
    await stopLocalFunction(join(ws, '.ml-pipeline', 'serve'), FUNCTION);
    const gone = await step(ws, 'schedule', '202-1', { ...iris, 'skip-unchanged': 'true' });
    expect(gone.outputs).toMatchObject({ skipped: 'true', deployed: 'false', 'trigger-url': '', 'model-uri': '', 'serving-run': '' });
  });
});

describe('rollback-to on the local target', () => {
  it('serves an earlier run again, checked and made the baseline; a pull request never rolls back', async () => {
    const ws = await workspace();
    const first = await step(ws, 'push', '300-1', { ...iris, seed: '1' });
    const second = await step(ws, 'push', '301-1', { ...iris, seed: '2', 'max-regression': '1' });
    expect(second.outputs['serving-run']).toBe('301-1');

    const pr = await step(ws, 'pull_request', '302-1', { ...iris, 'rollback-to': 'previous' });
    expect(pr.failures).toEqual([]);
    expect(pr.infos).toContain('Not rolled back: deploy: auto never deploys from a pull request; it deploys after the merge.');
    expect(pr.outputs).toMatchObject({ deployed: 'false', 'serving-run': '301-1' });
    expect(await baselineRun(ws)).toBe('301-1');

    const back = await step(ws, 'push', '303-1', { ...iris, 'rollback-to': 'previous' });
    expect(back.failures).toEqual([]);
    expect(back.infos).toContain(`${FUNCTION} answers 3 check instances as the pipeline predicted`);
    expect(back.outputs).toMatchObject({
      deployed: 'true',
      skipped: 'true',
      'serving-run': '300-1',
      'model-uri': first.outputs['model-uri'],
      metrics: first.outputs.metrics,
      'artifacts-uri': '',
    });
    const card = (await (await fetch(back.outputs['trigger-url'] ?? '')).json()) as { version?: unknown };
    expect(card.version).toBe('300-1');
    expect(await baselineRun(ws)).toBe('300-1');

    const unknown = await step(ws, 'push', '304-1', { ...iris, 'rollback-to': '299-1' });
    expect(unknown.failures).toEqual([
      `Input 'rollback-to': the local artifact folder holds no run '299-1' of ${FUNCTION}. Its runs: 300-1, 301-1. ` +
        'Name one of those, or check artifact-bucket and function-name.',
    ]);
  });

  it('previous with no earlier serving run is an input error that says what serves', async () => {
    const ws = await workspace();
    await step(ws, 'push', '400-1', iris);
    const none = await step(ws, 'push', '401-1', { ...iris, 'rollback-to': 'previous' });
    expect(none.failures).toEqual([
      `Input 'rollback-to': previous names the run that served before the one serving now, and baseline 'ml-pipeline-${FUNCTION}' ` +
        '(run 400-1) records none; run 400-1 serves now. Name a run id instead.',
    ]);
  });
});

describe('a failing gate', () => {
  // An RMSE of a hundredth of a dollar on tips is out of reach: the gate fails on min-metric, every time.
  const tips = { data: 'data/tips.csv', label: 'tip', 'function-name': FUNCTION, 'deploy-target': 'local', backend: 'cpu', epochs: '20', 'min-metric': '0.01' };

  it('with deploy: false fails the step and leaves the baseline where it was', async () => {
    const ws = await workspace();
    const accepted = await step(ws, 'push', '300-1', { ...tips, 'min-metric': '', deploy: 'false' });
    expect(accepted.failures).toEqual([]);
    expect(await baselineRun(ws)).toBe('300-1');

    const failed = await step(ws, 'push', '301-1', { ...tips, deploy: 'false' });
    expect(failed.failures).toHaveLength(1);
    expect(failed.failures[0]).toMatch(/^Gate failed: rmse .* is above min-metric 0\.01/);
    expect(failed.outputs).toMatchObject({ deployed: 'false', improved: expect.any(String) });
    expect(await baselineRun(ws)).toBe('300-1');
  });

  it('with on-regression: skip-deploy passes the step, deploys nothing and keeps the baseline', async () => {
    const ws = await workspace();
    const result = await step(ws, 'push', '400-1', { ...tips, 'on-regression': 'skip-deploy' });
    expect(result.failures).toEqual([]);
    expect(result.outputs).toMatchObject({ deployed: 'false', 'trigger-url': '', 'serving-run': '' });
    expect(result.infos).toContain('Not deployed: the gate did not pass.');
    expect(await baselineRun(ws)).toBeNull();
  });

  it('with on-regression: warn deploys with a warning, and the baseline follows what is deployed', async () => {
    const ws = await workspace();
    const result = await step(ws, 'push', '500-1', { ...tips, 'on-regression': 'warn' });
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/^Gate failed but on-regression is warn: rmse .* is above min-metric 0\.01/)]);
    expect(result.outputs).toMatchObject({ deployed: 'true', 'serving-run': '500-1' });
    expect(await baselineRun(ws)).toBe('500-1');
  });
});

describe('the gate on evidence and drift', () => {
  it('compares with a paired interval under gate: significant, and fails a run whose data drifted under on-drift: fail', async () => {
    const ws = await workspace();
    const lines = (await readFile(IRIS, 'utf8')).trim().split('\n');
    // A changed unit upstream: petal_length arrives in millimetres.
    const shifted = lines.map((line, i) => {
      if (i === 0) return line;
      const cells = line.split(',');
      cells[2] = String(Number(cells[2]) * 10);
      return cells.join(',');
    });
    await writeFile(join(ws, 'data', 'iris-mm.csv'), `${shifted.join('\n')}\n`);
    const evidence = { ...iris, deploy: 'false', gate: 'significant', 'max-drift': '0.1', 'on-drift': 'fail' };
    expect((await step(ws, 'push', '600-1', evidence)).failures).toEqual([]);

    const same = await step(ws, 'pull_request', '601-1', evidence);
    expect(same.failures).toEqual([]);
    expect(same.infos).toContainEqual(expect.stringMatching(/^Gate passed: accuracy .* re-evaluated on this holdout \([+-]?[\d.]+ \[[+-]?[\d.]+, [+-]?[\d.]+\]\)\.$/));

    const drifted = await step(ws, 'pull_request', '602-1', { ...evidence, data: 'data/iris-mm.csv' });
    expect(drifted.failures).toEqual([expect.stringMatching(/^Drift failed the run: 1 feature\(s\) moved beyond max-drift 0\.1 against the data of run 600-1: 'petal_length' [\d.]+ \(Jensen–Shannon\); on-drift: fail/)]);
  });
});

describe('what a run tells of its model', () => {
  it("model: auto keeps its candidates and every feature's importance in the card and metrics.json, the top ones in the report", async () => {
    // 1,599 rows: a validation slice big enough for auto to choose on (select.ts, MIN_VALIDATION_ROWS).
    const ws = await makeWorkspace({ 'data/wine.csv': { copy: join(REPO, '__fixtures__', 'data', 'winequality_red.csv') } });
    workspaces.push(ws);
    const inputs = { data: 'data/wine.csv', label: 'quality', 'function-name': 'wine', model: 'auto', deploy: 'false', backend: 'cpu', epochs: '20' };
    const result = await step(ws, 'push', '700-1', inputs);
    expect(result.failures).toEqual([]);

    const runDir = join(ws, '.ml-pipeline', 'artifacts', 'wine', '700-1');
    const card = JSON.parse(await readFile(join(runDir, 'model', 'card.json'), 'utf8'));
    expect(card.selection).toEqual({
      metric: 'accuracy',
      // For classes, each candidate's log-loss too: what auto chose on; for the blend, its members' weights.
      candidates: ['mlp', 'linear', 'gbt', 'blend'].map((name) => ({
        name,
        validationScore: expect.any(Number),
        logloss: expect.any(Number),
        seconds: expect.any(Number),
        ...(name === 'blend' && { weights: { mlp: expect.any(Number), linear: expect.any(Number), gbt: expect.any(Number) } }),
      })),
      reason: expect.stringMatching(new RegExp(`^${card.model} won`)),
    });
    // Every feature column, most important first, measured on the holdout the metrics come from.
    const features = card.features.map((feature: { name: string }) => feature.name);
    expect(features).toHaveLength(11);
    expect(card.importance).toMatchObject({ metric: 'accuracy', repeats: 3, seed: 42, rows: card.data.testRows });
    expect(card.importance.features.map((f: { feature: string }) => f.feature).sort()).toEqual([...features].sort());
    const drops = card.importance.features.map((f: { drop: number }) => f.drop);
    expect(drops).toEqual([...drops].sort((a, b) => b - a));
    expect(JSON.parse(await readFile(join(runDir, 'metrics.json'), 'utf8')).importance).toEqual(card.importance);

    const report = await readFile(join(ws, '.ml-pipeline', 'reports', '700-1.md'), 'utf8');
    const section = /### Feature importance\n([^#]*)/.exec(report)?.[1] ?? '';
    const named = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((row) => row[1]);
    expect(named).toEqual(card.importance.features.slice(0, 5).map((f: { feature: string }) => f.feature));
    expect(report).toMatch(/\| mlp \| 0\.\d{4} \| \d+\.\d{4} \| \d+\.\d \| (kept)? \|/);
    expect(result.infos).toContainEqual(expect.stringMatching(/^Feature importance \(how much accuracy worsens .* over \d+ holdout rows, mean of 3; [\d.]+ s\): \S+ -?[\d.e-]+, .*, and 6 more in the model card\.$/));
  });
});

describe('rows to score', () => {
  it('a score location that cannot be read is refused before anything is trained or written', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'key.pem'), '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n');
    const refused = await step(ws, 'push', '800-1', { ...iris, score: 'key.pem' });
    expect(refused.failures).toEqual([expect.stringMatching(/^Input 'score': cannot read 'key\.pem': data files must be/)]);
    expect(refused.failures.join('')).not.toContain('PRIVATE');
    // No epoch ran and no artifact folder was made: the refusal came before training.
    expect(refused.infos.filter((line) => line.startsWith('Epoch '))).toEqual([]);
    await expect(readdir(join(ws, '.ml-pipeline', 'artifacts'))).rejects.toThrow();
  });
});
