export {
  createClient,
  DEFAULT_API_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT,
  DEFAULT_VONAGE_API_URL,
  type OpenTokClient,
} from './client/create-client.js';
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
export type {
  ApplicationCredentials,
  CredentialKind,
  Credentials,
  CredentialSource,
  ProjectCredentials,
  ResolvedCredentials,
} from './credentials/credentials.js';
export type { PrivateKeyInput } from './credentials/private-key.js';
export type { WebCryptoKey } from './credentials/web-crypto-key.js';
export { OpenTokError, type OpenTokErrorCode, type OpenTokErrorOptions } from './errors/opentok-error.js';
export { ValidationError, type ValidationErrorDetails } from './errors/validation-error.js';
export { AbortError, InvalidResponseError, NetworkError, TimeoutError } from './errors/transport-errors.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  MethodNotAllowedError,
  NotFoundError,
  OpenTokApiError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  type ApiErrorBody,
  type ApiErrorDetails,
  type HttpMethod,
} from './errors/api-errors.js';
export { decodeSessionId, encodeSessionId, type DecodedSessionId, type EncodeSessionIdParams } from './session-id/session-id.js';
export { paginate, type Page, type PaginateOptions } from './pagination/paginate.js';
export type { RequestOptions } from './transport/request-options.js';
export { LAYOUT_TYPES, RESOLUTIONS, type Layout, type LayoutType, type Resolution, type ScreenshareType, type StreamMode } from './layout.js';
