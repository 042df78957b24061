import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { InvalidResponseError, ValidationError } from '@opentok/core';
import { checkBoolean, checkId, checkParams, checkSecret, checkString, invalid, projectPath, request } from '@opentok/core/internal';

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

const SIP_URI = /^sips?:[^\s@]+@\S+$/i;
const CUSTOM_HEADER = /^X-[!#$%&'*+.^_`|~0-9A-Za-z-]+$/i;

/**
 * Where a secret could stand in for the object (`dialSip(client, token)`, `auth: 'user:password'`), a
 * non-object is refused without its value: core's `checkParams` shows a string in its message.
 */
function checkObject(value: unknown, parameter: string): asserts value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError({ parameter, rule: 'must be an object', redact: true });
}

function checkHeaders(value: unknown): Record<string, string> {
  const headers = checkParams(value as Record<string, unknown>, 'sip.headers');
  for (const [name, header] of Object.entries(headers)) {
    if (!CUSTOM_HEADER.test(name)) invalid('sip.headers', 'must only have header names that start with "X-"', name);
    if (typeof header !== 'string') invalid(`sip.headers.${name}`, 'must be a string', header);
  }
  return headers as Record<string, string>;
}

function checkAuth(value: unknown): SipAuth {
  checkObject(value, 'sip.auth');
  const { username, password } = checkParams(value as Record<string, unknown>, 'sip.auth', ['username', 'password']);
  return { username: checkString(username, 'sip.auth.username'), password: checkSecret(password, 'sip.auth.password') };
}

function checkStreams(value: unknown): string[] {
  if (!Array.isArray(value)) invalid('sip.streams', 'must be an array of stream IDs', value);
  return value.map((id: unknown, index) => checkId(id, `sip.streams[${index}]`));
}

/** Checks the `sip` options and returns their wire form (unset options are `undefined`, so JSON leaves them out). */
function checkSip(value: unknown): Record<string, unknown> {
  const sip = checkParams(value as Record<string, unknown>, 'sip', ['uri', 'from', 'headers', 'auth', 'secure', 'video', 'observeForceMute', 'streams']);
  const uri = checkString(sip['uri'], 'sip.uri', { pattern: SIP_URI, patternRule: 'must be a SIP URI like "sip:user@domain" or "sips:user@domain"' });
  const from = sip['from'] === undefined ? undefined : checkString(sip['from'], 'sip.from');
  const headers = sip['headers'] === undefined ? undefined : checkHeaders(sip['headers']);
  const auth = sip['auth'] === undefined ? undefined : checkAuth(sip['auth']);
  const secure = checkBoolean(sip['secure'], 'sip.secure');
  const video = checkBoolean(sip['video'], 'sip.video');
  const observeForceMute = checkBoolean(sip['observeForceMute'], 'sip.observeForceMute');
  const streams = sip['streams'] === undefined ? undefined : checkStreams(sip['streams']);
  return { uri, from, headers, auth, secure, video, observeForceMute, streams };
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
  checkObject(params, 'params');
  checkParams(params, 'params', ['sessionId', 'token', 'sip']);
  const sessionId = checkId(params.sessionId, 'sessionId');
  const token = checkSecret(params.token, 'token');
  const sip = checkSip(params.sip);
  const json = await request<Record<string, unknown> | undefined>(
    client,
    {
      operation: 'dialSip',
      method: 'POST',
      path: projectPath(client, '/dial'),
      json: { sessionId, token, sip },
      hints: {
        400: 'the dial request was refused (check the session ID, token, SIP URI and credentials, and that SIP interconnect is enabled for the project)',
        404: 'the session does not exist',
        409: 'SIP calls need a routed session, and this session is relayed (create it with mediaMode "routed")',
      },
    },
    options,
  );
  const { id, connectionId, streamId } = json ?? {};
  if (typeof id !== 'string' || typeof connectionId !== 'string' || typeof streamId !== 'string') {
    throw new InvalidResponseError('dialSip failed: OpenTok answered without the id, connectionId and streamId of the call');
  }
  return { id, connectionId, streamId };
}
