import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { chooseBackends, needsGoogleCloud } from '../src/backends/index.js';
import { readInputs } from '../src/inputs.js';
import { readRunContext } from '../src/run-context.js';
import { withInputs } from '../test-support/inputs.js';

let restoreInputs = () => {};
afterEach(() => restoreInputs());

describe('chooseBackends folders', () => {
  it("keeps each run's artifact and function source folder inside its function's folder", async () => {
    restoreInputs = withInputs({ data: 'data.csv', label: 'species', 'deploy-target': 'local', 'function-name': 'penguins' });
    const context = { ...readRunContext({ GITHUB_WORKSPACE: '/ws' }), workspace: '/ws' };
    const backends = chooseBackends(await readInputs('/ws'), context, null, () => {});
    expect(backends.artifactDir('12-1')).toBe(join('/ws', '.ml-pipeline', 'artifacts', 'penguins', '12-1'));
    expect(backends.functionSourceDir('12-1')).toBe(join('/ws', '.ml-pipeline', 'functions', 'penguins', '12-1'));
    // A run id that slipped past its check must not name the function's folder, or a sibling's.
    for (const runId of ['..', '.', '../other', '12-1/../..']) {
      expect(() => backends.artifactDir(runId)).toThrow('Refusing to touch');
      expect(() => backends.functionSourceDir(runId)).toThrow('Refusing to touch');
    }
  });
});

describe('a run without training', () => {
  it('reads rows to score without Google Cloud, unless they are in Cloud Storage', async () => {
    const scoring = { train: 'false', score: 'new/*.csv', 'artifact-bucket': 'my-models', 'function-name': 'penguins' };
    restoreInputs = withInputs(scoring);
    const inputs = await readInputs('/ws');
    // No deploy, and nothing published to the artifact bucket: its predictions stay in the workspace.
    expect(needsGoogleCloud(inputs)).toBe(false);
    const context = { ...readRunContext({ GITHUB_WORKSPACE: '/ws' }), workspace: '/ws' };
    const backends = chooseBackends(inputs, context, null, () => {});
    expect({ data: backends.data, deployer: backends.deployer, artifacts: backends.artifacts.description }).toEqual({
      data: null,
      deployer: null,
      artifacts: 'the local artifact folder',
    });
    expect(backends.score?.description).toBe("local data 'new/*.csv'");
    restoreInputs();
    restoreInputs = withInputs({ ...scoring, score: 'gs://rows/new/' });
    expect(needsGoogleCloud(await readInputs('/ws'))).toBe(true);
  });
});
