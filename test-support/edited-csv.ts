import { readFile } from 'node:fs/promises';

/**
 * A real CSV with some cells replaced, for fixtures that differ from a public dataset by one edit.
 * `line` is the file's line (the header is line 1); the file must have no quoted commas.
 */
export async function editedCsv(source: string, edits: Array<{ line: number; column: string; value: string }>): Promise<string> {
  const lines = (await readFile(source, 'utf8')).split('\n');
  const header = (lines[0] ?? '').split(',').map((name) => name.replace(/^"|"$/g, ''));
  for (const { line, column, value } of edits) {
    const index = header.indexOf(column);
    const cells = lines[line - 1]?.split(',');
    if (index < 0 || !cells || cells.length !== header.length) throw new Error(`${source}: no cell ${column} on line ${line}`);
    cells[index] = value;
    lines[line - 1] = cells.join(',');
  }
  return lines.join('\n');
}
