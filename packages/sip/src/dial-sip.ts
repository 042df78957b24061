import type { OpenTokClient, RequestOptions } from '@opentok/core';
import {
  checkBoolean,
  checkCall,
  checkId,
  checkParams,
  checkSecret,
  checkStreamIds,
  checkString,
  invalid,
  type PatternRule,
  projectPath,
  readAnswer,
  request,
} from '@opentok/core/internal';

/** Digest credentials for the SIP endpoint. */
export interface SipAuth {
  /** The SIP user name. */
  readonly username: string;
  /** The SIP password; never shown in errors or logs. */
  readonly password: string;
}

/** The SIP side of a call placed with {@link dialSip}. */
export interface SipOptions {
  /** The SIP URI to dial, `sip:user@host` or `sips:user@host` (append `;transport=tls` for TLS signalling). */
  readonly uri: string;
  /** The caller shown to the SIP endpoint, e.g. `"alice@example.com"` or a phone number. */
  readonly from?: string;
  /** Custom SIP headers to send; every name must start with `X-`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Digest credentials for the SIP endpoint. */
  readonly auth?: SipAuth;
  /** Encrypt the media with SRTP (API default false). */
  readonly secure?: boolean;
  /** Send video as well as audio to the SIP endpoint (API default false). */
  readonly video?: boolean;
  /** Let a moderator's force-mute mute the SIP call too (API default false). */
  readonly observeForceMute?: boolean;
  /** Only these streams are sent to the SIP endpoint (API default: all). */
  readonly streams?: readonly string[];
}

/** Parameters of {@link dialSip}. */
export interface DialSipParams {
  /** The routed session the SIP call joins. */
  readonly sessionId: string;
  /** A client token for that session, with which the SIP call connects. */
  readonly token: string;
  /** What to dial and how. */
  readonly sip: SipOptions;
}

/** A SIP call in progress. */
export interface SipCall {
  /** The SIP call's ID. */
  readonly id: string;
  /** The connection the SIP call has in the session. */
  readonly connectionId: string;
  /** The stream the SIP call publishes into the session. */
  readonly streamId: string;
}

const SIP_URI: PatternRule = { pattern: /^sips?:[^\s@]+@\S+$/i, patternRule: 'must be a SIP URI like "sip:user@domain" or "sips:user@domain"' };
const CUSTOM_HEADER = /^X-[!#$%&'*+.^_`|~0-9A-Za-z-]+$/i;

const HINTS = {
  400: 'the dial request was refused (check the session ID, token, SIP URI and credentials, and that SIP interconnect is enabled for the project)',
  404: 'the session does not exist',
  409: 'SIP calls need a routed session, and this session is relayed (create it with mediaMode "routed")',
};

function checkHeaders(value: unknown): Record<string, string> {
  const headers = checkParams(value as Record<string, unknown>, 'sip.headers');
  for (const [name, header] of Object.entries(headers)) {
    if (!CUSTOM_HEADER.test(name)) invalid('sip.headers', 'must only have header names that start with "X-"', name);
    checkString(header, `sip.headers.${name}`, { allowEmpty: true });
  }
  return headers as Record<string, string>;
}

/** The credentials: a non-object may be `'user:password'`, so it is refused without its value. */
function checkAuth(value: unknown): SipAuth {
  const { username, password } = checkParams(value as Record<string, unknown>, 'sip.auth', ['username', 'password'], true);
  return { username: checkString(username, 'sip.auth.username'), password: checkSecret(password, 'sip.auth.password') };
}

/** Checks the `sip` options and returns their wire form (unset options are `undefined`, so JSON leaves them out). */
function checkSip(value: unknown): Record<string, unknown> {
  const sip = checkParams(value as Record<string, unknown>, 'sip', ['uri', 'from', 'headers', 'auth', 'secure', 'video', 'observeForceMute', 'streams']);
  return {
    uri: checkString(sip['uri'], 'sip.uri', SIP_URI),
    from: sip['from'] === undefined ? undefined : checkString(sip['from'], 'sip.from'),
    headers: sip['headers'] === undefined ? undefined : checkHeaders(sip['headers']),
    auth: sip['auth'] === undefined ? undefined : checkAuth(sip['auth']),
    secure: checkBoolean(sip['secure'], 'sip.secure'),
    video: checkBoolean(sip['video'], 'sip.video'),
    observeForceMute: checkBoolean(sip['observeForceMute'], 'sip.observeForceMute'),
    streams: sip['streams'] === undefined ? undefined : checkStreamIds(sip['streams'], 'sip.streams'),
  };
}

/**
 * Dials a SIP endpoint (a phone system, a conference bridge) and connects it to a routed session
 * as a participant with its own connection and stream.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, a token for it, and what to dial.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The SIP call's ID and the connection and stream it has in the session.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent); the token and the
 *   SIP password are never shown in the message.
 * @throws {ConflictError} (409) when the session is relayed: SIP calls need a routed session.
 * @throws {BadRequestError} (400) when the API refuses the session ID, token, SIP URI or credentials, or SIP
 *   interconnect is not enabled for the project.
 * @throws {NotFoundError} (404) when the session does not exist.
 * @example
 * ```ts
 * import { dialSip } from '@opentok/sip';
 * const call = await dialSip(client, {
 *   sessionId,
 *   token,
 *   sip: { uri: 'sip:+15551234567@sip.example.com;transport=tls', from: 'bot@example.com', secure: true },
 * });
 * console.log(call.connectionId);
 * ```
 */
export async function dialSip(client: OpenTokClient, params: DialSipParams, options?: RequestOptions): Promise<SipCall> {
  const p = checkCall(client, params, ['sessionId', 'token', 'sip'], true);
  const json = { sessionId: checkId(p.sessionId, 'sessionId'), token: checkSecret(p.token, 'token'), sip: checkSip(p.sip) };
  const answer = await request(client, { operation: 'dialSip', method: 'POST', path: projectPath(client, '/dial'), json, hints: HINTS }, options);
  const field = readAnswer(answer, 'dialSip', 'without the id, connectionId and streamId of the call');
  return { id: field('id', 'string'), connectionId: field('connectionId', 'string'), streamId: field('streamId', 'string') };
}
