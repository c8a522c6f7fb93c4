import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Reporter } from './types.js';

/** Outside a runner there is no job summary: the same report goes to a Markdown file in the workspace. */
export class FileReporter implements Reporter {
  constructor(private readonly path: string) {}

  async publish(markdown: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, markdown);
    core.info(`Report written to ${this.path}`);
  }
}
