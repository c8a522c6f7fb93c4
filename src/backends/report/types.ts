/** Where the run's report goes: the job summary on a runner, a file on a laptop, later also the pull request. */
export interface Reporter {
  publish(markdown: string): Promise<void>;
}
