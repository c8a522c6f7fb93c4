import type { TrainingSettings } from '../../model-config.js';
import type { ModelFamily } from '../family.js';
import { gbt } from './gbt.js';
import { mlp } from './mlp.js';

/** What the `model` input can name besides auto: a family, and the settings it trains with. */
export interface ModelChoice {
  name: 'mlp' | 'linear' | 'gbt' | 'blend';
  family: ModelFamily;
  /** The settings this choice trains with, from the run's (model-config and the epochs input applied). */
  settings(run: TrainingSettings): TrainingSettings;
  /** A blend's members: auto scores it from their outputs on held-out rows, without training it. */
  blendOf?: readonly ModelChoice[];
  /** A blend's family with the member weights auto chose on those outputs (by member name; 0 or absent: left out). */
  weighted?: (weights: Readonly<Partial<Record<string, number>>>) => ModelFamily;
}

export const asGiven = (run: TrainingSettings): TrainingSettings => run;

/**
 * The single models, each one family; the first is what auto trains alone on a split too small to choose on.
 * linear is the MLP family with no hidden layer: logistic (softmax) regression for classes, linear regression for
 * numbers, served and re-scored as any MLP.
 */
export const SINGLE_CHOICES: readonly ModelChoice[] = [
  { name: 'mlp', family: mlp, settings: asGiven },
  { name: 'linear', family: mlp, settings: (run) => ({ ...run, hiddenLayers: [], dropout: 0 }) },
  { name: 'gbt', family: gbt, settings: asGiven },
];
