import type { OpenTokClient, Page, RequestOptions } from '@opentok/core';
import { checkCall, checkPaging, projectPath, readPage, request } from '@opentok/core/internal';
import { toRender } from './internal/to-render.js';
import type { Render } from './render.js';

/** Parameters of {@link listRenders}; every field is optional. */
export interface ListRendersParams {
  /** Index of the first render, 0 = most recent (service default 0). */
  readonly offset?: number;
  /** How many to return, 1 to 1000 (service default 50). */
  readonly count?: number;
}

/**
 * Lists one page of the project's Experience Composer renders, in every status, most recent first.
 * To walk every page, use {@link iterateRenders}.
 *
 * @param client - The client from `createClient`.
 * @param params - Paging; only the fields you set go into the query.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns `items` (this page) and `total` (all renders on the server).
 * @throws {ValidationError} when `offset` or `count` is invalid (before any request is sent).
 * @throws {InvalidResponseError} when the answer has no `items` list.
 * @example
 * ```ts
 * import { listRenders } from '@opentok/render';
 * const { items, total } = await listRenders(client, { count: 10 });
 * ```
 */
export async function listRenders(client: OpenTokClient, params: ListRendersParams = {}, options?: RequestOptions): Promise<Page<Render>> {
  const query = checkPaging(checkCall(client, params, ['offset', 'count']));
  const answer = await request(client, { operation: 'listRenders', method: 'GET', path: projectPath(client, '/render'), query }, options);
  return readPage(answer, 'listRenders', toRender, 'without an items list');
}
