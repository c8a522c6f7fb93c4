import type { ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

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

/**
 * Waits until an emulator the test started answers `readyUrl` with 2xx, draining its stderr (so it never blocks
 * on a full pipe) and keeping the tail, which the error quotes if it exits or stays silent past `timeoutMs`.
 * Returns stop(): SIGTERM, wait for the exit, then `cleanup`.
 */
export async function untilReady(
  child: ChildProcess,
  what: string,
  readyUrl: string,
  options: { timeoutMs: number; pollMs: number; cleanup?: () => Promise<void> },
): Promise<() => Promise<void>> {
  let log = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    log = (log + text).slice(-4000);
  });
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await options.cleanup?.();
  };
  for (let waited = 0; ; waited += options.pollMs) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${what} exited with code ${child.exitCode}: ${log}`);
    }
    if (await answers(readyUrl)) return stop;
    if (waited > options.timeoutMs) {
      await stop();
      throw new Error(`${what} did not answer on ${new URL(readyUrl).origin} within ${options.timeoutMs / 1000} s: ${log}`);
    }
    await sleep(options.pollMs);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `server` on a free port of 127.0.0.1 and gives its base URL, with a trailing slash. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
