import { ValidationError } from '@opentok/core';
import { InvalidCallbackError, type InvalidCallbackReason } from '../../src/index.js';
import { equal, ok, thrown } from './assert.js';

/** One portable case: a name and a function that throws on failure. */
export interface TestCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** Collects cases into `cases`: `add(name, run)`. */
export const collector =
  (cases: TestCase[]) =>
  (name: string, run: () => unknown): void => {
    cases.push({ name, run: async () => void (await run()) });
  };

/** Awaits `run` and checks it refused with `reason` and exactly `message` (when given), without leaking `secrets`. */
export async function expectRefusal(
  run: () => unknown,
  reason: InvalidCallbackReason,
  message?: string,
  secrets: readonly string[] = [],
): Promise<InvalidCallbackError> {
  const error = await thrown(run, `expected InvalidCallbackError(${reason})`);
  ok(error instanceof InvalidCallbackError, `expected an InvalidCallbackError, got ${String(error)}`);
  equal(error.reason, reason, `reason (${error.message})`);
  equal(error.code, 'INVALID_TOKEN', 'code');
  equal(error.name, 'InvalidCallbackError', 'name');
  if (message !== undefined) equal(error.message, message, 'message');
  for (const secret of secrets) ok(!error.message.includes(secret), `the message leaks a secret: ${error.message}`);
  return error;
}

/** Awaits `run` and checks it threw a ValidationError with exactly `message`. */
export async function expectValidation(run: () => unknown, parameter: string, message: string): Promise<void> {
  const error = await thrown(run, `expected ValidationError(${parameter})`);
  ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
  equal(error.parameter, parameter, 'parameter');
  equal(error.message, message, 'message');
}
