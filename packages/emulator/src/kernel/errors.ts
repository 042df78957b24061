/**
 * A refusal by the emulator: carries the HTTP status and message that the OpenTok API (or the control
 * API) answers with. Thrown by the typed helpers (`connectClient`, …) when the same request over HTTP
 * would fail.
 *
 * @example
 * ```ts
 * import { createEmulator, EmulatorError } from '@opentok/emulator';
 * const emulator = createEmulator();
 * try { await emulator.connectClient({ sessionId, token: 'bad' }); } catch (e) { if (e instanceof EmulatorError) console.log(e.status); }
 * ```
 */
export class EmulatorError extends Error {
  /** The HTTP status the refusal maps to (400, 403, 404, 405, 409, 413, 415, …). */
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'EmulatorError';
    this.status = status;
  }
}

/** Shorthand for throwing an {@link EmulatorError}. */
export function fail(status: number, message: string): never {
  throw new EmulatorError(status, message);
}

/**
 * Thrown by the in-process fetch when an injected fault drops the connection (a TypeError, like a
 * failed `fetch`; over HTTP the socket is destroyed instead).
 *
 * @example
 * ```ts
 * import { createEmulator, DroppedConnectionError } from '@opentok/emulator';
 * const emulator = createEmulator();
 * emulator.injectFault({ drop: true });
 * await emulator.fetch('http://opentok.emulator/session/create', { method: 'POST' }).catch((e) => e instanceof DroppedConnectionError);
 * ```
 */
export class DroppedConnectionError extends TypeError {
  constructor() {
    super('fetch failed: the connection was dropped (emulator fault injection)');
    this.name = 'DroppedConnectionError';
  }
}
