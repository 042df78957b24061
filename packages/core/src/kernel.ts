/**
 * The transport-free part of core's internals, for the code that runs at the edge (`@opentok/tokens`, the
 * webhooks verifier): errors, input checks, the session-ID codec, credentials and the crypto helpers. Nothing
 * here reaches ky, the request path or REST auth, and `@opentok/core/internal` re-exports all of it. Not covered
 * by semver: use the public API instead.
 * @module
 */

export {
  type ApplicationCredentials,
  type CredentialKind,
  type CredentialSource,
  type Credentials,
  type ProjectCredentials,
  type ResolvedCredentials,
  readCredentials,
} from './credentials/credentials.js';
export type { WebCryptoKey } from './credentials/web-crypto-key.js';
export { type HmacHash, hmacKey, hmacSign } from './crypto/hmac-key.js';
export { type PemReading, readPem, writePem } from './crypto/pem.js';
export { OpenTokError, type OpenTokErrorCode, type OpenTokErrorOptions } from './errors/opentok-error.js';
export { ValidationError, type ValidationErrorDetails } from './errors/validation-error.js';
export { type DecodedSessionId, decodeSessionId } from './session-id/session-id.js';
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
