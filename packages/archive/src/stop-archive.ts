import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';
import type { Archive } from './archive.js';
import { toArchive } from './internal/to-archive.js';

/** What {@link stopArchive} takes. */
export interface StopArchiveParams {
  readonly archiveId: string;
}

/**
 * Stops a recording archive. The file becomes downloadable (`available`) or is uploaded to your
 * storage target a little later: poll {@link getArchive} or listen for the archive callback.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive to stop.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The archive, `status: 'stopped'`.
 * @throws {ValidationError} before any request when `archiveId` is missing or not an ID.
 * @throws {ConflictError} (409) when the archive is not recording (already stopped, or never started).
 * @throws {NotFoundError} (404) when no archive has this ID.
 * @example
 * ```ts
 * import { stopArchive } from '@opentok/archive';
 * const archive = await stopArchive(client, { archiveId }, { signal: AbortSignal.timeout(5_000) });
 * console.log(archive.status); // 'stopped'
 * ```
 */
export async function stopArchive(client: OpenTokClient, params: StopArchiveParams, options?: RequestOptions): Promise<Archive> {
  const archiveId = checkId(checkCall(client, params, ['archiveId']).archiveId, 'archiveId');
  const path = projectPath(client, `/archive/${archiveId}/stop`);
  const hints = {
    404: 'no archive with this ID in this project',
    409: 'the archive is not recording (only a started archive can be stopped)',
  };
  // An empty JSON object, as the newest official Node SDK sends: the service accepts it on this bodiless POST.
  const answer = await request(client, { operation: 'stopArchive', method: 'POST', path, json: {}, hints }, options);
  return toArchive(answer, 'stopArchive');
}
