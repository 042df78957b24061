import { OpenTokError, type OpenTokErrorOptions } from './opentok-error.js';

/**
 * The request did not complete within its timeout (the client's `timeout` or the call's own).
 *
 * @example
 * ```ts
 * import { TimeoutError } from '@opentok/core';
 * if (error instanceof TimeoutError) console.warn(`gave up after ${error.timeout} ms`);
 * ```
 */
export class TimeoutError extends OpenTokError {
  static override readonly kind: string = 'TimeoutError';
  /** The timeout that expired, in milliseconds. */
  declare readonly timeout: number;

  constructor(message: string, timeout: number, options: OpenTokErrorOptions = {}) {
    super(message, 'TIMEOUT', options);
    this.timeout = timeout;
  }
}

/**
 * The request could not reach the API (DNS, refused or dropped connection, TLS failure).
 *
 * @example
 * ```ts
 * import { NetworkError } from '@opentok/core';
 * if (error instanceof NetworkError) console.warn('OpenTok unreachable:', error.message);
 * ```
 */
export class NetworkError extends OpenTokError {
  static override readonly kind: string = 'NetworkError';

  constructor(message: string, options: OpenTokErrorOptions = {}) {
    super(message, 'NETWORK', options);
  }
}

/**
 * The caller aborted the request through its `AbortSignal`.
 *
 * @example
 * ```ts
 * import { AbortError } from '@opentok/core';
 * if (error instanceof AbortError) return; // we cancelled it ourselves
 * ```
 */
export class AbortError extends OpenTokError {
  static override readonly kind: string = 'AbortError';

  constructor(message: string, options: OpenTokErrorOptions = {}) {
    super(message, 'ABORTED', options);
  }
}

/**
 * The API answered with a success status but a body this SDK cannot read.
 *
 * @example
 * ```ts
 * import { InvalidResponseError } from '@opentok/core';
 * if (error instanceof InvalidResponseError) console.error('unexpected answer from OpenTok');
 * ```
 */
export class InvalidResponseError extends OpenTokError {
  static override readonly kind: string = 'InvalidResponseError';

  constructor(message: string, options: OpenTokErrorOptions = {}) {
    super(message, 'INVALID_RESPONSE', options);
  }
}
