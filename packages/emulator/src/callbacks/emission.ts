import type { CallbackEvent, CallbackGroup } from '../state/callback-types.js';

/** One state change as callbacks report it: who it belongs to, its group and event, and its body. */
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
