import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, projectPath, request } from '@opentok/core/internal';
import { toRender } from './internal/to-render.js';
import type { Render } from './render.js';

/** Parameters of {@link getRender}. */
export interface GetRenderParams {
  /** The render to read. */
  readonly renderId: string;
}

/**
 * Reads one Experience Composer render: its status, its stream and, once it has ended, why.
 *
 * @param client - The client from `createClient`.
 * @param params - The render to read.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The render.
 * @throws {ValidationError} when `renderId` is not an ID (before any request is sent).
 * @throws {NotFoundError} (404) when there is no render with this ID.
 * @example
 * ```ts
 * import { getRender } from '@opentok/render';
 * const { status, reason } = await getRender(client, { renderId });
 * ```
 */
export async function getRender(client: OpenTokClient, params: GetRenderParams, options?: RequestOptions): Promise<Render> {
  const renderId = checkId(checkCall(client, params, ['renderId']).renderId, 'renderId');
  const path = projectPath(client, `/render/${renderId}`);
  const answer = await request(client, { operation: 'getRender', method: 'GET', path, hints: { 404: 'there is no render with this ID' } }, options);
  return toRender(answer, 'getRender');
}
