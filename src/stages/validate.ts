import type { Task } from '../ml/types.js';
import { UserError } from '../util/errors.js';
import { MAX_USABLE_NUMBER } from '../util/values.js';
import { MOSTLY_NUMBERS, NUMERIC_SHARE, type CellSamples, type ColumnProfile, type DataProfile } from '../data/profile.js';

/** Numeric labels with at most this many distinct whole numbers are read as class codes under task: auto. */
const MAX_CODED_CLASSES = 10;
/** More classes than this is almost always a regression target or an id picked as label by mistake. */
const MAX_CLASSES = 200;
/** How the warnings state the limit on numbers: "beyond ±3.4e+38". */
const BEYOND_USABLE = `beyond ±${MAX_USABLE_NUMBER.toPrecision(2)}`;
/** A categorical feature whose distinct values reach this share of the rows carries no pattern: an id or free text. */
const ID_LIKE_SHARE = 0.5;

export interface ColumnSelection {
  /** How the data source describes itself ('data/x.csv', '3 files below data'), for messages about all of it. */
  dataDescription: string;
  label: string;
  /** Empty: every column but the label and the excluded ones. */
  features: readonly string[];
  exclude: readonly string[];
  task: Task | 'auto';
  /** For the message that explains an empty split. */
  holdout: number;
}

/** What will be trained, decided from the data before anything is trained or written. */
export interface TrainingPlan {
  task: Task;
  /** One sentence for the log: what auto decided and why, or that the input said so. */
  taskReason: string;
  label: string;
  features: string[];
  /** Columns that will be read as numbers; the other features are categorical. */
  numericFeatures: Set<string>;
  /** Columns read as dates (readDate), each encoded as derived numbers (util/dates.ts). */
  dateFeatures: Set<string>;
  /** Columns left out because they look like ids (only when 'features' is not set). */
  idColumns: string[];
  /** Things worth knowing that do not stop training: text in numeric columns, id-like columns, missing labels. */
  warnings: string[];
}

/**
 * Checks the column inputs against each other, before any data is read: a column listed twice in 'features'
 * would be encoded twice, and a label in 'features' or 'exclude', or a column in both, says two things at once.
 */
export function checkColumnSelection(label: string, features: readonly string[], exclude: readonly string[]): void {
  const twice = features.find((name, index) => features.indexOf(name) !== index);
  if (twice !== undefined) {
    throw new UserError(`Input 'features': '${twice}' is listed twice; each column is one feature. List it once.`);
  }
  if (features.includes(label)) {
    throw new UserError(
      `Input 'features': it lists the label '${label}'; a model must not see the value it predicts. Remove it from 'features'.`,
    );
  }
  if (exclude.includes(label)) {
    throw new UserError(
      `Input 'exclude': it lists the label '${label}', which is never a feature; excluding it would leave nothing to predict. Remove it from 'exclude'.`,
    );
  }
  const both = exclude.find((name) => features.includes(name));
  if (both !== undefined) {
    throw new UserError(`Input 'exclude': '${both}' is also listed in 'features'. Keep it in one of them.`);
  }
}

/**
 * Stops with a clear error when the data cannot train a model, naming the column, the input to change and
 * a cell to look at; otherwise decides the task and the features.
 */
