import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, request, sessionPath } from '@opentok/core/internal';

/** Which stream {@link muteStream} mutes. */
export interface MuteStreamParams {
  /** The session ID. */
  readonly sessionId: string;
  /** The stream ID. */
  readonly streamId: string;
}

/**
 * Forces the publisher of one stream to mute its audio (`POST …/stream/{streamId}/mute`, no body).
 * The publisher may unmute again.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID and the stream ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when an ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session has no such stream (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the request (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { muteStream } from '@opentok/session';
 * await muteStream(client, { sessionId, streamId });
 * ```
 */
export async function muteStream(client: OpenTokClient, params: MuteStreamParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'streamId']);
  const path = sessionPath(client, checkId(p.sessionId, 'sessionId'), `/stream/${checkId(p.streamId, 'streamId')}/mute`);
  const hints = { 400: 'the session ID or stream ID is invalid', 404: 'the session has no stream with this ID (unknown session or stream)' };
  await request(client, { operation: 'muteStream', method: 'POST', path, hints }, options);
}
