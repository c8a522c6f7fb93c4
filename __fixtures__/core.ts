/**
 * A typed stand-in for @actions/core, for tests that run the pipeline in process:
 *   jest.unstable_mockModule('@actions/core', () => core);
 *   const { run } = await import('../src/main.js');
 * It reads inputs from `core.inputs` and records everything the action says, so a test asserts on the
 * outputs, warnings and the one failure exactly as a runner would show them.
 */
import type * as actionsCore from '@actions/core';

export interface Recorded {
  outputs: Record<string, string>;
  infos: string[];
  warnings: string[];
  debugs: string[];
  failures: string[];
  secrets: string[];
}

export const recorded: Recorded = { outputs: {}, infos: [], warnings: [], debugs: [], failures: [], secrets: [] };

/** The step's `with:` block, by input name. */
export const inputs: Record<string, string> = {};

/** Starts a new step: no inputs, nothing recorded. */
export function reset(withInputs: Record<string, string> = {}): void {
  for (const key of Object.keys(inputs)) delete inputs[key];
  Object.assign(inputs, withInputs);
  recorded.outputs = {};
  for (const list of [recorded.infos, recorded.warnings, recorded.debugs, recorded.failures, recorded.secrets]) list.length = 0;
}

const text = (message: string | Error): string => (typeof message === 'string' ? message : message.message);

export const getInput: typeof actionsCore.getInput = (name, options) => {
  const value = inputs[name] ?? '';
  if (options?.required && value === '') throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
};
export const setSecret: typeof actionsCore.setSecret = (secret) => void recorded.secrets.push(secret);
export const setOutput: typeof actionsCore.setOutput = (name, value) => {
  recorded.outputs[name] = typeof value === 'string' ? value : JSON.stringify(value);
};
export const setFailed: typeof actionsCore.setFailed = (message) => {
  recorded.failures.push(text(message));
};
export const info: typeof actionsCore.info = (message) => void recorded.infos.push(message);
export const warning: typeof actionsCore.warning = (message) => void recorded.warnings.push(text(message));
export const debug: typeof actionsCore.debug = (message) => void recorded.debugs.push(message);
export const error: typeof actionsCore.error = (message) => void recorded.failures.push(text(message));
export const isDebug: typeof actionsCore.isDebug = () => false;
