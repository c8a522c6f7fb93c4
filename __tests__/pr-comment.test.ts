import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseBackends } from '../src/backends/index.js';
import { commentMarker, PullRequestCommentReporter, type PullRequestCommentOptions } from '../src/backends/report/pr-comment.js';
import { readInputs } from '../src/inputs.js';
import { readRunContext } from '../src/run-context.js';
import { renderReport } from '../src/stages/report.js';
import { makeWorkspace, REPO as ROOT, runAction } from '../test-support/action.js';
import { startGitHubApi, type GitHubApi } from '../test-support/github-api.js';
import { withInputs } from '../test-support/inputs.js';
import { AUTO_TRAINING, PENGUIN_IMPORTANCE } from '../test-support/reports.js';

const TOKEN = 'ghs_test0token0that0must0never0be0printed';
const OWNER = 'acme';
const REPO = 'models';
const PR = 7;

let api: GitHubApi | null = null;
afterEach(async () => {
  await api?.stop();
  api = null;
});

async function start(login?: string): Promise<GitHubApi> {
  api = await startGitHubApi({ token: TOKEN, login });
  return api;
}

/** A reporter as chooseBackends builds one, with its warnings and log lines collected. */
function reporter(server: GitHubApi, more: Partial<PullRequestCommentOptions> = {}) {
  const warnings: string[] = [];
  const info: string[] = [];
  const instance = new PullRequestCommentReporter({
    token: TOKEN,
    apiUrl: server.url,
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    functionName: 'penguins',
    warn: (message) => warnings.push(message),
    info: (message) => info.push(message),
    ...more,
  });
  return { instance, warnings, info };
}

const writes = (server: GitHubApi) => server.requests.filter((request) => request.method !== 'GET');
const marked = (server: GitHubApi, name = 'penguins') =>
  server.comments(OWNER, REPO, PR).filter((comment) => comment.body.startsWith(commentMarker(name)));

