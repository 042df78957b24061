import type { OpenTokClient, RequestOptions } from '@opentok/core';
import {
  checkBoolean,
  checkCall,
  checkId,
  checkInteger,
  checkSecret,
  checkString,
  HTTP_URL,
  LANGUAGE_CODE,
  projectPath,
  readAnswer,
  request,
} from '@opentok/core/internal';
import type { Captions } from './captions.js';

/** Parameters of {@link startCaptions}. */
export interface StartCaptionsParams {
  /** The routed session to caption. */
  readonly sessionId: string;
  /** A client token for that session (role `moderator`), with which the captioner connects. */
  readonly token: string;
  /** The spoken language, a code such as `en-US` (service default `en-US`). */
  readonly languageCode?: string;
  /** Seconds after which captioning stops by itself, 300 to 14 400 (service default 14 400). */
  readonly maxDuration?: number;
  /** Also send partial (still changing) captions, not only final ones (service default true). */
  readonly partialCaptions?: boolean;
  /** Where the service posts the job's status changes, an `http://` or `https://` URL. */
  readonly statusCallbackUrl?: string;
}

const HINTS = {
  400: 'the captions request was refused (check the session ID, the token and the options)',
  404: 'the session does not exist',
  409: 'live captions are already running in this session (stop them first), or the session is not routed',
};

/**
 * Starts Live Captions in a routed session: the service transcribes the session's audio and sends
 * the captions to the clients that subscribe to them.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, a token for it, and the captioning options; unset options are left to the API.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The captions job's ID.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent); the token is never shown.
 * @throws {ConflictError} (409) when captions are already running in the session (or the session is not routed).
 * @throws {BadRequestError} (400) when the API refuses the session ID, the token or an option.
 * @throws {NotFoundError} (404) when the session does not exist.
 * @example
 * ```ts
 * import { startCaptions } from '@opentok/captions';
 * const { captionsId } = await startCaptions(client, { sessionId, token, languageCode: 'en-US', partialCaptions: false });
 * ```
 */
export async function startCaptions(client: OpenTokClient, params: StartCaptionsParams, options?: RequestOptions): Promise<Captions> {
  const p = checkCall(client, params, ['sessionId', 'token', 'languageCode', 'maxDuration', 'partialCaptions', 'statusCallbackUrl'], true);
  const json = {
    sessionId: checkId(p.sessionId, 'sessionId'),
    token: checkSecret(p.token, 'token'),
    languageCode: p.languageCode === undefined ? undefined : checkString(p.languageCode, 'languageCode', LANGUAGE_CODE),
    maxDuration: checkInteger(p.maxDuration, 'maxDuration', 300, 14_400),
    partialCaptions: checkBoolean(p.partialCaptions, 'partialCaptions'),
    statusCallbackUrl: p.statusCallbackUrl === undefined ? undefined : checkString(p.statusCallbackUrl, 'statusCallbackUrl', HTTP_URL),
  };
  const answer = await request(client, { operation: 'startCaptions', method: 'POST', path: projectPath(client, '/captions'), json, hints: HINTS }, options);
  return { captionsId: readAnswer(answer, 'startCaptions', 'without a captionsId')('captionsId', 'string') };
}
