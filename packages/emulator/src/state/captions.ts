import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { requireRole, verifyClientToken } from './client-tokens.js';
import type { Store } from './store.js';
import type { CaptionsRecord, Owner } from './types.js';

/** Checked options of a Live Captions job. */
export type CaptionsOptions = Pick<CaptionsRecord, 'languageCode' | 'maxDuration' | 'partialCaptions' | 'statusCallbackUrl'>;

/**
 * Starts Live Captions in a routed session of `owner` (409 otherwise) with a moderator token for the session; one
 * job per session at a time (409). Announced, then stopped at `maxDuration`.
 */
export async function startCaptions(store: Store, owner: Owner, sessionId: string, token: string, options: CaptionsOptions): Promise<CaptionsRecord> {
  const session = store.session(owner.apiKey, sessionId);
  if (session.mediaMode !== 'routed') fail(409, 'Live captions need a routed session.');
  const verified = await verifyClientToken(owner, session, token, store.tokenNow(), 400);
  requireRole(verified, ['moderator'], 'Live Captions need a token with the moderator role');
  if (store.captions.ofSession(sessionId).some((c) => c.status === 'started')) {
    fail(409, 'Live captions have already started for this OpenTok Session.');
  }
  const now = store.now();
  const captions: CaptionsRecord = {
    id: uuid(),
    apiKey: owner.apiKey,
    sessionId,
    createdAt: now,
    updatedAt: now,
    languageCode: options.languageCode,
    maxDuration: options.maxDuration,
    partialCaptions: options.partialCaptions,
    status: 'started',
    ...(options.statusCallbackUrl === undefined ? {} : { statusCallbackUrl: options.statusCallbackUrl }),
  };
  store.captions.set(captions.id, captions);
  announceCaptions(store, captions);
  scheduleCaptions(store, captions);
  return captions;
}

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

/** Stops a started captions job with its reason (409 when it has stopped already), and announces it. */
export function stopCaptions(store: Store, captions: CaptionsRecord, reason: string): void {
  if (captions.status !== 'started') fail(409, 'Conflict. Live captions have already stopped.');
  captions.status = 'stopped';
  captions.reason = reason;
  captions.updatedAt = store.now();
  announceCaptions(store, captions);
}
