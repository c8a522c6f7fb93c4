// The parts of YDF's WebAssembly packages (no types of their own) that src/ml/families/gbt.ts uses.
declare module 'ydf-training' {
  /** Emscripten module options: a fresh object per factory call (embind registers its classes on it). */
  interface YdfModuleOptions {
    locateFile?: (file: string) => string;
    /** Instantiates the module itself (instead of the glue reading training.wasm) and hands it to `receive`. */
    instantiateWasm?: (imports: object, receive: (instance: object, module: object) => void) => object;
    print?: (line: string) => void;
    printErr?: (line: string) => void;
  }
  type Columns = Record<string, number[] | string[]>;
  interface YdfModel {
    /** Regression: a value per row; two classes: P(getLabelClasses()[1]) per row; more: rows × classes. */
    predict(columns: Columns): ArrayLike<number>;
    getLabelClasses(): string[];
    getInputFeatures(): Array<{ name: string; type: string; internalIdx: number }>;
    save(): Promise<Blob>;
    unload(): void;
  }
  interface YdfLearner {
    train(columns: Columns): YdfModel;
  }
  interface YdfTraining {
    GradientBoostedTreesLearner: new (label: string, task: 'CLASSIFICATION' | 'REGRESSION') => YdfLearner;
    /** Despite the name, takes what JSZip.loadAsync takes: the zip's bytes here. */
    loadModelFromZipBlob(zip: Uint8Array): Promise<YdfModel>;
  }
  const factory: (options: YdfModuleOptions) => Promise<YdfTraining>;
  export default factory;
  export type { Columns, YdfModel, YdfTraining };
}
