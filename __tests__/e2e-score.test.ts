// score through the bundled action: after training on penguins, rows with good and bad values are predicted into
// predictions.csv beside the artifacts (the id passed through, the refused rows counted by reason in the summary);
// train: false scores JSON Lines with the baseline's model, which answers as the first run's did; and rows in
// Cloud Storage (fake-gcs-server) are scored into predictions published to the artifact bucket.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, REPO, runAction, type ActionRun } from '../test-support/action.js';
import { seedObjects, startFakeGcs, type FakeGcs } from '../test-support/fake-gcs.js';
import { makeTestServiceAccount } from '../test-support/google-auth.js';

const PENGUINS = join(REPO, 'examples', 'penguins', 'penguins.csv');
const BUCKET = 'penguin-scores';

/** Six penguins to score, with an id: the second's bill is not a number, the fifth's year not one either. */
const NEW_CSV = [
  'penguin_id,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year,notes',
  'a1,Torgersen,39.1,18.7,181,3750,male,2007,',
  'a2,Biscoe,long,15,218,4950,male,2008,typo',
  'a3,Dream,50.9,19.1,196,3550,male,2008,',
  'a4,Biscoe,47.5,15,218,,male,2008,mass unknown',
  'a5,Torgersen,38.6,21.2,191,3800,male,soon,',
  'a6,Dream,46.4,18.6,190,3450,female,2007,',
  '',
].join('\n');
const GOOD = ['a1', 'a3', 'a4', 'a6'];

let gcs: FakeGcs;
let workspace: string;

beforeAll(async () => {
  gcs = await startFakeGcs();
  await seedObjects(gcs.host, BUCKET, { 'incoming/day-1.csv': NEW_CSV });
  workspace = await makeWorkspace({ 'data/penguins.csv': { copy: PENGUINS }, 'new/penguins.csv': { text: NEW_CSV } });
}, 600_000);

afterAll(async () => {
  await gcs?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function succeeded(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
  return run;
}

const TRAIN = { data: 'data/penguins.csv', label: 'species', deploy: 'false', 'function-name': 'penguins-score' };

/** predictions.csv as id → its other fields. */
function csvById(text: string): Map<string, string[]> {
  const [header, ...lines] = text.trimEnd().split('\n');
  expect(header).toBe('penguin_id,prediction,probability_Adelie,probability_Chinstrap,probability_Gentoo,error');
  return new Map(lines.map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1).split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)]));
}

let firstRun: Map<string, string[]>;

describe('score', () => {
  it('predicts the rows after training, one line each, with the refused ones counted by reason', async () => {
    const run = succeeded(await runAction(workspace, { ...TRAIN, score: 'new/*.csv', 'score-id-column': 'penguin_id' }));
    const predictions = run.outputs.predictions ?? '';
    expect(predictions).toBe(join(run.outputs['artifacts-uri'] ?? '', 'predictions.csv'));
    firstRun = csvById(await readFile(predictions, 'utf8'));
    expect([...firstRun.keys()]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    for (const id of GOOD) {
      const [label, ...rest] = firstRun.get(id) ?? [];
      expect(['Adelie', 'Chinstrap', 'Gentoo']).toContain(label);
      expect(rest.slice(0, 3).map(Number).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
      expect(rest[3]).toBe('');
    }
    expect(firstRun.get('a2')?.at(-1)).toBe('"new/penguins.csv:3.bill_length_mm: expected a finite number or null, got ""long"""');
    expect(run.summary).toContain('Scored **4** of 6 rows of 1 file matching new/*.csv into');
    expect(run.summary).toContain("| not a number in 'bill_length_mm' | 1 | new/penguins.csv:3 |");
    expect(run.summary).toContain("| not a number in 'year' | 1 | new/penguins.csv:6 |");
    expect(run.summary).toContain('Columns the model does not use, left out: `notes`.');
    expect(run.stdout).toContain('Scored 4 of 6 rows of 1 file matching new/*.csv; refused: 1 not a number in');
  });

  it("train: false scores JSON Lines with the baseline's model, which answers as the run that trained it", async () => {
    const [header, ...lines] = NEW_CSV.trimEnd().split('\n');
    const columns = (header ?? '').split(',');
    const jsonl = lines
      .map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value || null])))
      .map((record) => JSON.stringify(record))
      .join('\n');
    await writeFile(join(workspace, 'new/penguins.jsonl'), jsonl);
    const run = succeeded(
      await runAction(workspace, { train: 'false', 'function-name': 'penguins-score', score: 'new/penguins.jsonl', 'score-id-column': 'penguin_id' }),
    );
    expect(run.outputs.skipped).toBe('true');
    expect(run.outputs['artifacts-uri']).toBe('');
    const predictions = run.outputs.predictions ?? '';
    expect(predictions.startsWith(join(workspace, '.ml-pipeline', 'artifacts', 'penguins-score'))).toBe(true);
    expect(predictions.endsWith('predictions.jsonl')).toBe(true);
    const records = (await readFile(predictions, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { penguin_id: string; prediction?: string; probabilities?: Record<string, number>; error?: string });
    expect(records.map((record) => record.penguin_id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    for (const record of records) {
      const trained = firstRun.get(record.penguin_id) ?? [];
      if (GOOD.includes(record.penguin_id)) {
        expect(record.prediction).toBe(trained[0]);
        expect(Object.values(record.probabilities ?? {})).toEqual(trained.slice(1, 4).map(Number));
      } else {
        expect(record.error).toMatch(/^new\/penguins\.jsonl:\d+\.(bill_length_mm|year): expected a finite number or null/);
      }
    }
    expect(run.summary).toContain("train is false: the baseline's model (run ");
    expect(run.summary).toContain('Scored **4** of 6 rows of new/penguins.jsonl into');
  });

  it('scores rows in Cloud Storage and publishes the predictions with the artifacts in the bucket', async () => {
    const account = makeTestServiceAccount();
    const run = succeeded(
      await runAction(
        workspace,
        {
          ...TRAIN,
          'function-name': 'penguins-gcs-score',
          score: `gs://${BUCKET}/incoming/`,
          'score-id-column': 'penguin_id',
          'artifact-bucket': BUCKET,
          credentials: Buffer.from(account.keyJson).toString('base64'),
        },
        { env: { STORAGE_EMULATOR_HOST: gcs.host } },
      ),
    );
    const artifacts = run.outputs['artifacts-uri'] ?? '';
    expect(artifacts).toMatch(new RegExp(`^gs://${BUCKET}/penguins-gcs-score/[^/]+/$`));
    expect(run.outputs.predictions).toBe(`${artifacts}predictions.csv`);
    const object = (run.outputs.predictions ?? '').slice(`gs://${BUCKET}/`.length);
    const stored = await fetch(`${gcs.host}/storage/v1/b/${BUCKET}/o/${encodeURIComponent(object)}?alt=media`);
    expect(stored.status).toBe(200);
    const byId = csvById(await stored.text());
    expect([...byId.keys()]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(run.summary).toContain(`Scored **4** of 6 rows of 1 object under gs://${BUCKET}/incoming/ into`);
  });
});
