import {
  type ApiErrorDetails,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  MethodNotAllowedError,
  NotFoundError,
  OpenTokApiError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
} from './api-errors.js';

/** Per-operation explanations of error statuses, e.g. `{ 409: 'the archive is not recording' }`. */
export type ErrorHints = Readonly<Partial<Record<number, string>>>;

/** The error class of each status with one of its own, and what the status means when the operation has no hint for it. */
const BY_STATUS: Readonly<Record<number, readonly [typeof OpenTokApiError, string]>> = {
  400: [BadRequestError, 'the API refused the request as invalid'],
  401: [AuthenticationError, 'the credentials were refused'],
  403: [AuthenticationError, 'the credentials were refused'],
  404: [NotFoundError, 'not found'],
  405: [MethodNotAllowedError, 'not allowed in the current mode'],
  409: [ConflictError, 'the resource is not in a state that allows this'],
  413: [PayloadTooLargeError, 'the request is too large'],
  429: [RateLimitError, 'rate limited; slow down and try again later'],
};

/** The API's message is quoted up to this many characters. */
const QUOTE = 300;

/**
 * Builds the typed error for an HTTP error status: the message names the operation, explains the status (the
 * operation's hint first) and quotes the API's own message (the body's `message`, or the text of a body that is not
 * JSON), cut to {@link QUOTE} characters with an ellipsis when it is longer or the body itself was cut short
 * (`truncated`).
 */
export function errorFromResponse(details: ApiErrorDetails, hints: ErrorHints = {}, truncated = false): OpenTokApiError {
  const { status, body } = details;
  const [ErrorClass, hint] =
    BY_STATUS[status] ?? (status >= 500 ? [ServerError, 'the OpenTok service failed; try again later'] : [OpenTokApiError, 'unexpected error status']);
  const apiMessage = typeof body === 'string' ? body : body?.message;
  const quoted = typeof apiMessage === 'string' && (truncated || apiMessage.length > QUOTE) ? `${apiMessage.slice(0, QUOTE)}…` : apiMessage;
  const message = `${details.operation} failed: ${hints[status] ?? hint} (HTTP ${status}${quoted ? `: ${quoted}` : ''})`;
  return new ErrorClass(message, details);
}
