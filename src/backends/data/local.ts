import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DATA_EXTENSIONS, SUPPORTED_EXTENSIONS_TEXT, dataFormatOf } from '../../formats/read.js';
import { Input } from '../../constants.js';
import { UserError } from '../../util/errors.js';
import { checkInsideWorkspace, type WorkspaceBounds } from '../../util/workspace.js';
import type { DataFile, DataSource } from './types.js';

const NOT_FOUND_REMEDY = 'Check the path (it is relative to the workspace) or commit the data.';

export interface LocalDataOptions {
  /** The `allow-outside-workspace` input: read paths and files that resolve outside the workspace. */
  allowOutsideWorkspace?: boolean;
  /** The input that names the files, for messages: `data` (training) or `score` (rows to predict). */
  input?: Input;
}

/**
 * Data files in the workspace: the `data` input names one file, a folder (every data file below it), or a
 * glob. Paths are relative to the workspace; absolute paths work too. The path, and every file it matches
 * once symlinks are followed, must lie inside the workspace unless allowOutsideWorkspace.
 */
export class LocalDataSource implements DataSource {
  private summary: string;
  private readonly bounds: WorkspaceBounds;
  private readonly input: Input;

  constructor(
    private readonly spec: string,
    private readonly workspace: string,
    options: LocalDataOptions = {},
  ) {
    this.summary = `local data '${spec}'`;
    this.bounds = { workspace, allowOutside: options.allowOutsideWorkspace ?? false };
    this.input = options.input ?? Input.Data;
  }

  get description(): string {
    return this.summary;
  }

  async list(): Promise<DataFile[]> {
    const spec = this.spec.trim();
    if (spec === '') {
      throw new UserError(`Input '${this.input}' is empty: set it to a data file, a folder or a glob in the workspace.`);
    }
    const target = await checkInsideWorkspace(this.bounds, this.input, spec);
    const found = await statOrNull(target);
    let paths: string[];
    if (found?.isFile()) {
      if (dataFormatOf(target) === null) {
        throw new UserError(`Input '${this.input}': cannot read '${spec}': data files must be ${SUPPORTED_EXTENSIONS_TEXT}.`);
      }
      paths = [target];
      this.summary = this.display(target);
    } else if (found?.isDirectory()) {
      paths = await this.dataFilesBelow(target, spec);
      this.summary = `${count(paths.length)} below ${spec}`;
    } else if (isDynamicPattern(spec)) {
      paths = await this.dataFilesMatching(spec);
      this.summary = `${count(paths.length)} matching ${spec}`;
    } else {
      throw new UserError(`Input '${this.input}': no file or folder '${spec}' under ${this.workspace}. ${NOT_FOUND_REMEDY}`);
    }
    for (const file of paths) await checkInsideWorkspace(this.bounds, this.input, file);
    const files = await Promise.all(
      paths.map(async (uri) => ({ uri, display: this.display(uri), size: (await stat(uri)).size })),
    );
    return files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  }

  async open(file: DataFile): Promise<Readable> {
    return createReadStream(file.uri);
  }

  /** sha256 over each file's name, size and content hash, in the given order; contents are streamed. */
  async fingerprint(files: readonly DataFile[]): Promise<string> {
    const overall = createHash('sha256');
    for (const file of files) {
      const content = createHash('sha256');
      for await (const chunk of createReadStream(file.uri)) content.update(chunk as Buffer);
      // NUL cannot occur in a path, so the fields cannot run into each other.
      overall.update(`${file.display}\0${file.size}\0${content.digest('hex')}\n`);
    }
    return `sha256:${overall.digest('hex')}`;
  }

  private async dataFilesBelow(folder: string, spec: string): Promise<string[]> {
    const extensions = Object.keys(DATA_EXTENSIONS).map((extension) => extension.slice(1));
    const paths = await glob(`**/*.{${extensions.join(',')}}`, {
      cwd: folder,
      absolute: true,
      caseSensitiveMatch: false,
      expandDirectories: false,
    });
    if (paths.length === 0) {
      throw new UserError(
        `Input '${this.input}': the folder '${spec}' (${folder}) holds no ${SUPPORTED_EXTENSIONS_TEXT} files, in it or ` +
          `below it. ${NOT_FOUND_REMEDY}`,
      );
    }
    return paths.map((match) => path.resolve(match));
  }

  /** Files the glob matches that the reader can read; other matches (a README beside the data) are left out. */
  private async dataFilesMatching(spec: string): Promise<string[]> {
    // Sorted: the glob returns matches in the order its concurrent folder reads complete, which varies from
    // run to run, and the message below names the first one.
    const matches = (await glob(spec, { cwd: this.workspace, absolute: true, expandDirectories: false }))
      .map((match) => path.resolve(match))
      .sort();
    const paths = matches.filter((match) => dataFormatOf(match) !== null);
    if (paths.length === 0) {
      const others =
        matches.length > 0
          ? ` (it matches ${count(matches.length)} such as '${this.display(matches[0]!)}', but data ` +
            `files must be ${SUPPORTED_EXTENSIONS_TEXT})`
          : '';
      throw new UserError(
        `Input '${this.input}': no CSV or JSON Lines files match '${spec}' under ${this.workspace}${others}. ` +
          NOT_FOUND_REMEDY,
      );
    }
    return paths;
  }

  /** Workspace-relative with forward slashes, so names and the fingerprint are the same on every OS. */
  private display(file: string): string {
    const relative = path.relative(this.workspace, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      return file;
    }
    return relative.split(path.sep).join('/');
  }
}

function count(files: number): string {
  return files === 1 ? '1 file' : `${files} files`;
}

async function statOrNull(target: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
