import { fail } from '../kernel/errors.js';
import { Fields } from '../kernel/fields.js';
import { verifyClientToken } from './client-tokens.js';
import { addConnection, addStream, removeConnection, removeStream } from './sessions.js';
import type { Store } from './store.js';
import type { SessionRecord } from './types.js';
import { CONNECTION_END_REASONS, type ConnectionEndReason, STREAM_END_REASONS, type StreamEndReason } from './types.js';

/** Parameters of `emulator.connectClient()` (see {@link Emulator}). */
export interface ConnectClientParams {
  readonly sessionId: string;
  /**
   * A client token for the session, from any SDK: T1 or HS256 JWT for a project's session (verified
   * with its secret), RS256 JWT for an application's session (verified with its public key).
   */
  readonly token: string;
}

/** Parameters of `emulator.publishStream()` (see {@link Emulator}). */
export interface PublishStreamParams {
  readonly sessionId: string;
  readonly connectionId: string;
  /** Default `camera`. */
  readonly videoType?: 'camera' | 'screen';
  /** Default `''`. */
  readonly name?: string;
  /** Default true. */
  readonly hasAudio?: boolean;
  /** Default true. */
  readonly hasVideo?: boolean;
}

/** Parameters of `emulator.unpublishStream()` (see {@link Emulator}). */
export interface UnpublishStreamParams {
  readonly sessionId: string;
  readonly streamId: string;
  /** The `reason` of its `streamDestroyed` callback (default `clientDisconnected`). */
  readonly reason?: StreamEndReason;
}

/** Parameters of `emulator.disconnectClient()` (see {@link Emulator}). */
export interface DisconnectClientParams {
  readonly sessionId: string;
  readonly connectionId: string;
  /** The `reason` of its `connectionDestroyed` (and its streams' `streamDestroyed`) callbacks (default `clientDisconnected`). */
  readonly reason?: ConnectionEndReason;
}

function sessionOf(store: Store, sessionId: unknown): SessionRecord {
  if (typeof sessionId !== 'string' || sessionId === '') fail(400, 'sessionId is required (a string).');
  return store.sessions.get(sessionId) ?? fail(404, `Session not found: ${sessionId} was not created on this emulator.`);
}

/** Connects a simulated client with a token (403 with the reason when the token is refused). */
export async function connectClient(store: Store, params: ConnectClientParams): Promise<{ connectionId: string }> {
  const fields = new Fields(checkObject(params));
  const session = sessionOf(store, fields.string('sessionId'));
  const owner = store.owners.get(session.apiKey) ?? fail(404, `The project or application ${session.apiKey} no longer exists.`);
  const verified = await verifyClientToken(owner, session, fields.raw('token'), store.tokenNow(), 403, 'token (connection refused)');
  if (store.sessions.get(session.sessionId) !== session) fail(404, 'Session not found: the emulator was reset.');
  const connection = addConnection(store, session, 'client', {
    role: verified.role,
    data: verified.data ?? '',
    initialLayoutClassList: verified.initialLayoutClassList,
  });
  return { connectionId: connection.connectionId };
}

/** Publishes a stream from a connected simulated client (a subscriber-only token cannot publish: 403). */
export function publishStream(store: Store, params: PublishStreamParams): { streamId: string } {
  const fields = new Fields(checkObject(params));
  const session = sessionOf(store, fields.string('sessionId'));
  const connectionId = fields.string('connectionId');
  const connection = session.connections.get(connectionId) ?? fail(404, `Not found. No connection ${connectionId} in the session.`);
  if (connection.role === 'subscriber') fail(403, 'A connection with the subscriber role cannot publish.');
  const stream = addStream(store, session, connectionId, {
    videoType: fields.optOneOf('videoType', ['camera', 'screen'] as const) ?? 'camera',
    name: fields.optString('name', { max: 1000 }) ?? '',
    hasAudio: fields.optBool('hasAudio') ?? true,
    hasVideo: fields.optBool('hasVideo') ?? true,
  });
  return { streamId: stream.streamId };
}

/** Unpublishes a stream. */
export function unpublishStream(store: Store, params: UnpublishStreamParams): void {
  const fields = new Fields(checkObject(params));
  const session = sessionOf(store, fields.string('sessionId'));
  removeStream(store, session, fields.string('streamId'), fields.optOneOf('reason', STREAM_END_REASONS));
}

/** Disconnects a simulated client (the last one out stops an `archiveMode: always` archive). */
export function disconnectClient(store: Store, params: DisconnectClientParams): void {
  const fields = new Fields(checkObject(params));
  const session = sessionOf(store, fields.string('sessionId'));
  removeConnection(store, session, fields.string('connectionId'), fields.optOneOf('reason', CONNECTION_END_REASONS));
}

function checkObject(params: unknown): Record<string, unknown> {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) fail(400, 'The parameters must be an object.');
  return params as Record<string, unknown>;
}
