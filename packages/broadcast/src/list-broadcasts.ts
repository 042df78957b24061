import type { OpenTokClient, Page, RequestOptions } from '@opentok/core';
import { InvalidResponseError } from '@opentok/core';
import { checkId, checkInteger, checkParams, projectPath, request } from '@opentok/core/internal';
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
  checkParams(params, 'params', ['offset', 'count', 'sessionId']);
  const offset = checkInteger(params.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const count = checkInteger(params.count, 'count', 1, 1000);
  const sessionId = params.sessionId === undefined ? undefined : checkId(params.sessionId, 'sessionId');
  const path = projectPath(client, '/broadcast');
  const json = await request<{ count?: unknown; items?: unknown } | undefined>(
    client,
    { operation: 'listBroadcasts', method: 'GET', path, query: { offset, count, sessionId } },
    options,
  );
  if (!Array.isArray(json?.items)) throw new InvalidResponseError('listBroadcasts failed: OpenTok answered without an items list');
  const items = json.items.map((item) => toBroadcast(item, 'listBroadcasts'));
  return { items, total: typeof json.count === 'number' ? json.count : items.length };
}
