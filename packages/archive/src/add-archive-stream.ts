import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkBoolean, checkCall, checkId, invalid } from '@opentok/core/internal';
import { patchStreams } from './internal/patch-streams.js';

/** What {@link addArchiveStream} takes. */
export interface AddArchiveStreamParams {
  readonly archiveId: string;
  readonly streamId: string;
  /** Record the stream's audio (default `true`). */
  readonly hasAudio?: boolean;
  /** Record the stream's video (default `true`). */
  readonly hasVideo?: boolean;
}

/**
 * Adds a stream to an archive started with `streamMode: 'manual'`. Calling it again for the same
 * stream changes whether its audio and video are recorded.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive, the stream, and what of it to record.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing, once the service confirms (HTTP 204).
 * @throws {ValidationError} before any request when an ID is missing or malformed, a flag is not a boolean,
 *   or `hasAudio` and `hasVideo` are both `false`.
 * @throws {MethodNotAllowedError} (405) when the archive is not in manual stream mode.
 * @throws {NotFoundError} (404) when the archive or the stream does not exist.
 * @throws {BadRequestError} (400) when the service refuses the request.
 * @example
 * ```ts
 * import { addArchiveStream } from '@opentok/archive';
 * await addArchiveStream(client, { archiveId, streamId, hasVideo: false });
 * ```
 */
export async function addArchiveStream(client: OpenTokClient, params: AddArchiveStreamParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['archiveId', 'streamId', 'hasAudio', 'hasVideo']);
  const archiveId = checkId(p.archiveId, 'archiveId');
  const addStream = checkId(p.streamId, 'streamId');
  const hasAudio = checkBoolean(p.hasAudio, 'hasAudio');
  const hasVideo = checkBoolean(p.hasVideo, 'hasVideo');
  if (hasAudio === false && hasVideo === false) invalid('hasAudio', 'and hasVideo cannot both be false', hasAudio);
  await patchStreams(client, 'addArchiveStream', archiveId, { addStream, hasAudio, hasVideo }, options);
}
