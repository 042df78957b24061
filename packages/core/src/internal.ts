/**
 * Internals shared by the `@opentok/*` packages: the transport-free kernel (`@opentok/core/kernel`) and the request
 * path with the operation kit. Not covered by semver: use the public API instead.
 * @module
 */

export { createRestAuthToken } from './auth/rest-auth-token.js';
export { type Compact, compact } from './compact.js';
export type { ErrorHints } from './errors/error-from-response.js';
export * from './kernel.js';
export { checkLayout } from './layout.js';
export { checkCall } from './operation/check-call.js';
export { checkPaging } from './operation/check-paging.js';
export { iterateList, type ListOperation } from './operation/iterate-list.js';
export { type FieldReader, type JsonKind, type KindRule, type KindValue, readAnswer, unreadable } from './operation/read-answer.js';
export { readPage } from './operation/read-page.js';
export { projectPath, sessionPath } from './project-path.js';
export type { ApiRequest } from './transport/api-request.js';
export { request } from './transport/request.js';
