/**
 * Internals shared by the `@opentok/*` packages. Not covered by semver: use the public API instead.
 * @module
 */
export { request } from './transport/request.js';
export type { ApiRequest } from './transport/api-request.js';
export { projectPath, sessionPath } from './project-path.js';
export { checkBoolean, checkId, checkInteger, checkOneOf, checkParams, checkSecret, checkStreamIds, checkString, checkStringArray, invalid, type PatternRule, type StringRules } from './validation/checks.js';
export { HTTP_URL, LANGUAGE_CODE, RTMP_URL, UUID, WEBSOCKET_URL } from './validation/formats.js';
export { isObject, type JsonObject } from './validation/json-object.js';
export { checkCall } from './operation/check-call.js';
export { readAnswer, unreadable, type FieldReader, type JsonKind, type KindRule, type KindValue } from './operation/read-answer.js';
export { compact, type Compact } from './compact.js';
export { checkPaging } from './operation/check-paging.js';
export { readPage } from './operation/read-page.js';
export { iterateList, type ListOperation } from './operation/iterate-list.js';
export { checkLayout } from './layout.js';
export { hmacKey, type HmacHash } from './crypto/hmac-key.js';
export { readPem, writePem, type PemReading } from './crypto/pem.js';
export type { ErrorHints } from './errors/error-from-response.js';
export { createRestAuthToken } from './auth/rest-auth-token.js';
export { readCredentials } from './credentials/credentials.js';
