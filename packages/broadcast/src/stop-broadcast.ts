import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { toBroadcast } from './internal/to-broadcast.js';

/** Parameters of {@link stopBroadcast}. */
export interface StopBroadcastParams {
  /** The broadcast to stop. */
  readonly broadcastId: string;
}

/**
 * Stops a running broadcast.
 *
 * @param client - The client from `createClient`.
 * @param params - The broadcast to stop.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The broadcast as it stopped (`status` `stopped`).
 * @throws {ValidationError} when `broadcastId` is not an ID (before any request is sent).
 * @throws {ConflictError} (409) when the broadcast has already stopped.
 * @throws {NotFoundError} (404) when there is no broadcast with this ID.
 * @example
 * ```ts
 * import { stopBroadcast } from '@opentok/broadcast';
 * const stopped = await stopBroadcast(client, { broadcastId: broadcast.id });
 * ```
 */
export async function stopBroadcast(client: OpenTokClient, params: StopBroadcastParams, options?: RequestOptions): Promise<Broadcast> {
  const broadcastId = checkId(checkCall(client, params, ['broadcastId']).broadcastId, 'broadcastId');
  const path = projectPath(client, `/broadcast/${broadcastId}/stop`);
  const hints = { 404: 'there is no broadcast with this ID', 409: 'the broadcast is not running (it has already stopped)' };
  const answer = await request(client, { operation: 'stopBroadcast', method: 'POST', path, hints }, options);
  return toBroadcast(answer, 'stopBroadcast', 'stopped');
}
