import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';

/** Parameters of {@link stopRender}. */
export interface StopRenderParams {
  /** The render to stop. */
  readonly renderId: string;
}

/**
 * Stops an Experience Composer render: its browser closes and its stream leaves the session.
 *
 * @param client - The client from `createClient`.
 * @param params - The render to stop.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when `renderId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no render with this ID.
 * @throws {ConflictError} (409) when the render is not running.
 * @example
 * ```ts
 * import { stopRender } from '@opentok/render';
 * await stopRender(client, { renderId: render.id });
 * ```
 */
export async function stopRender(client: OpenTokClient, params: StopRenderParams, options?: RequestOptions): Promise<void> {
  const renderId = checkId(checkCall(client, params, ['renderId']).renderId, 'renderId');
  const path = projectPath(client, `/render/${renderId}`);
  const hints = { 404: 'there is no render with this ID', 409: 'the render is not running (it has already stopped or failed)' };
  await request(client, { operation: 'stopRender', method: 'DELETE', path, hints }, options);
}
