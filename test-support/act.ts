// Runs the repository's workflows with act (github.com/nektos/act): a real runner implementation, jobs on this
// host (no Docker), offline, with act's own cache server (the cache protocol v1 @actions/cache speaks).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { NODE_24, REPO } from './action.js';
import { installedTool } from './tools.js';

export interface RunWorkflowOptions {
  /** The repository act runs on: its working tree is what actions/checkout gives the job (see snapshotRepo). */
  repo: string;
  /** The workflow file, relative to `repo`. */
  workflow: string;
  /** The event that triggers the run: push, pull_request, schedule, workflow_dispatch. */
  event: string;
  /** The webhook payload (pushEvent, pullRequestEvent); act derives GITHUB_REF and more from it. */
  eventPayload: Record<string, unknown>;
  /** Variables of the run, e.g. GITHUB_RUN_ID, GITHUB_REPOSITORY, GITHUB_API_URL: act lets them override its own. */
  env?: Record<string, string>;
  /** Secrets, e.g. GITHUB_TOKEN (which act also makes `github.token`). */
  secrets?: Record<string, string>;
  /** Where act's cache server keeps entries: runs that share it share the cache, as runs of one repository do. */
  cacheDir: string;
  /** act is stopped after this long. Default: two minutes. */
  timeoutMs?: number;
}

/** One line of act's `--json` log. */
export interface ActLogEntry {
  msg: string;
  level: string;
  /** The step's `id`, or its position when it has none. */
  stepID?: string[];
  /** What a step printed, as opposed to act's own messages. */
  raw_output?: boolean;
  /** `set-output` (with name and arg) and `summary` (with content). */
  command?: string;
  name?: string;
  arg?: string;
  content?: string;
  jobResult?: string;
}

export interface WorkflowRun {
  /** act's exit code: 0 when every job succeeded. */
  code: number | null;
  stdout: string;
  stderr: string;
  entries: ActLogEntry[];
  /** The job log: act's messages and what the steps printed, in order. */
  log: string;
  /** Each step's job summary (what it wrote to GITHUB_STEP_SUMMARY), by step id. */
  summaries: Record<string, string>;
  /** Each step's outputs, by step id. */
  outputs: Record<string, Record<string, string>>;
  /** How each job ended (success, failure), in the order they ended. */
  jobResults: string[];
}

const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  // No user or system configuration (signing, hooks, templates): the same commits everywhere.
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'ml-pipeline tests',
  GIT_AUTHOR_EMAIL: 'tests@example.com',
  GIT_COMMITTER_NAME: 'ml-pipeline tests',
  GIT_COMMITTER_EMAIL: 'tests@example.com',
};

/** Runs git in `dir` with no user or system configuration; returns its trimmed output. */
export async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', args, { cwd: dir, env: GIT_ENV });
  return stdout.trim();
}

/**
 * A git repository at `dir` holding copies of `paths` (relative to this repository) and `.gitignore`, committed
 * on main: a snapshot of the files a workflow needs, so a run sees neither later edits of the working tree nor a
 * dist/ that `npm run bundle` is rewriting. Returns the commit's SHA.
 */
export async function snapshotRepo(dir: string, paths: string[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const path of [...paths, '.gitignore']) await cp(join(REPO, path), join(dir, path), { recursive: true });
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  return commitAll(dir, 'Snapshot of ml-pipeline-action');
}

