import type { Reporter } from './types.js';

/** One report, several places (the job summary and the pull request), so the pipeline publishes once. */
export class CompositeReporter implements Reporter {
  constructor(private readonly reporters: readonly Reporter[]) {}

  async publish(markdown: string): Promise<void> {
    for (const reporter of this.reporters) await reporter.publish(markdown);
  }
}
