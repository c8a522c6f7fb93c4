import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from './util/errors.js';

/** Facts about this run from the runner's environment, read once. */
export interface RunContext {
  workspace: string;
  eventName: string;
  isPullRequest: boolean;
  /** `<run id>-<attempt>` on Actions; `local-<UTC timestamp>` elsewhere. */
  runId: string;
  commit: string | null;
  /** The pull request a pull_request or pull_request_target event is for; null on other events. */
  pullRequest: PullRequestRef | null;
  /** GITHUB_API_URL: github.com's REST API, or a GitHub Enterprise Server's. */
  apiUrl: string;
  /** The runner gave a job summary file (GITHUB_STEP_SUMMARY); elsewhere the report goes to a file. */
  hasStepSummary: boolean;
  /** The serving function's bundle and the functions-framework CLI, shipped beside dist/index.js. */
  servingBundle: string;
  frameworkCli: string;
  /** dist/index.js, this action's bundle: compute: vertex-ai stages it, with its chunks, to run as the trainer. */
  trainerBundle: string;
}

export interface PullRequestRef {
  /** The base repository, where the pull request and its comments live. */
  owner: string;
  repo: string;
  number: number;
  /** Its head branch lives in another repository: GitHub gives such runs a read-only token. */
  fromFork: boolean;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env, now = new Date()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? 'local';
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
  const actionDir = dirname(fileURLToPath(import.meta.url));
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName,
    isPullRequest,
    runId: env.GITHUB_RUN_ID
      ? `${runNumber(env, 'GITHUB_RUN_ID')}-${env.GITHUB_RUN_ATTEMPT ? runNumber(env, 'GITHUB_RUN_ATTEMPT') : '1'}`
      : `local-${now.toISOString().replace(/[-:.]/g, '')}`,
    commit: env.GITHUB_SHA || null,
    pullRequest: isPullRequest && env.GITHUB_EVENT_PATH ? readPullRequest(env.GITHUB_EVENT_PATH) : null,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    servingBundle: join(actionDir, 'serving.js'),
    frameworkCli: join(actionDir, 'functions-framework', 'index.js'),
    trainerBundle: join(actionDir, 'index.js'),
  };
}

/**
 * A run id or attempt from the environment, checked: the run id names artifact and function source folders and
 * cache entries, so anything but digits (a '..', a '/') could make a join leave its folder.
 */
function runNumber(env: NodeJS.ProcessEnv, name: 'GITHUB_RUN_ID' | 'GITHUB_RUN_ATTEMPT'): string {
  const value = env[name] ?? '';
  if (!/^[0-9]{1,20}$/.test(value)) {
    throw new UserError(
      `The environment variable ${name} is '${value.slice(0, 40)}', not a number. The runner sets it; unset it, or set it to a number, when running the action elsewhere.`,
    );
  }
  return value;
}

/** The pull request in the event payload; null when the payload cannot be read or has none (nothing to comment on). */
function readPullRequest(eventPath: string): PullRequestRef | null {
  let payload: EventPayload;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload;
  } catch {
    return null;
  }
  const number = payload.pull_request?.number;
  const owner = payload.repository?.owner?.login;
  const repo = payload.repository?.name;
  if (typeof number !== 'number' || typeof owner !== 'string' || typeof repo !== 'string') return null;
  // A deleted fork leaves head.repo null: still a fork, still a read-only token.
  const head = payload.pull_request?.head?.repo?.full_name;
  return { owner, repo, number, fromFork: head !== (payload.repository?.full_name ?? `${owner}/${repo}`) };
}

/** The few fields of a pull_request webhook payload this action reads. */
interface EventPayload {
  pull_request?: { number?: unknown; head?: { repo?: { full_name?: unknown } | null } };
  repository?: { name?: unknown; full_name?: unknown; owner?: { login?: unknown } };
}
