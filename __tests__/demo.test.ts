import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO } from '../test-support/action.js';

let workspace = '';
afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('trains, prints the URL and accuracy, answers a prediction, and stops serving on Ctrl+C', async () => {
    workspace = await makeWorkspace({
      'examples/penguins/penguins.csv': { copy: join(REPO, 'examples', 'penguins', 'penguins.csv') },
    });
    const demo = spawn(process.execPath, [join(REPO, 'scripts', 'demo.mjs')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    demo.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const serving = new Promise<void>((resolve, reject) => {
      demo.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C to stop.')) resolve();
      });
      demo.on('exit', (code) => reject(new Error(`demo exited (${code}) before serving:\n${output}`)));
    });
    try {
      await serving;
      const url = /^trigger-url: (\S+)$/m.exec(output)?.[1] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(Number(/^accuracy: ([\d.]+)$/m.exec(output)?.[1])).toBeGreaterThanOrEqual(0.95);
      expect(output).toMatch(/→ 200 \{"predictions":\[\{"label":"Gentoo"/);
      expect((await fetch(url)).status).toBe(200);

      demo.kill('SIGINT');
      await once(demo, 'exit');
      expect(output).toContain('Stopped the function.');
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      if (demo.exitCode === null) demo.kill('SIGKILL');
    }
  });
});
