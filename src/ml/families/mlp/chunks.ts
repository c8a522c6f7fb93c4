import type { TrainingChunk } from '../../family.js';

export { copyRows } from '../../../data/rows.js';

/** Some rows of encoded training data (the port's TrainingChunk), as the loop trains on them: `x` row r holds `y[r]`'s features. */
export type RowChunk = TrainingChunk;
