/**
 * What one request to the function may hold. One definition each, used by the checks, their 4xx messages and
 * the tests; README's "The function" section states the same figures.
 */

/** The methods it answers: GET and HEAD the model card, POST predictions; any other is a 405 naming these. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

/** Instances per request: more is a 400 (the body is well-formed but breaks the contract). */
export const MAX_INSTANCES = 1000;

/**
 * The largest request body, before and after decompression; more is a 413. MAX_INSTANCES instances of up to
 * 8 KiB of JSON each (about 200 features): below Cloud Functions' own 32 MB cap, and small enough that a
 * request at the limit, parsed, stays a small part of the smallest instance's memory.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