/** Commits the working tree of `dir` (a new commit even when nothing changed: a push); returns its SHA. */
export async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, 'add', '--all');
  await git(dir, 'commit', '--quiet', '--allow-empty', '--message', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export interface Repository {
  owner: string;
  name: string;
}

function repositoryPayload(repository: Repository): Record<string, unknown> {
  const fullName = `${repository.owner}/${repository.name}`;
  return { name: repository.name, full_name: fullName, owner: { login: repository.owner }, default_branch: 'main' };
}

/** The push webhook payload for `sha` on main. */
export function pushEvent(repository: Repository, sha: string): Record<string, unknown> {
  return { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, deleted: false, repository: repositoryPayload(repository) };
}

/** The schedule payload: runs on the default branch. */
export function scheduleEvent(repository: Repository, cron: string): Record<string, unknown> {
  return { schedule: cron, repository: repositoryPayload(repository) };
}

/** The workflow_dispatch payload for a run started by hand on main, with the form's inputs. */
export function workflowDispatchEvent(repository: Repository, inputs: Record<string, string> = {}): Record<string, unknown> {
  return { ref: 'refs/heads/main', inputs, repository: repositoryPayload(repository) };
}

/** The pull_request webhook payload: a branch of the same repository into main, `opened` or `synchronize` (a push). */
export function pullRequestEvent(
  repository: Repository,
  pr: { number: number; action: 'opened' | 'synchronize'; headSha: string; baseSha: string },
): Record<string, unknown> {
  const repo = repositoryPayload(repository);
  return {
    action: pr.action,
    number: pr.number,
    pull_request: {
      number: pr.number,
      head: { ref: `feature-${pr.number}`, sha: pr.headSha, repo },
      base: { ref: 'main', sha: pr.baseSha, repo },
    },
    repository: repo,
  };
}

/**
 * Runs one event through act on `repo`, jobs on this host (`-P ubuntu-latest=-self-hosted`), node actions on
 * Node 24 as action.yml asks. Offline: no image pulls or action downloads (`--action-offline-mode`; act copies the
 * working tree for actions/checkout), no version check (ACT_DISABLE_VERSION_CHECK), no configuration from this
 * machine (a private HOME, explicit env, secret and var files); its servers listen on 127.0.0.1. act still
 * `connect`s a UDP socket to 8.8.8.8 to pick a default address, which sends nothing.
 *
 * When act ends, so does every process the job left running (the local deploy target's server), as when a
 * hosted runner's job ends.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  const act = await installedTool('act');
  const scratch = await mkdtemp(join(tmpdir(), 'ml-pipeline-act-'));
  try {
    const home = join(scratch, 'home');
    // Host jobs run in a fresh folder under here (their workspace and RUNNER_TEMP).
    const hostDir = join(scratch, 'jobs');
    await mkdir(home);
    const files = {
      event: join(scratch, 'event.json'),
      secrets: join(scratch, 'secrets'),
      empty: join(scratch, 'empty'),
    };
    await writeFile(files.event, JSON.stringify(options.eventPayload));
    await writeFile(files.secrets, dotenv(options.secrets ?? {}));
    await writeFile(files.empty, '');
    const args = [
      options.event,
      ...['--workflows', options.workflow, '--no-recurse'],
      ...['--platform', 'ubuntu-latest=-self-hosted'],
      ...['--eventpath', files.event],
      ...['--cache-server-path', options.cacheDir, '--cache-server-addr', '127.0.0.1'],
      ...['--action-cache-path', hostDir, '--action-offline-mode'],
      ...['--secret-file', files.secrets, '--env-file', files.empty, '--var-file', files.empty, '--input-file', files.empty],
      ...Object.entries(options.env ?? {}).flatMap(([name, value]) => ['--env', `${name}=${value}`]),
      '--json',
    ];
    const child = spawn(act, args, {
      cwd: options.repo,
      // Host jobs inherit act's environment: only what a job needs, nothing of this machine's or CI's own
      // (a runner's ACTIONS_* variables would send the cache elsewhere).
      env: {
        PATH: `${dirname(NODE_24)}:${process.env.PATH ?? ''}`,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache'),
        LANG: 'C.UTF-8',
        ACT_DISABLE_VERSION_CHECK: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = once(child, 'close') as Promise<[number | null]>;
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const [code] = await exited.finally(() => clearTimeout(timer));
    await stopProcessesUnder(hostDir);
    return { code, stdout, stderr, ...readLog(`${stdout}\n${stderr}`) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** godotenv's format, double-quoted: the values tests use hold no newline or quote. */
function dotenv(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      if (/["\\\n\r]/.test(value)) throw new Error(`secret ${name}: quotes, backslashes and newlines are not supported`);
      return `${name}="${value}"\n`;
    })
    .join('');
}

function readLog(text: string): Pick<WorkflowRun, 'entries' | 'log' | 'summaries' | 'outputs' | 'jobResults'> {
  const entries: ActLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    entries.push(JSON.parse(line) as ActLogEntry);
  }
  const summaries: Record<string, string> = {};
  const outputs: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const step = entry.stepID?.[0] ?? '';
    if (entry.command === 'summary') summaries[step] = (summaries[step] ?? '') + (entry.content ?? '');
    if (entry.command === 'set-output' && entry.name !== undefined) (outputs[step] ??= {})[entry.name] = entry.arg ?? '';
  }
  const log = entries.map((entry) => (entry.msg.endsWith('\n') ? entry.msg : `${entry.msg}\n`)).join('');
  const jobResults = entries.flatMap((entry) => (entry.jobResult === undefined ? [] : [entry.jobResult]));
  return { entries, log, summaries, outputs, jobResults };
}

/**
 * The keys of the complete entries in act's cache database. bbolt keeps each record as the JSON act wrote
 * (`{"id":1,"key":"…","version":"…",…,"complete":true,…}`), and a copy-on-write page may hold an older copy of
 * one: records are told apart by id, and an entry counts once any copy of it is complete.
 */
export async function cacheKeys(cacheDir: string): Promise<string[]> {
  const db = (await readFile(join(cacheDir, 'bolt.db'))).toString('latin1');
  const complete = new Map<number, string>();
  for (const match of db.matchAll(/\{"id":(\d+),"key":"([^"]*)","version":"[0-9a-f]*","cacheSize":-?\d+,"complete":(true|false)/g)) {
    if (match[3] === 'true') complete.set(Number(match[1]), match[2] ?? '');
  }
  return [...complete.entries()].sort(([a], [b]) => a - b).map(([, key]) => key);
}

/**
 * Stops the processes whose command line names `dir` (a job's host folder, fresh per run): what the job left
 * running. SIGTERM, then SIGKILL for those still running after five seconds.
 */
async function stopProcessesUnder(dir: string): Promise<void> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').some((arg) => arg.includes(dir))) pids.push(Number(name));
  }
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  for (const pid of pids) signal(pid, 'SIGTERM');
  for (let waited = 0; waited < 5_000; waited += 100) {
    if (!(await Promise.all(pids.map(running))).some(Boolean)) return;
    await sleep(100);
  }
  for (const pid of pids) signal(pid, 'SIGKILL');
}

/** Not exited: a zombie (exited, not yet reaped by its new parent) does not count. */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  // The state follows the parenthesised command name, which may itself hold parentheses.
  return stat !== null && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}
