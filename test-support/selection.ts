import type { ColumnSelection } from '../src/stages/validate.js';

/** The column selection planTraining takes, with the action's defaults: every column, task auto, holdout 0.2. */
export function columnSelection(label: string, dataDescription: string, more: Partial<ColumnSelection> = {}): ColumnSelection {
  return { dataDescription, label, features: [], exclude: [], task: 'auto', holdout: 0.2, ...more };
}
