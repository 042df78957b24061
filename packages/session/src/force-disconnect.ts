import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, request, sessionPath } from '@opentok/core/internal';

/** Which client {@link forceDisconnect} disconnects. */
export interface ForceDisconnectParams {
  /** The session ID. */
  readonly sessionId: string;
  /** The connection ID of the client. */
  readonly connectionId: string;
}

/**
 * Disconnects one client from a session (`DELETE …/connection/{connectionId}`, 204).
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID and the connection ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when an ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the client is not connected to the session (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the session or connection ID (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { forceDisconnect } from '@opentok/session';
 * await forceDisconnect(client, { sessionId, connectionId });
 * ```
 */
export async function forceDisconnect(client: OpenTokClient, params: ForceDisconnectParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'connectionId']);
  const path = sessionPath(client, checkId(p.sessionId, 'sessionId'), `/connection/${checkId(p.connectionId, 'connectionId')}`);
  const hints = {
    400: 'the session ID or connection ID is invalid',
    404: 'the client is not connected to the session (unknown session or connection ID)',
  };
  await request(client, { operation: 'forceDisconnect', method: 'DELETE', path, hints }, options);
}
