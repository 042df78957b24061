import type { OpenTokClient, PaginateOptions, RequestOptions } from '@opentok/core';
import { iterateList } from '@opentok/core/internal';
import { listRenders } from './list-renders.js';
import type { Render } from './render.js';

/** Parameters of {@link iterateRenders}: the page size and where to start; every field is optional. */
export type IterateRendersParams = PaginateOptions;

/**
 * Walks every Experience Composer render of the project, most recent first, fetching one page at a
 * time with {@link listRenders} until the service's total is reached.
 *
 * @param client - The client from `createClient`.
 * @param params - The optional page size (default 100) and start offset (default 0).
 * @param options - Per-call `signal`, `timeout` and `headers`, applied to every page request.
 * @returns An async iterator over the renders.
 * @throws {ValidationError} from the first `next()`, before any request, when the client or a parameter is invalid.
 * @throws {OpenTokApiError} from the iteration when a page request fails.
 * @example
 * ```ts
 * import { iterateRenders } from '@opentok/render';
 * for await (const render of iterateRenders(client)) if (render.status === 'started') console.log(render.id, render.url);
 * ```
 */
export function iterateRenders(client: OpenTokClient, params: IterateRendersParams = {}, options?: RequestOptions): AsyncGenerator<Render, void, undefined> {
  return iterateList(listRenders, client, params, options, []);
}
