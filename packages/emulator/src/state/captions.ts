import { ownerField } from './owners.js';
import type { Store } from './store.js';
import type { CaptionsRecord } from './types.js';

/**
 * The captions status object (`@vonage/video`'s `CaptionStatusResponse`, the likely callback shape of
 * spec: callbacks §5): `captionId`, the owner (`applicationId`, or `projectId` for a project), `sessionId`,
 * `status`, times, `duration` in seconds, `languageCode`, `provider` and `reason` once stopped.
 */
function captionsJson(store: Store, captions: CaptionsRecord): Record<string, unknown> {
  const end = captions.status === 'started' ? store.now() : captions.updatedAt;
  return {
    captionId: captions.id,
    ...ownerField(store.owners, captions.apiKey),
    sessionId: captions.sessionId,
    status: captions.status,
    createdAt: captions.createdAt,
    updatedAt: captions.updatedAt,
    duration: Math.round((end - captions.createdAt) / 1000),
    languageCode: captions.languageCode,
    provider: 'aws-transcribe',
    ...(captions.reason === undefined ? {} : { reason: captions.reason }),
  };
}

/** Announces a captions job's (new) status to its `statusCallbackUrl` and the registered URLs. */
export function announceCaptions(store: Store, captions: CaptionsRecord): void {
  store.emit({
    ownerId: captions.apiKey,
    group: 'captions',
    event: 'status',
    body: () => captionsJson(store, captions),
    ...(captions.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: captions.statusCallbackUrl }),
  });
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
