import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../util/errors.js';
import type { BaselineRecord, BaselineStore, RestoredBaseline } from './types.js';

const RECORD_FILE = 'baseline.json';

/**
 * Baselines in a folder of the workspace (`.ml-pipeline/baselines/<key>/`): used whenever there is no
 * Actions cache service, e.g. on a laptop. A save replaces the folder in one rename, so a crash midway
 * leaves the previous baseline whole.
 */
export class LocalDirBaselineStore implements BaselineStore {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local folder ${root}`;
  }

  async restore(key: string): Promise<RestoredBaseline | null> {
    const dir = join(this.root, key);
    let text: string;
    try {
      text = await readFile(join(dir, RECORD_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let record: BaselineRecord;
    try {
      record = JSON.parse(text) as BaselineRecord;
    } catch {
      throw new UserError(
        `The baseline at ${join(dir, RECORD_FILE)} is not valid JSON. Delete the folder ${dir} to start from a first run.`,
      );
    }
    return { record, modelDir: join(dir, 'model'), source: dir };
  }

  async save(record: BaselineRecord, modelDir: string): Promise<boolean> {
    const dir = join(this.root, record.key);
    const staging = `${dir}.saving-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await cp(modelDir, join(staging, 'model'), { recursive: true });
    await writeFile(join(staging, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    const previous = `${dir}.previous-${process.pid}`;
    await rm(previous, { recursive: true, force: true });
    await rename(dir, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, dir);
    await rm(previous, { recursive: true, force: true });
    return true;
  }
}
