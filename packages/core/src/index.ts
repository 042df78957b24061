export type {
  ApplicationCredentialFields,
  ClientConfig,
  ClientOverrides,
  ClientSettings,
  FetchFunction,
  Logger,
  LogLevel,
  ProjectCredentialFields,
  ResolvedConfig,
  ResolvedSettings,
  RetryOptions,
} from './client/config.js';
export {
  createClient,
  DEFAULT_API_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT,
  DEFAULT_VONAGE_API_URL,
  type OpenTokClient,
} from './client/create-client.js';
export type {
  ApplicationCredentials,
  CredentialKind,
  CredentialSource,
  Credentials,
  ProjectCredentials,
  ResolvedCredentials,
} from './credentials/credentials.js';
export type { PrivateKeyInput } from './credentials/private-key.js';
export type { WebCryptoKey } from './credentials/web-crypto-key.js';
export {
  type ApiErrorBody,
  type ApiErrorDetails,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type HttpMethod,
  MethodNotAllowedError,
  NotFoundError,
  OpenTokApiError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
} from './errors/api-errors.js';
export { OpenTokError, type OpenTokErrorCode, type OpenTokErrorOptions } from './errors/opentok-error.js';
export { AbortError, InvalidResponseError, NetworkError, TimeoutError } from './errors/transport-errors.js';
export { ValidationError, type ValidationErrorDetails } from './errors/validation-error.js';
export { LAYOUT_TYPES, type Layout, type LayoutType, RESOLUTIONS, type Resolution, type ScreenshareType, type StreamMode } from './layout.js';
export { type Page, type PaginateOptions, paginate } from './pagination/paginate.js';
export { type DecodedSessionId, decodeSessionId, type EncodeSessionIdParams, encodeSessionId } from './session-id/session-id.js';
export type { RequestOptions } from './transport/request-options.js';
