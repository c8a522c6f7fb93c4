import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../util/errors.js';
import { CARD_FILE, familyNameOf, fileProblem } from '../bundle.js';
import type { ModelFamily, ModelRuntime, TrainedModel } from '../family.js';
import { blend, weightedBlend } from './blend.js';
import { asGiven, SINGLE_CHOICES, type ModelChoice } from './choices.js';
import { gbt } from './gbt.js';
import { mlp } from './mlp.js';

/** Every model family, by the name card.json records: a new family is one module and one line here. */
export const FAMILIES: Readonly<Record<string, ModelFamily>> = {
  [mlp.name]: mlp,
  [gbt.name]: gbt,
  [blend.name]: blend,
};

export type { ModelChoice } from './choices.js';

/**
 * Every choice `model: auto` weighs: the single models, then their blend, weighted and scored from their held-out
 * outputs (stages/select.ts); `model: blend` alone trains it with equal weights.
 */
export const MODEL_CHOICES: readonly ModelChoice[] = [
  ...SINGLE_CHOICES,
  { name: 'blend', family: blend, settings: asGiven, blendOf: SINGLE_CHOICES, weighted: weightedBlend },
];

/** The choices the `model` input names: every one for auto. */
export function modelChoices(model: 'auto' | ModelChoice['name']): ModelChoice[] {
  return MODEL_CHOICES.filter((choice) => model === 'auto' || choice.name === model);
}

/** The family a bundle's card names, or what is wrong with the name (a card from a newer action, or damaged). */
export function familyOfCard(card: { family?: unknown }): ModelFamily | string {
  const name = familyNameOf(card);
  const family = typeof name === 'string' && Object.hasOwn(FAMILIES, name) ? FAMILIES[name] : undefined;
  if (family) return family;
  const shown = JSON.stringify(name) ?? String(name);
  return `${CARD_FILE} names the model family ${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown}, which this version of ml-pipeline-action does not know (it knows ${Object.keys(FAMILIES).join(', ')})`;
}

/** Loads the model of the bundle in `dir` with the family its card.json names. */
export async function loadBundleModel(runtime: ModelRuntime, dir: string): Promise<TrainedModel> {
  let card: unknown;
  try {
    card = JSON.parse(await readFile(join(dir, CARD_FILE), 'utf8'));
  } catch (error) {
    // fileProblem never quotes the file: a JSON parse error would.
    throw new UserError(`Model bundle ${dir}: ${fileProblem(CARD_FILE, error)}; write it again with this action.`);
  }
  if (typeof card !== 'object' || card === null || Array.isArray(card)) {
    throw new UserError(`Model bundle ${dir}: ${CARD_FILE} holds no JSON object; write it again with this action.`);
  }
  const family = familyOfCard(card);
  if (typeof family === 'string') throw new UserError(`Model bundle ${dir}: ${family}; write it again with this action.`);
  return family.load(runtime, dir);
}
