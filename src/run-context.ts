import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Facts about this run from the runner's environment, read once. */
export interface RunContext {
  workspace: string;
  eventName: string;
  isPullRequest: boolean;
  /** `<run id>-<attempt>` on Actions; `local-<UTC timestamp>` elsewhere. */
  runId: string;
  commit: string | null;
  /** The runner gave a job summary file (GITHUB_STEP_SUMMARY); elsewhere the report goes to a file. */
  hasStepSummary: boolean;
  /** The serving function's bundle and the functions-framework CLI, shipped beside dist/index.js. */
  servingBundle: string;
  frameworkCli: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env, now = new Date()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? 'local';
  const actionDir = dirname(fileURLToPath(import.meta.url));
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName,
    isPullRequest: eventName === 'pull_request' || eventName === 'pull_request_target',
    runId: env.GITHUB_RUN_ID
      ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`
      : `local-${now.toISOString().replace(/[-:.]/g, '')}`,
    commit: env.GITHUB_SHA || null,
    hasStepSummary: Boolean(env.GITHUB_STEP_SUMMARY),
    servingBundle: join(actionDir, 'serving', 'index.js'),
    frameworkCli: join(actionDir, 'functions-framework', 'index.js'),
  };
}
