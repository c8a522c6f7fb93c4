/** Where a run's artifacts (model bundle, preprocessing, schema, metrics, data report) end up for good. */
export interface ArtifactStore {
  /** For logs: "gs://bucket/" or "the local artifact folder". */
  readonly description: string;
  /**
   * Publishes every file below `localDir` as the artifacts of run `runId` of function `functionName`, and
   * returns where they are now (the model-uri output).
   */
  publish(localDir: string, functionName: string, runId: string): Promise<string>;
}
