import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';

/** Parameters of {@link stopCaptions}. */
export interface StopCaptionsParams {
  /** The captions job to stop, from `startCaptions`. */
  readonly captionsId: string;
}

/**
 * Stops Live Captions.
 *
 * @param client - The client from `createClient`.
 * @param params - The captions job to stop.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when `captionsId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no captions job with this ID.
 * @throws {ConflictError} (409) when the captions have already stopped.
 * @example
 * ```ts
 * import { stopCaptions } from '@opentok/captions';
 * await stopCaptions(client, { captionsId });
 * ```
 */
export async function stopCaptions(client: OpenTokClient, params: StopCaptionsParams, options?: RequestOptions): Promise<void> {
  const captionsId = checkId(checkCall(client, params, ['captionsId']).captionsId, 'captionsId');
  const path = projectPath(client, `/captions/${captionsId}/stop`);
  const hints = { 404: 'there is no captions job with this ID', 409: 'the captions have already stopped' };
  await request(client, { operation: 'stopCaptions', method: 'POST', path, hints }, options);
}
