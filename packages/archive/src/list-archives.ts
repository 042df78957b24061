import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkPaging, projectPath, readPage, request } from '@opentok/core/internal';
import type { ArchiveList } from './archive.js';
import { toArchive } from './internal/to-archive.js';

/** What {@link listArchives} takes; every field is optional. */
export interface ListArchivesParams {
  /** Index of the first archive to return, 0 = the most recent (service default 0). */
  readonly offset?: number;
  /** How many archives to return, 1 to 1000 (service default 50). */
  readonly count?: number;
  /** Only the archives of this session. */
  readonly sessionId?: string;
}

/**
 * Lists one page of the project's archives, most recent first. To walk every page, use
 * {@link iterateArchives}.
 *
 * @param client - A client made by `createClient`.
 * @param params - Paging and the optional session filter; only the fields you set go into the query.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns `{ items, total }`: this page's archives and how many match on the server.
 * @throws {ValidationError} before any request when `offset` is not an integer ≥ 0, `count` not an
 *   integer from 1 to 1000, or `sessionId` not an ID.
 * @throws {InvalidResponseError} when the answer has no `items` list.
 * @example
 * ```ts
 * import { listArchives } from '@opentok/archive';
 * const { items, total } = await listArchives(client, { sessionId, count: 10 });
 * console.log(`${items.length} of ${total}`);
 * ```
 */
export async function listArchives(client: OpenTokClient, params: ListArchivesParams = {}, options?: RequestOptions): Promise<ArchiveList> {
  const p = checkCall(client, params, ['offset', 'count', 'sessionId']);
  const query = { ...checkPaging(p), sessionId: p.sessionId === undefined ? undefined : checkId(p.sessionId, 'sessionId') };
  const answer = await request(client, { operation: 'listArchives', method: 'GET', path: projectPath(client, '/archive'), query }, options);
  return readPage(answer, 'listArchives', toArchive);
}
