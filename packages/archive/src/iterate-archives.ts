import { paginate, type OpenTokClient, type RequestOptions } from '@opentok/core';
import { checkId, checkInteger, checkParams } from '@opentok/core/internal';
import type { Archive } from './archive.js';
import { archivePath } from './internal/archive-path.js';
import { listArchives } from './list-archives.js';

/** What {@link iterateArchives} takes; every field is optional. */
export interface IterateArchivesParams {
  /** Only the archives of this session. */
  readonly sessionId?: string;
  /** Archives fetched per request, 1 to 1000 (default 100). */
  readonly pageSize?: number;
}

/**
 * Walks every archive of the project (or of one session), most recent first, fetching one page at
 * a time with {@link listArchives} until the service's total is reached.
 *
 * @param client - A client made by `createClient`.
 * @param params - The optional session filter and page size.
 * @param options - Per-call `signal`, `timeout` and `headers`, applied to every page request.
 * @returns An async iterator over the archives.
 * @throws {ValidationError} at the call, before any request, when `sessionId` or `pageSize` is invalid.
 * @throws {OpenTokApiError} from the iteration when a page request fails.
 * @example
 * ```ts
 * import { iterateArchives } from '@opentok/archive';
 * for await (const archive of iterateArchives(client, { sessionId })) console.log(archive.id, archive.status);
 * ```
 */
export function iterateArchives(client: OpenTokClient, params: IterateArchivesParams = {}, options?: RequestOptions): AsyncGenerator<Archive, void, undefined> {
  archivePath(client); // checks the client now rather than on the first next()
  const p = checkParams(params, 'params', ['sessionId', 'pageSize']);
  const sessionId = p.sessionId === undefined ? undefined : checkId(p.sessionId, 'sessionId');
  const pageSize = checkInteger(p.pageSize, 'pageSize', 1, 1000);
  const filter = sessionId === undefined ? {} : { sessionId };
  return paginate(async (offset, count) => listArchives(client, { ...filter, offset, count }, options), pageSize === undefined ? {} : { pageSize });
}
