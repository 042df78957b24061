import type { RetryOptions } from '../client/config.js';
import { OpenTokApiError, type HttpMethod } from '../errors/api-errors.js';
import type { OpenTokError } from '../errors/opentok-error.js';
import { NetworkError } from '../errors/transport-errors.js';

const IDEMPOTENT: readonly HttpMethod[] = ['GET', 'PUT', 'DELETE'];
/** The statuses that say "try again": request timeout, rate limit and the transient 5xx. */
const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * How long to wait before attempt `attempt + 1` of a request that failed with `error`, or
 * `undefined` when it must not be repeated. A repeat happens only where it can do no harm: GET,
 * PUT and DELETE are repeated after a network error or a 408, 429, 500, 502, 503 or 504; every
 * method is repeated after a 429 (the service did not act on it). A POST or PATCH that failed
 * otherwise, a timeout, an abort and an unreadable answer are never repeated. The wait doubles from
 * `baseDelay` with full jitter, capped by `maxDelay`; a server's `Retry-After` wins, capped the same.
 */
export function retryDelay(error: OpenTokError, method: HttpMethod, attempt: number, retry: RetryOptions): number | undefined {
  if (attempt > retry.retries) return undefined;
  const idempotent = IDEMPOTENT.includes(method);
  if (error instanceof OpenTokApiError) {
    if (error.status !== 429 && !(idempotent && RETRY_STATUSES.includes(error.status))) return undefined;
    if (error.retryAfter !== undefined) return Math.min(error.retryAfter, retry.maxDelay);
  } else if (!(idempotent && error instanceof NetworkError)) {
    return undefined;
  }
  return Math.floor(Math.random() * Math.min(retry.maxDelay, retry.baseDelay * 2 ** (attempt - 1)));
}

/** Waits `ms` milliseconds, or less when `signal` aborts first (the next attempt then fails as aborted). */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
