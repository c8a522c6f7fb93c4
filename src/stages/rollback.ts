import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactStore, FetchedRun } from '../backends/artifacts/types.js';
import { checkRecord } from '../backends/baseline/validate.js';
import type { BaselineRecord } from '../backends/baseline/types.js';
import type { RawValue } from '../backends/data/types.js';
import { Input } from '../constants.js';
import { fileProblem, MODEL_FOLDER } from '../ml/bundle.js';
import type { Preprocessing } from '../ml/preprocess.js';
import { UserError } from '../util/errors.js';
import { emptyRecord } from '../util/values.js';

/** What `rollback-to` names: the run that served before the serving one, or a run by its id (a safe path segment). */
export type RollbackTarget = { kind: 'previous' } | { kind: 'run'; runId: string };

/** The run a rollback serves again: its artifacts, its record (what it measured) and its bundle's preprocessing. */
export interface RollbackRun {
  runId: string;
  fetched: FetchedRun;
  modelDir: string;
  record: BaselineRecord;
  preprocessing: Preprocessing;
}

/** The record of a run, as writeRunRecords (stages/artifacts.ts) keeps it: `run` in metrics.json. */
const METRICS_FILE = 'metrics.json';
/** How many run ids an error names, newest-looking last. */
const NAMED_RUNS = 20;

const INPUT = `Input '${Input.RollbackTo}'`;

/**
 * Finds and fetches the run `target` names. `previous` is the run that served before the one serving now, as the
 * baseline records it (`previousServing`): each deploy and each rollback records what it replaced, so two
 * rollbacks to `previous` in a row go back and forth between the last two models.
 */
export async function fetchRollbackRun(
  target: RollbackTarget,
  baseline: BaselineRecord | null,
  artifacts: ArtifactStore,
  where: { functionName: string; baselineKey: string; into: string },
): Promise<RollbackRun> {
  const { functionName, baselineKey, into } = where;
  const runId = target.kind === 'run' ? target.runId : previousRunId(baseline);
  const fetched = await artifacts.fetch(functionName, runId, into);
  if (fetched === null) {
    const runs = await artifacts.runIds(functionName);
    const named = runs.length > NAMED_RUNS ? [`… ${runs.length - NAMED_RUNS} more`, ...runs.slice(-NAMED_RUNS)] : runs;
    throw new UserError(
      `${INPUT}: ${artifacts.description} holds no run '${runId}' of ${functionName}. ` +
        (runs.length === 0 ? 'It holds no runs of it at all: ' : `Its runs: ${named.join(', ')}. `) +
        'Name one of those, or check artifact-bucket and function-name.',
    );
  }
  let value: unknown;
  try {
    value = (JSON.parse(await readFile(join(fetched.dir, METRICS_FILE), 'utf8')) as { run?: unknown }).run;
  } catch (error) {
    throw new UserError(`${INPUT}: run ${runId} in ${fetched.uri}: ${fileProblem(METRICS_FILE, error)}. Roll back to another run.`);
  }
  const modelDir = join(fetched.dir, MODEL_FOLDER);
  // Its record becomes this key's baseline, whatever key it was written under.
  const keyed = typeof value === 'object' && value !== null ? { ...value, key: baselineKey } : value;
  const check = await checkRecord(keyed, baselineKey, modelDir, `${METRICS_FILE} 'run'`);
  const problem =
    check.record === null ? check.problem : check.preprocessing === null ? check.problems.join('; ') : null;
  if (check.record === null || check.preprocessing === null || check.record.runId !== runId) {
    throw new UserError(
      `${INPUT}: run ${runId} in ${fetched.uri} cannot be served again: ${problem ?? `its record is run ${check.record?.runId}`}. ` +
        'Roll back to another run.',
    );
  }
  return { runId, fetched, modelDir, record: check.record, preprocessing: check.preprocessing };
}

function previousRunId(baseline: BaselineRecord | null): string {
  const previous = baseline?.previousServing;
  if (!baseline || !previous) {
    const serving = baseline?.serving ? `; run ${baseline.serving.runId} serves now` : '';
    throw new UserError(
      `${INPUT}: previous names the run that served before the one serving now, and ` +
        (baseline ? `baseline '${baseline.key}' (run ${baseline.runId}) records none${serving}` : 'there is no baseline') +
        '. Name a run id instead.',
    );
  }
  return previous.runId;
}

/**
 * Instances to check a rolled-back deployment with, made from the bundle's preprocessing alone (no data row is
 * kept in the artifacts): for each of three, every number at its training mean minus, at and plus one deviation,
 * the categories in turn, and dates at their reference day.
 */
export function checkInstances(preprocessing: Preprocessing): Array<Record<string, RawValue>> {
  return [-1, 0, 1].map((step, index) => {
    const record = emptyRecord();
    for (const feature of preprocessing.features) {
      record[feature.name] =
        feature.kind === 'numeric'
          ? feature.mean + step * feature.std
          : feature.kind === 'date'
            ? feature.reference
            : (feature.categories[index % Math.max(feature.categories.length, 1)] ?? null);
    }
    return record;
  });
}
