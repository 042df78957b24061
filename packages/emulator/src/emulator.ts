import { createApp } from './app.js';
import { createMutableClock, type ClockOptions, type EmulatorClock } from './clock.js';
import { Faults, type Fault, type FaultSpec } from './control/faults.js';
import { RequestLog, type LoggedRequest } from './control/request-log.js';
import { controlRoutes } from './control/routes.js';
import {
  connectClient,
  disconnectClient,
  publishStream,
  unpublishStream,
  type ConnectClientParams,
  type PublishStreamParams,
} from './control/simulated-clients.js';
import { fail } from './errors.js';
import { DROPPED, requestMeta } from './http/router.js';
import { Scheduler } from './state/scheduler.js';
import { createSession } from './state/sessions.js';
import {
  copy,
  sessionSnapshot,
  type ArchiveSnapshot,
  type AudioConnectionSnapshot,
  type BroadcastSnapshot,
  type CaptionsSnapshot,
  type RenderSnapshot,
  type SessionSnapshot,
  type SignalSnapshot,
  type SipCallSnapshot,
} from './state/snapshots.js';
import { Store } from './state/store.js';
import type { Project } from './state/types.js';

/** An OpenTok project (API key and secret) the emulator accepts. */
export interface ProjectCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/**
 * The default project: demo credentials that can never be real (OpenTok secrets are 40 hex digits;
 * this one has letters outside hex). The CLI prints them.
 *
 * @example
 * ```ts
 * import { DEMO_PROJECT } from '@opentok/emulator';
 * const client = createClient({ ...DEMO_PROJECT, apiUrl: 'http://127.0.0.1:4010' });
 * ```
 */
export const DEMO_PROJECT: ProjectCredentials = Object.freeze({ apiKey: '10000001', apiSecret: 'emulator-demo-secret-not-a-real-opentok-secret' });

/**
 * The in-process base URL, until `listen` switches `emulator.url` to the real HTTP address.
 *
 * @example
 * ```ts
 * import { createEmulator, IN_PROCESS_URL } from '@opentok/emulator';
 * createEmulator().url === IN_PROCESS_URL; // true until listen()
 * ```
 */
export const IN_PROCESS_URL = 'http://opentok.emulator';

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** Projects to accept (default: [{@link DEMO_PROJECT}]); the first is `emulator.project`. */
  readonly projects?: readonly ProjectCredentials[];
  /** How emulator time starts and runs (default: follows the wall clock; `advance` moves it forward). */
  readonly clock?: ClockOptions;
  /** How many API requests the request log keeps (default 1000). */
  readonly requestLogLimit?: number;
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
  /** Project API key (default: `emulator.project`). */
  readonly apiKey?: string;
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
  /** The base URL to give a client: `http://opentok.emulator` in process, the HTTP address after `listen`. */
  readonly url: string;
  /** The fetch handler: pass it as a client's `fetch` (any host works; only the path matters). */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Emulator time; `advance(ms)` runs archive, broadcast, render and captions lifecycles. */
  readonly clock: EmulatorClock;
  /** The OpenTok API requests received (oldest first; headers with X-OPENTOK-AUTH redacted). */
  readonly requests: readonly LoggedRequest[];
  /** Faults waiting to fire. */
  readonly faults: readonly Fault[];
  /** Adds a project at run time (kept until `reset`). */
  addProject(project: ProjectCredentials): ProjectCredentials;
  /** Creates a session directly (no HTTP), as `POST /session/create` would; returns its ID. */
  createSession(options?: CreateSessionOptions): { sessionId: string };
  /** Connects a simulated client with a token; rejects with an {@link EmulatorError} (403) naming why a token is refused. */
  connectClient(params: ConnectClientParams): Promise<{ connectionId: string }>;
  /** Publishes a stream from a connected client. */
  publishStream(params: PublishStreamParams): { streamId: string };
  /** Unpublishes a stream. */
  unpublishStream(params: { sessionId: string; streamId: string }): void;
  /** Disconnects a client (and its streams). */
  disconnectClient(params: { sessionId: string; connectionId: string }): void;
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
  /** Queues a fault for the next matching API requests; returns its id. */
  injectFault(spec: FaultSpec): number;
  /** Removes all queued faults. */
  clearFaults(): void;
  /** Empties the request log. */
  clearRequests(): void;
  /** Forgets all state (sessions, recordings, calls, callbacks, log, faults, added projects); the clock keeps its time. */
  reset(): void;
  /** Serves the emulator over HTTP (Node only); `url` becomes the HTTP address. */
  listen(options?: ListenOptions): Promise<{ url: string }>;
  /** Stops the HTTP server, if any; `url` returns to the in-process URL. */
  close(): Promise<void>;
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

function checkProject(project: ProjectCredentials): Project {
  const { apiKey, apiSecret } = (project ?? {}) as Partial<ProjectCredentials>;
  if (typeof apiKey !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(apiKey)) fail(400, 'A project needs an apiKey of 1–64 characters [A-Za-z0-9_-].');
  if (typeof apiSecret !== 'string' || apiSecret.length === 0) fail(400, 'A project needs a non-empty apiSecret.');
  return Object.freeze({ apiKey, apiSecret });
}

