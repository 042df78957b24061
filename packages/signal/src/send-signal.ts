import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkString, invalid, request, sessionPath } from '@opentok/core/internal';
import { utf8Length } from './internal/utf8.js';

/**
 * The longest signal `type` the API accepts, in UTF-8 bytes.
 *
 * @example
 * ```ts
 * import { MAX_SIGNAL_TYPE_BYTES } from '@opentok/signal';
 * const fits = new TextEncoder().encode(type).length <= MAX_SIGNAL_TYPE_BYTES;
 * ```
 */
export const MAX_SIGNAL_TYPE_BYTES = 128;

/**
 * The largest signal `data` the API accepts, in UTF-8 bytes (8 kB).
 *
 * @example
 * ```ts
 * import { MAX_SIGNAL_DATA_BYTES } from '@opentok/signal';
 * const fits = new TextEncoder().encode(data).length <= MAX_SIGNAL_DATA_BYTES;
 * ```
 */
export const MAX_SIGNAL_DATA_BYTES = 8192;

/** What {@link sendSignal} sends, and to whom. */
export interface SendSignalParams {
  /** The session to signal. */
  readonly sessionId: string;
  /** Send to this one connection only; leave out to signal every client of the session. */
  readonly connectionId?: string;
  /** The signal type clients listen for (`signal:<type>` in OpenTok.js); at most 128 UTF-8 bytes. Not sent when left out. */
  readonly type?: string;
  /** The payload, a string of at most 8192 UTF-8 bytes (may be empty). */
  readonly data: string;
}

function checkBytes(value: string, parameter: string, max: number): string {
  const bytes = utf8Length(value);
  if (bytes > max) invalid(parameter, `must be at most ${max} bytes in UTF-8 (is ${bytes})`, value);
  return value;
}

/**
 * Sends a signal to every client of a session, or to one connection
 * (`POST …/session/{sessionId}/signal` or `…/connection/{connectionId}/signal`, 204). The limits of
 * the API (`type` ≤ 128 bytes, `data` ≤ 8 kB) are checked before anything is sent.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session, the optional connection, the signal type and data.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when an ID is malformed, `data` is not a string, or
 *   `type`/`data` exceed their byte limits (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session is unknown or the connection is not connected to it (404).
 * @throws {@link @opentok/core!PayloadTooLargeError} when the API finds the type or data too large (413).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses a signal property (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { sendSignal } from '@opentok/signal';
 * await sendSignal(client, { sessionId, type: 'chat', data: JSON.stringify({ text: 'Hello' }) });
 * ```
 */
export async function sendSignal(client: OpenTokClient, params: SendSignalParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'connectionId', 'type', 'data']);
  const sessionId = checkId(p.sessionId, 'sessionId');
  const connectionId = p.connectionId === undefined ? undefined : checkId(p.connectionId, 'connectionId');
  const type = p.type === undefined ? undefined : checkBytes(checkString(p.type, 'type'), 'type', MAX_SIGNAL_TYPE_BYTES);
  const data = checkBytes(checkString(p.data, 'data', { allowEmpty: true }), 'data', MAX_SIGNAL_DATA_BYTES);
  const path = sessionPath(client, sessionId, `${connectionId === undefined ? '' : `/connection/${connectionId}`}/signal`);
  const hints = {
    400: 'one of the signal properties (data, type, session ID or connection ID) is invalid',
    404:
      connectionId === undefined
        ? 'the session was not found (unknown session ID, or no client is connected to it)'
        : 'the client specified by the connection ID is not connected to the session (unknown session or connection ID)',
    413: `the type exceeds ${MAX_SIGNAL_TYPE_BYTES} bytes or the data exceeds 8 kB`,
  };
  await request(client, { operation: 'sendSignal', method: 'POST', path, json: { type, data }, hints }, options);
}
