import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from './errors.js';
import { isInside } from './paths.js';

/** What a user's path must stay inside, and whether the `allow-outside-workspace` input lifted that. */
export interface WorkspaceBounds {
  workspace: string;
  allowOutside: boolean;
}

/**
 * Refuses a path an input names (or a file it matched) that lies outside the workspace: as written (an absolute
 * path, `../`) or once symlinks are followed (a link in the checkout that points at ~/.ssh). A path that does
 * not exist is checked as written only; its reader reports it missing. Returns the path resolved against the
 * workspace.
 */
export async function checkInsideWorkspace(bounds: WorkspaceBounds, input: string, path: string): Promise<string> {
  const target = resolve(bounds.workspace, path);
  if (bounds.allowOutside) return target;
  const root = resolve(bounds.workspace);
  const refuse = (where: string): UserError =>
    new UserError(
      `Input '${input}': '${path}' ${where} outside the workspace ${root}. Keep it inside the checkout, or set ` +
        `allow-outside-workspace: true if the job means to read it.`,
    );
  if (!contains(root, target)) throw refuse(target === path ? 'is' : `resolves to ${target},`);
  const real = await realpath(target).catch(() => null);
  if (real !== null && !contains(await realpath(root).catch(() => root), real)) {
    throw refuse(`leads through a symbolic link to ${real},`);
  }
  return target;
}

function contains(root: string, target: string): boolean {
  return target === root || isInside(root, target);
}
