import type { PermutationImportance } from '../src/ml/types.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import type { TrainingSummary } from '../src/stages/report.js';

/** Permutation importance of seven penguin features, most important first, as permutationImportance returns it. */
export const PENGUIN_IMPORTANCE: PermutationImportance = {
  metric: 'accuracy',
  score: 0.97,
  rows: 68,
  repeats: 3,
  seed: 42,
  seconds: 0.4,
  features: [
    { feature: 'bill_length_mm', drop: 0.3137, sd: 0.0212 },
    { feature: 'flipper_length_mm', drop: 0.1225, sd: 0.018 },
    { feature: 'island', drop: 0.0637, sd: 0.0139 },
    { feature: 'bill_depth_mm', drop: 0.0245, sd: 0.0069 },
    { feature: 'body_mass_g', drop: 0.0098, sd: 0.0069 },
    { feature: 'sex', drop: 0, sd: 0 },
    { feature: 'year', drop: -0.0049, sd: 0.0069 },
  ],
};

/** What `model: auto` reports when it kept the MLP over trees on validation. */
export const AUTO_TRAINING: TrainingSummary = {
  family: 'mlp',
  candidates: [
    { name: 'mlp', validationScore: 0.5712, seconds: 14.2 },
    { name: 'gbt', validationScore: 0.5469, seconds: 6.1 },
  ],
  choice: 'mlp won on validation accuracy: 0.5712 against gbt 0.5469.',
  backend: 'wasm',
  epochs: 40,
  bestEpoch: 30,
  stoppedEarly: true,
  seconds: 20.3,
  samplesPerSecond: 12000,
  history: [],
  settings: DEFAULT_TRAINING_SETTINGS,
};
