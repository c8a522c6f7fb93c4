import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawValue } from '../src/backends/data/types.js';
import { LocalDataSource } from '../src/backends/data/local.js';
import type { BaselineRecord } from '../src/backends/baseline/types.js';
import { checkBaseline, writeRecord } from '../src/backends/baseline/validate.js';
import { readRows } from '../src/formats/read.js';
import { profileRows } from '../src/data/profile.js';
import { mulberry32 } from '../src/ml/random.js';
import { HoldoutSplit } from '../src/data/split.js';
import { decide, type GateSettings } from '../src/stages/compare.js';
import { featureDistributions, measureDrift } from '../src/stages/drift.js';
import { renderReport } from '../src/stages/report.js';
import { planTraining } from '../src/stages/validate.js';
import { rowsOf } from '../test-support/rows.js';

const FIXTURES = join(import.meta.dirname, '..', '__fixtures__', 'data');
const split = new HoldoutSplit(0.2, 42);

type Records = Array<Record<string, RawValue>>;

async function recordsOf(file: string): Promise<Records> {
  const source = new LocalDataSource(file, FIXTURES);
  const records: Records = [];
  for await (const row of readRows(source, await source.list())) records.push(row.values);
  return records;
}

/** Profile and plan of records, as the pipeline's profiling pass makes them. */
async function profiled(records: Records, label: string) {
  const profile = await profileRows(rowsOf(records), split, label);
  const plan = planTraining(profile, { dataDescription: 'data.csv', label, features: [], exclude: [], task: 'auto', holdout: 0.2 });
  return { profile, plan };
}

/** The baseline's distributions through JSON, as a later run reads them back from its record. */
async function reference(records: Records, label: string) {
  const { profile, plan } = await profiled(records, label);
  return JSON.parse(JSON.stringify(featureDistributions(profile, plan))) as ReturnType<typeof featureDistributions>;
}

