import * as core from '@actions/core';
import { errorMessage } from '../../util/errors.js';
import type { Reporter } from './types.js';

export interface PullRequestCommentOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's `https://host/api/v3`. */
  apiUrl: string;
  /** The base repository, where the pull request lives. */
  owner: string;
  repo: string;
  pullNumber: number;
  /** One comment per function: its name is in the hidden marker. */
  functionName: string;
  /** The pull request comes from a fork, so the token is read-only whatever the workflow asks for. */
  fromFork?: boolean;
  /** Why nothing was posted: a comment never fails the run. */
  warn: (message: string) => void;
  /** Where the comment is. Default: core.info. */
  info?: (message: string) => void;
}

/** The hidden first line that finds this function's comment again on the next push. */
export function commentMarker(functionName: string): string {
  return `<!-- ml-pipeline-action:comment:${functionName} -->`;
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

interface MarkedComment {
  id: number;
  author: string | null;
}

/**
 * The report as one comment per function on the pull request: created on the first run, edited in place on every
 * later push. Whatever goes wrong becomes a warning that says what to change, never a failed step.
 */
export class PullRequestCommentReporter implements Reporter {
  private octokit: Octokit | undefined;
  private readonly marker: string;
  private readonly info: (message: string) => void;

  constructor(private readonly options: PullRequestCommentOptions) {
    this.marker = commentMarker(options.functionName);
    this.info = options.info ?? core.info;
  }

  /** @actions/github, loaded on the first comment: only pull-request runs post one, so no other run compiles Octokit. */
  private async client(): Promise<Octokit> {
    if (this.octokit === undefined) {
      const { getOctokit } = await import('@actions/github');
      this.octokit = getOctokit(this.options.token, { baseUrl: this.options.apiUrl.replace(/\/+$/, '') });
    }
    return this.octokit;
  }

  async publish(markdown: string): Promise<void> {
    const { owner, repo, pullNumber } = this.options;
    const body = `${this.marker}\n${markdown}`;
    let step = 'listing its comments';
    try {
      const octokit = await this.client();
      const existing = await this.findComment(octokit);
      if (existing === null) {
        step = 'creating the comment';
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
        this.info(`Report commented on pull request #${pullNumber}: ${data.html_url}`);
      } else {
        step = 'editing the comment';
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
        this.info(`Report comment updated on pull request #${pullNumber}: ${data.html_url}`);
      }
    } catch (thrown) {
      this.options.warn(this.explain(thrown, step));
    }
  }

  /**
   * This function's comment: the one whose body starts with the marker. Every page is read (a busy pull request
   * has hundreds of comments), keeping only the matches. Should several match (a token change, a copy), the token's
   * own is preferred when GET /user can say whose that is (GITHUB_TOKEN cannot), else the oldest.
   */
  private async findComment(octokit: Octokit): Promise<number | null> {
    const { owner, repo, pullNumber } = this.options;
    const matches: MarkedComment[] = await octokit.paginate(
      octokit.rest.issues.listComments,
      { owner, repo, issue_number: pullNumber, per_page: 100 },
      (response) =>
        response.data
          .filter((comment) => comment.body?.startsWith(this.marker))
          .map((comment) => ({ id: comment.id, author: comment.user?.login ?? null })),
    );
    const [first] = matches;
    if (!first || matches.length === 1) return first?.id ?? null;
    const login = await this.tokenLogin(octokit);
    return (matches.find((comment) => comment.author === login) ?? first).id;
  }

  private async tokenLogin(octokit: Octokit): Promise<string | null> {
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      return null;
    }
  }

  private explain(thrown: unknown, step: string): string {
    const { pullNumber, fromFork, token } = this.options;
    // Only an answer from GitHub has a response; Octokit reports a connection that failed as status 500 without one.
    const status = (thrown as { response?: { status?: unknown } } | null)?.response?.status;
    // Octokit's messages hold the API's answer and never the token; scrubbed all the same, as the token is secret.
    const answer = token ? errorMessage(thrown).split(token).join('***') : errorMessage(thrown);
    const failed = `Report not commented on pull request #${pullNumber}: ${step} failed (${typeof status === 'number' ? `${status} ` : ''}${answer})`;
    const where = 'The report is in the job summary.';
    if (status === 401) {
      return `${failed}: the github-token was refused. Leave github-token at its default, \${{ github.token }}, or pass a valid token. ${where}`;
    }
    if ((status === 403 || status === 404) && fromFork) {
      return (
        `${failed}: the pull request comes from a fork, and GitHub gives a fork's pull_request runs a read-only token, ` +
        `so \`permissions: pull-requests: write\` in the workflow applies only to pull requests from this repository's branches. ${where}`
      );
    }
    if (status === 403 || status === 404) {
      return `${failed}: the token may not write to pull requests. Add \`permissions: pull-requests: write\` to the workflow or the job. ${where}`;
    }
    return `${failed}. ${where}`;
  }
}
