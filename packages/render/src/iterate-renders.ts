import { paginate, type OpenTokClient, type RequestOptions } from '@opentok/core';
import { checkInteger, checkParams, projectPath } from '@opentok/core/internal';
import { listRenders } from './list-renders.js';
import type { Render } from './render.js';

/** Parameters of {@link iterateRenders}; every field is optional. */
export interface IterateRendersParams {
  /** Renders fetched per request, 1 to 1000 (default 100). */
  readonly pageSize?: number;
}

/**
 * Walks every Experience Composer render of the project, most recent first, fetching one page at a
 * time with {@link listRenders} until the service's total is reached.
 *
 * @param client - The client from `createClient`.
 * @param params - The optional page size.
 * @param options - Per-call `signal`, `timeout` and `headers`, applied to every page request.
 * @returns An async iterator over the renders.
 * @throws {ValidationError} at the call, before any request, when the client or `pageSize` is invalid.
 * @throws {OpenTokApiError} from the iteration when a page request fails.
 * @example
 * ```ts
 * import { iterateRenders } from '@opentok/render';
 * for await (const render of iterateRenders(client)) if (render.status === 'started') console.log(render.id, render.url);
 * ```
 */
export function iterateRenders(client: OpenTokClient, params: IterateRendersParams = {}, options?: RequestOptions): AsyncGenerator<Render, void, undefined> {
  projectPath(client, '/render'); // checks the client now rather than on the first next()
  const pageSize = checkInteger(checkParams(params, 'params', ['pageSize']).pageSize, 'pageSize', 1, 1000);
  return paginate((offset, count) => listRenders(client, { offset, count }, options), pageSize === undefined ? {} : { pageSize });
}
