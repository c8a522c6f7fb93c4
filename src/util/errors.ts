/**
 * An error the user can fix. Its message says what was wrong, where (input, file, line, column, API and
 * status) and what to do; main.ts prints it as a single `::error::` line without a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Normalises any thrown value to text, so a thrown string or object can never leave the step green. */
export function errorMessage(thrown: unknown): string {
  // Duck-typed: an Error from another realm (a VM context, a worker) fails instanceof but has a message.
  const message = (thrown as { message?: unknown } | null)?.message;
  if (typeof message === 'string') return message;
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
