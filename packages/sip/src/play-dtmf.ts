import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkString, type PatternRule, request, sessionPath } from '@opentok/core/internal';

/** Parameters of {@link playDtmf}. */
export interface PlayDtmfParams {
  /** The session to play the tones into. */
  readonly sessionId: string;
  /** Play the tones to this connection only (default: to every participant of the session). */
  readonly connectionId?: string;
  /** The tones: digits `0`–`9`, `*`, `#`, and `p` for a 500 ms pause. */
  readonly digits: string;
}

const DIGITS: PatternRule = { pattern: /^[0-9*#p]+$/, patternRule: 'must only contain the digits 0-9, "*", "#" and "p" (a pause)' };

/**
 * Plays DTMF tones into a session (every participant, including SIP calls, hears them) or to one
 * connection, for example to enter a PIN into a conference bridge dialled with `dialSip`.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, optionally one connection, and the digits.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent).
 * @throws {BadRequestError} (400) when the API refuses the digits, session ID or connection ID.
 * @throws {NotFoundError} (404) when the session or the connection does not exist.
 * @example
 * ```ts
 * import { playDtmf } from '@opentok/sip';
 * await playDtmf(client, { sessionId, connectionId: call.connectionId, digits: '1234#' });
 * ```
 */
export async function playDtmf(client: OpenTokClient, params: PlayDtmfParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'connectionId', 'digits']);
  const sessionId = checkId(p.sessionId, 'sessionId');
  const connectionId = p.connectionId === undefined ? undefined : checkId(p.connectionId, 'connectionId');
  const json = { digits: checkString(p.digits, 'digits', DIGITS) };
  const path = sessionPath(client, sessionId, `${connectionId === undefined ? '' : `/connection/${connectionId}`}/play-dtmf`);
  const hints = {
    400: 'the digits, session ID or connection ID were refused',
    404: connectionId === undefined ? 'the session does not exist' : 'the session or the connection does not exist',
  };
  await request(client, { operation: 'playDtmf', method: 'POST', path, json, hints }, options);
}
