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
  projectPath,
  readAnswer,
  request,
  WEBSOCKET_URL,
} from '@opentok/core/internal';
import type { AudioConnector } from './audio-connector.js';
import { checkAudioTransport } from './internal/check-audio-transport.js';

/** Audio sample rates the service sends (and, when bidirectional, expects) over the WebSocket, in Hz. */
export type AudioRate = 8000 | 16000 | 24000;

/** Raw 16-bit PCM binary frames, the service default. */
export interface BinaryAudioTransport {
  readonly transport: 'binary';
}

/** Each audio frame wrapped in a JSON text message, the audio base64-encoded in one of its fields. */
export interface JsonAudioTransport {
  readonly transport: 'json';
  /** How the audio is encoded in the JSON message; the service requires `base64`. */
  readonly encoding: 'base64';
  /** The field holding the audio of the messages the service sends (service default `audio`). */
  readonly audioField?: string;
  /** The field the service reads audio from in your messages, with `bidirectional: true` (service default: `audioField`). */
  readonly receiveAudioField?: string;
  /** Extra fields the service adds to every message it sends. */
  readonly staticFields?: Readonly<Record<string, string | number | boolean>>;
}

/** How audio is framed on the WebSocket. */
export type AudioTransport = BinaryAudioTransport | JsonAudioTransport;

/** The WebSocket server the service connects to, and what it sends. */
export interface WebsocketOptions {
  /** Your WebSocket server, a `ws://` or `wss://` URL. */
  readonly uri: string;
  /** Only the audio of these streams is sent (service default: every stream of the session). */
  readonly streams?: readonly string[];
  /** Headers the service sends with the WebSocket handshake (e.g. your server's credentials); never shown in errors. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The sample rate of the audio, in Hz (service default 16000). */
  readonly audioRate?: AudioRate;
  /** Also play the audio your server sends back into the session (service default false). */
  readonly bidirectional?: boolean;
  /** How audio is framed on the WebSocket (service default: binary). */
  readonly audioTransport?: AudioTransport;
}

/** Parameters of {@link connectAudioToWebsocket}. */
export interface ConnectAudioToWebsocketParams {
  /** The routed session whose audio is sent. */
  readonly sessionId: string;
  /** A client token for that session, with which the Audio Connector connects. */
  readonly token: string;
  /** Where the audio goes and how. */
  readonly websocket: WebsocketOptions;
}

const AUDIO_RATES: readonly number[] = [8000, 16000, 24000];

const HINTS = {
  400: 'the WebSocket connection was refused (check the session ID, the token, the URI and the stream IDs)',
  404: 'the session does not exist',
  409: 'the Audio Connector needs a routed session, and this session is relayed (create it with mediaMode "routed")',
};

/** The handshake headers may carry your server's credentials: neither a non-object nor a header value is ever shown. */
function checkHeaders(value: unknown): Readonly<Record<string, string>> {
  const headers = checkParams(value as Record<string, unknown>, 'websocket.headers', undefined, true);
  for (const [name, header] of Object.entries(headers)) checkString(header, `websocket.headers.${name}`, { allowEmpty: true, secret: true });
  return headers as Record<string, string>;
}

/** Checks the `websocket` options and returns their wire form (unset options are `undefined`, so JSON leaves them out). */
function checkWebsocket(value: unknown): Record<string, unknown> {
  const websocket = checkParams(value as Record<string, unknown>, 'websocket', ['uri', 'streams', 'headers', 'audioRate', 'bidirectional', 'audioTransport']);
  const uri = checkString(websocket['uri'], 'websocket.uri', WEBSOCKET_URL);
  const streams = websocket['streams'] === undefined ? undefined : checkStreamIds(websocket['streams'], 'websocket.streams');
  const headers = websocket['headers'] === undefined ? undefined : checkHeaders(websocket['headers']);
  const audioRate = websocket['audioRate'];
  if (audioRate !== undefined && !AUDIO_RATES.includes(audioRate as number)) invalid('websocket.audioRate', 'must be one of 8000, 16000, 24000', audioRate);
  const bidirectional = checkBoolean(websocket['bidirectional'], 'websocket.bidirectional');
  const audioTransport = websocket['audioTransport'] === undefined ? undefined : checkAudioTransport(websocket['audioTransport'], bidirectional);
  return { uri, streams, headers, audioRate, bidirectional, audioTransport };
}

/**
 * Connects a routed session to your WebSocket server with the Audio Connector: the service joins
 * the session with `token` and streams the audio of the session (or of some of its streams) to
 * `websocket.uri`, and with `bidirectional` plays what your server sends back into the session.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, a token for it, and the WebSocket options.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The Audio Connector's ID and the connection it has in the session.
 * @throws {ValidationError} when a parameter is invalid (before any request is sent); the token and the
 *   WebSocket headers are never shown in the message.
 * @throws {ConflictError} (409) when the session is relayed: the Audio Connector needs a routed session.
 * @throws {BadRequestError} (400) when the API refuses the session ID, the token, the URI or a stream ID.
 * @throws {NotFoundError} (404) when the session does not exist.
 * @example
 * ```ts
 * import { connectAudioToWebsocket } from '@opentok/audio-connector';
 * const connector = await connectAudioToWebsocket(client, {
 *   sessionId,
 *   token,
 *   websocket: {
 *     uri: 'wss://bot.example.com/audio',
 *     headers: { Authorization: `Bearer ${botSecret}` },
 *     audioRate: 24000,
 *     bidirectional: true,
 *     audioTransport: { transport: 'json', encoding: 'base64', audioField: 'audio', staticFields: { room: 'lobby' } },
 *   },
 * });
 * console.log(connector.id, connector.connectionId);
 * ```
 */
export async function connectAudioToWebsocket(client: OpenTokClient, params: ConnectAudioToWebsocketParams, options?: RequestOptions): Promise<AudioConnector> {
  const p = checkCall(client, params, ['sessionId', 'token', 'websocket'], true);
  const json = { sessionId: checkId(p.sessionId, 'sessionId'), token: checkSecret(p.token, 'token'), websocket: checkWebsocket(p.websocket) };
  const answer = await request(
    client,
    { operation: 'connectAudioToWebsocket', method: 'POST', path: projectPath(client, '/connect'), json, hints: HINTS },
    options,
  );
  const field = readAnswer(answer, 'connectAudioToWebsocket', 'without the id and connectionId of the Audio Connector');
  return { id: field('id', 'string'), connectionId: field('connectionId', 'string') };
}
