/**
 * Internals shared by the `@opentok/*` packages. Not covered by semver: use the public API instead.
 * @module
 */
export { request, type ApiRequest } from './transport/request.js';
export { checkClient, projectPath } from './project-path.js';
export { checkBoolean, checkId, checkInteger, checkOneOf, checkParams, checkString, checkStringArray, invalid } from './validation/checks.js';
export { checkLayout } from './layout.js';
export { errorFromResponse, type ErrorHints } from './errors/error-from-response.js';
export { createRestAuthToken, AUTH_TOKEN_LIFETIME } from './auth/rest-auth-token.js';
export { CREDENTIALS, checkCredentials } from './client/credentials.js';
