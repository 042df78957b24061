import type { CallbackEvent, CallbackEvents, CallbackGroup } from './types.js';

/** The events each group has: what a registration may name and what the emulator emits. */
export const GROUP_EVENTS: { readonly [G in CallbackGroup]: readonly CallbackEvents[G][] } = {
  session: ['created', 'destroyed'],
  connection: ['created', 'destroyed'],
  stream: ['created', 'destroyed'],
  archive: ['status'],
  broadcast: ['status'],
  sip: ['created', 'updated', 'destroyed', 'muteForced'],
  render: ['status'],
  captions: ['status'],
};

/** One state change that callbacks report, as the state code announces it. */
export interface CallbackEmission {
  /** The owner of the session or resource: a project's API key or an application's ID. */
  readonly ownerId: string;
  readonly group: CallbackGroup;
  readonly event: CallbackEvent;
  /** The body, built only when some URL receives it (at the time of the change). */
  readonly body: () => Readonly<Record<string, unknown>>;
  /** The operation's own `statusCallbackUrl` (renders, captions), which receives it too. */
  readonly statusCallbackUrl?: string;
}

/** Where state changes are announced; the store's one link to callback delivery. */
export interface CallbackSink {
  emit(emission: CallbackEmission): void;
}