describe('PullRequestCommentReporter', () => {
  it('creates one comment on the first run and edits that one on every later run', async () => {
    const server = await start();
    const first = reporter(server);
    await first.instance.publish('## accuracy 0.91\n');
    expect(first.warnings).toEqual([]);
    expect(writes(server).map(({ method, path }) => `${method} ${path}`)).toEqual([`POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`]);
    const [created] = server.comments(OWNER, REPO, PR);
    expect(created?.body).toBe(`${commentMarker('penguins')}\n## accuracy 0.91\n`);
    expect(first.info[0]).toContain(created?.html_url);

    // The next push is a new run: a new reporter that knows nothing but the marker.
    for (const accuracy of ['0.93', '0.95']) {
      const next = reporter(server);
      await next.instance.publish(`## accuracy ${accuracy}\n`);
      expect(next.warnings).toEqual([]);
    }
    expect(writes(server).map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${created?.id}`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${created?.id}`,
    ]);
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(1);
    expect(server.comments(OWNER, REPO, PR)[0]?.body).toBe(`${commentMarker('penguins')}\n## accuracy 0.95\n`);
  });

  it("carries the run's top features and model: auto's candidates, as the job summary does", async () => {
    const server = await start();
    const { instance, warnings } = reporter(server);
    const base = { functionName: 'penguins', runId: '42-1', dataDescription: 'data.csv', fingerprint: 'sha256:x', baseline: null };
    await instance.publish(renderReport({ ...base, importance: PENGUIN_IMPORTANCE, training: AUTO_TRAINING }));
    expect(warnings).toEqual([]);
    const body = server.comments(OWNER, REPO, PR)[0]?.body ?? '';
    expect(body).toContain('### Feature importance');
    expect(body).toContain('| `bill_length_mm` | 0.3137 | 0.0212 |');
    expect(body).toContain('| `body_mass_g` | 0.0098 | 0.0069 |');
    expect(body).not.toContain('`year`');
    expect(body).toContain('| mlp | 0.5712 | 14.2 | kept |');
    expect(body).toContain('| gbt | 0.5469 | 6.1 |  |');
    expect(body).toContain('mlp won on validation accuracy: 0.5712 against gbt 0.5469.');
  });

  it('finds its comment behind more than a page of other comments', async () => {
    const server = await start();
    for (let i = 0; i < 150; i++) server.addComment(OWNER, REPO, PR, `LGTM ${i}`, 'octocat');
    await reporter(server).instance.publish('first\n');
    for (let i = 0; i < 120; i++) server.addComment(OWNER, REPO, PR, `more ${i}`, 'hubot');
    await reporter(server).instance.publish('second\n');

    const lists = server.requests.filter((request) => request.method === 'GET');
    // 150 comments: pages 1-2 before the first publish; 271: pages 1-3 before the second. Every page, 100 at a time.
    expect(lists.map((request) => request.query)).toEqual(
      [1, 2, 1, 2, 3].map((page) => (page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) })),
    );
    expect(writes(server).map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(marked(server)).toHaveLength(1);
    expect(marked(server)[0]?.body).toContain('second');
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(271);
  });

  it("leaves another function's comment alone, even one whose name starts the same", async () => {
    const server = await start();
    await reporter(server, { functionName: 'penguins-v2' }).instance.publish('v2 report\n');
    await reporter(server).instance.publish('penguins report\n');
    await reporter(server).instance.publish('penguins again\n');

    expect(server.comments(OWNER, REPO, PR)).toHaveLength(2);
    expect(marked(server, 'penguins-v2').map((comment) => comment.body)).toEqual([`${commentMarker('penguins-v2')}\nv2 report\n`]);
    expect(marked(server).map((comment) => comment.body)).toEqual([`${commentMarker('penguins')}\npenguins again\n`]);
    expect(writes(server).map((request) => request.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it("edits the token's own comment when several carry the marker", async () => {
    const server = await start('ml-bot');
    const copy = server.addComment(OWNER, REPO, PR, `${commentMarker('penguins')}\nquoted by hand\n`, 'octocat');
    const own = server.addComment(OWNER, REPO, PR, `${commentMarker('penguins')}\nold report\n`, 'ml-bot');
    await reporter(server).instance.publish('new report\n');

    expect(server.requests.some((request) => request.path === '/user')).toBe(true);
    expect(writes(server).map(({ method, path }) => `${method} ${path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${own.id}`,
    ]);
    expect(server.comments(OWNER, REPO, PR).find((comment) => comment.id === copy.id)?.body).toContain('quoted by hand');
  });

  it('with GITHUB_TOKEN (no user to ask for) and several marked comments, edits the oldest and posts none', async () => {
    const server = await start();
    const oldest = server.addComment(OWNER, REPO, PR, `${commentMarker('penguins')}\none\n`, 'github-actions[bot]');
    server.addComment(OWNER, REPO, PR, `${commentMarker('penguins')}\ntwo\n`, 'someone');
    const { instance, warnings } = reporter(server);
    await instance.publish('three\n');

    expect(warnings).toEqual([]);
    expect(writes(server).map(({ method, path }) => `${method} ${path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${oldest.id}`,
    ]);
  });

  it('warns with the permission to add when the token is read-only, and does not throw', async () => {
    const server = await start();
    server.setPermission('read');
    const { instance, warnings } = reporter(server);
    await expect(instance.publish('report\n')).resolves.toBeUndefined();

    expect(server.comments(OWNER, REPO, PR)).toEqual([]);
    expect(server.requests.find((request) => request.method === 'POST')?.status).toBe(403);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('`permissions: pull-requests: write`');
    expect(warnings[0]).toContain('creating the comment failed (403 Resource not accessible by integration');
    expect(warnings[0]).toContain('#7');
    expect(warnings[0]).not.toContain(TOKEN);
  });

  it('says why the permission does not help on a pull request from a fork', async () => {
    const server = await start();
    server.setPermission('read');
    const { instance, warnings } = reporter(server, { fromFork: true });
    await instance.publish('report\n');

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/comes from a fork.*read-only token.*`permissions: pull-requests: write`/);
    expect(warnings[0]).not.toContain(TOKEN);
  });

  it('warns without echoing a token that GitHub refuses', async () => {
    const server = await start();
    const wrong = 'ghp_wrong0token0also0secret';
    const { instance, warnings } = reporter(server, { token: wrong });
    await instance.publish('report\n');

    expect(server.requests.map((request) => request.status)).toEqual([401]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Report not commented on pull request #7: listing its comments failed \(401 Bad credentials.*\): the github-token was refused\./);
    expect(warnings[0]).not.toContain(wrong);
    expect(warnings[0]).not.toContain(TOKEN);
  });

  it('warns when the API cannot be reached', async () => {
    const server = await start();
    const url = server.url;
    await server.stop();
    api = null;
    const warnings: string[] = [];
    const instance = new PullRequestCommentReporter({
      token: TOKEN,
      apiUrl: url,
      owner: OWNER,
      repo: REPO,
      pullNumber: PR,
      functionName: 'penguins',
      warn: (message) => warnings.push(message),
    });
    await expect(instance.publish('report\n')).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    // No answer from GitHub, so no status to report and no permission to blame.
    expect(warnings[0]).toMatch(/^Report not commented on pull request #7: listing its comments failed \([^0-9].*\)\. The report is in the job summary\.$/);
  });
});

describe('readRunContext: the pull request', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  async function contextFor(eventName: string, payload: unknown) {
    dir = await mkdtemp(join(tmpdir(), 'ml-pipeline-event-'));
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(payload));
    return readRunContext({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_API_URL: 'http://127.0.0.1:1' });
  }
  const repository = { name: 'models', full_name: 'acme/models', owner: { login: 'acme' } };

  it('reads the number and base repository of a pull request from a branch', async () => {
    const context = await contextFor('pull_request', {
      pull_request: { number: 12, head: { repo: { full_name: 'acme/models' } } },
      repository,
    });
    expect(context.pullRequest).toEqual({ owner: 'acme', repo: 'models', number: 12, fromFork: false });
    expect(context.apiUrl).toBe('http://127.0.0.1:1');
  });

  it('knows a pull request from a fork, also when the fork was deleted', async () => {
    const fork = await contextFor('pull_request_target', {
      pull_request: { number: 3, head: { repo: { full_name: 'stranger/models' } } },
      repository,
    });
    expect(fork.pullRequest?.fromFork).toBe(true);
    const deleted = await contextFor('pull_request', { pull_request: { number: 3, head: { repo: null } }, repository });
    expect(deleted.pullRequest?.fromFork).toBe(true);
  });

  it('has no pull request on other events, and defaults the API to api.github.com', async () => {
    const context = await contextFor('push', { repository });
    expect(context.pullRequest).toBeNull();
    expect(readRunContext({}).apiUrl).toBe('https://api.github.com');
  });
});

describe('chooseBackends: where the report goes', () => {
  let dir = '';
  let summaryFile = '';
  let restoreInputs: (() => void) | null = null;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ml-pipeline-runner-'));
    summaryFile = join(dir, 'summary.md');
    // @actions/core reads the summary's path once per process.
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
  });
  afterAll(async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    restoreInputs?.();
    restoreInputs = null;
  });

  /** The reporter a run on `eventName` picks, with these inputs besides data and label. */
  async function reporterFor(eventName: string, server: GitHubApi, inputs: Record<string, string> = {}) {
    await writeFile(summaryFile, '');
    const eventPath = join(dir, 'event.json');
    await writeFile(
      eventPath,
      JSON.stringify({
        pull_request: { number: PR, head: { repo: { full_name: `${OWNER}/${REPO}` } } },
        repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
      }),
    );
    restoreInputs = withInputs({ data: 'data.csv', label: 'species', 'deploy-target': 'local', 'function-name': 'penguins', 'github-token': TOKEN, ...inputs });
    const context = readRunContext({
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: server.url,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: dir,
    });
    return chooseBackends(await readInputs(dir), context, null, () => undefined).reporter;
  }

  it('on a pull request, publishes the same report to the job summary and, with the marker, to the comment', async () => {
    const server = await start();
    await (await reporterFor('pull_request', server)).publish('## the report\n');
    // The job summary ends each addition with a line break of its own.
    expect(await readFile(summaryFile, 'utf8')).toBe('## the report\n\n');
    expect(server.comments(OWNER, REPO, PR).map((comment) => comment.body)).toEqual([`${commentMarker('penguins')}\n## the report\n`]);
  });

  it('on a push, or with comment: false, writes the job summary only', async () => {
    const server = await start();
    await (await reporterFor('push', server)).publish('## pushed\n');
    expect(await readFile(summaryFile, 'utf8')).toBe('## pushed\n\n');
    await (await reporterFor('pull_request', server, { comment: 'false' })).publish('## no comment\n');
    expect(await readFile(summaryFile, 'utf8')).toBe('## no comment\n\n');
    expect(server.requests).toEqual([]);
  });
});

