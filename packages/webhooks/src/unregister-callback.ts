import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';

/** Parameters of {@link unregisterCallback}. */
export interface UnregisterCallbackParams {
  /** The `id` of the registration, from `registerCallback` or `listCallbacks`. */
  readonly callbackId: string;
}

/**
 * Removes a callback registered over REST; the service stops sending that group and event.
 *
 * @param client - The client from `createClient`.
 * @param params - The registration to remove.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when `callbackId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no registration with this ID.
 * @example
 * ```ts
 * import { unregisterCallback } from '@opentok/webhooks';
 * await unregisterCallback(client, { callbackId: registration.id });
 * ```
 */
export async function unregisterCallback(client: OpenTokClient, params: UnregisterCallbackParams, options?: RequestOptions): Promise<void> {
  const callbackId = checkId(checkCall(client, params, ['callbackId']).callbackId, 'callbackId');
  const path = projectPath(client, `/callback/${callbackId}`);
  await request(client, { operation: 'unregisterCallback', method: 'DELETE', path, hints: { 404: 'there is no registered callback with this ID' } }, options);
}
