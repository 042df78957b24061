import type { Store } from './store.js';
import type { ConnectionRecord, SessionRecord, StreamRecord } from './types.js';

/** The `reason` of `connectionDestroyed`: why a connection ended (the client SDKs' reasons, spec: callbacks §3). */
export type ConnectionEndReason = 'clientDisconnected' | 'forceDisconnected' | 'networkDisconnected';
/** The `reason` of `streamDestroyed`: why a stream ended (spec: callbacks §3). */
export type StreamEndReason = ConnectionEndReason | 'forceUnpublished' | 'mediaStopped';

/** Every {@link ConnectionEndReason}, for checking helper input. */
export const CONNECTION_END_REASONS: readonly ConnectionEndReason[] = ['clientDisconnected', 'forceDisconnected', 'networkDisconnected'];
/** Every {@link StreamEndReason}. */
export const STREAM_END_REASONS: readonly StreamEndReason[] = [...CONNECTION_END_REASONS, 'forceUnpublished', 'mediaStopped'];

/** The connection object of session-monitoring bodies: `{id, createdAt, data}` (data: the token's connection data). */
function connectionJson(connection: Pick<ConnectionRecord, 'connectionId' | 'createdAt' | 'data'>): Record<string, unknown> {
  return { id: connection.connectionId, createdAt: connection.createdAt, data: connection.data };
}

/** The stream object: `{id, connection, createdAt, name, videoType}`. */
function streamJson(session: SessionRecord, stream: StreamRecord): Record<string, unknown> {
  const connection = session.connections.get(stream.connectionId) ?? { connectionId: stream.connectionId, createdAt: stream.createdAt, data: '' };
  return { id: stream.streamId, connection: connectionJson(connection), createdAt: stream.createdAt, name: stream.name, videoType: stream.videoType };
}

/**
 * Announces a session-monitoring event: the envelope `{sessionId, projectId, event, timestamp}` plus `extra`
 * (bodies are built during `emit`, so from the state at the time of the change).
 */
function announce(store: Store, session: SessionRecord, group: 'session' | 'connection' | 'stream', created: boolean, extra: () => Record<string, unknown>): void {
  const event = `${group}${created ? 'Created' : 'Destroyed'}`;
  const timestamp = store.now();
  store.emit({
    ownerId: session.apiKey,
    group,
    event: created ? 'created' : 'destroyed',
    body: () => ({ sessionId: session.sessionId, projectId: session.apiKey, event, timestamp, ...extra() }),
  });
}

/** `sessionCreated` (the first connection joined) or `sessionDestroyed` (the last one left). */
export function announceSession(store: Store, session: SessionRecord, created: boolean): void {
  announce(store, session, 'session', created, () => ({}));
}

/** `connectionCreated`, or `connectionDestroyed` with its reason. */
export function announceConnection(store: Store, session: SessionRecord, connection: ConnectionRecord, reason?: ConnectionEndReason): void {
  announce(store, session, 'connection', reason === undefined, () => ({ connection: connectionJson(connection), ...(reason === undefined ? {} : { reason }) }));
}

/** `streamCreated`, or `streamDestroyed` with its reason (announced before the stream's connection goes). */
export function announceStream(store: Store, session: SessionRecord, stream: StreamRecord, reason?: StreamEndReason): void {
  announce(store, session, 'stream', reason === undefined, () => ({ stream: streamJson(session, stream), ...(reason === undefined ? {} : { reason }) }));
}