export function planTraining(profile: DataProfile, selection: ColumnSelection): TrainingPlan {
  const byName = new Map(profile.columns.map((column) => [column.name, column]));
  const columnList = profile.columns.map((column) => column.name).join(', ');
  if (profile.rows === 0) {
    throw new UserError(
      `Input 'data': '${selection.dataDescription}' has no data rows (a header alone is not enough). Point 'data' at files with at least a few dozen rows.`,
    );
  }
  const label = byName.get(selection.label);
  if (!label) {
    throw new UserError(
      `Input 'label': column '${selection.label}' is not in the data. Columns found: ${columnList}. Names are case-sensitive.`,
    );
  }
  for (const [input, names] of [
    ['features', selection.features],
    ['exclude', selection.exclude],
  ] as const) {
    const unknown = names.filter((name) => !byName.has(name));
    if (unknown.length > 0) {
      throw new UserError(
        `Input '${input}': ${unknown.map((name) => `'${name}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the data. Columns found: ${columnList}.`,
      );
    }
  }
  const chosen = selection.features.length > 0 ? selection.features : profile.columns.map((column) => column.name);
  const candidates = chosen.filter((name) => name !== label.name && !selection.exclude.includes(name));
  // Ids are left out only when the columns are chosen automatically: a column listed in 'features' is kept.
  const ids =
    selection.features.length > 0
      ? []
      : candidates.flatMap((name) => {
          const reason = idReason(byName.get(name) as ColumnProfile, profile.rows);
          return reason === null ? [] : [{ name, reason }];
        });
  const features = candidates.filter((name) => !ids.some((id) => id.name === name));
  if (features.length === 0) {
    throw new UserError(
      `Inputs 'features'/'exclude': no feature columns are left besides the label '${label.name}'` +
        (ids.length > 0 ? ` and the id-like columns ${listed(ids.map((id) => `'${id.name}'`))}` : '') +
        `. Keep at least one column to learn from${ids.length > 0 ? `, or list the columns to use in 'features'` : ''}.`,
    );
  }

  const warnings: string[] = [];
  if (ids.length > 0) {
    warnings.push(
      `Columns that look like ids are left out of the features: ${listed(ids.map((id) => `'${id.name}' (${id.reason})`))}. To keep one, list it with the other features in 'features'.`,
    );
  }
  // One line per kind of finding, however many columns share it.
  const textInNumeric: string[] = [];
  const outOfRange: string[] = [];
  const idLike: string[] = [];
  const undated: string[] = [];
  const numericFeatures = new Set<string>();
  const dateFeatures = new Set<string>();
  for (const name of features) {
    const column = byName.get(name) as ColumnProfile;
    checkUsable(column, profile.rows, 'feature');
    if (column.labelled === 0 && label.all.present > 0) {
      throw new UserError(
        `Column '${name}' has values only in rows without a '${selection.label}' value, so no model can learn from it and the function would still ask for it. Add it to 'exclude', or fill it in where '${selection.label}' is known.`,
      );
    }
    if (column.kind === 'numeric') {
      numericFeatures.add(name);
      if (column.all.text.count > 0) textInNumeric.push(`'${name}' ${places(column.all.text)}`);
      if (column.all.outOfRange.count > 0) outOfRange.push(`'${name}' ${places(column.all.outOfRange)}`);
    } else if (column.kind === 'date') {
      dateFeatures.add(name);
      if (column.all.undated.count > 0) undated.push(`'${name}' ${places(column.all.undated)}`);
    } else if (column.distinct >= Math.max(20, profile.rows * ID_LIKE_SHARE)) {
      idLike.push(`'${name}' (${column.distinct}${column.distinctIsLowerBound ? '+' : ''} distinct values in ${profile.rows} rows)`);
    }
  }
  if (textInNumeric.length > 0) {
    warnings.push(`Values that are not numbers are treated as missing in numeric columns: ${listed(textInNumeric)}.`);
  }
  if (outOfRange.length > 0) {
    warnings.push(
      `Numbers too large to use (${BEYOND_USABLE}, the range of the model's 32-bit floats) are treated as missing in numeric columns: ${listed(outOfRange)}.`,
    );
  }
  if (undated.length > 0) {
    warnings.push(`Values that are not dates are treated as missing in date columns: ${listed(undated)}.`);
  }
  if (idLike.length > 0) {
    warnings.push(
      `Columns that look like ids or free text, so only their most frequent values are encoded: ${listed(idLike)}. Add them to 'exclude' if they carry no signal.`,
    );
  }

  checkUsable(label, profile.rows, 'label');
  const { task, taskReason } = decideTask(label, selection.task);
  checkLabel(label, task);
  if (task === 'regression') {
    const unusable = [
      label.all.text.count > 0 ? `not numbers: ${places(label.all.text)}` : null,
      label.all.outOfRange.count > 0 ? `too large to use (${BEYOND_USABLE}): ${places(label.all.outOfRange)}` : null,
    ].filter((part) => part !== null);
    if (unusable.length > 0) {
      const rows = label.all.text.count + label.all.outOfRange.count;
      warnings.push(
        `${rows} of ${profile.rows} rows have a '${label.name}' that cannot be a regression target, and are left out of training and evaluation; ${unusable.join('; ')}.`,
      );
    }
  }
  const unlabeled = label.missingIn(profile.rows);
  if (unlabeled > 0) {
    warnings.push(
      `${unlabeled} of ${profile.rows} rows have no '${label.name}' value and are left out of training and evaluation.`,
    );
  }
  checkSplit(profile, selection.holdout);
  return { task, taskReason, label: label.name, features, numericFeatures, dateFeatures, idColumns: ids.map((id) => id.name), warnings };
}

/** Fewer rows than this, and a column of different values may be different by chance. */
const MIN_ID_ROWS = 20;
/** An id is in (nearly) every row. */
const ID_PRESENT_SHARE = 0.95;

/**
 * Why a column is an id, or null: a different value in every row and either whole numbers rising (or falling)
 * row by row in file order, UUIDs, or text. A unique measurement (a float, unsorted whole numbers) is not an id,
 * and neither is a date column (one timestamp per row is still time).
 */
function idReason(column: ColumnProfile, rows: number): string | null {
  const all = column.all;
  if (all.present < MIN_ID_ROWS || all.present < rows * ID_PRESENT_SHARE) return null;
  if (column.kind === 'numeric') {
    const numbers = all.numericSummary();
    const counter = numbers?.integer && all.numericCount === all.present && (all.increasing || all.decreasing);
    return counter ? `whole numbers ${all.increasing ? 'rising' : 'falling'} row by row, a row counter` : null;
  }
  if (column.kind !== 'categorical' || all.textRepeats.repeated || all.text.count !== all.present) return null;
  return all.uuids === all.present ? 'a different UUID in every row' : 'a different text in every row';
}

