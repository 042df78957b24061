import { OpenTokError, type OpenTokErrorCode } from './opentok-error.js';

/** The HTTP methods the OpenTok REST API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The error body the OpenTok API sends: `{ code, message }` (either may be missing). */
export interface ApiErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly [key: string]: unknown;
}

/** Everything an {@link OpenTokApiError} knows about the failed exchange. */
export interface ApiErrorDetails {
  /** The SDK operation, e.g. `stopArchive`. */
  readonly operation: string;
  readonly status: number;
  readonly method: HttpMethod;
  /** The request URL; it never contains credentials. */
  readonly url: string;
  /** The API's request ID (`X-Request-Id` / `X-TB-Request-Id`), when it sent one. */
  readonly requestId?: string | undefined;
  /** The parsed JSON error body, or the raw text when it was not JSON. */
  readonly body?: ApiErrorBody | string | undefined;
  /** Whether repeating the same request may succeed. */
  readonly retryable: boolean;
  /** The wait the server asked for with `Retry-After`, in milliseconds, if it sent one. */
  readonly retryAfter?: number | undefined;
}

/**
 * The OpenTok API answered with an error status. Subclasses narrow it by status class;
 * `status`, `body` (the API's own `{ code, message }`), `method`, `url` and `requestId` describe
 * the exchange, and `retryable` says whether a repeat may succeed.
 *
 * @example
 * ```ts
 * import { OpenTokApiError } from '@opentok/core';
 * if (error instanceof OpenTokApiError) console.error(error.status, error.apiMessage, error.requestId);
 * ```
 */
export class OpenTokApiError extends OpenTokError {
  static override readonly kind: string = 'OpenTokApiError';
  /** The `code` of this class's errors. */
  static readonly code: OpenTokErrorCode = 'API_ERROR';
  declare readonly operation: string;
  declare readonly status: number;
  declare readonly method: HttpMethod;
  declare readonly url: string;
  declare readonly requestId: string | undefined;
  declare readonly body: ApiErrorBody | string | undefined;
  declare readonly retryable: boolean;
  /** The wait the server asked for with `Retry-After` (seconds or an HTTP date), in milliseconds. */
  declare readonly retryAfter: number | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, (new.target as typeof OpenTokApiError).code);
    Object.assign(this, details);
  }

  /** The API's own message from the error body, if it sent one. */
  get apiMessage(): string | undefined {
    const body = this.body;
    if (typeof body === 'string') return body.length > 0 ? body : undefined;
    return typeof body?.message === 'string' ? body.message : undefined;
  }
}

/**
 * 400: the API refused the request as invalid.
 * @example
 * ```ts
 * import { BadRequestError } from '@opentok/core';
 * if (error instanceof BadRequestError) console.error(error.apiMessage);
 * ```
 */
export class BadRequestError extends OpenTokApiError {
  static override readonly kind: string = 'BadRequestError';
  static override readonly code: OpenTokErrorCode = 'BAD_REQUEST';
}

/**
 * 401 or 403: the credentials (application ID and private key, or API key and secret) or the auth token were refused.
 * @example
 * ```ts
 * import { AuthenticationError } from '@opentok/core';
 * if (error instanceof AuthenticationError) console.error('check VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY');
 * ```
 */
export class AuthenticationError extends OpenTokApiError {
  static override readonly kind: string = 'AuthenticationError';
  static override readonly code: OpenTokErrorCode = 'AUTHENTICATION';
}

/**
 * 404: the session, archive, broadcast, stream or connection does not exist.
 * @example
 * ```ts
 * import { NotFoundError } from '@opentok/core';
 * if (error instanceof NotFoundError) return null;
 * ```
 */
export class NotFoundError extends OpenTokApiError {
  static override readonly kind: string = 'NotFoundError';
  static override readonly code: OpenTokErrorCode = 'NOT_FOUND';
}

/**
 * 405: the operation is not allowed in the resource's current mode (e.g. stream changes on an
 * archive whose `streamMode` is `auto`).
 * @example
 * ```ts
 * import { MethodNotAllowedError } from '@opentok/core';
 * if (error instanceof MethodNotAllowedError) console.error(error.message);
 * ```
 */
export class MethodNotAllowedError extends OpenTokApiError {
  static override readonly kind: string = 'MethodNotAllowedError';
  static override readonly code: OpenTokErrorCode = 'METHOD_NOT_ALLOWED';
}

/**
 * 409: the resource is in a state that forbids the operation (stopping an archive that is not
 * recording, archiving a relayed session, ...).
 * @example
 * ```ts
 * import { ConflictError } from '@opentok/core';
 * if (error instanceof ConflictError) console.error(error.message);
 * ```
 */
export class ConflictError extends OpenTokApiError {
  static override readonly kind: string = 'ConflictError';
  static override readonly code: OpenTokErrorCode = 'CONFLICT';
}

/**
 * 413: the payload is too large (a signal's type or data over its limit).
 * @example
 * ```ts
 * import { PayloadTooLargeError } from '@opentok/core';
 * if (error instanceof PayloadTooLargeError) console.error(error.message);
 * ```
 */
export class PayloadTooLargeError extends OpenTokApiError {
  static override readonly kind: string = 'PayloadTooLargeError';
  static override readonly code: OpenTokErrorCode = 'PAYLOAD_TOO_LARGE';
}

/**
 * 429: too many requests; `retryAfter` holds the server's hint in milliseconds, if any.
 * @example
 * ```ts
 * import { RateLimitError } from '@opentok/core';
 * if (error instanceof RateLimitError) await new Promise((r) => setTimeout(r, error.retryAfter ?? 1000));
 * ```
 */
export class RateLimitError extends OpenTokApiError {
  static override readonly kind: string = 'RateLimitError';
  static override readonly code: OpenTokErrorCode = 'RATE_LIMITED';
}

/**
 * 5xx: the OpenTok service failed.
 * @example
 * ```ts
 * import { ServerError } from '@opentok/core';
 * if (error instanceof ServerError) console.error('OpenTok is having trouble:', error.status);
 * ```
 */
export class ServerError extends OpenTokApiError {
  static override readonly kind: string = 'ServerError';
  static override readonly code: OpenTokErrorCode = 'SERVER_ERROR';
}
