import type { OpenTokClient, PaginateOptions, RequestOptions } from '@opentok/core';
import { iterateList } from '@opentok/core/internal';
import type { Archive } from './archive.js';
import { listArchives } from './list-archives.js';

/** What {@link iterateArchives} takes: the page size, where to start and the session filter; every field is optional. */
export interface IterateArchivesParams extends PaginateOptions {
  /** Only the archives of this session. */
  readonly sessionId?: string;
}

/**
 * Walks every archive of the project (or of one session), most recent first, fetching one page at
 * a time with {@link listArchives} until the service's total is reached.
 *
 * @param client - A client made by `createClient`.
 * @param params - The optional session filter, page size (default 100) and start offset (default 0).
 * @param options - Per-call `signal`, `timeout` and `headers`, applied to every page request.
 * @returns An async iterator over the archives.
 * @throws {ValidationError} from the first `next()`, before any request, when the client or a parameter is invalid.
 * @throws {OpenTokApiError} from the iteration when a page request fails.
 * @example
 * ```ts
 * import { iterateArchives } from '@opentok/archive';
 * for await (const archive of iterateArchives(client, { sessionId })) console.log(archive.id, archive.status);
 * ```
 */
export function iterateArchives(client: OpenTokClient, params: IterateArchivesParams = {}, options?: RequestOptions): AsyncGenerator<Archive, void, undefined> {
  return iterateList(listArchives, client, params, options, ['sessionId']);
}
