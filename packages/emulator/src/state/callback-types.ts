/**
 * The families of callbacks the emulator sends, named like the service's groups:
 * `session`, `connection` and `stream` are session monitoring; the others are status callbacks.
 */
export type CallbackGroup = 'session' | 'connection' | 'stream' | 'archive' | 'broadcast' | 'sip' | 'render' | 'captions';

/**
 * The events of each group: `created` / `destroyed` for session monitoring, `status` for archives,
 * broadcasts, renders and captions, and `created` / `updated` / `destroyed` / `muteForced` for SIP calls
 * (the four SIP webhooks of Vonage applications).
 */
export interface CallbackEvents {
  readonly session: 'created' | 'destroyed';
  readonly connection: 'created' | 'destroyed';
  readonly stream: 'created' | 'destroyed';
  readonly archive: 'status';
  readonly broadcast: 'status';
  readonly sip: 'created' | 'updated' | 'destroyed' | 'muteForced';
  readonly render: 'status';
  readonly captions: 'status';
}

/** Any event of any group. */
export type CallbackEvent = CallbackEvents[CallbackGroup];

/**
 * A URL to receive callbacks, for `createEmulator({ callbacks })`, `emulator.registerCallback()` and
 * `POST /_emulator/callbacks`. Leave out `group` to receive every family, `event` to receive every event of
 * the group, and the owner (`apiKey` or `applicationId`) to receive the events of every project and
 * application.
 */
export interface RegisterCallbackOptions {
  /** Where the events are POSTed: an `http://` or `https://` URL (a loopback address is fine). */
  readonly url: string;
  /** Only this family. */
  readonly group?: CallbackGroup;
  /** Only this event of `group` (needs `group`). */
  readonly event?: CallbackEvent;
  /** Only events of this project. */
  readonly apiKey?: string;
  /** Only events of this Vonage application. */
  readonly applicationId?: string;
  /**
   * The signature secret of this callback (1–50 characters, as the service allows): deliveries carry an
   * HS256 JWT signed with it in `Authorization`. Default: the emulator's `callbackSignatureSecret`, if any.
   * Never shown again (listings say `signed: true`).
   */
  readonly secret?: string;
}

/** A registered callback URL, as `emulator.callbacks` and `GET /_emulator/callbacks/registrations` show it (never its secret; a user name and password in the URL shown as `[redacted]`). */
export interface RegisteredCallback {
  readonly id: string;
  readonly url: string;
  /** The family it receives; absent: every family. */
  readonly group?: CallbackGroup;
  /** The event it receives; absent: every event of the group. */
  readonly event?: CallbackEvent;
  /** The project it listens to; absent (with `applicationId`): every project and application. */
  readonly apiKey?: string;
  /** The application it listens to. */
  readonly applicationId?: string;
  /** `rest`: registered with `POST /v2/project/{id}/callback`; `emulator`: by options, the library or the control API. */
  readonly source: 'rest' | 'emulator';
  /** Whether its deliveries are signed (its own secret or the emulator's `callbackSignatureSecret`). */
  readonly signed: boolean;
  /** Emulator time it was registered, epoch ms. */
  readonly createdAt: number;
}

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
