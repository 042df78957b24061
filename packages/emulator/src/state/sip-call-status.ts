import type { Store } from './store.js';
import type { SipCallRecord } from './types.js';

/** Announces that a SIP call was dialled, ended, or had its stream force-muted while it observes force mute. */
export function announceSipCall(store: Store, call: SipCallRecord, event: 'created' | 'destroyed' | 'muteForced'): void {
  store.emit({ type: 'sip', event, call, at: store.now() });
}
