/**
 * Internals shared by the `@opentok/*` packages: the transport-free kernel (`@opentok/core/kernel`) and the request
 * path with the operation kit. Not covered by semver: use the public API instead.
 * @module
 */
export * from './kernel.js';
export { request } from './transport/request.js';
export type { ApiRequest } from './transport/api-request.js';
export { projectPath, sessionPath } from './project-path.js';
export { checkCall } from './operation/check-call.js';
export { readAnswer, unreadable, type FieldReader, type JsonKind, type KindRule, type KindValue } from './operation/read-answer.js';
export { compact, type Compact } from './compact.js';
export { checkPaging } from './operation/check-paging.js';
export { readPage } from './operation/read-page.js';
export { iterateList, type ListOperation } from './operation/iterate-list.js';
export { checkLayout } from './layout.js';
export type { ErrorHints } from './errors/error-from-response.js';
export { createRestAuthToken } from './auth/rest-auth-token.js';
