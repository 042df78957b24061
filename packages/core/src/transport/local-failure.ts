/**
 * A failure of the SDK's own work inside ky's retry loop (minting an attempt's auth JWT, importing the key,
 * logging a retry), not of the exchange; the failure itself is its `cause`. The retry policy never repeats it,
 * and the request path hands the caller the `cause`, never a `NetworkError`.
 */
export class LocalFailure extends Error {}

/** A ky hook whose failures are marked as {@link LocalFailure}s. */
export function local<A extends unknown[]>(hook: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await hook(...args);
    } catch (cause) {
      throw new LocalFailure('', { cause });
    }
  };
}
