import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkBoolean, checkCall, checkId, invalid } from '@opentok/core/internal';
import { patchStreams } from './internal/patch-streams.js';

/** Parameters of {@link addBroadcastStream}. */
export interface AddBroadcastStreamParams {
  /** A running broadcast started with `streamMode: 'manual'`. */
  readonly broadcastId: string;
  /** The stream to include. */
  readonly streamId: string;
  /** Include its audio (API default true). */
  readonly hasAudio?: boolean;
  /** Include its video (API default true); `hasAudio` and `hasVideo` cannot both be false. */
  readonly hasVideo?: boolean;
}

/**
 * Includes a stream in a broadcast started with `streamMode: 'manual'` (or changes whether its
 * audio and video are included).
 *
 * @param client - The client from `createClient`.
 * @param params - The broadcast, the stream, and which of its tracks to include.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent).
 * @throws {MethodNotAllowedError} (405) when the broadcast's `streamMode` is `auto`.
 * @throws {NotFoundError} (404) when the broadcast or the stream does not exist.
 * @throws {ConflictError} (409) when the broadcast is not running.
 * @example
 * ```ts
 * import { addBroadcastStream } from '@opentok/broadcast';
 * await addBroadcastStream(client, { broadcastId, streamId, hasVideo: false });
 * ```
 */
export async function addBroadcastStream(client: OpenTokClient, params: AddBroadcastStreamParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['broadcastId', 'streamId', 'hasAudio', 'hasVideo']);
  const broadcastId = checkId(p.broadcastId, 'broadcastId');
  const addStream = checkId(p.streamId, 'streamId');
  const hasAudio = checkBoolean(p.hasAudio, 'hasAudio');
  const hasVideo = checkBoolean(p.hasVideo, 'hasVideo');
  if (hasAudio === false && hasVideo === false) invalid('hasVideo', 'cannot be false when hasAudio is false too', hasVideo);
  await patchStreams(client, 'addBroadcastStream', broadcastId, { addStream, hasAudio, hasVideo }, options);
}
