import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, request, sessionPath } from '@opentok/core/internal';
import { toStream } from './internal/stream.js';
import type { Stream } from './stream.js';

/** Which stream {@link getStream} reads. */
export interface GetStreamParams {
  /** The session ID. */
  readonly sessionId: string;
  /** The stream ID. */
  readonly streamId: string;
}

/**
 * Reads one stream of a session: its video type, name and layout classes.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID and the stream ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The {@link Stream}.
 * @throws {@link @opentok/core!ValidationError} when an ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session has no such stream (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the session or stream ID (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 * @throws {@link @opentok/core!InvalidResponseError} when the answer is not a stream object.
 *
 * @example
 * ```ts
 * import { getStream } from '@opentok/session';
 * const stream = await getStream(client, { sessionId, streamId });
 * console.log(stream.name, stream.videoType);
 * ```
 */
export async function getStream(client: OpenTokClient, params: GetStreamParams, options?: RequestOptions): Promise<Stream> {
  const p = checkCall(client, params, ['sessionId', 'streamId']);
  const path = sessionPath(client, checkId(p.sessionId, 'sessionId'), `/stream/${checkId(p.streamId, 'streamId')}`);
  const hints = {
    400: 'the session ID or stream ID is invalid',
    404: 'the session has no stream with this ID (unknown session or stream, or the stream has ended)',
    408: 'the stream ID is invalid',
  };
  const answer = await request(client, { operation: 'getStream', method: 'GET', path, hints }, options);
  return toStream(answer, 'getStream');
}
