import { join } from 'node:path';
import { LocalDataSource } from '../src/backends/data/local.js';
import { encodeRows, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { readRows } from '../src/formats/read.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { planTraining, type ColumnSelection } from '../src/stages/validate.js';
import { REPO } from './action.js';
import { columnSelection } from './selection.js';

export const FIXTURES = join(REPO, '__fixtures__', 'data');

/**
 * A fixture file through the stages the action runs (read → profile → plan → preprocess → encode), with the
 * default settings. `selection` is a label, or a full column selection.
 */
export async function prepareFixture(file: string, selection: string | ColumnSelection, split = new HoldoutSplit(0.2, 42)) {
  const source = new LocalDataSource(file, FIXTURES);
  const files = await source.list();
  const chosen = typeof selection === 'string' ? columnSelection(selection, source.description) : selection;
  const rows = () => readRows(source, files);
  const profile = await profileRows(rows(), split, chosen.label);
  const plan = planTraining(profile, chosen);
  const preprocessing = fitPreprocessing(plan, profile, DEFAULT_TRAINING_SETTINGS.maxCategories);
  const data = await encodeRows(rows(), preprocessing, split, profile);
  return { rows, split, profile, plan, preprocessing, data };
}
