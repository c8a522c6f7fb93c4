import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errorMessage } from '../../util/errors.js';
import { safeSegment, within } from '../../util/paths.js';
import type { BaselineRecord, BaselineStore, RestoredBaseline } from './types.js';
import { MODEL_FOLDER, predictorFiles } from '../../ml/bundle.js';
import { FAMILIES } from '../../ml/families/index.js';
import { checkBaseline, readBaseline, RECORD_FILE, writeRecord } from './validate.js';

/**
 * Beside the keys' folders, where a save stages the new baseline and parks the one it replaces. A key never
 * starts with '.' (safeSegment), so these never meet a key's folder.
 */
const SAVING = '.saving';
const PREVIOUS = '.previous';
/** What earlier versions of this action left when a save was interrupted: `<key>.saving-<pid>`, `<key>.previous-<pid>`. */
const LEGACY_LEFTOVER = /^(.+)\.(saving|previous)-\d+$/;
/** A baseline is re-evaluated by the action itself: the bundle's copy of the predictor module (megabytes) stays out. */
const PREDICTOR_FILES: ReadonlySet<string> = new Set(Object.values(FAMILIES).flatMap(predictorFiles));

/**
 * Baselines in a folder of the workspace (`.ml-pipeline/baselines/<key>/`): used whenever there is no Actions
 * cache service, e.g. on a laptop; the Actions cache store stages its entries with it too.
 *
 * A save is two renames: the current folder to `.previous/<key>`, then the staged `.saving/<key>` (whose
 * baseline.json is written last) into place. A crash between them leaves no `<key>` folder; the next restore or
 * save finds that and completes the save (the staged folder is whole) or puts the previous baseline back, so
 * a reader never sees a half-moved baseline and never mistakes it for a first run.
 */
export class LocalDirBaselineStore implements BaselineStore {
  readonly description: string;

  constructor(
    private readonly root: string,
    private readonly warn: (message: string) => void,
  ) {
    this.description = `local folder ${root}`;
  }

  async restore(key: string): Promise<RestoredBaseline | null> {
    const dir = this.folderOf(key);
    await this.recover(key);
    if (!(await exists(dir))) return null;
    return readBaseline(dir, key, dir, this.warn);
  }

  async save(record: BaselineRecord, modelDir: string): Promise<boolean> {
    const dir = this.folderOf(record.key);
    const staging = within(this.root, SAVING, record.key);
    const previous = within(this.root, PREVIOUS, record.key);
    try {
      await this.recover(record.key);
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      await cp(modelDir, join(staging, MODEL_FOLDER), { recursive: true, filter: (source) => !PREDICTOR_FILES.has(basename(source)) });
      await writeRecord(staging, record);
      // What the next run would refuse must not replace a baseline it could use.
      const check = await checkBaseline(staging, record.key);
      const problem = check.record === null ? check.problem : check.problems[0];
      if (problem !== undefined) {
        await rm(staging, { recursive: true, force: true });
        this.warn(`Baseline '${record.key}': run ${record.runId} is not saved: ${problem}. The baseline stays as it was.`);
        return false;
      }
      await mkdir(within(this.root, PREVIOUS), { recursive: true });
      await moveIfPresent(dir, previous);
      await rename(staging, dir);
      await rm(previous, { recursive: true, force: true });
      return true;
    } catch (error) {
      this.warn(
        `Baseline '${record.key}': could not save run ${record.runId} in ${this.root} (${errorMessage(error)}). The previous baseline is kept; a save cut off midway is settled by the next run.`,
      );
      return false;
    }
  }

  /** The key's folder: one safe segment, strictly inside the root, whatever the caller validated. */
  private folderOf(key: string): string {
    return within(this.root, safeSegment('The baseline key', key));
  }

  /**
   * Settles a save that was interrupted, so the key's folder is the one baseline: when the folder is there,
   * leftovers are removed; when it is missing, a whole staged save is completed, else the parked previous
   * baseline is put back. Each repair is one warning.
   */
  private async recover(key: string): Promise<void> {
    const dir = this.folderOf(key);
    const legacy = await this.legacyLeftovers(key);
    const staged = [within(this.root, SAVING, key), ...legacy.saving];
    const parked = [within(this.root, PREVIOUS, key), ...legacy.previous];
    if (!(await exists(dir))) {
      const whole = await firstWith(staged, RECORD_FILE);
      const back = whole ?? (await firstWith(parked, RECORD_FILE));
      if (back !== null) {
        await rename(back, dir);
        const runId = String((await recordOf(dir))?.runId ?? 'unknown');
        this.warn(
          whole
            ? `Baseline '${key}': an earlier save of run ${runId} was interrupted before it was moved into place; the save is now complete.`
            : `Baseline '${key}': an earlier save was interrupted after it had moved run ${runId} aside; run ${runId} is the baseline again.`,
        );
      }
    }
    for (const leftover of [...staged, ...parked]) {
      if (leftover !== dir) await rm(leftover, { recursive: true, force: true });
    }
  }

  /** Leftovers of the older `<key>.saving-<pid>` layout that hold this key's record (a key may look like one). */
  private async legacyLeftovers(key: string): Promise<{ saving: string[]; previous: string[] }> {
    const found = { saving: [] as string[], previous: [] as string[] };
    const names = await readdir(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    for (const name of names.sort()) {
      const match = LEGACY_LEFTOVER.exec(name);
      if (match?.[1] !== key) continue;
      const folder = within(this.root, name);
      if ((await recordOf(folder))?.key === key) found[match[2] === 'saving' ? 'saving' : 'previous'].push(folder);
    }
    return found;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/** The first of `folders` that holds `file`, or null. */
async function firstWith(folders: string[], file: string): Promise<string | null> {
  for (const folder of folders) if (await exists(join(folder, file))) return folder;
  return null;
}

async function moveIfPresent(from: string, to: string): Promise<void> {
  await rename(from, to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** The key and run a folder's baseline.json names, unchecked (only to recognise and name it); null when unreadable. */
async function recordOf(folder: string): Promise<{ key?: unknown; runId?: unknown } | null> {
  try {
    return JSON.parse(await readFile(join(folder, RECORD_FILE), 'utf8')) as { key?: unknown; runId?: unknown } | null;
  } catch {
    return null;
  }
}
