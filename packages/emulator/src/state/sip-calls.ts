import type { Store } from './store.js';
import type { SipCallRecord } from './types.js';

const EVENT_NAMES = { created: 'sipCallCreated', destroyed: 'sipCallDestroyed', muteForced: 'sipCallMuteForced' } as const;

/**
 * Announces a SIP call event. The service's SIP callback bodies are not documented (spec: callbacks §5, §9):
 * this is the emulator's shape, the session-monitoring envelope `{sessionId, projectId, event, timestamp}`
 * with `event` named after the Vonage application webhooks (`sipCallCreated`, `sipCallDestroyed`,
 * `sipCallMuteForced`) and the call as the dial answer shows it, `{id, connectionId, streamId}`, plus `createdAt`.
 */
export function announceSipCall(store: Store, call: SipCallRecord, event: keyof typeof EVENT_NAMES): void {
  const timestamp = store.now();
  store.emit({
    ownerId: call.apiKey,
    group: 'sip',
    event,
    body: () => ({
      sessionId: call.sessionId,
      projectId: call.apiKey,
      event: EVENT_NAMES[event],
      timestamp,
      call: { id: call.id, connectionId: call.connectionId, streamId: call.streamId, createdAt: call.createdAt },
    }),
  });
}
