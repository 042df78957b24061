import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';
import type { Broadcast } from './broadcast.js';
import { toBroadcast } from './internal/to-broadcast.js';

/** Parameters of {@link getBroadcast}. */
export interface GetBroadcastParams {
  /** The broadcast to read. */
  readonly broadcastId: string;
}

/**
 * Reads one broadcast: its status, outputs and their states.
 *
 * @param client - The client from `createClient`.
 * @param params - The broadcast to read.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The broadcast.
 * @throws {ValidationError} when `broadcastId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no broadcast with this ID.
 * @example
 * ```ts
 * import { getBroadcast } from '@opentok/broadcast';
 * const { status, broadcastUrls } = await getBroadcast(client, { broadcastId });
 * ```
 */
export async function getBroadcast(client: OpenTokClient, params: GetBroadcastParams, options?: RequestOptions): Promise<Broadcast> {
  const broadcastId = checkId(checkCall(client, params, ['broadcastId']).broadcastId, 'broadcastId');
  const path = projectPath(client, `/broadcast/${broadcastId}`);
  const answer = await request(client, { operation: 'getBroadcast', method: 'GET', path, hints: { 404: 'there is no broadcast with this ID' } }, options);
  return toBroadcast(answer, 'getBroadcast');
}
