import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { paginate } from '@opentok/core';
import { checkId, checkParams } from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { listBroadcasts } from './list-broadcasts.js';

/** Parameters of {@link iterateBroadcasts}. */
export interface IterateBroadcastsParams {
  /** Only the broadcasts of this session. */
  readonly sessionId?: string;
  /** Broadcasts fetched per request, 1 to 1000 (default 100). */
  readonly pageSize?: number;
  /** Index of the first broadcast, 0 = most recent (default 0). */
  readonly offset?: number;
}

/**
 * Walks every broadcast of the project (or of one session), most recent first, fetching one page
 * at a time as the loop asks for more.
 *
 * @param client - The client from `createClient`.
 * @param params - An optional session filter, page size and start offset.
 * @param options - Per-call `signal`, `timeout` and `headers`, used for every page.
 * @returns An async iterator of broadcasts.
 * @throws {ValidationError} on the first `next()` when a parameter is invalid (before any request is sent).
 * @throws {OpenTokApiError} when fetching a page fails.
 * @example
 * ```ts
 * import { iterateBroadcasts } from '@opentok/broadcast';
 * for await (const broadcast of iterateBroadcasts(client, { sessionId })) console.log(broadcast.id, broadcast.status);
 * ```
 */
export async function* iterateBroadcasts(client: OpenTokClient, params: IterateBroadcastsParams = {}, options?: RequestOptions): AsyncGenerator<Broadcast, void, undefined> {
  checkParams(params, 'params', ['sessionId', 'pageSize', 'offset']);
  const sessionId = params.sessionId === undefined ? undefined : checkId(params.sessionId, 'sessionId');
  const { pageSize, offset } = params;
  yield* paginate(
    (start, count) => listBroadcasts(client, { offset: start, count, ...(sessionId === undefined ? {} : { sessionId }) }, options),
    { ...(pageSize === undefined ? {} : { pageSize }), ...(offset === undefined ? {} : { offset }) },
  );
}
