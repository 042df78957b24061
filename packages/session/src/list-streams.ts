import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, readPage, request, sessionPath } from '@opentok/core/internal';
import { UNEXPECTED_LIST } from './internal/answers.js';
import { toStream } from './internal/stream.js';
import type { StreamList } from './stream.js';

/** Which session {@link listStreams} reads. */
export interface ListStreamsParams {
  /** The session ID. */
  readonly sessionId: string;
}

/**
 * Lists the streams currently published in a session.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The streams and their number, as a {@link StreamList}.
 * @throws {@link @opentok/core!ValidationError} when the session ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session is unknown (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the session ID (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 * @throws {@link @opentok/core!InvalidResponseError} when the answer is not a stream list.
 *
 * @example
 * ```ts
 * import { listStreams } from '@opentok/session';
 * const { items, total } = await listStreams(client, { sessionId });
 * for (const stream of items) console.log(stream.id, stream.videoType);
 * ```
 */
export async function listStreams(client: OpenTokClient, params: ListStreamsParams, options?: RequestOptions): Promise<StreamList> {
  const path = sessionPath(client, checkId(checkCall(client, params, ['sessionId']).sessionId, 'sessionId'), '/stream');
  const hints = { 400: 'the session ID is invalid', 404: 'the session was not found' };
  const answer = await request(client, { operation: 'listStreams', method: 'GET', path, hints }, options);
  return readPage(answer, 'listStreams', toStream, UNEXPECTED_LIST);
}
