import { describe, expect, it } from '@jest/globals';
import { parseDataLocation } from '../src/backends/data/location.js';
import { UserError } from '../src/util/errors.js';

describe('parseDataLocation', () => {
  it('reads a path as local and a gs:// URI as a bucket and the objects it selects', () => {
    expect(parseDataLocation('data/*.csv')).toEqual({ kind: 'local', path: 'data/*.csv' });
    expect(parseDataLocation('gs://b-1/train/')).toEqual({ kind: 'gcs', uri: 'gs://b-1/train/', bucket: 'b-1', selection: { kind: 'prefix', prefix: 'train/' } });
    expect(parseDataLocation('gs://b-1/train')).toMatchObject({ selection: { kind: 'prefix', prefix: 'train/' } });
    expect(parseDataLocation('gs://b-1/train/a.csv.gz')).toMatchObject({ selection: { kind: 'object', name: 'train/a.csv.gz' } });
    const glob = parseDataLocation('gs://b-1/train/2024-*.csv');
    expect(glob).toMatchObject({ bucket: 'b-1', selection: { kind: 'glob', prefix: 'train/', pattern: 'train/2024-*.csv' } });
    if (glob.kind !== 'gcs' || glob.selection.kind !== 'glob') throw new Error('expected a glob');
    expect([glob.selection.matches('train/2024-01.csv'), glob.selection.matches('train/2023-01.csv')]).toEqual([true, false]);
  });

  it('refuses a gs:// URI without a valid bucket name, naming the input', () => {
    expect(() => parseDataLocation('gs://Bad_Bucket/x.csv')).toThrow(UserError);
    expect(() => parseDataLocation('gs:///x.csv')).toThrow(
      "Input 'data': 'gs:///x.csv' is not a valid Cloud Storage location. 'gs:///x.csv' does not name a Cloud Storage bucket",
    );
  });
});
