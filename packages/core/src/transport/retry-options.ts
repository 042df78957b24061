import type { Options } from 'ky';
import type { RetryOptions } from '../client/config.js';
import type { HttpMethod } from '../errors/api-errors.js';
import { LocalFailure } from './local-failure.js';
import { retryAfterMs } from './retry-after.js';

/** The statuses that say "try again": request timeout, rate limit and the transient 5xx. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/**
 * Whether the answer names a wait that cannot be read (`Retry-After: soon`), for which ky would wait its longest:
 * ky reads the first of these headers the answer has.
 */
function unreadableWait(headers: Headers): boolean {
  const value =
    headers.get('retry-after') ??
    headers.get('ratelimit-reset') ??
    headers.get('x-ratelimit-retry-after') ??
    headers.get('x-ratelimit-reset') ??
    headers.get('x-rate-limit-reset');
  return value !== null && retryAfterMs(value) === undefined;
}

/**
 * The client's retry policy in ky's own terms. GET, PUT and DELETE are repeated after a network
 * error or a 408, 429, 500, 502, 503 or 504; POST and PATCH only after a 429 (the service did not act
 * on it), which ky's `methods` list cannot say alone, hence `shouldRetry`. Timeouts, aborts and the
 * request path's own failures ({@link LocalFailure}: signing, logging) are never repeated. The wait
 * doubles from `baseDelay` with full jitter, capped by `maxDelay`; a server's `Retry-After` (seconds
 * or a date) wins, capped the same; an unreadable one is ignored.
 */
export function retryOptions(retry: RetryOptions, method: HttpMethod, signal: AbortSignal | undefined): NonNullable<Options['retry']> {
  const idempotent = method === 'GET' || method === 'PUT' || method === 'DELETE';
  return {
    limit: retry.retries,
    methods: ['get', 'put', 'delete', 'post', 'patch'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    maxRetryAfter: retry.maxDelay,
    backoffLimit: retry.maxDelay,
    delay: (attempt) => retry.baseDelay * 2 ** (attempt - 1),
    jitter: (delay) => Math.floor(Math.random() * Math.min(delay, retry.maxDelay)),
    retryOnTimeout: false,
    // undefined: ky's rules above decide; false: never; true: repeat after the computed backoff.
    shouldRetry: ({ error }) => {
      if (signal?.aborted || error instanceof LocalFailure) return false;
      const { response } = error as { response?: Response };
      if (!idempotent && response?.status !== 429) return false;
      return response !== undefined && RETRY_STATUSES.includes(response.status) && unreadableWait(response.headers) ? true : undefined;
    },
  };
}
