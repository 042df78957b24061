import type { OpenTokClient, PaginateOptions, RequestOptions } from '@opentok/core';
import { iterateList } from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { listBroadcasts } from './list-broadcasts.js';

/** Parameters of {@link iterateBroadcasts}: the page size, where to start and the session filter; every field is optional. */
export interface IterateBroadcastsParams extends PaginateOptions {
  /** Only the broadcasts of this session. */
  readonly sessionId?: string;
}

/**
 * Walks every broadcast of the project (or of one session), most recent first, fetching one page
 * at a time as the loop asks for more.
 *
 * @param client - The client from `createClient`.
 * @param params - An optional session filter, page size (default 100) and start offset (default 0).
 * @param options - Per-call `signal`, `timeout` and `headers`, used for every page.
 * @returns An async iterator of broadcasts.
 * @throws {ValidationError} on the first `next()` when the client or a parameter is invalid (before any request is sent).
 * @throws {OpenTokApiError} when fetching a page fails.
 * @example
 * ```ts
 * import { iterateBroadcasts } from '@opentok/broadcast';
 * for await (const broadcast of iterateBroadcasts(client, { sessionId })) console.log(broadcast.id, broadcast.status);
 * ```
 */
export function iterateBroadcasts(
  client: OpenTokClient,
  params: IterateBroadcastsParams = {},
  options?: RequestOptions,
): AsyncGenerator<Broadcast, void, undefined> {
  return iterateList(listBroadcasts, client, params, options, ['sessionId']);
}
