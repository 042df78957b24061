/**
 * The error a call rejected with (or, given a function, threw synchronously or rejected with); a
 * call that succeeds fails the test.
 */
export async function failure(call: Promise<unknown> | (() => unknown)): Promise<Error> {
  try {
    await (typeof call === 'function' ? call() : call);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}
