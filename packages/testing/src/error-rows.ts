import { expect, it } from 'vitest';
import { failure } from './failure.js';

/**
 * One call the API refuses: a label, the call, the error class it rejects with, its message (exact, or a pattern),
 * and other properties the error must have (`{ status: 404, operation: 'getArchive' }`).
 */
export type ErrorRow = [
  label: string,
  call: () => Promise<unknown>,
  type: abstract new (...args: never[]) => Error,
  message: string | RegExp,
  details?: Readonly<Record<string, unknown>>,
];

/** One test per row: the call rejects with an instance of the row's class whose message (and other properties) are the row's. */
export function errorRows(rows: readonly ErrorRow[]): void {
  it.each(rows)('%s', async (_label, call, type, message, details) => {
    const error = await failure(call());
    expect(error).toBeInstanceOf(type);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    if (details !== undefined) expect(error).toMatchObject(details);
  });
}
