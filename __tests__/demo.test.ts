import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO } from '../test-support/action.js';
import { serversUnder } from '../test-support/processes.js';

let workspace = '';
const demos: ChildProcess[] = [];
afterAll(async () => {
  // What a failing test left running: the demos, and the servers they started (each its own process group).
  for (const demo of demos) if (demo.exitCode === null) demo.kill('SIGKILL');
  if (!workspace) return;
  for (const pid of await serversUnder(workspace)) process.kill(-pid, 'SIGKILL');
  await rm(workspace, { recursive: true, force: true });
});

interface Demo {
  process: ChildProcess;
  output: () => string;
  url: string;
}

/** Starts `npm run demo` in the test's workspace and resolves once it serves. */
async function startDemo(): Promise<Demo> {
  const demo = spawn(process.execPath, [join(REPO, 'scripts', 'demo.mjs')], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  demos.push(demo);
  let output = '';
  demo.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    demo.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl+C to stop.')) resolve();
    });
    demo.on('exit', (code) => reject(new Error(`demo exited (${code}) before serving:\n${output}`)));
  });
  return { process: demo, output: () => output, url: /^trigger-url: (\S+)$/m.exec(output)?.[1] ?? '' };
}

async function interrupt(demo: Demo): Promise<void> {
  demo.process.kill('SIGINT');
  if (demo.process.exitCode === null) await once(demo.process, 'exit');
}

describe('npm run demo', () => {
  it('trains, prints the URL and accuracy, answers a prediction, and stops serving on Ctrl+C', async () => {
    workspace = await makeWorkspace({
      'examples/penguins/penguins.csv': { copy: join(REPO, 'examples', 'penguins', 'penguins.csv') },
    });
    const older = await startDemo();
    expect(older.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(Number(/^accuracy: ([\d.]+)$/m.exec(older.output())?.[1])).toBeGreaterThanOrEqual(0.95);
    expect(older.output()).toMatch(/→ 200 \{"predictions":\[\{"label":"Gentoo"/);
    expect((await fetch(older.url)).status).toBe(200);

    // A second demo of the same function takes over; Ctrl+C on the first must leave the second serving.
    const newer = await startDemo();
    await expect(fetch(older.url)).rejects.toThrow();
    await interrupt(older);
    expect((await fetch(newer.url)).status).toBe(200);
    expect(older.output()).toContain('The function was no longer running (a later deploy of penguins-demo replaces the one before): nothing to stop.');

    await interrupt(newer);
    expect(newer.output()).toContain('Stopped the function.');
    await expect(fetch(newer.url)).rejects.toThrow();
  });
});
