/**
 * Requests gathered over one turn of the event loop and answered by one call. Node reads every socket that is
 * ready in the loop's poll phase before it runs setImmediate callbacks, so the requests whose bodies arrived
 * together wait for that phase to end (microseconds) and then share one prediction: under load, the model's cost
 * per call is split between them; a lone request is answered as before, one turn later.
 */
export class TurnBatch<Input, Output> {
  private waiting: Array<{ input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }> = [];

  /** `answerAll` answers its inputs in their order, one output each. */
  constructor(private readonly answerAll: (inputs: Input[]) => Promise<Output[]>) {}

  answer(input: Input): Promise<Output> {
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ input, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.answerAll(batch.map(({ input }) => input)).then(
      (outputs) => batch.forEach(({ resolve }, index) => resolve(outputs[index] as Output)),
      (error: unknown) => batch.forEach(({ reject }) => reject(error)),
    );
  }
}
