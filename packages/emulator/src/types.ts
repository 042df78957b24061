import type { CallbackFetch } from './callbacks/dispatcher.js';
import type { CallbackDelivery, CallbackDeliveryOptions } from './callbacks/types.js';
import type { Fault, FaultSpec } from './control/faults.js';
import type { LoggedRequest } from './control/request-log.js';
import type { ClockOptions, EmulatorClock } from './kernel/clock.js';
import type { EmulatorState } from './persisted-state.js';
import type { RegisterCallbackOptions, RegisteredCallback } from './state/callback-types.js';
import type { ApplicationOptions, EmulatorApplication, ProjectCredentials } from './state/credentials.js';
import type { ConnectClientParams, DisconnectClientParams, PublishStreamParams, UnpublishStreamParams } from './state/simulated-clients.js';
import type {
  ArchiveSnapshot,
  AudioConnectionSnapshot,
  BroadcastSnapshot,
  CaptionsSnapshot,
  RenderSnapshot,
  SessionSnapshot,
  SignalSnapshot,
  SipCallSnapshot,
} from './state/snapshots.js';

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** Projects to accept (default: [{@link DEMO_PROJECT}]); the first is `emulator.project`. */
  readonly projects?: readonly ProjectCredentials[];
  /** Vonage applications to accept (default: [{@link DEMO_APPLICATION}]); the first is `emulator.application`. */
  readonly applications?: readonly ApplicationOptions[];
  /** How emulator time starts and runs (default: follows the wall clock; `advance` moves it forward). */
  readonly clock?: ClockOptions;
  /** How many API requests the request log keeps (default 1000; the oldest are dropped first). */
  readonly requestLogLimit?: number;
  /** Bounds of the other logs, so a long run keeps a steady memory footprint (see the README's "Bounded logs"). */
  readonly logs?: LogLimits;
  /**
   * Read-after-write lag, emulator ms (default 0: off): for this long after a session is created, operations
   * on it answer 404 "not found" as the service sometimes does right after a create,
   * so an app can test its retry. Connecting simulated clients is not delayed.
   */
  readonly readAfterWriteLagMs?: number;
  /** A state exported by {@link Emulator.exportState} (or `GET /_emulator/state`) to start from. */
  readonly state?: EmulatorState;
  /**
   * URLs that receive callbacks from the start (kept across `reset`); see the README's "Callbacks". Each
   * names its `group`, `event`, owner and `secret`, or leaves them out to receive more.
   */
  readonly callbacks?: readonly RegisterCallbackOptions[];
  /**
   * The signature secret (1–50 characters) of every callback without its own `secret`, `statusCallbackUrl`
   * deliveries included: each delivery then carries `Authorization: Bearer <HS256 JWT>` (as secure callbacks are signed).
   * Default: unsigned deliveries.
   */
  readonly callbackSignatureSecret?: string;
  /** The fetch callbacks are POSTed with (default: the global `fetch`); e.g. a receiver's in-process handler. */
  readonly callbackFetch?: CallbackFetch;
  /** Retries, back-off, timeout and log size of callback deliveries. */
  readonly callbackDelivery?: CallbackDeliveryOptions;
  /**
   * Refuse request fields the service would ignore (default false). The service ignores a field it does not know,
   * so a misspelt one goes unnoticed; by default the emulator answers as the service does and names the field in an
   * `X-Emulator-Warning` header and in the request log's `warnings`. With `strict: true` such a request gets a 400
   * `{code, message}` naming the field and the route instead. JSON bodies, form bodies and query parameters alike.
   */
  readonly strict?: boolean;
}

/** Bounds of the emulator's logs (defaults in brackets). */
export interface LogLimits {
  /** How many characters of each request body the request log keeps [8192]. */
  readonly requestBodyBytes?: number;
  /** The most the request log keeps in all, in characters of bodies and headers [8 MiB]; oldest dropped first. */
  readonly requestLogBytes?: number;
  /** How many received signals each session keeps, the last ones [1000]. */
  readonly signalsPerSession?: number;
}

/** Options of {@link Emulator.listen}. */
export interface ListenOptions {
  /** TCP port (default 0: any free port). */
  readonly port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  readonly host?: string;
}

/** Options of {@link Emulator.createSession}. */
export interface CreateSessionOptions {
  readonly mediaMode?: 'routed' | 'relayed';
  readonly archiveMode?: 'manual' | 'always';
  /** Project API key (default: `emulator.project`, unless `applicationId` is given). */
  readonly apiKey?: string;
  /** The application that owns the session, instead of a project (its ID lands in field [1] of the session ID). */
  readonly applicationId?: string;
  readonly location?: string;
  readonly e2ee?: boolean;
}

/**
 * A running OpenTok emulator: the fetch handler, simulated clients, state snapshots, faults, clock.
 *
 * @example
 * ```ts
 * import { createEmulator } from '@opentok/emulator';
 * const emulator = createEmulator();
 * const { sessionId } = emulator.createSession({ mediaMode: 'routed' });
 * const { connectionId } = await emulator.connectClient({ sessionId, token });
 * emulator.publishStream({ sessionId, connectionId, name: 'camera' });
 * ```
 */
