import type { OpenTokClient, Page, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkPaging, projectPath, readPage, request } from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { toBroadcast } from './internal/to-broadcast.js';

/** Parameters of {@link listBroadcasts}. */
export interface ListBroadcastsParams {
  /** Index of the first broadcast, 0 = most recent (API default 0). */
  readonly offset?: number;
  /** How many to return, 1 to 1000 (API default 50). */
  readonly count?: number;
  /** Only the broadcasts of this session. */
  readonly sessionId?: string;
}

/**
 * Lists the broadcasts of the project, most recent first, one page
 * at a time. See `iterateBroadcasts` to walk every page.
 *
 * @param client - The client from `createClient`.
 * @param params - Paging and an optional session filter.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns `items` (this page) and `total` (all matching broadcasts).
 * @throws {ValidationError} when `offset`, `count` or `sessionId` is invalid (before any request is sent).
 * @throws {InvalidResponseError} when the answer has no `items` list.
 * @example
 * ```ts
 * import { listBroadcasts } from '@opentok/broadcast';
 * const { items, total } = await listBroadcasts(client, { sessionId, count: 10 });
 * ```
 */
export async function listBroadcasts(client: OpenTokClient, params: ListBroadcastsParams = {}, options?: RequestOptions): Promise<Page<Broadcast>> {
  const p = checkCall(client, params, ['offset', 'count', 'sessionId']);
  const query = { ...checkPaging(p), sessionId: p.sessionId === undefined ? undefined : checkId(p.sessionId, 'sessionId') };
  const answer = await request(client, { operation: 'listBroadcasts', method: 'GET', path: projectPath(client, '/broadcast'), query }, options);
  return readPage(answer, 'listBroadcasts', toBroadcast);
}
