import { readdir, readFile } from 'node:fs/promises';

/** Pids of functions-framework processes serving a source under `dir`, found by their command line. */
export async function serversUnder(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (args.split('\0').some((arg) => arg.startsWith(`--source=${dir}`))) pids.push(Number(entry));
  }
  return pids;
}
