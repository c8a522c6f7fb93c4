import { readdir, stat } from 'node:fs/promises';
import { within } from '../../util/paths.js';
import type { ArtifactStore, FetchedRun } from './types.js';

/** Local runs write their artifacts into the workspace's state folder already: they stay where they are. */
export class LocalArtifactStore implements ArtifactStore {
  readonly description = 'the local artifact folder';

  /** `root`: the folder holding `<function>/<run id>/`, where the pipeline writes each run's artifacts. */
  constructor(private readonly root: string) {}

  async publish(localDir: string): Promise<string> {
    return localDir;
  }

  async fetch(functionName: string, runId: string): Promise<FetchedRun | null> {
    const dir = within(within(this.root, functionName), runId);
    const found = await stat(dir).then(
      (entry) => entry.isDirectory(),
      () => false,
    );
    return found ? { dir, uri: dir } : null;
  }

  async runIds(functionName: string): Promise<string[]> {
    const entries = await readdir(within(this.root, functionName), { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }
}
