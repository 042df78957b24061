import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { PUBLISHING_ROLES, requireRole, verifyClientToken } from './client-tokens.js';
import { addConnection, removeConnection } from './sessions.js';
import type { Store } from './store.js';
import type { AudioConnectionRecord, Owner } from './types.js';

/** Checked options of an Audio Connector link. */
export type AudioConnectionOptions = Pick<AudioConnectionRecord, 'uri' | 'streams' | 'headers' | 'audioRate' | 'bidirectional' | 'audioTransport'>;

/**
 * Connects an Audio Connector WebSocket to a routed session of `owner` (409 otherwise): the streams it names must be
 * in the session (400), the token must be the session's and able to publish; it joins as a `websocket` connection.
 */
export async function connectAudio(
  store: Store,
  owner: Owner,
  sessionId: string,
  token: string,
  options: AudioConnectionOptions,
): Promise<AudioConnectionRecord> {
  const session = store.session(owner.apiKey, sessionId);
  if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate Audio Connector WebSocket connections.');
  if (options.streams !== undefined)
    for (const id of options.streams) if (!session.streams.has(id)) fail(400, `Invalid request: stream ${id} is not in the session.`);
  const verified = await verifyClientToken(owner, session, token, store.tokenNow(), 400);
  requireRole(verified, PUBLISHING_ROLES, 'an Audio Connector link needs a token with the publisher role (publisher, publisheronly or moderator)');
  const connection = addConnection(store, session, 'websocket', { role: verified.role, data: verified.data ?? '' });
  const { uri, streams, headers, audioRate, bidirectional, audioTransport } = options;
  const link: AudioConnectionRecord = {
    id: uuid(),
    apiKey: owner.apiKey,
    sessionId,
    connectionId: connection.connectionId,
    createdAt: store.now(),
    uri,
    audioRate,
    bidirectional,
    status: 'connected',
    ...(streams === undefined ? {} : { streams }),
    ...(audioTransport === undefined ? {} : { audioTransport }),
    ...(headers === undefined ? {} : { headers }),
  };
  store.audioConnections.set(link.id, link);
  return link;
}

/** Stops a connected Audio Connector link (409 when it has stopped already) and takes its connection out of the session. */
export function stopAudioConnection(store: Store, link: AudioConnectionRecord): void {
  if (link.status !== 'connected') fail(409, 'Conflict. The Audio Connector connection has already stopped.');
  const session = store.sessions.get(link.sessionId);
  if (session?.connections.has(link.connectionId) === true) removeConnection(store, session, link.connectionId);
  link.status = 'stopped';
}
