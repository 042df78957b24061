import type { CallbackEvent, CallbackGroup } from '../state/callback-types.js';

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
