// The release workflow (.github/workflows/release.yml → scripts/release.mjs) run by act on a snapshot of this
// repository whose `origin` is a local bare repository, with GitHub's REST API (workflow runs, releases) answered
// by the emulator: a release is refused until CI and Check dist are green on the commit, then tags v1.0.0 and v1;
// the next release tags v1.0.1 and moves v1, leaving v1.0.0 where it was.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll, git, runWorkflow, snapshotRepo, workflowDispatchEvent, type WorkflowRun } from '../test-support/act.js';
import { startGitHubApi, type GitHubApi } from '../test-support/github-api.js';
import { installedTool } from '../test-support/tools.js';

const WORKFLOW = '.github/workflows/release.yml';
const FILES = [WORKFLOW, 'scripts/release.mjs', 'CHANGELOG.md', 'package.json', 'action.yml', 'dist/index.js'];
const REPOSITORY = { owner: 'acme', name: 'ml-pipeline-action' };
const TOKEN = 'ghs_releaseTestToken0123456789';

let root: string;
let repo: string;
let origin: string;
let api: GitHubApi;
let firstSha: string;

beforeAll(async () => {
  // A first install builds act (and fake-gcs-server) from source: minutes, not the seconds a run takes.
  await installedTool('act');
  root = await mkdtemp(join(tmpdir(), 'ml-pipeline-release-test-'));
  repo = join(root, 'repo');
  origin = join(root, 'origin.git');
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  firstSha = await snapshotRepo(repo, FILES);
  await git(repo, 'remote', 'add', 'origin', origin);
  await git(repo, 'push', '--quiet', 'origin', 'main');
  api = await startGitHubApi({ token: TOKEN });
}, 600_000);

afterAll(async () => {
  await api?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

function release(version: string, runId: number): Promise<WorkflowRun> {
  return runWorkflow({
    repo,
    workflow: WORKFLOW,
    event: 'workflow_dispatch',
    eventPayload: workflowDispatchEvent(REPOSITORY, { version }),
    env: { GITHUB_RUN_ID: String(runId), GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.name}`, GITHUB_API_URL: api.url },
    secrets: { GITHUB_TOKEN: TOKEN },
    cacheDir: join(root, 'cache'),
  });
}

function expectJobSucceeded(run: WorkflowRun): void {
  if (run.code !== 0) throw new Error(`act exited with ${run.code}:\n${run.log}\n${run.stderr}`);
  expect(run.jobResults).toEqual(['success']);
}

/** The commit each tag on origin points at (annotated tags peeled), by tag name. */
async function originTags(): Promise<Record<string, string>> {
  const tags: Record<string, string> = {};
  for (const line of (await git(origin, 'for-each-ref', '--format=%(refname:short) %(objecttype) %(*objectname) %(objectname)', 'refs/tags')).split('\n')) {
    if (line === '') continue;
    const [name = '', type, peeled, object] = line.split(' ');
    expect(type).toBe('tag'); // annotated, as `git describe` and the Marketplace expect
    tags[name] = peeled || object || '';
  }
  return tags;
}

function greenCi(sha: string): void {
  for (const workflow of ['ci.yml', 'check-dist.yml']) {
    api.addWorkflowRun(REPOSITORY.owner, REPOSITORY.name, { workflow, headSha: sha, conclusion: 'success' });
  }
}

describe('release.yml under act', () => {
  it('refuses to tag a commit on which CI has not succeeded, and pushes nothing', async () => {
    api.addWorkflowRun(REPOSITORY.owner, REPOSITORY.name, { workflow: 'ci.yml', headSha: firstSha, conclusion: 'failure' });
    api.addWorkflowRun(REPOSITORY.owner, REPOSITORY.name, { workflow: 'check-dist.yml', headSha: firstSha, conclusion: 'success' });
    const run = await release('1.0.0', 201);
    expect(run.code).not.toBe(0);
    expect(run.jobResults).toEqual(['failure']);
    expect(run.summaries.release).toContain(`ci.yml (lint, typecheck and every test) has not succeeded on ${firstSha}`);
    expect(await originTags()).toEqual({});
    expect(api.releases(REPOSITORY.owner, REPOSITORY.name)).toEqual([]);
  });

  it('refuses a version that package.json and CHANGELOG.md do not have', async () => {
    greenCi(firstSha);
    const run = await release('1.1.0', 202);
    expect(run.jobResults).toEqual(['failure']);
    expect(run.summaries.release).toContain("package.json's version is 1.0.0, not 1.1.0");
    expect(await originTags()).toEqual({});
  });

  it('tags a green main as v1.0.0 and v1, and creates the release with the CHANGELOG section', async () => {
    const run = await release('1.0.0', 203);
    expectJobSucceeded(run);
    expect(await originTags()).toEqual({ 'v1.0.0': firstSha, v1: firstSha });
    expect(run.summaries.release).toContain(`**Released v1.0.0** (${firstSha}); v1 points at it.`);
    const releases = api.releases(REPOSITORY.owner, REPOSITORY.name);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tag_name: 'v1.0.0', name: 'v1.0.0', draft: false, prerelease: false });
    expect(releases[0]?.body).toMatch(/^### Added\n\n- Retrain a TensorFlow\.js model/);
    expect(releases[0]?.body).not.toContain('## [');
  });

  it('releases the next version as v1.0.1, moves v1 to it, and leaves v1.0.0 where it was', async () => {
    const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
    await writeFile(join(repo, 'package.json'), `${JSON.stringify({ ...pkg, version: '1.0.1' }, null, 2)}\n`);
    const changelog = await readFile(join(repo, 'CHANGELOG.md'), 'utf8');
    await writeFile(join(repo, 'CHANGELOG.md'), changelog.replace('## [1.0.0]', '## [1.0.1]\n\n### Fixed\n\n- A fix.\n\n## [1.0.0]'));
    const secondSha = await commitAll(repo, 'Release 1.0.1');
    await git(repo, 'push', '--quiet', 'origin', 'main');
    greenCi(secondSha);

    const run = await release('1.0.1', 204);
    expectJobSucceeded(run);
    expect(await originTags()).toEqual({ 'v1.0.0': firstSha, 'v1.0.1': secondSha, v1: secondSha });
    expect(api.releases(REPOSITORY.owner, REPOSITORY.name).map((each) => [each.tag_name, each.body])).toEqual([
      ['v1.0.0', expect.stringContaining('### Added')],
      ['v1.0.1', '### Fixed\n\n- A fix.'],
    ]);
  });

  it('re-run on the released commit, keeps the tags and the release it made', async () => {
    const tags = await originTags();
    const run = await release('1.0.1', 205);
    expectJobSucceeded(run);
    expect(await originTags()).toEqual(tags);
    expect(api.releases(REPOSITORY.owner, REPOSITORY.name).map((each) => each.tag_name)).toEqual(['v1.0.0', 'v1.0.1']);
  });

  it('never moves a released tag: 1.0.0 again on a later commit is refused, and so is going back below v1.0.1', async () => {
    const tags = await originTags();
    const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
    await writeFile(join(repo, 'package.json'), `${JSON.stringify({ ...pkg, version: '1.0.0' }, null, 2)}\n`);
    const laterSha = await commitAll(repo, 'Back to 1.0.0');
    await git(repo, 'push', '--quiet', 'origin', 'main');
    greenCi(laterSha);

    const run = await release('1.0.0', 206);
    expect(run.jobResults).toEqual(['failure']);
    expect(run.summaries.release).toContain('v1.0.0 already exists on another commit: a released version never changes.');
    expect(await originTags()).toEqual(tags);
  });
});
