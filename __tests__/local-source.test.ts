import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { LocalDataSource } from '../src/backends/data/local.js';
import { UserError } from '../src/util/errors.js';

let workspace: string;

async function write(relative: string, content: string): Promise<void> {
  const file = path.join(workspace, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function displays(spec: string, base = workspace): Promise<string[]> {
  return (await new LocalDataSource(spec, base).list()).map((file) => file.display);
}

async function listError(spec: string): Promise<string> {
  try {
    await new LocalDataSource(spec, workspace).list();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error(`expected listing '${spec}' to fail`);
}

async function text(stream: Readable): Promise<string> {
  let content = '';
  for await (const chunk of stream) content += String(chunk);
  return content;
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'local-source-test-'));
  await write('data/b.csv', 'x,y\n1,2\n');
  await write('data/A.csv', 'x,y\n3,4\n');
  await write('data/sub/c.jsonl', '{"x": 5}\n');
  await write('data/sub/deeper/d.ndjson', '{"x": 6}\n');
  await write('data/e.TSV', 'x\ty\n7\t8\n');
  await write('data/README.md', '# notes\n');
  await write('data/.hidden/f.csv', 'x,y\n9,9\n');
  await write('notes/readme.txt', 'text\n');
  await mkdir(path.join(workspace, 'empty'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('LocalDataSource.list', () => {
  it('lists one file, relative to the workspace', async () => {
    const source = new LocalDataSource('data/b.csv', workspace);
    const files = await source.list();
    expect(files).toEqual([{ uri: path.join(workspace, 'data/b.csv'), display: 'data/b.csv', size: 8 }]);
    expect(source.description).toBe('data/b.csv');
  });

  it('lists every data file below a folder, recursively, sorted by display name, skipping other and hidden files', async () => {
    const source = new LocalDataSource('data', workspace);
    const files = await source.list();
    expect(files.map((file) => file.display)).toEqual([
      'data/A.csv',
      'data/b.csv',
      'data/e.TSV',
      'data/sub/c.jsonl',
      'data/sub/deeper/d.ndjson',
    ]);
    expect(files.every((file) => path.isAbsolute(file.uri) && file.size > 0)).toBe(true);
    expect(source.description).toBe('5 files below data');
    expect(await displays('data/')).toEqual(files.map((file) => file.display));
  });

  it('lists the data files a glob matches, leaving out others it matches', async () => {
    expect(await displays('data/*.csv')).toEqual(['data/A.csv', 'data/b.csv']);
    expect(await displays('data/**/*.{jsonl,ndjson}')).toEqual(['data/sub/c.jsonl', 'data/sub/deeper/d.ndjson']);
    expect(await displays('data/*')).toEqual(['data/A.csv', 'data/b.csv', 'data/e.TSV']);
    const source = new LocalDataSource('data/*.csv', workspace);
    await source.list();
    expect(source.description).toBe('2 files matching data/*.csv');
  });

  it('lists gzip-compressed data files by the extension before .gz, below a folder and by glob', async () => {
    for (const name of ['a.csv.gz', 'b.JSONL.GZ', 'c.txt.gz', 'd.gz']) await write(`packed/${name}`, '');
    expect(await displays('packed')).toEqual(['packed/a.csv.gz', 'packed/b.JSONL.GZ']);
    expect(await displays('packed/*')).toEqual(['packed/a.csv.gz', 'packed/b.JSONL.GZ']);
    expect(await displays('packed/a.csv.gz')).toEqual(['packed/a.csv.gz']);
    expect(await listError('packed/c.txt.gz')).toMatch(/^Input 'data': cannot read 'packed\/c\.txt\.gz': data files must be .*gzip/);
  });

  it('accepts absolute paths: a file, a folder and a glob; files outside the workspace keep their absolute name', async () => {
    const file = path.join(workspace, 'data/b.csv');
    expect(await displays(file)).toEqual(['data/b.csv']);
    expect(await displays(path.join(workspace, 'data/sub'))).toEqual(['data/sub/c.jsonl', 'data/sub/deeper/d.ndjson']);
    expect(await displays(`${workspace}/data/*.csv`)).toEqual(['data/A.csv', 'data/b.csv']);
  });

  it('reads files outside the workspace only with allowOutsideWorkspace, keeping their absolute name', async () => {
    const file = path.join(workspace, 'data/b.csv');
    const elsewhere = path.join(workspace, 'empty');
    const outside = async (spec: string) =>
      (await new LocalDataSource(spec, elsewhere, { allowOutsideWorkspace: true }).list()).map((found) => found.display);
    expect(await outside(file)).toEqual([file]);
    expect(await outside('../data/b.csv')).toEqual([file]);
  });

  it.each([
    ['an absolute path', (ws: string) => path.join(path.dirname(ws), 'other.csv'), /other\.csv' is outside the workspace/],
    ['a ../ path', () => '../other.csv', /resolves to .*other\.csv, outside the workspace/],
    ['a glob that climbs out', () => '../*.csv', /resolves to .*\*\.csv, outside the workspace/],
    ['a symbolic link to a file outside', () => 'link.csv', /'link\.csv' leads through a symbolic link to .*other\.csv, outside/],
    ['a folder holding a link to a file outside', () => 'linked', /linked\/secret\.csv' leads through a symbolic link to .*other\.csv/],
    ['a glob matching a link to a folder outside', () => 'out/*.csv', /out\/other\.csv' leads through a symbolic link to .*other\.csv/],
  ])('refuses %s, naming the input and the remedy', async (_name, specOf, message) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'local-outside-'));
    try {
      const ws = path.join(root, 'ws');
      await mkdir(path.join(ws, 'linked'), { recursive: true });
      await writeFile(path.join(root, 'other.csv'), 'x,y\n1,2\n');
      await writeFile(path.join(ws, 'inside.csv'), 'x,y\n1,2\n');
      await symlink(path.join(root, 'other.csv'), path.join(ws, 'link.csv'));
      await symlink(path.join(root, 'other.csv'), path.join(ws, 'linked', 'secret.csv'));
      await symlink(root, path.join(ws, 'out'));
      const error = await new LocalDataSource(specOf(ws), ws).list().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/^Input 'data': /);
      expect((error as UserError).message).toMatch(message);
      expect((error as UserError).message).toMatch(/set allow-outside-workspace: true/);
      expect(await new LocalDataSource('inside.csv', ws).list()).toHaveLength(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('says when a glob matches nothing, with the remedy', async () => {
    expect(await listError('data/*.parquet')).toBe(
      `Input 'data': no CSV or JSON Lines files match 'data/*.parquet' under ${workspace}. Check the path (it is ` +
        'relative to the workspace) or commit the data.',
    );
  });

  it('says when a glob matches only files it cannot read', async () => {
    const message = await listError('*/*.{md,txt}');
    expect(message).toMatch(/^Input 'data': no CSV or JSON Lines files match '\*\/\*\.\{md,txt\}' under .* \(it matches 2 files such as 'data\/README\.md', but data files must be '\.csv'/);
  });

  it('names the first match by name, not the folder the crawl happened to finish first', async () => {
    // The glob reads folders concurrently and returns matches as each read completes: a folder reached through
    // a symlink is read after a stat, so here 'z/' always completes before 'a/'; under load, any order can happen.
    const base = await mkdtemp(path.join(os.tmpdir(), 'local-source-order-'));
    try {
      await mkdir(path.join(base, 'linked'));
      await writeFile(path.join(base, 'linked', 'readme.md'), '# notes\n');
      await mkdir(path.join(base, 'workspace', 'z'), { recursive: true });
      await writeFile(path.join(base, 'workspace', 'z', 'notes.md'), '# more notes\n');
      await symlink(path.join(base, 'linked'), path.join(base, 'workspace', 'a'));
      await expect(new LocalDataSource('*/*.md', path.join(base, 'workspace')).list()).rejects.toThrow(
        "(it matches 2 files such as 'a/readme.md', but data files must be",
      );
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  it('says when a path does not exist', async () => {
    expect(await listError('data/missing.csv')).toBe(
      `Input 'data': no file or folder 'data/missing.csv' under ${workspace}. Check the path (it is relative to the ` +
        'workspace) or commit the data.',
    );
  });

  it('rejects a file of an unsupported type named explicitly, naming the supported ones', async () => {
    expect(await listError('notes/readme.txt')).toMatch(
      /^Input 'data': cannot read 'notes\/readme\.txt': data files must be '\.csv', '\.tsv' \(tab-separated\), '\.jsonl' or '\.ndjson'/,
    );
  });

  it('says when a folder holds no data files', async () => {
    expect(await listError('empty')).toMatch(/^Input 'data': the folder 'empty' \(.*empty\) holds no '\.csv'.* files/);
    expect(await listError('notes')).toMatch(/^Input 'data': the folder 'notes'/);
  });

  it('rejects an empty spec', async () => {
    expect(await listError('  ')).toMatch(/^Input 'data' is empty/);
  });
});

describe('LocalDataSource.open and fingerprint', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), 'local-source-copy-'));
    await cp(path.join(workspace, 'data'), path.join(copy, 'data'), { recursive: true });
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  async function fingerprintOf(base: string, spec = 'data'): Promise<string> {
    const source = new LocalDataSource(spec, base);
    return source.fingerprint(await source.list());
  }

  it('opens a file as a stream of its bytes', async () => {
    const source = new LocalDataSource('data/b.csv', workspace);
    const [file] = await source.list();
    expect(await text(await source.open(file!))).toBe('x,y\n1,2\n');
  });

  it('fingerprints names, sizes and contents as a full-length sha256', async () => {
    const original = await fingerprintOf(workspace);
    expect(original).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The same data elsewhere has the same fingerprint.
    expect(await fingerprintOf(copy)).toBe(original);

    // Same name and size, different content.
    await writeFile(path.join(copy, 'data/b.csv'), 'x,y\n1,3\n');
    const changed = await fingerprintOf(copy);
    expect(changed).not.toBe(original);

    // Restored: the fingerprint comes back.
    await writeFile(path.join(copy, 'data/b.csv'), 'x,y\n1,2\n');
    expect(await fingerprintOf(copy)).toBe(original);

    // Same content under another name.
    await rm(path.join(copy, 'data/b.csv'));
    await writeFile(path.join(copy, 'data/b2.csv'), 'x,y\n1,2\n');
    expect(await fingerprintOf(copy)).not.toBe(original);
  });

  it('depends on which files are included', async () => {
    expect(await fingerprintOf(workspace, 'data/*.csv')).not.toBe(await fingerprintOf(workspace));
  });
});
