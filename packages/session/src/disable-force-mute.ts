import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, request, sessionPath } from '@opentok/core/internal';

/** Which session {@link disableForceMute} releases. */
export interface DisableForceMuteParams {
  /** The session ID. */
  readonly sessionId: string;
}

/**
 * Ends the mute-all state started by `muteAll`: streams published from now on are no longer muted
 * (`POST …/mute` with `{"active":false}`). Streams already muted stay muted until their publishers unmute.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when the session ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session is unknown (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the request (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { disableForceMute } from '@opentok/session';
 * await disableForceMute(client, { sessionId });
 * ```
 */
export async function disableForceMute(client: OpenTokClient, params: DisableForceMuteParams, options?: RequestOptions): Promise<void> {
  const sessionId = checkId(checkCall(client, params, ['sessionId']).sessionId, 'sessionId');
  const path = sessionPath(client, sessionId, '/mute');
  await request(client, { operation: 'disableForceMute', method: 'POST', path, json: { active: false }, hints: { 404: 'the session was not found' } }, options);
}
