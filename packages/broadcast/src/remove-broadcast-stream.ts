import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId } from '@opentok/core/internal';
import { patchStreams } from './internal/patch-streams.js';

/** Parameters of {@link removeBroadcastStream}. */
export interface RemoveBroadcastStreamParams {
  /** A running broadcast started with `streamMode: 'manual'`. */
  readonly broadcastId: string;
  /** The stream to leave out. */
  readonly streamId: string;
}

/**
 * Leaves a stream out of a broadcast started with `streamMode: 'manual'`.
 *
 * @param client - The client from `createClient`.
 * @param params - The broadcast and the stream.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent).
 * @throws {MethodNotAllowedError} (405) when the broadcast's `streamMode` is `auto`.
 * @throws {NotFoundError} (404) when the broadcast or the stream does not exist.
 * @throws {ConflictError} (409) when the broadcast is not running.
 * @example
 * ```ts
 * import { removeBroadcastStream } from '@opentok/broadcast';
 * await removeBroadcastStream(client, { broadcastId, streamId });
 * ```
 */
export async function removeBroadcastStream(client: OpenTokClient, params: RemoveBroadcastStreamParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['broadcastId', 'streamId']);
  const broadcastId = checkId(p.broadcastId, 'broadcastId');
  await patchStreams(client, 'removeBroadcastStream', broadcastId, { removeStream: checkId(p.streamId, 'streamId') }, options);
}
