// A tiny assertion kit, so the same suite runs unchanged under vitest, workerd, Deno, Bun and Chromium.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

/** Structural equality of JSON-like values (plain objects, arrays, primitives); key order is ignored. */
export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, canon(x)]),
          )
        : v;
  if (show(canon(actual)) !== show(canon(expected))) {
    throw new AssertionError(`${message}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
  }
}

/** Awaits `run` and returns what it threw; fails when it resolves. */
export async function thrown(run: () => unknown, message: string): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${message}: expected an error, but it succeeded`);
}
