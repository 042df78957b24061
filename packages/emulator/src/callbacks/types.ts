/**
 * The families of callbacks the emulator sends (spec: callbacks §3–§5), named like the service's groups:
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

/** Where a delivery stands: waiting (for its turn, an answer or a retry), answered with a 2xx, or out of attempts. */
export type CallbackDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One callback POST (with its retries), as `emulator.callbackDeliveries()` and `GET /_emulator/callbacks` list it. */
export interface CallbackDelivery {
  /** Sequence number, from 1, in the order the events happened. */
  readonly id: number;
  /** Emulator time of the event, epoch ms. */
  readonly at: number;
  readonly group: CallbackGroup;
  readonly event: CallbackEvent;
  /** The project's API key or the application's ID the event belongs to. */
  readonly projectId: string;
  /** The URL it is sent to (any user name and password in it shown as `[redacted]`). */
  readonly url: string;
  /** The registration it is for; absent when it goes to the operation's `statusCallbackUrl`. */
  readonly registrationId?: string;
  /** The exact body sent (JSON text; the signature's `payload_hash` covers these bytes). */
  readonly body: string;
  /** Whether it carries a signed JWT in `Authorization` (the token itself is not logged). */
  readonly signed: boolean;
  readonly status: CallbackDeliveryStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  /** The HTTP status of the last answer, if any attempt got one. */
  readonly responseStatus?: number;
  /** Why the last attempt failed (`HTTP 500`, `timed out after 5000 ms`, `fetch failed (ECONNREFUSED)`), if it did. */
  readonly error?: string;
}

/** How callbacks are delivered (`createEmulator({ callbackDelivery })`). */
export interface CallbackDeliveryOptions {
  /** Retries after a failed attempt (non-2xx answer, network error or timeout), 0–10; default 3. */
  readonly retries?: number;
  /** Real milliseconds before the first retry, doubled for each further one, 0–60 000; default 100. */
  readonly retryDelayMs?: number;
  /** Real milliseconds an attempt may take before it counts as failed, 1–120 000; default 5000. */
  readonly timeoutMs?: number;
  /** How many deliveries the log keeps (oldest dropped first), 1–100 000; default 1000. */
  readonly logLimit?: number;
}
