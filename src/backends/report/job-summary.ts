import * as core from '@actions/core';
import type { Reporter } from './types.js';

/** The job summary (GITHUB_STEP_SUMMARY), shown on the run's page. */
export class JobSummaryReporter implements Reporter {
  async publish(markdown: string): Promise<void> {
    await core.summary.addRaw(markdown, true).write();
  }
}
