/** How often a long task may print a progress line: often enough to show life, rarely enough to read. */
const INTERVAL_MS = 5000;

/** Throttles progress lines for long work (reading millions of rows, hundreds of epochs). */
export class ProgressLog {
  private last = -Infinity;

  constructor(
    private readonly print: (line: string) => void,
    private readonly intervalMs = INTERVAL_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Prints the line unless one was printed less than the interval ago. */
  maybe(line: string): void {
    const now = this.clock();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.print(line);
  }
}
