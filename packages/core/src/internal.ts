/**
 * Internals shared by the `@opentok/*` packages. Not covered by semver: use the public API instead.
 * @module
 */
export { request, type ApiRequest } from './transport/request.js';
export { projectPath } from './project-path.js';
export { checkBoolean, checkId, checkInteger, checkOneOf, checkParams, checkSecret, checkString, checkStringArray, invalid } from './validation/checks.js';
export { checkLayout } from './layout.js';
export { hmacKey, type HmacHash } from './crypto/hmac-key.js';
export { readPem, writePem, type PemReading } from './crypto/pem.js';
export type { ErrorHints } from './errors/error-from-response.js';
export { createRestAuthToken } from './auth/rest-auth-token.js';
