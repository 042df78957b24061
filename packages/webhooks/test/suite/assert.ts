// A few assertions with no test framework behind them, so that one suite runs unchanged under vitest, workerd,
// Deno, Bun and Chromium.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** JSON-like values with object keys sorted, so that key order does not matter. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object' && !(value instanceof Uint8Array)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

/** Equality of JSON-like values, own keys in any order. */
export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (show(canonical(actual)) !== show(canonical(expected))) throw new AssertionError(`${message}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

/** What `run` threw or rejected with; fails when it succeeds. */
export async function thrown(run: () => unknown, message: string): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${message}: expected an error, but it succeeded`);
}
