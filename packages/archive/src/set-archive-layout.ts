import type { Layout, OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkLayout, projectPath, request } from '@opentok/core/internal';

/** What {@link setArchiveLayout} takes. */
export interface SetArchiveLayoutParams {
  readonly archiveId: string;
  /** The new layout: a `type`; `stylesheet` only (and always) with `custom`; `screenshareType` only with `bestFit`. */
  readonly layout: Layout;
}

/**
 * Changes the layout of a recording composed archive.
 *
 * @param client - A client made by `createClient`.
 * @param params - The archive and its new layout.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing, once the service confirms (HTTP 200).
 * @throws {ValidationError} before any request when `archiveId` is not an ID or the layout breaks a rule.
 * @throws {NotFoundError} (404) when no archive has this ID.
 * @throws {BadRequestError} (400) when the service refuses the layout (for example for an individual archive).
 * @throws {ConflictError} (409) when the archive is not recording.
 * @example
 * ```ts
 * import { setArchiveLayout } from '@opentok/archive';
 * await setArchiveLayout(client, { archiveId, layout: { type: 'bestFit', screenshareType: 'pip' } });
 * ```
 */
export async function setArchiveLayout(client: OpenTokClient, params: SetArchiveLayoutParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['archiveId', 'layout']);
  const archiveId = checkId(p.archiveId, 'archiveId');
  const json = checkLayout(p.layout, 'layout');
  const path = projectPath(client, `/archive/${archiveId}/layout`);
  const hints = {
    400: 'the layout was refused (layouts apply to composed archives only)',
    404: 'no archive with this ID in this project',
    409: 'the archive is not recording',
  };
  await request(client, { operation: 'setArchiveLayout', method: 'PUT', path, json, hints }, options);
}
