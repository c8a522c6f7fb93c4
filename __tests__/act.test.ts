// The repository's workflow (.github/workflows/retrain.yml) run by act, a real runner implementation: action.yml,
// inputs, outputs, the job summary, the Actions cache (act's cache server) and the pull-request comment (the
// GitHub REST emulator), on push → pull_request → a second push to the pull request, then the nightly schedule
// and a manual run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cacheKeys,
  commitAll,
  pullRequestEvent,
  pushEvent,
  runWorkflow,
  scheduleEvent,
  snapshotRepo,
  workflowDispatchEvent,
  type WorkflowRun,
} from '../test-support/act.js';
import { startGitHubApi, type GitHubApi } from '../test-support/github-api.js';
import { installedTool } from '../test-support/tools.js';

const WORKFLOW = '.github/workflows/retrain.yml';
const FILES = ['action.yml', 'dist', WORKFLOW, 'examples/penguins/penguins.csv'];
const REPOSITORY = { owner: 'acme', name: 'penguins' };
const TOKEN = 'ghs_actTestToken0123456789';
const PR = 7;

let root: string;
let repo: string;
let cacheDir: string;
let mainSha: string;
let api: GitHubApi;

beforeAll(async () => {
  // A first install builds act (and fake-gcs-server) from source: minutes, not the seconds a run takes.
  await installedTool('act');
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-act-test-'));
  repo = join(root, 'repo');
  cacheDir = join(root, 'cache');
  mainSha = await snapshotRepo(repo, FILES);
  api = await startGitHubApi({ token: TOKEN });
}, 600_000);

afterAll(async () => {
  await api?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** One run of the workflow as GitHub would start it for `event`: run ids grow, as they do on GitHub. */
function run(event: 'push' | 'pull_request' | 'schedule' | 'workflow_dispatch', eventPayload: Record<string, unknown>, runId: number): Promise<WorkflowRun> {
  return runWorkflow({
    repo,
    workflow: WORKFLOW,
    event,
    eventPayload,
    env: { GITHUB_RUN_ID: String(runId), GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.name}`, GITHUB_API_URL: api.url },
    secrets: { GITHUB_TOKEN: TOKEN },
    cacheDir,
  });
}

function expectJobSucceeded(run: WorkflowRun): void {
  if (run.code !== 0) throw new Error(`act exited with ${run.code}:\n${run.log}\n${run.stderr}`);
  expect(run.jobResults).toEqual(['success']);
}

describe('retrain.yml under act', () => {
  let push: WorkflowRun;

  it('on a push, trains a first model, serves it, and saves it as the baseline in the Actions cache', async () => {
    push = await run('push', pushEvent(REPOSITORY, mainSha), 101);
    expectJobSucceeded(push);
    expect(push.log).toContain("Baseline: none under key 'ml-pipeline-penguins' in the Actions cache: this is a first run.");
    expect(push.outputs.model).toMatchObject({ deployed: 'true', improved: 'true', 'baseline-metrics': '', 'function-name': 'penguins' });
    expect(Number(push.outputs.model?.accuracy)).toBeGreaterThanOrEqual(0.9);
    // The smoke test after the action reached the served model through the trigger-url output.
    expect(push.log).toMatch(/"predictions":\[\{"label":"(Adelie|Chinstrap|Gentoo)"/);
    expect(await cacheKeys(cacheDir)).toEqual(['ml-pipeline-penguins-101-1']);
    expect(push.summaries.model).toContain('## ML pipeline: `penguins`, run 101-1');
    expect(api.comments(REPOSITORY.owner, REPOSITORY.name, PR)).toEqual([]);
  });

  it('on a pull request, compares with the baseline from the cache, comments, and neither deploys nor saves', async () => {
    const headSha = await commitAll(repo, 'Try a change');
    const pr = await run('pull_request', pullRequestEvent(REPOSITORY, { number: PR, action: 'opened', headSha, baseSha: mainSha }), 102);
    expectJobSucceeded(pr);
    expect(pr.log).toContain('Baseline: run 101-1 (accuracy');
    expect(pr.log).toContain('from the Actions cache entry ml-pipeline-penguins-101-1.');
    expect(pr.log).toMatch(/accuracy [\d.]+ against [\d.]+ from run 101-1/);
    expect(pr.log).toContain('Not deployed: deploy: auto never deploys from a pull request');
    // The push job's local server ended with its job, so nothing is said to serve.
    expect(pr.outputs.model).toMatchObject({ deployed: 'false', 'trigger-url': '', 'serving-run': '', 'baseline-metrics': push.outputs.model?.metrics });
    expect(pr.summaries.model).toContain('run 102-1');
    expect(await cacheKeys(cacheDir)).toEqual(['ml-pipeline-penguins-101-1']);

    const comments = api.comments(REPOSITORY.owner, REPOSITORY.name, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('run 102-1');
    expect(comments[0]?.body).toContain('from run 101-1');
  });

  it('on a second push to the pull request, updates its comment in place, still against the default branch baseline', async () => {
    const [first] = api.comments(REPOSITORY.owner, REPOSITORY.name, PR);
    const headSha = await commitAll(repo, 'Try another change');
    const pr = await run('pull_request', pullRequestEvent(REPOSITORY, { number: PR, action: 'synchronize', headSha, baseSha: mainSha }), 103);
    expectJobSucceeded(pr);
    expect(pr.log).toContain('from the Actions cache entry ml-pipeline-penguins-101-1.');
    expect(pr.summaries.model).toContain('run 103-1');
    expect(await cacheKeys(cacheDir)).toEqual(['ml-pipeline-penguins-101-1']);

    const comments = api.comments(REPOSITORY.owner, REPOSITORY.name, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    expect(comments[0]?.body).toContain('run 103-1');
    expect(api.requests.filter((request) => request.method === 'PATCH').map((request) => request.path)).toEqual([
      `/repos/${REPOSITORY.owner}/${REPOSITORY.name}/issues/comments/${first?.id}`,
    ]);
  });

  it('on the schedule and by hand, retrains against the newest baseline, deploys, and saves a new one', async () => {
    const nightly = await run('schedule', scheduleEvent(REPOSITORY, '17 3 * * *'), 104);
    expectJobSucceeded(nightly);
    expect(nightly.log).toContain('from the Actions cache entry ml-pipeline-penguins-101-1.');
    expect(nightly.outputs.model).toMatchObject({ deployed: 'true' });
    expect(await cacheKeys(cacheDir)).toEqual(['ml-pipeline-penguins-101-1', 'ml-pipeline-penguins-104-1']);

    const manual = await run('workflow_dispatch', workflowDispatchEvent(REPOSITORY), 105);
    expectJobSucceeded(manual);
    // Entries cannot be overwritten: the newest of the key's entries is the baseline.
    expect(manual.log).toContain('from the Actions cache entry ml-pipeline-penguins-104-1.');
    expect(await cacheKeys(cacheDir)).toEqual(['ml-pipeline-penguins-101-1', 'ml-pipeline-penguins-104-1', 'ml-pipeline-penguins-105-1']);
  });
});
