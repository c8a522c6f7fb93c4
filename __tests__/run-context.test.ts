import { describe, expect, it } from '@jest/globals';
import { readRunContext } from '../src/run-context.js';
import { UserError } from '../src/util/errors.js';

describe('readRunContext run id', () => {
  const now = new Date('2026-12-01T22:30:00.000Z');

  it('is <run id>-<attempt> on Actions, and a timestamp elsewhere', () => {
    expect(readRunContext({ GITHUB_RUN_ID: '1234567890', GITHUB_RUN_ATTEMPT: '2' }, now).runId).toBe('1234567890-2');
    expect(readRunContext({ GITHUB_RUN_ID: '17' }, now).runId).toBe('17-1');
    expect(readRunContext({}, now).runId).toBe('local-20261201T223000000Z');
  });

  // The run id names the run's artifact, function source and report folders: it must stay one folder name.
  it.each([
    [{ GITHUB_RUN_ID: '../../escape' }, "The environment variable GITHUB_RUN_ID is '../../escape', not a number."],
    [{ GITHUB_RUN_ID: '12/34' }, "The environment variable GITHUB_RUN_ID is '12/34', not a number."],
    [{ GITHUB_RUN_ID: '12', GITHUB_RUN_ATTEMPT: '1/..' }, "The environment variable GITHUB_RUN_ATTEMPT is '1/..', not a number."],
  ])('refuses %j', (env, message) => {
    expect(() => readRunContext(env, now)).toThrow(UserError);
    expect(() => readRunContext(env, now)).toThrow(message);
  });
});
