import { fail } from '../kernel/errors.js';
import { getConnection, recordSignal } from './sessions.js';
import type { Store } from './store.js';
import type { SessionRecord } from './types.js';

/** The service's limits of a signal: `type` in UTF-8 bytes, `data` in UTF-8 bytes. */
const MAX_TYPE_BYTES = 128;
const MAX_DATA_BYTES = 8192;
const encoder = new TextEncoder();

/**
 * Sends a signal to every connection of a session, or to one of them (404 when it is not connected); a `type` over
 * 128 bytes or `data` over 8 kB is a 413, as the service answers.
 */
export function sendSignal(store: Store, session: SessionRecord, signal: { type: string; data: string }, connectionId?: string): void {
  const { type, data } = signal;
  if (encoder.encode(type).byteLength > MAX_TYPE_BYTES || encoder.encode(data).byteLength > MAX_DATA_BYTES) {
    fail(413, 'The type string exceeds the maximum length (128 bytes), or the data string exceeds the maximum size (8 kB).');
  }
  const at = store.now();
  if (connectionId === undefined) {
    for (const connection of session.connections.values())
      recordSignal(store, session, { connectionId: connection.connectionId, type, data, at, target: 'session' });
    return;
  }
  const connection = getConnection(session, connectionId);
  recordSignal(store, session, { connectionId: connection.connectionId, type, data, at, target: 'connection' });
}
