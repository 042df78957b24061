import type { Options } from 'ky';
import type { RetryOptions } from '../client/config.js';
import type { HttpMethod } from '../errors/api-errors.js';

/** The statuses that say "try again": request timeout, rate limit and the transient 5xx. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * The client's retry policy in ky's own terms. GET, PUT and DELETE are repeated after a network
 * error or a 408, 429, 500, 502, 503 or 504; POST and PATCH only after a 429 (the service did not act
 * on it), which ky's `methods` list cannot say alone, hence `shouldRetry`. Timeouts and aborts are
 * never repeated. The wait doubles from `baseDelay` with full jitter, capped by `maxDelay`; a
 * server's `Retry-After` (seconds or a date) wins, capped the same.
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
    // undefined: ky's rules above decide; false: never.
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      const status = (error as { response?: Response }).response?.status;
      return idempotent || status === 429 ? undefined : false;
    },
  };
}
