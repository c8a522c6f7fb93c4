import { join, resolve } from 'node:path';

/** The shared datasets (MANIFEST.md there): BENCH_DATA_DIR, or shared/datasets beside the clone `repo`. */
export function sharedDatasets(repo: string): string {
  return resolve(process.env.BENCH_DATA_DIR ?? join(repo, '..', 'shared', 'datasets'));
}