function checkUsable(column: ColumnProfile, rows: number, role: 'feature' | 'label'): void {
  if (column.kind === 'empty') {
    const remedy =
      role === 'label'
        ? `Choose another 'label', or fill in the column.`
        : `Add it to 'exclude', or fill it in.`;
    throw new UserError(`Column '${column.name}' is empty in all ${rows} rows, so it cannot be a ${role}. ${remedy}`);
  }
  const share = column.numericShare;
  // Mostly numbers, yet too much text to drop as missing: a broken export or a shifted column, not a category.
  if (share >= MOSTLY_NUMBERS && share < NUMERIC_SHARE) {
    throw new UserError(
      `Column '${column.name}' mixes numbers and text: ${percent(1 - share)} of its ${column.all.present} values are not numbers (${firstCells(column.all.text)}). Clean the column, or add it to 'exclude'.`,
    );
  }
}

/** "397 ('NA' at a.csv:4, '?' at a.csv:9, 'x' at a.csv:12, and 394 more)": the count and the first few cells. */
function places(cells: CellSamples): string {
  return `${cells.count} (${firstCells(cells)})`;
}

function firstCells(cells: CellSamples): string {
  const shown = cells.first.map((cell) => `'${truncate(cell.value)}' at ${cell.file}:${cell.line}`);
  const more = cells.count - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/** Columns to name in one warning line: the first few, then how many more. */
const LISTED_COLUMNS = 5;

function listed(items: readonly string[]): string {
  const more = items.length - LISTED_COLUMNS;
  return items.slice(0, LISTED_COLUMNS).join('; ') + (more > 0 ? `; and ${more} more columns` : '');
}

function decideTask(label: ColumnProfile, requested: Task | 'auto'): { task: Task; taskReason: string } {
  if (requested !== 'auto') return { task: requested, taskReason: `task: ${requested} (set by the 'task' input)` };
  const numbers = label.all.numericSummary();
  if (label.kind !== 'numeric' || !numbers) {
    return {
      task: 'classification',
      taskReason: `task: classification (auto: label '${label.name}' holds text, ${label.distinct} classes)`,
    };
  }
  if (numbers.integer && label.distinct <= MAX_CODED_CLASSES) {
    return {
      task: 'classification',
      taskReason: `task: classification (auto: label '${label.name}' holds ${label.distinct} distinct whole numbers, read as class codes; set task: regression to predict it as a number)`,
    };
  }
  return {
    task: 'regression',
    taskReason: `task: regression (auto: label '${label.name}' is numeric with ${label.distinct}${label.distinctIsLowerBound ? '+' : ''} distinct values)`,
  };
}

function checkLabel(label: ColumnProfile, task: Task): void {
  const top = label.all.topCategories(1)[0];
  if (label.distinct === 1 && top) {
    throw new UserError(
      `Input 'label': column '${label.name}' has the same value '${truncate(top.value)}' in every row, so there is nothing to learn. Check the data export, or choose another 'label'.`,
    );
  }
  if (task === 'classification') {
    if (label.distinctIsLowerBound || label.distinct > MAX_CLASSES) {
      throw new UserError(
        `Input 'task': label '${label.name}' has ${label.distinct}${label.distinctIsLowerBound ? '+' : ''} distinct values, too many classes to classify (at most ${MAX_CLASSES}). Set task: regression if it is a number, or choose another 'label'.`,
      );
    }
    if (label.train.categories.size < 2) {
      throw new UserError(
        `Input 'label': the training split holds only one class of '${label.name}', so there is nothing to learn. Add rows of the other classes, or lower 'holdout'.`,
      );
    }
    return;
  }
  if (label.kind !== 'numeric') {
    const text = label.all.text.first[0];
    throw new UserError(
      `Input 'task': regression needs a numeric label, but '${label.name}' holds text${text ? ` (first: '${truncate(text.value)}' at ${text.file}:${text.line})` : ''}. Set task: classification, or choose a numeric 'label'.`,
    );
  }
  if ((label.train.numericSummary()?.std ?? 0) === 0) {
    throw new UserError(
      `Input 'label': '${label.name}' is the same number in every training row, so there is nothing to learn. Check the data export, or choose another 'label'.`,
    );
  }
}

function checkSplit(profile: DataProfile, holdout: number): void {
  if (profile.trainRows === 0 || profile.testRows === 0) {
    const empty = profile.trainRows === 0 ? 'training split' : 'holdout';
    throw new UserError(
      `Input 'holdout': with holdout: ${holdout}, the ${empty} got none of the ${profile.rows} rows. Add more rows, or choose a holdout between 0.1 and 0.3.`,
    );
  }
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
