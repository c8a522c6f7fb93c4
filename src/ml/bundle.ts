import { errorMessage } from '../util/errors.js';

/**
 * The model bundle's layout, defined once: the folder the function serves, the baseline keeps and the next run
 * re-evaluates. It holds the family's own files (ModelFamily.files) beside these two, which every family shares.
 * Used by artifacts (writer), champion and serving (loaders), the baseline check, packaging and test support.
 */

/** The bundle's folder inside a run's artifacts, a baseline's folder and a function's source. */
export const MODEL_FOLDER = 'model';
export const PREPROCESSING_FILE = 'preprocessing.json';
export const CARD_FILE = 'card.json';

/**
 * The predictor module (src/serving/local.ts, bundled) and its third-party licence notices: the action ships
 * them in dist/ beside the serving bundle, and every bundle it writes carries a copy, with the files the family
 * loads from beside it (ModelFamily.servingFiles), so an application can import it and predict in process. A
 * function source carries the same files beside its entry, which imports the module (src/stages/package.ts).
 */
export const PREDICTOR_MODULE = 'predict.mjs';
export const PREDICTOR_LICENSES = 'predict.licenses.txt';

/** The predictor module's files in a bundle, or a function source, of a family with these serving files. */
export function predictorFiles(family: { readonly servingFiles: readonly string[] }): string[] {
  return [PREDICTOR_MODULE, PREDICTOR_LICENSES, ...family.servingFiles];
}

/** The family of a bundle whose card names none: bundles written before there were families are MLPs. */
export const LEGACY_FAMILY = 'mlp';

/** Every file of a bundle written by a family with these files. */
export function bundleFiles(family: { readonly files: readonly string[] }): string[] {
  return [...family.files, PREPROCESSING_FILE, CARD_FILE];
}

/** The family name a card records; a card without one is from before families and so an MLP's. */
export function familyNameOf(card: { family?: unknown }): unknown {
  return card.family === undefined ? LEGACY_FAMILY : card.family;
}

/** Why a file of a bundle or baseline could not be read: missing, a folder, or not JSON. Its content is never quoted. */
export function fileProblem(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${name} is missing`;
  if (code === 'EISDIR') return `${name} is a folder`;
  if (error instanceof SyntaxError) return `${name} is not valid JSON (cut short or damaged)`;
  return `${name} cannot be read (${errorMessage(error)})`;
}