/**
 * Creates a stateful, in-memory OpenTok REST API emulator. Its `fetch` runs in any runtime;
 * `listen` serves it over HTTP on Node.
 *
 * @throws {EmulatorError} when a project has no usable apiKey or apiSecret.
 * @example
 * ```ts
 * import { createEmulator } from '@opentok/emulator';
 * import { createClient } from '@opentok/core';
 * const emulator = createEmulator();
 * const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch });
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const initial = (options.projects ?? [DEMO_PROJECT]).map(checkProject);
  if (initial.length === 0) fail(400, 'At least one project is needed.');
  const time = createMutableClock(options.clock);
  const scheduler = new Scheduler(time.now);
  let url = IN_PROCESS_URL;
  let server: { close(): Promise<void> } | undefined;
  const store = new Store(time.now, time.tokenNow, scheduler, () => url, initial);
  const faults = new Faults();
  const log = new RequestLog(options.requestLogLimit ?? 1000);
  const clock: EmulatorClock = {
    now: time.now,
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new TypeError('clock.advance(ms) needs a non-negative number of milliseconds');
      time.shift(ms);
      scheduler.tick();
      return time.now();
    },
  };
  const lookup = <T>(map: Map<string, T>, id: string): T | undefined => {
    scheduler.tick();
    return map.get(id);
  };

  const emulator: Emulator = {
    get project() {
      return initial[0]!;
    },
    get projects() {
      return [...store.projects.values()];
    },
    get url() {
      return url;
    },
    fetch: (input, init) => handle(input instanceof Request && init === undefined ? input : new Request(input, init)),
    clock,
    get requests() {
      return log.list();
    },
    get faults() {
      return faults.list();
    },
    addProject(project) {
      const checked = checkProject(project);
      if (store.projects.has(checked.apiKey)) fail(409, `Project ${checked.apiKey} already exists.`);
      store.projects.set(checked.apiKey, checked);
      return checked;
    },
    createSession(params = {}) {
      const project = store.projects.get(params.apiKey ?? initial[0]!.apiKey) ?? fail(404, `No project ${String(params.apiKey)}.`);
      const archiveMode = params.archiveMode ?? 'manual';
      const mediaMode = params.mediaMode ?? (archiveMode === 'always' ? 'routed' : 'relayed');
      if (archiveMode === 'always' && mediaMode !== 'routed') fail(400, 'archiveMode "always" needs a routed session.');
      return { sessionId: createSession(store, project, { mediaMode, archiveMode, location: params.location ?? '', e2ee: params.e2ee ?? false }).sessionId };
    },
    connectClient: (params) => {
      scheduler.tick();
      return connectClient(store, params);
    },
    publishStream: (params) => publishStream(store, params),
    unpublishStream: (params) => unpublishStream(store, params),
    disconnectClient: (params) => disconnectClient(store, params),
    session(sessionId) {
      const session = lookup(store.sessions, sessionId);
      return session === undefined ? undefined : sessionSnapshot(session);
    },
    archive: (id) => optionalCopy<ArchiveSnapshot>(lookup(store.archives, id)),
    broadcast: (id) => optionalCopy<BroadcastSnapshot>(lookup(store.broadcasts, id)),
    sipCall: (id) => optionalCopy<SipCallSnapshot>(lookup(store.sipCalls, id)),
    render: (id) => optionalCopy<RenderSnapshot>(lookup(store.renders, id)),
    captions: (id) => optionalCopy<CaptionsSnapshot>(lookup(store.captions, id)),
    audioConnection: (id) => optionalCopy<AudioConnectionSnapshot>(lookup(store.audioConnections, id)),
    signals({ sessionId, connectionId }) {
      const session = store.sessions.get(sessionId);
      if (session === undefined) return [];
      return session.signals.filter((s) => connectionId === undefined || s.connectionId === connectionId).map((s) => ({ ...s }));
    },
    injectFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    clearRequests: () => log.clear(),
    reset() {
      store.reset();
      faults.clear();
      log.clear();
    },
    async listen(listenOptions = {}) {
      if (server !== undefined) fail(409, `The emulator is already listening at ${url}.`);
      const { listenHttp } = await import('./node/listen.js');
      const started = await listenHttp(handle, listenOptions);
      server = started;
      url = started.url;
      return { url };
    },
    async close() {
      const running = server;
      server = undefined;
      url = IN_PROCESS_URL;
      await running?.close();
    },
  };

  const app = createApp({ store, faults }, controlRoutes(emulator, store));

  async function handle(request: Request): Promise<Response> {
    const started = Date.now();
    const { path, query } = splitUrl(request.url);
    let response: Response;
    try {
      scheduler.tick();
      response = await app.fetch(request);
    } catch (error) {
      response = new Response(JSON.stringify({ code: 500, message: `Internal emulator error: ${String(error)}` }), { status: 500, headers: { 'content-type': 'application/json' } });
    }
    if (!path.startsWith('/_emulator/')) {
      const meta = requestMeta.get(request);
      log.record({
        at: time.now(),
        method: request.method,
        path,
        query,
        operation: meta?.operation ?? '',
        headers: request.headers,
        body: meta?.body ?? '',
        status: DROPPED.has(response) ? 0 : response.status,
        durationMs: Date.now() - started,
      });
    }
    if (DROPPED.has(response)) throw new DroppedConnectionError();
    return response;
  }

  return emulator;
}

/** Path and query of an absolute URL, without a URL parse on the hot path. */
function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const rest = start < 0 ? '/' : url.slice(start);
  const hash = rest.indexOf('#');
  const clean = hash < 0 ? rest : rest.slice(0, hash);
  const q = clean.indexOf('?');
  return q < 0 ? { path: clean, query: '' } : { path: clean.slice(0, q), query: clean.slice(q + 1) };
}

function optionalCopy<S>(record: object | undefined): S | undefined {
  return record === undefined ? undefined : copy<S>(record);
}
