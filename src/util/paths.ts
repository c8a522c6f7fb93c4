import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** One path segment that a user's value (a key, a name, a run id) may become: no separators, no dot-only names. */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

/**
 * `value` unchanged when it is safe as a single folder or file name, else a UserError naming `what` (an input
 * such as "Input 'baseline-key'", or a description such as "The run id") and the rule. '.', '..' and anything
 * with a separator would make a join climb out of, or replace, the folder it is meant to sit in.
 */
export function safeSegment(what: string, value: string): string {
  if (!SAFE_SEGMENT.test(value) || /^\.+$/.test(value)) {
    throw new UserError(
      `${what}: '${value.slice(0, 80)}' cannot name a folder. Use 1 to 200 letters, digits, '.', '_' and '-', starting with a letter, digit or '_'.`,
    );
  }
  return value;
}

/**
 * root joined with segments, asserted to stay strictly inside root. Every destructive rename or remove goes
 * through this, so no value that slipped past validation can make it touch anything outside its own folder.
 */
export function within(root: string, ...segments: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...segments);
  if (!isInside(base, target)) {
    throw new Error(`Refusing to touch ${target}: it is not inside ${base}`);
  }
  return target;
}

/** Whether `target` is strictly below `root` (both absolute or both relative to the same folder). */
export function isInside(root: string, target: string): boolean {
  const path = relative(resolve(root), resolve(target));
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
