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

/** `sessionCreated` (the first connection joined) or `sessionDestroyed` (the last one left). */
export function announceSession(store: Store, session: SessionRecord, created: boolean): void {
  store.emit({ type: 'session', session, created, at: store.now() });
}

/** `connectionCreated`, or `connectionDestroyed` with its reason. */
export function announceConnection(store: Store, session: SessionRecord, connection: ConnectionRecord, reason?: ConnectionEndReason): void {
  store.emit({ type: 'connection', session, connection, ...(reason === undefined ? {} : { reason }), at: store.now() });
}

/** `streamCreated`, or `streamDestroyed` with its reason (announced before the stream's connection goes). */
export function announceStream(store: Store, session: SessionRecord, stream: StreamRecord, reason?: StreamEndReason): void {
  store.emit({ type: 'stream', session, stream, ...(reason === undefined ? {} : { reason }), at: store.now() });
}
