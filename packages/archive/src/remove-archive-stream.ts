import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId } from '@opentok/core/internal';
import { patchStreams } from './internal/patch-streams.js';

/** What {@link removeArchiveStream} takes. */
export interface RemoveArchiveStreamParams {
  readonly archiveId: string;
  readonly streamId: string;
}

/**
 * Removes a stream from an archive started with `streamMode: 'manual'`.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive and the stream.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing, once the service confirms (HTTP 204).
 * @throws {ValidationError} before any request when an ID is missing or malformed.
 * @throws {MethodNotAllowedError} (405) when the archive is not in manual stream mode.
 * @throws {NotFoundError} (404) when the archive or the stream does not exist.
 * @example
 * ```ts
 * import { removeArchiveStream } from '@opentok/archive';
 * await removeArchiveStream(client, { archiveId, streamId });
 * ```
 */
export async function removeArchiveStream(client: OpenTokClient, params: RemoveArchiveStreamParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['archiveId', 'streamId']);
  const archiveId = checkId(p.archiveId, 'archiveId');
  const removeStream = checkId(p.streamId, 'streamId');
  await patchStreams(client, 'removeArchiveStream', archiveId, { removeStream }, options);
}
