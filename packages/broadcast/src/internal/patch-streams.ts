import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { projectPath, request } from '@opentok/core/internal';

/** What the error statuses of `PATCH …/broadcast/{id}/streams` mean. */
const HINTS = {
  400: 'the stream change was refused (check the stream ID and hasAudio/hasVideo)',
  404: 'the broadcast or the stream does not exist',
  405: 'the broadcast was not started with streamMode "manual", so its streams cannot be changed by hand',
  409: 'the broadcast is not running',
};

/** `PATCH …/broadcast/{broadcastId}/streams`, shared by add and remove (answers 204); IDs must already have passed `checkId`. */
export async function patchStreams(
  client: OpenTokClient,
  operation: string,
  broadcastId: string,
  json: object,
  options: RequestOptions | undefined,
): Promise<void> {
  await request(client, { operation, method: 'PATCH', path: projectPath(client, `/broadcast/${broadcastId}/streams`), json, hints: HINTS }, options);
}
