/** A published run's artifacts, where this run can read them. */
export interface FetchedRun {
  /** A local folder holding the run's files as published (model/, metrics.json, ...). */
  dir: string;
  /** Where they are published (the model-uri output). */
  uri: string;
}

/** Where a run's artifacts (model bundle, preprocessing, schema, metrics, data report) end up for good. */
export interface ArtifactStore {
  /** For logs: "gs://bucket/" or "the local artifact folder". */
  readonly description: string;
  /**
   * Publishes every file below `localDir` as the artifacts of run `runId` of function `functionName`, and
   * returns where they are now (the model-uri output).
   */
  publish(localDir: string, functionName: string, runId: string): Promise<string>;
  /**
   * The artifacts of run `runId` (a safe segment) of `functionName`, copied into the empty folder `into` when they
   * are not local already; null when the store holds no such run.
   */
  fetch(functionName: string, runId: string, into: string): Promise<FetchedRun | null>;
  /** The ids of the runs the store holds for `functionName`, sorted, so an error can name them. */
  runIds(functionName: string): Promise<string[]>;
}
