import { describe, expect, it } from '@jest/globals';
import type { RawValue } from '../src/backends/data/types.js';
import { profileRows, summarizeColumns } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { checkColumnSelection, planTraining, type ColumnSelection } from '../src/stages/validate.js';
import { UserError } from '../src/util/errors.js';
import { rowsOf } from '../test-support/rows.js';
import { columnSelection } from '../test-support/selection.js';

const split = new HoldoutSplit(0.2, 42);
const select = (label: string, more: Partial<ColumnSelection> = {}): ColumnSelection => columnSelection(label, 'data.csv', more);

function records(count: number, make: (i: number) => Record<string, RawValue>) {
  return Array.from({ length: count }, (_, i) => make(i));
}

async function plan(data: Array<Record<string, RawValue>>, selection: ColumnSelection) {
  return planTraining(await profileRows(rowsOf(data), split), selection);
}

async function failure(data: Array<Record<string, RawValue>>, selection: ColumnSelection): Promise<string> {
  try {
    await plan(data, selection);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

const flowers = records(200, (i) => ({
  width: String((i % 7) + 0.5),
  colour: ['red', 'blue', 'green'][i % 3] ?? null,
  species: i % 2 ? 'setosa' : 'virginica',
}));

describe('profileRows', () => {
  it('infers types, counts missing values and splits rows', async () => {
    const data = [...flowers, { width: 'NA-free?', colour: null, species: 'setosa' }];
    const profile = await profileRows(rowsOf(data), split);
    expect(profile.rows).toBe(201);
    expect(profile.trainRows + profile.testRows).toBe(201);
    const columns = Object.fromEntries(summarizeColumns(profile).map((c) => [c.name, c]));
    expect(columns.width?.type).toBe('numeric');
    expect(columns.width?.min).toBe(0.5);
    expect(columns.colour).toMatchObject({ type: 'categorical', missing: 1, distinct: '3' });
  });

  it('counts a key a JSON Lines record omits as missing', async () => {
    const profile = await profileRows(rowsOf([{ a: '1' }, { a: '2', b: 'x' }, { a: '3' }]), split);
    expect(summarizeColumns(profile).find((c) => c.name === 'b')?.missing).toBe(2);
  });
});

describe('planTraining', () => {
  it('decides classification for a text label and lists the features', async () => {
    const result = await plan(flowers, select('species'));
    expect(result.task).toBe('classification');
    expect(result.taskReason).toContain('holds text');
    expect(result.features).toEqual(['width', 'colour']);
    expect([...result.numericFeatures]).toEqual(['width']);
  });

  it('reads few whole numbers as classes and many numbers as regression', async () => {
    const coded = records(100, (i) => ({ x: String((i * 37) % 101), y: String(i % 3) }));
    expect((await plan(coded, select('y'))).task).toBe('classification');
    const continuous = records(100, (i) => ({ x: String((i * 37) % 101), y: String(i * 1.5) }));
    expect((await plan(continuous, select('y'))).task).toBe('regression');
    expect((await plan(coded, select('y', { task: 'regression' }))).taskReason).toContain("set by the 'task' input");
  });

  it('rejects data without rows', async () => {
    expect(await failure([], select('species'))).toMatch(/Input 'data'.*no data rows/);
  });

  it('rejects a label that is not a column, listing the columns', async () => {
    expect(await failure(flowers, select('Species'))).toMatch(
      /Input 'label': column 'Species' is not in the data\. Columns found: width, colour, species/,
    );
  });

  it('rejects a constant label', async () => {
    const data = records(50, (i) => ({ x: String(i % 7), y: 'same' }));
    expect(await failure(data, select('y'))).toMatch(/'y' has the same value 'same' in every row/);
  });

  it('rejects a feature that is empty everywhere, naming the remedy', async () => {
    const data = records(50, (i) => ({ x: String(i), blank: null, y: i % 2 ? 'a' : 'b' }));
    expect(await failure(data, select('y'))).toMatch(/Column 'blank' is empty in all 50 rows.*'exclude'/);
  });

  it('rejects a column of mostly numbers with too much text to drop, pointing at the first cells', async () => {
    const data = records(50, (i) => ({ x: i % 10 < 7 ? String(i) : `n/a-${i}`, y: i % 2 ? 'a' : 'b' }));
    expect(await failure(data, select('y'))).toMatch(
      /Column 'x' mixes numbers and text: 30% of its 50 values are not numbers \('n\/a-7' at data\.csv:9, 'n\/a-8' at data\.csv:10, 'n\/a-9' at data\.csv:11, and 12 more\)/,
    );
  });

  it('treats a few stray words in a numeric column as missing, with a warning', async () => {
    const data = records(100, (i) => ({ x: i === 5 ? 'unknown' : String(i), y: i % 2 ? 'a' : 'b' }));
    const result = await plan(data, select('y'));
    expect(result.numericFeatures.has('x')).toBe(true);
    expect(result.warnings.join(' ')).toContain("'unknown' at data.csv:7");
  });

  it('rejects unknown features and excludes', async () => {
    expect(await failure(flowers, select('species', { features: ['widht'] }))).toMatch(/Input 'features': 'widht'/);
    expect(await failure(flowers, select('species', { exclude: ['x'] }))).toMatch(/Input 'exclude': 'x'/);
  });

  it('rejects regression on a text label', async () => {
    expect(await failure(flowers, select('species', { task: 'regression' }))).toMatch(
      /regression needs a numeric label, but 'species' holds text/,
    );
  });

  it('gives many id-like columns one warning, not one each', async () => {
    const data = records(100, (i) => ({ ...Object.fromEntries(Array.from({ length: 30 }, (_, c) => [`t${c}`, `w${i}-${c}`])), y: i % 2 ? 'a' : 'b' }));
    // Listed in 'features', so they are kept rather than left out as ids.
    const { warnings } = await plan(data, select('y', { features: Array.from({ length: 30 }, (_, c) => `t${c}`) }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Columns that look like ids or free text, .*: 't0' \(100 distinct values in 100 rows\); .* and 25 more columns\. Add them to 'exclude'/);
  });

  it('warns about id-like columns and rows without a label', async () => {
    const data = records(100, (i) => ({ id: `row-${i}`, x: String(i % 9), y: i === 3 ? null : i % 2 ? 'a' : 'b' }));
    const warnings = (await plan(data, select('y', { features: ['id', 'x'] }))).warnings.join(' ');
    expect(warnings).toContain("look like ids or free text, so only their most frequent values are encoded: 'id' (100 distinct values in 100 rows)");
    expect(warnings).toContain("1 of 100 rows have no 'y' value");
  });
});

describe('features and the labelled rows', () => {
  // Rows 0-49 are labelled and lack 'late'; rows 50-59 have 'late' and no label.
  const data = records(60, (i): Record<string, RawValue> => (i < 50 ? { x: String(i % 8), y: i % 2 ? 'a' : 'b' } : { x: String(i % 8), late: 'z', y: null }));

  it('refuses a feature that has values only in rows without a label', async () => {
    const profile = await profileRows(rowsOf(data), split, 'y');
    expect(() => planTraining(profile, select('y'))).toThrow(
      "Column 'late' has values only in rows without a 'y' value, so no model can learn from it and the function would still ask for it. Add it to 'exclude', or fill it in where 'y' is known.",
    );
    expect(planTraining(profile, { ...select('y'), exclude: ['late'] }).features).toEqual(['x']);
  });

  it('leaves the check out of profiles made without a label', async () => {
    expect((await profileRows(rowsOf(data), split)).columns.map((column) => column.labelled)).toEqual([null, null, null]);
  });
});

describe('checkColumnSelection', () => {
  const message = (label: string, features: string[], exclude: string[]): string => {
    try {
      checkColumnSelection(label, features, exclude);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as UserError).message;
    }
    return 'accepted';
  };

  it('accepts distinct columns and rejects what says two things at once', () => {
    expect(message('y', ['a', 'b'], ['c'])).toBe('accepted');
    expect(message('y', ['a', 'b', 'a'], [])).toBe("Input 'features': 'a' is listed twice; each column is one feature. List it once.");
    expect(message('y', ['y', 'a'], [])).toMatch(/^Input 'features': it lists the label 'y'; a model must not see the value it predicts/);
    expect(message('y', [], ['id', 'y'])).toMatch(/^Input 'exclude': it lists the label 'y', which is never a feature/);
    expect(message('y', ['y'], ['y'])).toMatch(/^Input 'features': it lists the label 'y'/);
    expect(message('y', ['a', 'b'], ['b'])).toBe("Input 'exclude': 'b' is also listed in 'features'. Keep it in one of them.");
  });
});
