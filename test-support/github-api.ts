import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The GitHub REST endpoints the action and the release script call, on 127.0.0.1, answering as the REST reference
 * describes: issue comments listed page by page with a Link header, created and edited; GET /user; a workflow's
 * runs filtered by head_sha and status; releases created (422 already_exists for a tag that has one); the error bodies
 * `{message, documentation_url, status}` with 401 (no or wrong token), 403 "Resource not accessible by integration"
 * (a read-only token writing), 404 and 422.
 *
 * Known differences from api.github.com: every issue number exists in every repository; a token is either
 * read-only or may write everything; there is no rate limit; `since`, media types and reactions are ignored.
 */

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** An issue comment as the API returns it (the fields the REST reference requires). */
export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
  performed_via_github_app: null;
}

/** A workflow run as the API lists it (the fields the release script reads). */
export interface WorkflowRunRecord {
  id: number;
  /** The workflow file, e.g. `ci.yml`. */
  path: string;
  head_sha: string;
  status: 'completed';
  conclusion: 'success' | 'failure';
  html_url: string;
}

/** A release as the API returns it (the fields the release script sends and reads). */
export interface ReleaseRecord {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  make_latest?: string;
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. `/repos/o/r/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body; undefined without one. */
  body: unknown;
  status: number;
}

export interface GitHubApiOptions {
  /** The only token accepted, as `token X` or `Bearer X`. */
  token: string;
  /**
   * Whose token it is: GET /user answers with this login. Without it the token behaves as GITHUB_TOKEN does (an
   * installation token): GET /user is refused, and comments are authored by github-actions[bot].
   */
  login?: string;
}

export interface GitHubApi {
  /** Base URL, the value for GITHUB_API_URL. */
  url: string;
  /** Every request, in arrival order, with the status it got. */
  requests: RecordedRequest[];
  /** The comments of an issue or pull request, oldest first. */
  comments(owner: string, repo: string, number: number): IssueComment[];
  /** A comment by someone else, as if written on github.com. */
  addComment(owner: string, repo: string, number: number, body: string, login: string): IssueComment;
  /** A completed run of `workflow` (a file name such as `ci.yml`) on `headSha`, as if Actions had run it. */
  addWorkflowRun(owner: string, repo: string, run: { workflow: string; headSha: string; conclusion: 'success' | 'failure' }): void;
  /** The releases created, oldest first. */
  releases(owner: string, repo: string): ReleaseRecord[];
  /** read: what a fork's pull request or a workflow without `pull-requests: write` gets. */
  setPermission(permission: 'read' | 'write'): void;
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_CHARS = 65_536;
const GITHUB_ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentation: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApi> {
  const issues = new Map<string, IssueComment[]>();
  const requests: RecordedRequest[] = [];
  const users = new Map<string, GitHubUser>();
  const workflowRuns = new Map<string, WorkflowRunRecord[]>();
  const releases = new Map<string, ReleaseRecord[]>();
  const listOf = <T>(map: Map<string, T[]>, owner: string, repo: string): T[] => {
    let list = map.get(`${owner}/${repo}`);
    if (!list) {
      list = [];
      map.set(`${owner}/${repo}`, list);
    }
    return list;
  };
  let permission: 'read' | 'write' = 'write';
  let nextId = 1_000_001;
  let url = '';

  const tokenUser: GitHubUser = options.login ? userNamed(options.login) : GITHUB_ACTIONS_BOT;
  function userNamed(login: string): GitHubUser {
    let user = users.get(login);
    if (!user) {
      user = { login, id: 500 + users.size, type: 'User' };
      users.set(login, user);
    }
    return user;
  }
  const commentsOf = (owner: string, repo: string, number: number): IssueComment[] => {
    const key = `${owner}/${repo}#${number}`;
    let list = issues.get(key);
    if (!list) {
      list = [];
      issues.set(key, list);
    }
    return list;
  };
  function newComment(owner: string, repo: string, number: number, body: string, user: GitHubUser): IssueComment {
    const id = nextId++;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: IssueComment = {
      id,
      node_id: `IC_${Buffer.from(String(id)).toString('base64url')}`,
      url: `${url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${id}`,
      issue_url: `${url}/repos/${owner}/${repo}/issues/${number}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
    commentsOf(owner, repo, number).push(comment);
    return comment;
  }

  function authenticate(header: string | undefined): void {
    if (!header) throw new ApiError(401, 'Requires authentication', `${DOCS}/overview/authenticating-to-the-rest-api`);
    const [scheme, token] = header.split(' ');
    if (!/^(token|bearer)$/i.test(scheme ?? '') || token !== options.token) {
      throw new ApiError(401, 'Bad credentials', DOCS);
    }
  }
  function requireWrite(documentation: string): void {
    if (permission === 'read') throw new ApiError(403, 'Resource not accessible by integration', documentation);
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): { status: number; data: unknown; link?: string } {
    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (match) {
      const [owner, repo, number] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? ''), Number(match[3])];
      if (method === 'GET') return listPage(path, query, commentsOf(owner, repo, number));
      if (method === 'POST') {
        const documentation = `${DOCS}/issues/comments#create-an-issue-comment`;
        requireWrite(documentation);
        return { status: 201, data: newComment(owner, repo, number, validBody(body, documentation), tokenUser) };
      }
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (match && method === 'PATCH') {
      const [owner, repo, id] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? ''), Number(match[3])];
      const documentation = `${DOCS}/issues/comments#update-an-issue-comment`;
      requireWrite(documentation);
      const comment = [...issues.entries()]
        .filter(([key]) => key.startsWith(`${owner}/${repo}#`))
        .flatMap(([, list]) => list)
        .find((candidate) => candidate.id === id);
      if (!comment) throw new ApiError(404, 'Not Found', documentation);
      comment.body = validBody(body, documentation);
      comment.updated_at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      return { status: 200, data: comment };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/.exec(path);
    if (match && method === 'GET') {
      const [owner, repo, workflow] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? ''), decodeURIComponent(match[3] ?? '')];
      const status = query.get('status');
      const headSha = query.get('head_sha');
      const runs = listOf(workflowRuns, owner, repo).filter(
        (run) =>
          run.path === `.github/workflows/${workflow}` &&
          (headSha === null || run.head_sha === headSha) &&
          (status === null || run.status === status || run.conclusion === status),
      );
      const perPage = Math.min(100, Math.max(1, Number(query.get('per_page')) || 30));
      return { status: 200, data: { total_count: runs.length, workflow_runs: runs.slice(-perPage).reverse() } };
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/releases$/.exec(path);
    if (match && method === 'POST') {
      const [owner, repo] = [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? '')];
      const documentation = `${DOCS}/releases/releases#create-a-release`;
      requireWrite(documentation);
      const fields = (body ?? {}) as Partial<ReleaseRecord>;
      if (typeof fields.tag_name !== 'string' || fields.tag_name === '') {
        throw new ApiError(422, 'Invalid request.\n\n"tag_name" wasn\'t supplied.', documentation);
      }
      const list = listOf(releases, owner, repo);
      if (list.some((release) => release.tag_name === fields.tag_name)) {
        throw new ApiError(422, 'Validation Failed', documentation, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
      }
      const id = nextId++;
      const release: ReleaseRecord = {
        id,
        tag_name: fields.tag_name,
        name: fields.name ?? fields.tag_name,
        body: fields.body ?? '',
        draft: fields.draft ?? false,
        prerelease: fields.prerelease ?? false,
        ...(fields.make_latest === undefined ? {} : { make_latest: fields.make_latest }),
        html_url: `https://github.com/${owner}/${repo}/releases/tag/${fields.tag_name}`,
      };
      list.push(release);
      return { status: 201, data: release };
    }
    if (path === '/user' && method === 'GET') {
      // An installation token (GITHUB_TOKEN) belongs to no user.
      if (!options.login) {
        throw new ApiError(403, 'Resource not accessible by integration', `${DOCS}/users/users#get-the-authenticated-user`);
      }
      return { status: 200, data: tokenUser };
    }
    throw new ApiError(404, 'Not Found', DOCS);
  }

  /** One page, per_page 30 by default and at most 100, with the Link header the pagination guide describes. */
  function listPage(path: string, query: URLSearchParams, all: IssueComment[]) {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page')) || 30));
    const page = Math.max(1, Number(query.get('page')) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const pageUrl = (n: number) => {
      const params = new URLSearchParams(query);
      params.set('per_page', String(perPage));
      params.set('page', String(n));
      return `<${url}${path}?${params}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    return {
      status: 200,
      data: all.slice((page - 1) * perPage, page * perPage),
      link: links.length > 0 ? links.join(', ') : undefined,
    };
  }

  function validBody(body: unknown, documentation: string): string {
    const text = (body as { body?: unknown } | null)?.body;
    if (typeof text !== 'string') throw new ApiError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', documentation);
    if ([...text].length > MAX_BODY_CHARS) {
      throw new ApiError(422, 'Validation Failed', documentation, [
        { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' },
      ]);
    }
    return text;
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const parsed = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = request.method ?? 'GET';
      const text = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = { method, path: parsed.pathname, query: Object.fromEntries(parsed.searchParams), body: undefined, status: 0 };
      requests.push(record);
      let status: number;
      let payload: unknown;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      try {
        authenticate(request.headers.authorization);
        try {
          record.body = text === '' ? undefined : JSON.parse(text);
        } catch {
          throw new ApiError(400, 'Problems parsing JSON', DOCS);
        }
        const answer = route(method, parsed.pathname, parsed.searchParams, record.body);
        status = answer.status;
        payload = answer.data;
        if (answer.link) headers.link = answer.link;
      } catch (thrown) {
        const error = thrown instanceof ApiError ? thrown : new ApiError(500, `Emulator bug: ${String(thrown)}`, DOCS);
        status = error.status;
        payload = {
          message: error.message,
          ...(error.errors ? { errors: error.errors } : {}),
          documentation_url: error.documentation,
          status: String(error.status),
        };
      }
      record.status = status;
      response.writeHead(status, headers).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    comments: (owner, repo, number) => [...commentsOf(owner, repo, number)],
    addComment: (owner, repo, number, body, login) => newComment(owner, repo, number, body, userNamed(login)),
    addWorkflowRun: (owner, repo, run) => {
      const id = nextId++;
      listOf(workflowRuns, owner, repo).push({
        id,
        path: `.github/workflows/${run.workflow}`,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        html_url: `https://github.com/${owner}/${repo}/actions/runs/${id}`,
      });
    },
    releases: (owner, repo) => [...listOf(releases, owner, repo)],
    setPermission: (value) => {
      permission = value;
    },
    stop: async () => {
      // Clients keep connections alive: close them, or close() waits for them.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
