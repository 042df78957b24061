import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkId, checkParams } from '@opentok/core/internal';
import { getList } from './internal/get-list.js';
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
  checkParams(params, 'params', ['sessionId']);
  const sessionId = checkId(params.sessionId, 'sessionId');
  const hints = { 400: 'the session ID is invalid', 404: 'the session was not found' };
  return getList(client, { operation: 'listStreams', sessionId, suffix: '/stream', hints }, toStream, options);
}
