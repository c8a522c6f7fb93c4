import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/inputs.js';
import { DEFAULT_TRAINING_SETTINGS } from '../src/model-config.js';
import { withInputs } from '../test-support/inputs.js';

let restore: () => void = () => undefined;
afterEach(() => restore());

const base = { data: 'data.csv', label: 'species', 'deploy-target': 'local' };

async function read(inputs: Record<string, string>, workspace = '/ws') {
  restore = withInputs(inputs);
  return readInputs(workspace);
}

async function rejection(inputs: Record<string, string>, workspace = '/ws'): Promise<string> {
  return read(inputs, workspace).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error.message,
  );
}

describe('readInputs', () => {
  it('refuses a model-config outside the workspace, as written or through a link, unless allowed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'inputs-outside-'));
    try {
      const workspace = join(root, 'ws');
      await mkdir(workspace);
      await writeFile(join(root, 'model.yml'), 'epochs: 3\n');
      await symlink(join(root, 'model.yml'), join(workspace, 'link.yml'));
      for (const path of ['../model.yml', join(root, 'model.yml'), '/etc/passwd']) {
        expect(await rejection({ ...base, 'model-config': path }, workspace)).toMatch(
          /^Input 'model-config': '.+' (?:resolves to .+,|is) outside the workspace .+ set allow-outside-workspace: true/,
        );
      }
      expect(await rejection({ ...base, 'model-config': 'link.yml' }, workspace)).toMatch(
        /^Input 'model-config': 'link\.yml' leads through a symbolic link to .*model\.yml, outside the workspace/,
      );
      const allowed = await read({ ...base, 'model-config': '../model.yml', 'allow-outside-workspace': 'true' }, workspace);
      expect(allowed.settings.epochs).toBe(3);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('applies the documented defaults', async () => {
    const inputs = await read(base);
    expect(inputs).toMatchObject({
      task: 'auto',
      seed: 42,
      holdout: 0.2,
      backend: 'auto',
      metric: 'auto',
      minMetric: null,
      maxRegression: 0,
      onRegression: 'fail',
      gate: 'point',
      confidence: 0.95,
      maxDrift: null,
      onDrift: 'warn',
      functionName: 'ml-model',
      baselineKey: 'ml-pipeline-ml-model',
      skipUnchanged: false,
      deploy: 'auto',
      features: [],
      exclude: [],
      maxTrainingSeconds: null,
    });
    expect(inputs.settings).toEqual(DEFAULT_TRAINING_SETTINGS);
  });

  it.each([
    ['900', 900],
    ['900s', 900],
    ['30m', 1800],
    ['1h', 3600],
    ['1.5h', 5400],
    ['1h30m', 5400],
    [' 2M ', 120],
    ['6h', 21_600],
  ])('reads max-training-time %j as %d seconds', async (text, seconds) => {
    expect((await read({ ...base, 'max-training-time': text })).maxTrainingSeconds).toBe(seconds);
  });

  it('parses lists, numbers and the epochs override', async () => {
    const inputs = await read({ ...base, features: 'a, b,,c', exclude: 'id', epochs: '7', holdout: '0.3' });
    expect(inputs.features).toEqual(['a', 'b', 'c']);
    expect(inputs.exclude).toEqual(['id']);
    expect(inputs.settings.epochs).toBe(7);
    expect(inputs.holdout).toBe(0.3);
    const evidence = await read({ ...base, gate: 'significant', confidence: '0.9', 'max-drift': '0.2', 'on-drift': 'fail' });
    expect(evidence).toMatchObject({ gate: 'significant', confidence: 0.9, maxDrift: 0.2, onDrift: 'fail' });
  });

  it.each([
    [{ data: '' }, "Input 'data' is required"],
    [{ label: '' }, "Input 'label' is required"],
    [{ task: 'clustering' }, "Input 'task': 'clustering' is not one of auto, classification, regression."],
    [{ holdout: '0.9' }, "Input 'holdout': '0.9' is not a number between 0.05 and 0.5."],
    [{ seed: '1.5' }, "Input 'seed': '1.5' is not a whole number"],
    [{ epochs: '0' }, "Input 'epochs': '0' is not a whole number between 1 and 10000."],
    [{ 'max-training-time': '30 minutes' }, "Input 'max-training-time': '30 minutes' is not a duration from 1 s to 6 h. Write seconds (900), or amounts with h, m and s (30m, 1h, 1h30m, 900s)."],
    [{ 'max-training-time': '30m1h' }, "Input 'max-training-time': '30m1h' is not a duration"],
    [{ 'max-training-time': '7h' }, "Input 'max-training-time': '7h' is not a duration from 1 s to 6 h."],
    [{ 'max-training-time': '0' }, "Input 'max-training-time': '0' is not a duration"],
    [{ 'max-training-time': '-5m' }, "Input 'max-training-time': '-5m' is not a duration"],
    [{ 'max-training-time': 'h' }, "Input 'max-training-time': 'h' is not a duration"],
    [{ 'skip-unchanged': 'yes' }, "Input 'skip-unchanged': 'yes' is not a boolean. Use true or false."],
    [{ 'function-name': 'My_Model' }, "Input 'function-name': 'My_Model' is not a valid function name."],
    [{ task: 'regression', metric: 'accuracy' }, "Input 'metric': accuracy does not measure regression."],
    [{ 'on-regression': 'ignore' }, "Input 'on-regression': 'ignore' is not one of fail, skip-deploy, warn."],
    [{ gate: 'strict' }, "Input 'gate': 'strict' is not one of point, significant."],
    [{ confidence: '95' }, "Input 'confidence': '95' is not a number between 0.5 and 0.999."],
    [{ 'max-drift': '1.5' }, "Input 'max-drift': '1.5' is not a number between 0 and 1."],
    [{ 'on-drift': 'skip-deploy' }, "Input 'on-drift': 'skip-deploy' is not one of warn, fail."],
    [{ backend: 'gpu' }, "Input 'backend': 'gpu' is not one of auto, tensorflow, wasm, cpu."],
    [{ data: 'gs://Bad Bucket/x' }, "Input 'data': 'gs://Bad Bucket/x' is not a valid Cloud Storage location."],
    [{ memory: '512MB' }, "Input 'memory': '512MB' is not a size such as 512Mi or 1Gi."],
    [{ 'baseline-key': 'a/b' }, "Input 'baseline-key': 'a/b' cannot name a folder."],
    [{ 'baseline-key': '..' }, "Input 'baseline-key': '..' cannot name a folder."],
    [{ 'baseline-key': '.' }, "Input 'baseline-key': '.' cannot name a folder."],
    [{ 'baseline-key': '.ml' }, "Input 'baseline-key': '.ml' cannot name a folder."],
    [{ seed: '0x10' }, "Input 'seed': '0x10' is not a whole number between 0 and 2147483647."],
    [{ epochs: '0b11' }, "Input 'epochs': '0b11' is not a whole number"],
    [{ holdout: '0o1' }, "Input 'holdout': '0o1' is not a number"],
    [{ features: 'a, b, a' }, "Input 'features': 'a' is listed twice"],
    [{ exclude: 'id, species' }, "Input 'exclude': it lists the label 'species'"],
    [{ features: 'a, b', exclude: 'b' }, "Input 'exclude': 'b' is also listed in 'features'."],
    [{ metric: 'accuracy', 'min-metric': '5' }, "Input 'min-metric': 5 is not a possible accuracy, which is from 0 to 1 (a share: 0.9 means 90%)."],
    [{ task: 'classification', 'min-metric': '90' }, "Input 'min-metric': 90 is not a possible accuracy"],
    [{ task: 'regression', 'min-metric': '-1' }, "Input 'min-metric': -1 is not a possible rmse, which is at least 0"],
    [{ metric: 'r2', 'min-metric': '1.5' }, "Input 'min-metric': 1.5 is not a possible r2, which is at most 1"],
    [{ compute: 'gpu' }, "Input 'compute': 'gpu' is not one of runner, vertex-ai."],
    [{ compute: 'vertex-ai' }, "Input 'compute': vertex-ai trains in Google Cloud, where the job reads the data from Cloud Storage, but data is the local path 'data.csv'."],
    [
      { compute: 'vertex-ai', data: 'bq://my-project.sales.orders' },
      "Input 'artifact-bucket': compute: vertex-ai hands the job BigQuery data as a copy of the rows the runner read, staged in the artifact bucket, " +
        'and data is the BigQuery table bq://my-project.sales.orders, so there is no data bucket to stage it in. Set artifact-bucket',
    ],
    [{ compute: 'vertex-ai', data: '', query: 'SELECT 1 AS species' }, "Input 'artifact-bucket': compute: vertex-ai hands the job BigQuery data as a copy"],
    [{ compute: 'vertex-ai', data: 'gs://b-1/d/', 'machine-type': 'n2 standard' }, "Input 'machine-type': 'n2 standard' is not a Compute Engine machine type"],
    [{ compute: 'vertex-ai', data: 'gs://b-1/d/', 'training-timeout': '30' }, "Input 'training-timeout': '30' is not a whole number between 60 and 604800."],
    [{ compute: 'vertex-ai', data: 'gs://b-1/d/', 'training-service-account': 'me' }, "Input 'training-service-account': 'me' is not a service account email"],
  ])('rejects %j', async (bad, message) => {
    expect(await rejection({ ...base, ...bad })).toContain(message);
  });

  it('reads compute: runner by default, and a Vertex AI job\'s settings with their defaults', async () => {
    expect((await read(base)).compute).toEqual({ kind: 'runner' });
    expect((await read({ ...base, data: 'gs://b-1/d/', compute: 'vertex-ai' })).compute).toEqual({
      kind: 'vertex-ai',
      machineType: 'n2-standard-4',
      image: 'docker.io/library/node:24-slim',
      serviceAccount: null,
      timeoutMs: 3_600_000,
    });
    // BigQuery data goes to the job through the artifact bucket, so with one it is accepted.
    expect((await read({ ...base, data: 'bq://my-project.sales.orders', compute: 'vertex-ai', 'artifact-bucket': 'b-1' })).compute).toMatchObject({
      kind: 'vertex-ai',
    });
    const custom = { 'machine-type': 'n2-highmem-16', 'training-image': 'europe-docker.pkg.dev/p/r/node:24', 'training-timeout': '7200' };
    expect((await read({ ...base, data: 'gs://b-1/d/', compute: 'vertex-ai', ...custom })).compute).toMatchObject({
      machineType: 'n2-highmem-16',
      image: 'europe-docker.pkg.dev/p/r/node:24',
      timeoutMs: 7_200_000,
    });
  });

  it('reads decimal numbers in every notation, and a min-metric it can only check once the task is known', async () => {
    expect(await read({ ...base, seed: '+16', holdout: '.25', 'max-regression': '1e-2' })).toMatchObject({ seed: 16, holdout: 0.25, maxRegression: 0.01 });
    expect((await read({ ...base, 'min-metric': '5' })).minMetric).toBe(5);
  });

  it('parses the function settings', async () => {
    const inputs = await read({ ...base, 'max-instances': '5', 'env-vars': 'MODE=prod\nURL=https://x?a=b', 'deploy-timeout': '120' });
    expect(inputs).toMatchObject({ maxInstances: 5, envVars: { MODE: 'prod', URL: 'https://x?a=b' }, deployTimeoutMs: 120_000 });
    expect((await read(base)).envVars).toBeNull();
  });

  it('parses the rollout and service settings, leaving each unset one to the function', async () => {
    const cloud = { ...base, 'deploy-target': 'cloud-functions' };
    const inputs = await read({
      ...cloud,
      'min-instances': '1',
      'max-instances': '4',
      'service-account': 'predictor@my-project.iam.gserviceaccount.com',
      ingress: 'internal-and-gclb',
      timeout: '300',
      concurrency: '80',
      'canary-percent': '10',
    });
    expect(inputs).toMatchObject({
      minInstances: 1,
      serviceAccount: 'predictor@my-project.iam.gserviceaccount.com',
      ingress: 'ALLOW_INTERNAL_AND_GCLB',
      timeoutSeconds: 300,
      concurrency: 80,
      canaryPercent: 10,
      promote: false,
    });
    expect(await read(cloud)).toMatchObject({
      minInstances: null,
      serviceAccount: null,
      ingress: null,
      timeoutSeconds: null,
      concurrency: null,
      canaryPercent: 0,
    });
  });

  it('refuses rollout and service settings Cloud Functions would refuse, before anything deploys', async () => {
    const cloud = { ...base, 'deploy-target': 'cloud-functions' };
    expect(await rejection({ ...cloud, 'min-instances': '5', 'max-instances': '2' })).toBe(
      "Input 'min-instances': 5 is more than max-instances (2). Lower min-instances or raise max-instances.",
    );
    expect(await rejection({ ...cloud, 'service-account': 'predictor@example.com' })).toContain(
      "Input 'service-account': 'predictor@example.com' is not a service account email",
    );
    expect(await rejection({ ...cloud, ingress: 'public' })).toBe("Input 'ingress': 'public' is not one of all, internal-only, internal-and-gclb.");
    expect(await rejection({ ...cloud, timeout: '3601' })).toContain("Input 'timeout'");
    expect(await rejection({ ...cloud, concurrency: '0' })).toContain("Input 'concurrency'");
    expect(await rejection({ ...cloud, 'canary-percent': '100' })).toContain("Input 'canary-percent'");
    expect(await rejection({ ...base, 'canary-percent': '10' })).toBe(
      "Input 'canary-percent' splits Cloud Run traffic: it needs deploy-target: cloud-functions, not local.",
    );
    expect(await rejection({ ...cloud, promote: 'true', deploy: 'false' })).toContain("Input 'promote': true moves traffic");
  });

  it('reads rollback-to as previous or one run id, and refuses it with promote or deploy: false', async () => {
    expect((await read(base)).rollbackTo).toBeNull();
    expect((await read({ ...base, 'rollback-to': 'previous' })).rollbackTo).toEqual({ kind: 'previous' });
    expect((await read({ ...base, 'rollback-to': '123456-1' })).rollbackTo).toEqual({ kind: 'run', runId: '123456-1' });
    expect(await rejection({ ...base, 'rollback-to': 'runs/../../etc' })).toMatch(/^Input 'rollback-to' \(previous or a run id\): '.*' cannot name a folder/);
    const cloud = { ...base, 'deploy-target': 'cloud-functions' };
    expect(await rejection({ ...cloud, 'rollback-to': 'previous', promote: 'true' })).toBe(
      "Input 'rollback-to' and promote: true both say what serves: set only one of them.",
    );
    expect(await rejection({ ...base, 'rollback-to': 'previous', deploy: 'false' })).toContain("Input 'rollback-to' deploys an earlier run's model");
  });

  it('reads score like data, and train: false without data or label, but never without score', async () => {
    expect(await read(base)).toMatchObject({ train: true, score: null, scoreIdColumn: null });
    expect(await read({ ...base, score: 'new/*.csv', 'score-id-column': 'id' })).toMatchObject({
      score: { kind: 'local', path: 'new/*.csv' },
      scoreIdColumn: 'id',
    });
    expect((await read({ ...base, score: 'gs://rows/new/' })).score).toMatchObject({ kind: 'gcs', bucket: 'rows' });
    expect(await rejection({ ...base, score: 'gs://Not_A_Bucket/x.csv' })).toMatch(/^Input 'score': 'gs:\/\/Not_A_Bucket\/x\.csv' is not a valid Cloud Storage location/);
    expect(await read({ train: 'false', score: 'new.csv' })).toMatchObject({ train: false, data: null, label: '', score: { kind: 'local', path: 'new.csv' } });
    // Given anyway (a step copied from the training one), they are not read: no data source, no credentials for one.
    expect(await read({ ...base, data: 'gs://training/data/', train: 'false', score: 'new.csv' })).toMatchObject({ data: null, label: '' });
    expect(await rejection({ ...base, train: 'false' })).toBe(
      "Input 'train': false trains nothing, so it needs 'score' (rows for the baseline's model to predict). Set score, or set train to true.",
    );
    expect(await rejection({ ...base, 'score-id-column': 'id' })).toContain("Input 'score-id-column' names a column of the rows to score, but 'score' is empty.");
    expect(await rejection({ train: 'false', score: 'new.csv', 'rollback-to': 'previous' })).toContain("Input 'train': false scores with the baseline's model");
    expect(await rejection({ score: 'new.csv', label: 'species' })).toBe("Input 'data' is required and was empty. Set it in the step's 'with:' block (or set query to a BigQuery query instead).");
  });

  it('rejects a malformed env-vars item without echoing its value', async () => {
    const message = await rejection({ ...base, 'env-vars': 'GOOD=1\nsecret-value-no-key' });
    expect(message).toContain("Input 'env-vars': item 2 is not KEY=VALUE");
    expect(message).not.toContain('secret-value');
  });

  it('reads a model-config file relative to the workspace', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'inputs-'));
    try {
      await writeFile(join(workspace, 'model.yml'), 'hiddenLayers: [16]\nepochs: 12\n');
      const inputs = await read({ ...base, 'model-config': 'model.yml', epochs: '5' }, workspace);
      expect(inputs.settings).toMatchObject({ hiddenLayers: [16], epochs: 5 });
      expect(await rejection({ ...base, 'model-config': 'missing.yml' }, workspace)).toMatch(
        /Input 'model-config': cannot read missing\.yml \(ENOENT\)/,
      );
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

describe('BigQuery inputs', () => {
  const bq = { label: 'species', 'deploy-target': 'local' };

  it('takes query instead of data, and max-bytes-billed in bytes or with a unit', async () => {
    const inputs = await read({ ...bq, query: '  SELECT * FROM `p-12345.d.t`\n', 'max-bytes-billed': '10GB' });
    expect(inputs.data).toEqual({ kind: 'bigquery-query', query: 'SELECT * FROM `p-12345.d.t`' });
    expect(inputs.maxBytesBilled).toBe(10e9);
    expect((await read({ ...bq, data: 'bq://p-12345.d.t', 'max-bytes-billed': '1 GiB' })).maxBytesBilled).toBe(2 ** 30);
    expect((await read({ ...bq, data: 'bq://p-12345.d.t', 'max-bytes-billed': '500000' })).maxBytesBilled).toBe(500_000);
    expect((await read({ ...bq, data: 'bq://p-12345.d.t' })).maxBytesBilled).toBeNull();
  });

  it('refuses query and data together, neither of them, and a byte count it cannot read', async () => {
    expect(await rejection({ ...bq, data: 'data.csv', query: 'SELECT 1' })).toMatch(/^Input 'query': query and data both say where the data is/);
    expect(await rejection(bq)).toBe(
      "Input 'data' is required and was empty. Set it in the step's 'with:' block (or set query to a BigQuery query instead).",
    );
    for (const cap of ['ten gigabytes', '10 XB', '0', '-5GB']) {
      expect(await rejection({ ...bq, query: 'SELECT 1', 'max-bytes-billed': cap })).toBe(
        `Input 'max-bytes-billed': '${cap}' is not a byte count. Write a number of bytes or one with a unit: 10GB, 500MB, 1TB (decimal, as BigQuery bills) or 10GiB.`,
      );
    }
  });
});
