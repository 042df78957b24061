import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkStringArray, request, sessionPath } from '@opentok/core/internal';

/** Options of {@link muteAll}. */
export interface MuteAllParams {
  /** The session ID. */
  readonly sessionId: string;
  /** Streams to leave unmuted (e.g. the moderator's); not sent when left out. */
  readonly excludedStreamIds?: readonly string[];
}

/**
 * Forces every stream of a session to mute its audio, except the excluded ones, and keeps streams
 * published later muted until {@link disableForceMute} is called
 * (`POST …/mute` with `{"active":true,"excludedStreamIds":[…]}`).
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID and the streams to leave unmuted.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when the session ID or an excluded stream ID is invalid (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session is unknown (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the request (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { muteAll } from '@opentok/session';
 * await muteAll(client, { sessionId, excludedStreamIds: [moderatorStreamId] });
 * ```
 */
export async function muteAll(client: OpenTokClient, params: MuteAllParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'excludedStreamIds']);
  const path = sessionPath(client, checkId(p.sessionId, 'sessionId'), '/mute');
  const excludedStreamIds = checkStringArray(p.excludedStreamIds, 'excludedStreamIds');
  for (const [index, id] of (excludedStreamIds ?? []).entries()) checkId(id, `excludedStreamIds[${index}]`);
  const json = { active: true, excludedStreamIds };
  const hints = { 400: 'the API refused the request (check the excluded stream IDs)', 404: 'the session was not found' };
  await request(client, { operation: 'muteAll', method: 'POST', path, json, hints }, options);
}