describe('the bundled action on pull_request events', () => {
  let workspace = '';
  afterEach(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
    workspace = '';
  });

  it('comments once, edits that comment on the next push, and only warns when the token is read-only', async () => {
    const server = await start();
    workspace = await makeWorkspace({
      'data.csv': { copy: join(ROOT, '__fixtures__/data/iris.csv') },
      'event.json': {
        text: JSON.stringify({
          pull_request: { number: PR, head: { repo: { full_name: `${OWNER}/${REPO}` } } },
          repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
        }),
      },
    });
    const inputs = { data: 'data.csv', label: 'species', epochs: '5', deploy: 'false', 'deploy-target': 'local', 'function-name': 'iris', 'github-token': TOKEN };
    const push = (runId: string) =>
      runAction(workspace, inputs, {
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(workspace, 'event.json'),
          GITHUB_API_URL: server.url,
          GITHUB_RUN_ID: runId,
        },
      });
    const warningsOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'));

    const first = await push('101');
    expect(first.errors).toEqual([]);
    expect(first.code).toBe(0);
    const [comment] = server.comments(OWNER, REPO, PR);
    expect(comment?.body.startsWith(`${commentMarker('iris')}\n## ML pipeline: \`iris\`, run 101-1\n`)).toBe(true);
    expect(comment?.body).toContain('### Confusion matrix');
    expect(comment?.body).toMatch(/### Feature importance\n\nAll 4 features the model relies on most: how much accuracy worsens/);
    // The job summary holds the same report, without the marker.
    expect(first.summary).not.toContain('<!--');
    expect(first.summary.trimEnd()).toBe(comment?.body.slice(commentMarker('iris').length + 1).trimEnd());

    const second = await push('102');
    expect(second.code).toBe(0);
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(1);
    expect(server.comments(OWNER, REPO, PR)[0]?.body).toContain('run 102-1');
    expect(server.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
    ]);
    expect(warningsOf(first.stdout + second.stdout)).toEqual([]);

    server.setPermission('read');
    const readOnly = await push('103');
    expect(readOnly.code).toBe(0);
    expect(readOnly.summary).toContain('run 103-1');
    const warnings = warningsOf(readOnly.stdout);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('`permissions: pull-requests: write`');
    expect(warnings[0]).not.toContain(TOKEN);
    expect(server.comments(OWNER, REPO, PR)[0]?.body).toContain('run 102-1');
  });
});
