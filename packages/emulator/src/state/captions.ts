import type { Store } from './store.js';
import type { CaptionsRecord } from './types.js';

/** Announces a captions job's (new) status (to its `statusCallbackUrl` too). */
export function announceCaptions(store: Store, captions: CaptionsRecord): void {
  store.emit({ type: 'captions', captions });
}

/** Schedules the stop of a started captions job at its maxDuration. */
export function scheduleCaptions(store: Store, captions: CaptionsRecord): void {
  if (captions.status !== 'started') return;
  store.scheduler.at(captions.createdAt + captions.maxDuration * 1000, () => {
    if (captions.status === 'started') stopCaptions(store, captions, 'Maximum duration exceeded');
  });
}

/** Stops a captions job with its reason, and announces it. */
export function stopCaptions(store: Store, captions: CaptionsRecord, reason: string): void {
  captions.status = 'stopped';
  captions.reason = reason;
  captions.updatedAt = store.now();
  announceCaptions(store, captions);
}
