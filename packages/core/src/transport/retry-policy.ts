import { HTTPError, type RetryOptions as KyRetryOptions } from 'ky';
import type { RetryOptions } from '../client/config.js';

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * The retry policy as ky options: a repeat only where it can do no harm. GET, PUT and DELETE are
 * retried on network errors and on 408, 429, 500, 502, 503 and 504; every method is retried on
 * 429 (the service did not act on it). A POST or PATCH that failed otherwise is never repeated.
 * Backoff doubles from `baseDelay` with full jitter; `Retry-After` (seconds or an HTTP date) is
 * honoured up to `maxDelay`.
 */
export function retryPolicy(method: string, retry: RetryOptions): KyRetryOptions {
  const idempotent = IDEMPOTENT.has(method);
  return {
    limit: retry.retries,
    methods: ['get', 'put', 'delete', 'post', 'patch'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    maxRetryAfter: retry.maxDelay,
    backoffLimit: retry.maxDelay,
    delay: (attempt) => retry.baseDelay * 2 ** (attempt - 1),
    jitter: true,
    retryOnTimeout: false,
    shouldRetry: ({ error }) => {
      if (error instanceof HTTPError) {
        if (error.response.status === 429) return undefined;
        return idempotent ? undefined : false;
      }
      return idempotent ? undefined : false;
    },
  };
}
