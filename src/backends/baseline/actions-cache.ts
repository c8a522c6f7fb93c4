import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { errorMessage } from '../../util/errors.js';
import { safeSegment, within } from '../../util/paths.js';
import { LocalDirBaselineStore } from './local-dir.js';
import type { BaselineRecord, BaselineStore, RestoredBaseline } from './types.js';
import { readBaseline } from './validate.js';

export interface ActionsCacheBaselineOptions {
  /**
   * Where baselines are staged: `<root>/<key>` is the one folder saved to and restored from the cache, in the
   * LocalDirBaselineStore layout. Under the working directory (the workspace).
   */
  root: string;
  /** Reports a cache problem; the run goes on (pass core.warning). */
  warn(message: string): void;
}

/**
 * @actions/cache, loaded when a baseline is first restored or saved: with the Azure Blob client under it, it is
 * a third of the action's JavaScript, which every run would otherwise compile before its first log line.
 */
function actionsCache(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache');
}

/**
 * Baselines in the Actions cache, so they outlive the runner. Cache entries cannot be overwritten, so each
 * accepted run saves its own entry, `<key>-<run id>-<attempt>`, and a run restores the newest entry whose key
 * starts with `<key>-`. Pull requests can restore the default branch's entries. A cache problem never fails the
 * run: it is a warning, and a restore that fails is a first run.
 *
 * The cache keys an entry by its key and a version, a hash of the paths exactly as they are passed. So the path
 * passed is relative to the working directory (on a runner, the workspace; @actions/cache resolves it there and
 * refuses `..`): RUNNER_TEMP and even the workspace move between runs on some runners (act creates both afresh
 * for every run), and an absolute path would never find the previous run's entry. And it ends in the baseline
 * key, so the entries of a key that merely starts with `<key>-` (`ml-pipeline-penguins-eu`) have another version
 * and never match this key's prefix.
 */
export class ActionsCacheBaselineStore implements BaselineStore {
  readonly description = 'the Actions cache';
  private readonly staging: LocalDirBaselineStore;

  constructor(private readonly options: ActionsCacheBaselineOptions) {
    this.staging = new LocalDirBaselineStore(options.root, options.warn);
  }

  async restore(key: string): Promise<RestoredBaseline | null> {
    const dir = this.folderOf(key);
    let matched: string | undefined;
    try {
      // A folder left from an earlier run on the same workspace must not pass for what the cache restored.
      await rm(dir, { recursive: true, force: true });
      const prefix = `${key}-`;
      // The newest entry under the prefix: restore keys match by prefix, newest first; the primary key is the
      // same prefix, as no entry is named exactly that.
      matched = await (await actionsCache()).restoreCache([this.cachePath(dir)], prefix, [prefix]);
    } catch (error) {
      this.options.warn(
        `Baseline '${key}': could not restore it from the Actions cache (${errorMessage(error)}); this run goes on as a first run.`,
      );
      return null;
    }
    if (matched === undefined) return null;
    // The same check as a local folder's: a damaged entry is one warning and a fallback, never a failed step.
    return readBaseline(dir, key, `the Actions cache entry ${matched}`, this.options.warn);
  }

  async save(record: BaselineRecord, modelDir: string): Promise<boolean> {
    const cacheKey = `${record.key}-${record.runId}`;
    try {
      // The staging store has already warned when it refused or failed.
      if (!(await this.staging.save(record, modelDir))) return false;
      // @actions/cache reports its own failures (as warnings) and returns -1 instead of throwing.
      const cacheId = await (await actionsCache()).saveCache([this.cachePath(this.folderOf(record.key))], cacheKey);
      if (cacheId === -1) throw new Error('the cache service did not take it; its message is above');
      return true;
    } catch (error) {
      this.options.warn(
        `Baseline '${record.key}': could not save run ${record.runId} to the Actions cache as ${cacheKey} (${errorMessage(error)}); the next run compares with the previous baseline.`,
      );
      return false;
    }
  }

  /** The key's staging folder: one safe segment, strictly inside the root. */
  private folderOf(key: string): string {
    return within(this.options.root, safeSegment('The baseline key', key));
  }

  /** The path as the cache hashes it into the entry's version; see the class comment. */
  private cachePath(dir: string): string {
    return relative(process.cwd(), dir);
  }
}

/**
 * Whether @actions/cache finds a cache service in `env`, decided as its isFeatureAvailable() does: cache service
 * v2 (ACTIONS_CACHE_SERVICE_V2 set, and not on GitHub Enterprise Server, which only has v1) needs
 * ACTIONS_RESULTS_URL; v1 needs ACTIONS_CACHE_URL. Without one (a local run) baselines stay in the workspace.
 */
export function cacheServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) && !isGitHubEnterpriseServer(env);
  return Boolean(v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}

/** @actions/cache's isGhes(): any server but github.com, *.ghe.com (data residency) and *.localhost. */
function isGitHubEnterpriseServer(env: NodeJS.ProcessEnv): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
