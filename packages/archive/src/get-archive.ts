import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';
import type { Archive } from './archive.js';
import { toArchive } from './internal/to-archive.js';

/** What {@link getArchive} takes. */
export interface GetArchiveParams {
  readonly archiveId: string;
}

/**
 * Reads one archive: its status, and once it is `available`, its download `url`.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive to read.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The archive.
 * @throws {ValidationError} before any request when `archiveId` is missing or not an ID.
 * @throws {NotFoundError} (404) when no archive has this ID.
 * @example
 * ```ts
 * import { getArchive } from '@opentok/archive';
 * const archive = await getArchive(client, { archiveId });
 * if (archive.status === 'available') console.log(archive.url);
 * ```
 */
export async function getArchive(client: OpenTokClient, params: GetArchiveParams, options?: RequestOptions): Promise<Archive> {
  const archiveId = checkId(checkCall(client, params, ['archiveId']).archiveId, 'archiveId');
  const path = projectPath(client, `/archive/${archiveId}`);
  const answer = await request(client, { operation: 'getArchive', method: 'GET', path, hints: { 404: 'no archive with this ID in this project' } }, options);
  return toArchive(answer, 'getArchive');
}
