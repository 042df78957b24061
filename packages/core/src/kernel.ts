/**
 * The transport-free part of core's internals, for the code that runs at the edge (`@opentok/tokens`, the
 * webhooks verifier): errors, input checks, the session-ID codec, credentials and the crypto helpers. Nothing
 * here reaches ky, the request path or REST auth, and `@opentok/core/internal` re-exports all of it. Not covered
 * by semver: use the public API instead.
 * @module
 */
export { OpenTokError, type OpenTokErrorCode, type OpenTokErrorOptions } from './errors/opentok-error.js';
export { ValidationError, type ValidationErrorDetails } from './errors/validation-error.js';
export {
  checkBoolean,
  checkId,
  checkInteger,
  checkOneOf,
  checkParams,
  checkSecret,
  checkStreamIds,
  checkString,
  checkStringArray,
  invalid,
  type PatternRule,
  type StringRules,
} from './validation/checks.js';
export { HTTP_URL, LANGUAGE_CODE, RTMP_URL, UUID, WEBSOCKET_URL } from './validation/formats.js';
export { isObject, type JsonObject } from './validation/json-object.js';
export { decodeSessionId, type DecodedSessionId } from './session-id/session-id.js';
export {
  readCredentials,
  type ApplicationCredentials,
  type CredentialKind,
  type Credentials,
  type CredentialSource,
  type ProjectCredentials,
  type ResolvedCredentials,
} from './credentials/credentials.js';
export type { WebCryptoKey } from './credentials/web-crypto-key.js';
export { hmacKey, hmacSign, type HmacHash } from './crypto/hmac-key.js';
export { readPem, writePem, type PemReading } from './crypto/pem.js';
