import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  MethodNotAllowedError,
  NotFoundError,
  OpenTokApiError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  type ApiErrorDetails,
} from './api-errors.js';

/** Per-operation explanations of error statuses, e.g. `{ 409: 'the archive is not recording' }`. */
export type ErrorHints = Readonly<Partial<Record<number, string>>>;

/** The error class of each status with one of its own. */
const BY_STATUS: Readonly<Record<number, typeof OpenTokApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: AuthenticationError,
  404: NotFoundError,
  405: MethodNotAllowedError,
  409: ConflictError,
  413: PayloadTooLargeError,
  429: RateLimitError,
};

const DEFAULT_HINTS: Readonly<Record<number, string>> = {
  400: 'the API refused the request as invalid',
  401: 'the credentials were refused',
  403: 'the credentials were refused',
  404: 'not found',
  405: 'not allowed in the current mode',
  409: 'the resource is not in a state that allows this',
  413: 'the request is too large',
  429: 'rate limited; slow down and try again later',
};

/**
 * Builds the typed error for an HTTP error status: the message names the operation, explains the
 * status (operation-specific hint first) and quotes the API's own message (`quote`, when the caller
 * shortened it; else the body's message).
 */
export function errorFromResponse(details: ApiErrorDetails, hints: ErrorHints = {}, quote?: string): OpenTokApiError {
  const { status, body } = details;
  const hint = hints[status] ?? DEFAULT_HINTS[status] ?? (status >= 500 ? 'the OpenTok service failed; try again later' : 'unexpected error status');
  const apiMessage = quote ?? (typeof body === 'string' ? body.slice(0, 200) : body?.message);
  const message = `${details.operation} failed: ${hint} (HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''})`;
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? ServerError : OpenTokApiError);
  return new ErrorClass(message, details);
}
