import type { Layout, OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkLayout, projectPath, request } from '@opentok/core/internal';

/** Parameters of {@link setBroadcastLayout}. */
export interface SetBroadcastLayoutParams {
  /** The running broadcast. */
  readonly broadcastId: string;
  /** The new layout: a predefined type, or `custom` with a stylesheet. */
  readonly layout: Layout;
}

/**
 * Changes the layout of a running broadcast.
 *
 * @param client - The client from `createClient`.
 * @param params - The broadcast and its new layout.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when `broadcastId` or `layout` is invalid (before any request is sent).
 * @throws {BadRequestError} (400) when the API refuses the layout.
 * @throws {NotFoundError} (404) when there is no broadcast with this ID.
 * @throws {ConflictError} (409) when the broadcast is not running.
 * @example
 * ```ts
 * import { setBroadcastLayout } from '@opentok/broadcast';
 * await setBroadcastLayout(client, { broadcastId, layout: { type: 'custom', stylesheet: 'stream.instructor { width: 100%; }' } });
 * ```
 */
export async function setBroadcastLayout(client: OpenTokClient, params: SetBroadcastLayoutParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['broadcastId', 'layout']);
  const path = projectPath(client, `/broadcast/${checkId(p.broadcastId, 'broadcastId')}/layout`);
  const hints = {
    400: 'the layout was refused (check its type and stylesheet)',
    404: 'there is no broadcast with this ID',
    409: 'the broadcast is not running',
  };
  await request(client, { operation: 'setBroadcastLayout', method: 'PUT', path, json: checkLayout(p.layout), hints }, options);
}