export interface Emulator {
  /** The default project (the first of `projects`). */
  readonly project: ProjectCredentials;
  /** Every project the emulator accepts. */
  readonly projects: readonly ProjectCredentials[];
  /** The default Vonage application (the first of `applications`; the demo application unless others were given). */
  readonly application: EmulatorApplication;
  /** Every Vonage application the emulator accepts. */
  readonly applications: readonly EmulatorApplication[];
  /** The base URL to give a client: `http://opentok.emulator` in process, the HTTP address after `listen`. */
  readonly url: string;
  /** The fetch handler: pass it as a client's `fetch` (any host works; only the path matters). */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Emulator time; `advance(ms)` runs archive, broadcast, render and captions lifecycles. */
  readonly clock: EmulatorClock;
  /** The OpenTok API requests received (oldest first; `X-OPENTOK-AUTH` and `Authorization` redacted). */
  readonly requests: readonly LoggedRequest[];
  /** Faults waiting to fire. */
  readonly faults: readonly Fault[];
  /** Adds a project at run time (kept until `reset`); 409 {@link EmulatorError} when the key is taken. */
  addProject(project: ProjectCredentials): ProjectCredentials;
  /** Adds a Vonage application at run time (kept until `reset`); 400 for an unusable ID or key, 409 when the ID is taken. */
  addApplication(application: ApplicationOptions): EmulatorApplication;
  /** Creates a session directly (no HTTP), as `POST /session/create` would; returns its ID. */
  createSession(options?: CreateSessionOptions): { sessionId: string };
  /** Connects a simulated client with a token; rejects with an {@link EmulatorError} (403) naming why a token is refused. */
  connectClient(params: ConnectClientParams): Promise<{ connectionId: string }>;
  /** Publishes a stream from a connected client. */
  publishStream(params: PublishStreamParams): { streamId: string };
  /** Unpublishes a stream (`reason`: of its `streamDestroyed` callback, default `clientDisconnected`). */
  unpublishStream(params: UnpublishStreamParams): void;
  /** Disconnects a client and its streams (`reason`: of their destroyed callbacks, default `clientDisconnected`). */
  disconnectClient(params: DisconnectClientParams): void;
  /** A copy of a session's state, or undefined. */
  session(sessionId: string): SessionSnapshot | undefined;
  /** A copy of an archive's state, or undefined. */
  archive(archiveId: string): ArchiveSnapshot | undefined;
  /** A copy of a broadcast's state, or undefined. */
  broadcast(broadcastId: string): BroadcastSnapshot | undefined;
  /** A copy of a SIP call's state, or undefined. */
  sipCall(callId: string): SipCallSnapshot | undefined;
  /** A copy of a render's state, or undefined. */
  render(renderId: string): RenderSnapshot | undefined;
  /** A copy of a Live Captions job's state, or undefined. */
  captions(captionsId: string): CaptionsSnapshot | undefined;
  /** A copy of an Audio Connector link's state, or undefined. */
  audioConnection(id: string): AudioConnectionSnapshot | undefined;
  /** Signals delivered in a session (to one connection when `connectionId` is given), oldest first. */
  signals(params: { sessionId: string; connectionId?: string }): SignalSnapshot[];
  /** Every registered callback URL (REST and emulator registrations; never a secret), oldest first. */
  readonly callbacks: readonly RegisteredCallback[];
  /**
   * Registers a URL to receive callbacks (until `reset`).
   *
   * @throws {EmulatorError} (400) for a bad URL, group, event or secret; (404) for an unknown `apiKey` or `applicationId`.
   * @example
   * ```ts
   * import { createEmulator } from '@opentok/emulator';
   * const emulator = createEmulator({ callbackSignatureSecret: 'whsec-test' });
   * emulator.registerCallback({ group: 'archive', url: 'http://127.0.0.1:3000/archive-status' });
   * ```
   */
  registerCallback(options: RegisterCallbackOptions): RegisteredCallback;
  /** Removes a registration (REST or emulator); 404 {@link EmulatorError} when there is none with that ID. */
  unregisterCallback(id: string): void;
  /** The callback deliveries (the last `callbackDelivery.logLimit`, default 1000), oldest first, with their status. */
  callbackDeliveries(): readonly CallbackDelivery[];
  /**
   * Runs lifecycle steps that are due, then waits until no delivery is pending (retries included, and
   * deliveries caused meanwhile) and returns the delivery log.
   */
  flushCallbacks(): Promise<readonly CallbackDelivery[]>;
  /** Empties the delivery log (deliveries under way go on). */
  clearCallbackDeliveries(): void;
  /** Queues a fault for the next matching API requests; returns its id. */
  injectFault(spec: FaultSpec): number;
  /** Removes all queued faults. */
  clearFaults(): void;
  /** Empties the request log. */
  clearRequests(): void;
  /**
   * Forgets all state (sessions, recordings, calls, callback registrations and deliveries, log, faults, added
   * projects and applications); keeps what `createEmulator` was given; the clock keeps its time.
   */
  reset(): void;
  /**
   * The whole state as JSON data (projects with secrets, applications, sessions, clients, streams, recordings,
   * calls, renders, captions, callback registrations, clock); `createEmulator({ state })`, `importState` and
   * `PUT /_emulator/state` load it. With a manual clock, export → import → export is byte-identical.
   */
  exportState(): EmulatorState;
  /**
   * Replaces the state with an exported one (400 {@link EmulatorError} for one that is not): sessions, records,
   * owners and callback registrations become the state's; emulator time becomes its clock's; logs and faults are
   * emptied. `emulator.project` and `emulator.application` stay those `createEmulator` was given.
   */
  importState(state: EmulatorState): void;
  /** Serves the emulator over HTTP (Node only); `url` becomes the HTTP address. */
  listen(options?: ListenOptions): Promise<{ url: string }>;
  /** Stops the HTTP server, if any; `url` returns to the in-process URL. */
  close(): Promise<void>;
}
