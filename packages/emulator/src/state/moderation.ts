import { announceSipCall } from './sip-call-status.js';
import type { Store } from './store.js';
import type { SessionRecord, StreamRecord } from './types.js';

/** Force-mutes a stream; a SIP call that observes force mute and is muted now is announced (`muteForced`). */
export function muteStream(store: Store, stream: StreamRecord): void {
  if (stream.audioMuted) return;
  stream.audioMuted = true;
  for (const call of store.sipCalls.ofSession(stream.sessionId)) {
    if (call.streamId === stream.streamId && call.observeForceMute && call.status === 'started') announceSipCall(store, call, 'muteForced');
  }
}

/** Mutes every stream of a session but the excluded ones; streams published while it is active start muted. */
export function muteAll(store: Store, session: SessionRecord, excludedStreamIds: readonly string[]): void {
  session.forceMute = { active: true, excludedStreamIds: [...excludedStreamIds] };
  for (const stream of session.streams.values()) if (!excludedStreamIds.includes(stream.streamId)) muteStream(store, stream);
}

/** Ends "mute all": streams published from now on are not muted (muted ones stay muted). */
export function disableForceMute(session: SessionRecord): void {
  session.forceMute = { active: false, excludedStreamIds: [] };
}
