import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { PUBLISHING_ROLES, requireRole, verifyClientToken } from './client-tokens.js';
import { addConnection, addStream, getConnection } from './sessions.js';
import { announceSipCall } from './sip-call-status.js';
import type { Store } from './store.js';
import type { Owner, SessionRecord, SipCallRecord } from './types.js';

/** Checked options of a SIP call (`hasAuth`: whether `sip.auth` was given; its password is never kept). */
export type DialOptions = Pick<SipCallRecord, 'uri' | 'from' | 'headers' | 'hasAuth' | 'secure' | 'video' | 'observeForceMute' | 'streams'>;

/**
 * Dials a SIP call into a session of `owner`: routed sessions only (409), a token for the session that can publish
 * (the call publishes its audio), then a connection and a stream for the call; announced as `created`.
 */
export async function dialSip(store: Store, owner: Owner, sessionId: string, token: string, options: DialOptions): Promise<SipCallRecord> {
  const session = store.session(owner.apiKey, sessionId);
  if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate SIP calls.');
  const verified = await verifyClientToken(owner, session, token, store.tokenNow(), 400);
  requireRole(
    verified,
    PUBLISHING_ROLES,
    'a SIP call publishes its audio into the session, so it needs a token that can publish (publisher, publisheronly or moderator)',
  );
  const connection = addConnection(store, session, 'sip', { role: verified.role, data: verified.data ?? '' });
  const { uri, from, headers, secure, video, observeForceMute, hasAuth, streams } = options;
  const stream = addStream(store, session, connection.connectionId, { videoType: 'camera', name: from ?? uri, hasAudio: true, hasVideo: video });
  const call: SipCallRecord = {
    id: uuid(),
    apiKey: owner.apiKey,
    sessionId,
    connectionId: connection.connectionId,
    streamId: stream.streamId,
    createdAt: store.now(),
    uri,
    headers,
    secure,
    video,
    observeForceMute,
    hasAuth,
    status: 'started',
    dtmf: [],
    ...(from === undefined ? {} : { from }),
    ...(streams === undefined ? {} : { streams }),
  };
  store.sipCalls.set(call.id, call);
  announceSipCall(store, call, 'created');
  return call;
}

/** Plays DTMF digits into a session (every live SIP call hears them), or to one of its connections (404 when unknown). */
export function playDtmf(store: Store, session: SessionRecord, digits: string, connectionId?: string): void {
  if (connectionId === undefined) {
    session.dtmf.push({ digits, at: store.now() });
    for (const call of store.sipCalls.ofSession(session.sessionId)) if (call.status === 'started') call.dtmf.push(digits);
    return;
  }
  const connection = getConnection(session, connectionId);
  session.dtmf.push({ connectionId: connection.connectionId, digits, at: store.now() });
  for (const call of store.sipCalls.ofSession(connection.sessionId)) if (call.connectionId === connection.connectionId) call.dtmf.push(digits);
}
