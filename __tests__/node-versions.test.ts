// One Node version everywhere: action.yml's runtime is what users run, so it is what engines promises, what the
// npm scripts run on (the `node` devDependency puts its binary first on their PATH) and what CI sets up.
import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../test-support/action.js';

interface PackageJson {
  engines?: { node?: string };
  devDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
}
interface Workflow {
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[]; strategy?: unknown }>;
}

const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(await readFile(join(REPO, 'package-lock.json'), 'utf8')) as Lockfile;
const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as { runs: { using: string } };
const RUNTIME = Number(/^node(\d+)$/.exec(action.runs.using)?.[1]);

describe('the supported Node version', () => {
  it('is the runtime action.yml declares, in engines and in the node devDependency', () => {
    expect(RUNTIME).toBe(24);
    expect(pkg.engines?.node).toBe(`>=${RUNTIME}`);
    expect(pkg.devDependencies?.node).toMatch(new RegExp(`^\\^${RUNTIME}\\.`));
  });

  it('in engines satisfies every dependency that sets a lowest Node version (no EBADENGINE on npm ci)', () => {
    const promised = Number(/^>=\s*(\d+)$/.exec(pkg.engines?.node ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    const lowest = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      // The plain `>=N` ranges are the ones that rise with new majors (gaxios, google-auth-library: >=22).
      const match = range === undefined ? null : /^>=\s*(\d+)(?:\.\d+){0,2}$/.exec(range.trim());
      return match ? [{ name: name || 'package.json', major: Number(match[1]) }] : [];
    });
    expect(lowest.length).toBeGreaterThan(0);
    expect(lowest.filter(({ major }) => major > promised)).toEqual([]);
  });

  it('is the one Node every workflow sets up', async () => {
    const dir = join(REPO, '.github', 'workflows');
    const versions: unknown[] = [];
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.yml'))) {
      const workflow = parse(await readFile(join(dir, file), 'utf8')) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/setup-node@')) versions.push(step.with?.['node-version']);
        }
      }
    }
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set([RUNTIME]));
  });
});
