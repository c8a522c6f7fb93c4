import { describe, expect, it } from '@jest/globals';
import { RecordEncoder } from '../src/ml/preprocess.js';
import { encodeRows, fitPreprocessing } from '../src/data/prepare.js';
import { profileRows } from '../src/data/profile.js';
import { HoldoutSplit } from '../src/data/split.js';
import { planTraining } from '../src/stages/validate.js';
import { rowsOf } from '../test-support/rows.js';

const data = Array.from({ length: 300 }, (_, i) => ({
  size: i % 10 === 0 ? null : String(i % 50),
  colour: ['red', 'red', 'red', 'blue', 'blue', 'green', 'teal'][i % 7] ?? null,
  kind: i % 4 === 0 ? 'big' : 'small',
}));
const split = new HoldoutSplit(0.25, 3);

async function prepared(maxCategories = 2) {
  const profile = await profileRows(rowsOf(data), split);
  const plan = planTraining(profile, { dataDescription: 'data.csv', label: 'kind', features: [], exclude: [], task: 'auto', holdout: 0.25 });
  const preprocessing = fitPreprocessing(plan, profile, maxCategories);
  return { profile, preprocessing, data: await encodeRows(rowsOf(data), preprocessing, split, profile) };
}

describe('preprocessing', () => {
  it('is fitted on the training split only', async () => {
    const { preprocessing } = await prepared();
    const trainSizes = data
      .filter((row) => !split.isHoldout(row) && row.size !== null)
      .map((row) => Number(row.size));
    const mean = trainSizes.reduce((a, b) => a + b, 0) / trainSizes.length;
    const size = preprocessing.features[0];
    expect(size).toMatchObject({ kind: 'numeric', name: 'size' });
    expect(size?.kind === 'numeric' && size.mean).toBeCloseTo(mean, 10);
    expect(preprocessing.classes).toEqual(['big', 'small']);
  });

  it('keeps the most frequent categories and sends the rest, unseen and missing to the last slot', async () => {
    const { preprocessing } = await prepared(2);
    expect(preprocessing.features[1]).toEqual({ kind: 'categorical', name: 'colour', categories: ['red', 'blue'] });
    const encoder = new RecordEncoder(preprocessing);
    expect(encoder.width).toBe(1 + 3);
    const out = new Float32Array(4);
    const size = preprocessing.features[0];
    if (size?.kind !== 'numeric') throw new Error('size is numeric');
    expect(encoder.encodeFeatures({ size: '10', colour: 'blue' }, out, 0)).toBeNull();
    expect(Array.from(out)).toEqual([Math.fround((10 - size.mean) / size.std), 0, 1, 0]);
    encoder.encodeFeatures({ size: null, colour: 'purple' }, out, 0);
    expect(Array.from(out)).toEqual([0, 0, 0, 1]);
    encoder.encodeFeatures({ size: 7, colour: null }, out, 0);
    expect(Array.from(out.subarray(1))).toEqual([0, 0, 1]);
  });

  it('reports a numeric feature that is not a number, for serving to reject', async () => {
    const encoder = new RecordEncoder((await prepared()).preprocessing);
    expect(encoder.encodeFeatures({ size: 'ten', colour: 'red' }, new Float32Array(4), 0)).toBe('size');
  });

  it('encodes every labelled row into the split the hash chose', async () => {
    const { profile, data: encoded } = await prepared();
    expect(encoded.train.x.rows).toBe(profile.trainRows);
    expect(encoded.test.x.rows).toBe(profile.testRows);
    expect(encoded.train.x.data.length).toBe(profile.trainRows * 4);
    expect(encoded.samples).toHaveLength(3);
    expect(Object.keys(encoded.samples[0] ?? {})).toEqual(['size', 'colour']);
  });

  it('decodes outputs to labels with probabilities, and regression back to label units', () => {
    const classifier = new RecordEncoder({
      formatVersion: 1, task: 'classification', label: 'k', features: [], classes: ['a', 'b'], target: null,
    });
    expect(classifier.decode(Float32Array.from([0.25, 0.75, 0.9, 0.1]), 2)).toEqual([
      { label: 'b', probabilities: { a: 0.25, b: 0.75 } },
      { label: 'a', probabilities: { a: Math.fround(0.9), b: Math.fround(0.1) } },
    ]);
    const regressor = new RecordEncoder({
      formatVersion: 1, task: 'regression', label: 'y', features: [], classes: null, target: { mean: 10, std: 2 },
    });
    expect(regressor.decode(Float32Array.from([1.5]), 1)).toEqual([13]);
    expect(regressor.encodeLabel('14')).toBe(2);
    expect(regressor.encodeLabel('n/a')).toBeNull();
  });

  it('never hands the model a standardised value beyond 32-bit floats', () => {
    const encoder = new RecordEncoder({
      formatVersion: 1,
      task: 'regression',
      label: 'y',
      features: [{ kind: 'numeric', name: 'tiny', mean: 0, std: 1e-300 }],
      classes: null,
      target: { mean: 0, std: 1e-300 },
    });
    const out = new Float32Array(1);
    expect(encoder.encodeFeatures({ tiny: '1' }, out, 0)).toBe('tiny');
    expect(out[0]).toBe(0);
    expect(encoder.encodeFeatures({ tiny: '1e-301' }, out, 0)).toBeNull();
    expect(out[0]).toBeCloseTo(0.1, 6);
    expect(encoder.encodeLabel('1')).toBeNull();
  });

  it('does not count a regression label that is not a number as an unseen class', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ x: String(i % 17), y: i % 25 === 0 ? 'n/a' : String(i * 0.37) }));
    const profile = await profileRows(rowsOf(rows), split);
    const plan = planTraining(profile, { dataDescription: 'data.csv', label: 'y', features: [], exclude: [], task: 'regression', holdout: 0.25 });
    const encoded = await encodeRows(rowsOf(rows), fitPreprocessing(plan, profile, 20), split, profile);
    expect(encoded.train.x.rows + encoded.test.x.rows).toBe(192);
    expect(encoded.unseenClassRows).toBe(0);
  });
});
