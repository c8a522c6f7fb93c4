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

/**
 * The figures of a progress line for work done in passes over rows (an epoch): rows done of the pass, the rate
 * since the pass began (the previous pass's last report, or construction) and the time the pass still needs.
 */
export class PassRate {
  private pass: number | null = null;
  private passStarted: number;
  private lastReport: number;

  constructor(private readonly clock: () => number = Date.now) {
    this.passStarted = clock();
    this.lastReport = this.passStarted;
  }

  measure(pass: number, rows: number, totalRows: number): { rowsPerSecond: number; secondsLeft: number } {
    const now = this.clock();
    if (pass !== this.pass) {
      this.pass = pass;
      this.passStarted = this.lastReport;
    }
    this.lastReport = now;
    const rowsPerSecond = rows / Math.max((now - this.passStarted) / 1000, 1e-3);
    return { rowsPerSecond, secondsLeft: (totalRows - rows) / Math.max(rowsPerSecond, 1e-9) };
  }
}
