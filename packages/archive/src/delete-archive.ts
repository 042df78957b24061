import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';

/** What {@link deleteArchive} takes. */
export interface DeleteArchiveParams {
  readonly archiveId: string;
}

/**
 * Deletes an archive and its file. A recording archive must be stopped first.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive to delete.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing, once the service confirms (HTTP 204).
 * @throws {ValidationError} before any request when `archiveId` is missing or not an ID.
 * @throws {NotFoundError} (404) when no archive has this ID.
 * @throws {ConflictError} (409) when the archive cannot be deleted in its current state (still recording).
 * @example
 * ```ts
 * import { deleteArchive } from '@opentok/archive';
 * await deleteArchive(client, { archiveId });
 * ```
 */
export async function deleteArchive(client: OpenTokClient, params: DeleteArchiveParams, options?: RequestOptions): Promise<void> {
  const archiveId = checkId(checkCall(client, params, ['archiveId']).archiveId, 'archiveId');
  const path = projectPath(client, `/archive/${archiveId}`);
  const hints = {
    404: 'no archive with this ID in this project',
    409: 'the archive cannot be deleted in its current state (stop a recording archive first)',
  };
  await request(client, { operation: 'deleteArchive', method: 'DELETE', path, hints }, options);
}
