import { join } from 'node:path';
import { STATE_DIR } from '../constants.js';
import type { Inputs } from '../inputs.js';
import type { RunContext } from '../run-context.js';
import { LocalDirBaselineStore } from './baseline/local-dir.js';
import type { BaselineStore } from './baseline/types.js';
import { LocalDataSource } from './data/local.js';
import type { DataSource } from './data/types.js';
import { LocalDeployer } from './deploy/local.js';
import type { Deployer } from './deploy/types.js';
import { FileReporter } from './report/file.js';
import { JobSummaryReporter } from './report/job-summary.js';
import type { Reporter } from './report/types.js';

/** The implementations this run uses, picked once from the inputs and the environment. */
export interface Backends {
  data: DataSource;
  baseline: BaselineStore;
  /** null when deploy-target names a target this build cannot reach (inputs.ts only lets that through with deploy: false). */
  deployer: Deployer | null;
  reporter: Reporter;
  /** Where this run's model and records are written. */
  artifactDir(runId: string): string;
  /** Where the function source for this run is assembled. */
  functionSourceDir(runId: string): string;
}

export function chooseBackends(inputs: Inputs, context: RunContext): Backends {
  const state = join(context.workspace, STATE_DIR);
  return {
    data: new LocalDataSource(inputs.data, context.workspace),
    baseline: new LocalDirBaselineStore(join(state, 'baselines')),
    deployer:
      inputs.deployTarget === 'local'
        ? new LocalDeployer({ stateDir: join(state, 'serve'), frameworkCli: context.frameworkCli })
        : null,
    reporter: context.hasStepSummary
      ? new JobSummaryReporter()
      : new FileReporter(join(state, 'reports', `${context.runId}.md`)),
    artifactDir: (runId) => join(state, 'artifacts', inputs.functionName, runId),
    functionSourceDir: (runId) => join(state, 'functions', inputs.functionName, runId),
  };
}
