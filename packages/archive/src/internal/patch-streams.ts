import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { projectPath, request } from '@opentok/core/internal';

const HINTS = {
  400: 'the stream change was refused as invalid',
  404: 'no archive with this ID, or no stream with this ID in its session',
  405: 'the archive is not in manual stream mode (start it with streamMode "manual")',
  409: 'the archive is not recording',
};

/** `PATCH …/archive/{archiveId}/streams`, shared by add and remove (answers 204); the IDs must have passed `checkId`. */
export async function patchStreams(
  client: OpenTokClient,
  operation: string,
  archiveId: string,
  json: object,
  options: RequestOptions | undefined,
): Promise<void> {
  await request(client, { operation, method: 'PATCH', path: projectPath(client, `/archive/${archiveId}/streams`), json, hints: HINTS }, options);
}
