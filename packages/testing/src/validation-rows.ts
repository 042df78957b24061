import { ValidationError } from '@opentok/core';
import { expect, it } from 'vitest';
import { failure } from './failure.js';
import type { RecorderHandle } from './use-recorder.js';

/**
 * One bad input: a label, the call (it may throw or reject), the parameter the `ValidationError` names, its exact
 * message, and a value the message must not show (a misspelt key's value may be a secret). A mutable tuple: vitest's
 * `it.each` types the callback's arguments from it, optional element included.
 */
export type ValidationRow = [label: string, call: () => unknown, parameter: string, message: string, hidden?: string | undefined];

/**
 * One test per row: the call fails with a `ValidationError` naming the row's parameter, with exactly the row's
 * message (which starts with the parameter and the rule it states), showing none of `secrets` nor the row's hidden
 * value, and nothing reaches the recording server.
 */
export function validationRows(recorder: RecorderHandle, rows: readonly ValidationRow[], secrets: readonly string[] = []): void {
  it.each(rows)('%s', async (_label, call, parameter, message, hidden) => {
    const error = await failure(call);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ parameter, message, code: 'VALIDATION' });
    expect(error.message.startsWith(`${parameter} ${(error as ValidationError).rule}`)).toBe(true);
    for (const secret of hidden === undefined ? secrets : [...secrets, hidden]) expect(error.message).not.toContain(secret);
    expect(recorder.requests).toEqual([]);
  });
}