describe('drift against the baseline data', () => {
  let wine: Records;
  let tips: Records;
  beforeAll(async () => {
    wine = await recordsOf('winequality_red.csv');
    tips = await recordsOf('tips.csv');
  });

  it('reports none for an unchanged dataset', async () => {
    for (const [records, label] of [
      [wine, 'quality'],
      [tips, 'tip'],
    ] as const) {
      const { profile, plan } = await profiled(records, label);
      const report = measureDrift('7-1', await reference(records, label), profile, plan, 0.1);
      expect(report.compared).toBe(plan.features.length);
      expect(report.features).toEqual([]);
      expect(report.drifted).toEqual([]);
    }
  });

  it('reports none for new rows of the same distribution, beyond the sample the bins are cut from', async () => {
    // 20,000 rows each: the seeded reservoir keeps 4,096 values of a column, and the noise between two draws stays under the floor.
    const draw = (seed: number): Records => {
      const random = mulberry32(seed);
      return Array.from({ length: 20_000 }, () => ({ x: random() + random() + random(), kind: random() < 0.3 ? 'a' : 'b', y: random() }));
    };
    const { profile, plan } = await profiled(draw(2), 'y');
    const report = measureDrift('7-1', await reference(draw(1), 'y'), profile, plan, 0.1);
    expect(report.compared).toBe(2);
    expect(report.features).toEqual([]);
  });

  it('names the one numeric feature that shifted as the top drifted feature, with its distance', async () => {
    // A changed unit upstream: alcohol arrives 1.5 points higher. Nothing else moves.
    const shifted = wine.map((row) => ({ ...row, alcohol: Number(row.alcohol) + 1.5 }));
    const { profile, plan } = await profiled(shifted, 'quality');
    const report = measureDrift('7-1', await reference(wine, 'quality'), profile, plan, 0.1);
    expect(report.features.map((drift) => drift.feature)).toEqual(['alcohol']);
    const [top] = report.features;
    expect(top?.measure).toBe('jensen-shannon');
    // Most of the shifted values land in the baseline's top deciles: far apart, though not disjoint.
    expect(top?.distance).toBeGreaterThan(0.3);
    expect(top?.distance).toBeLessThan(1);
    expect(report.drifted).toEqual(report.features);
  });

  it('measures a categorical feature by the largest change in a value share (L-infinity)', async () => {
    // Saturdays recorded as Sundays: Sat's share goes to Sun, which is the largest change.
    const saturdays = tips.filter((row) => row.day === 'Sat').length;
    const relabelled = tips.map((row) => (row.day === 'Sat' ? { ...row, day: 'Sun' } : row));
    const { profile, plan } = await profiled(relabelled, 'tip');
    const report = measureDrift('7-1', await reference(tips, 'tip'), profile, plan, null);
    expect(report.features).toEqual([{ feature: 'day', measure: 'l-infinity', distance: expect.any(Number) }]);
    expect(report.features[0]?.distance).toBeCloseTo(saturdays / tips.length, 5);
    expect(report.drifted).toEqual([]);
  });

  it('keeps no cell of the data in the stored distributions: categories are hashed', async () => {
    const distributions = await reference(tips, 'tip');
    const text = JSON.stringify(distributions);
    for (const value of ['Sun', 'Sat', 'Female', 'Dinner']) expect(text).not.toContain(value);
    expect(distributions.day).toMatchObject({ kind: 'categorical', other: 0 });
    const bill = distributions.total_bill;
    expect(bill?.kind).toBe('numeric');
    if (bill?.kind === 'numeric') {
      expect(bill.edges).toHaveLength(9);
      expect(bill.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('warns or fails the gate beyond max-drift, and the report shows the top drifted features', async () => {
    const shifted = wine.map((row) => ({ ...row, alcohol: Number(row.alcohol) + 1.5 }));
    const { profile, plan } = await profiled(shifted, 'quality');
    const drift = measureDrift('7-1', await reference(wine, 'quality'), profile, plan, 0.1);
    const gate = (onDrift: 'warn' | 'fail'): GateSettings => ({
      gate: 'point',
      minMetric: null,
      maxRegression: 0,
      onRegression: 'fail',
      maxDrift: 0.1,
      onDrift,
    });
    const current = { task: 'regression' as const, metrics: { rmse: 0.6 } };
    const warned = decide('rmse', current, null, gate('warn'), drift);
    expect(warned).toMatchObject({ passed: true, action: 'ship' });
    expect(warned.driftWarning).toMatch(/^1 feature\(s\) moved beyond max-drift 0\.1 against the data of run 7-1: 'alcohol' 0\.\d+ \(Jensen–Shannon\)\. on-drift: warn/);
    const failed = decide('rmse', current, null, gate('fail'), drift);
    expect(failed).toMatchObject({ passed: false, action: 'fail' });
    expect(failed.reason).toMatch(/^Drift failed the run: 1 feature\(s\) moved beyond max-drift 0\.1 .*on-drift: fail, so nothing is deployed/);
    // A run the gate fails anyway still says what drifted.
    const below = decide('rmse', current, null, { ...gate('fail'), minMetric: 0.1 }, drift);
    expect(below).toMatchObject({ action: 'fail', reason: expect.stringMatching(/^Gate failed: rmse 0\.6 is above min-metric 0\.1/) });
    expect(below.driftWarning).toMatch(/^1 feature\(s\) moved beyond max-drift 0\.1 against the data of run 7-1: 'alcohol' /);

    const markdown = renderReport({ functionName: 'f', runId: '8-1', dataDescription: 'd', fingerprint: 'sha256:x', baseline: null, drift });
    expect(markdown).toContain('### Drift from the data of run 7-1');
    expect(markdown).toMatch(/\| `alcohol` \| 0\.\d+ \(Jensen–Shannon\) ⚠️ \|/);
    const calm = measureDrift('7-1', await reference(wine, 'quality'), (await profiled(wine, 'quality')).profile, plan, 0.1);
    expect(renderReport({ functionName: 'f', runId: '8-1', dataDescription: 'd', fingerprint: 'sha256:x', baseline: null, drift: calm })).toContain(
      `No feature moved beyond noise (0.01) among the ${plan.features.length} compared`,
    );
  });
});

describe('the baseline record with distributions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drift-record-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const record = (distributions: unknown): BaselineRecord =>
    ({
      formatVersion: 1,
      key: 'k',
      runId: '7-1',
      commit: null,
      createdAt: '2026-12-01T00:00:00Z',
      task: 'regression',
      primaryMetric: 'rmse',
      metrics: { rmse: 1 },
      dataFingerprint: 'sha256:x',
      rows: 10,
      schema: { a: 'numeric' },
      distributions,
    }) as BaselineRecord;

  it('keeps valid distributions, and drops damaged ones with a problem while the record stays usable', async () => {
    const good = { a: { kind: 'numeric', edges: [1, 2], shares: [0.25, 0.5, 0.25] }, b: { kind: 'categorical', shares: { x1: 0.7 }, other: 0.3 } };
    await writeRecord(dir, record(good));
    const kept = await checkBaseline(dir, 'k');
    expect(kept.record?.distributions).toEqual(good);

    for (const damaged of [
      { a: { kind: 'numeric', edges: [2, 1], shares: [0.25, 0.5, 0.25] } },
      { a: { kind: 'numeric', edges: [1, 2], shares: [0.5, 0.5] } },
      { b: { kind: 'categorical', shares: { x1: 7 }, other: 0.3 } },
      { c: { kind: 'histogram' } },
      [],
    ]) {
      await writeFile(join(dir, 'baseline.json'), JSON.stringify(record(damaged)));
      const check = await checkBaseline(dir, 'k');
      expect(check.record).not.toBeNull();
      expect(check.record?.distributions).toBeUndefined();
      if (check.record) expect(check.problems.join('; ')).toMatch(/its feature distributions are unusable \(.+\): drift is not measured/);
    }
  });
});
