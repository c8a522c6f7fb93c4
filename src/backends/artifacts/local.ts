import type { ArtifactStore } from './types.js';

/** Local runs write their artifacts into the workspace's state folder already: they stay where they are. */
export class LocalArtifactStore implements ArtifactStore {
  readonly description = 'the local artifact folder';

  async publish(localDir: string): Promise<string> {
    return localDir;
  }
}
