import type { Store } from './store.js';
import type { ConnectionEndReason, ConnectionRecord, SessionRecord, StreamEndReason, StreamRecord } from './types.js';

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
