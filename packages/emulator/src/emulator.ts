import { apiRouter, createApp } from './app.js';
import { CallbackDispatcher, deliverySettings } from './callbacks/dispatcher.js';
import { Faults } from './control/faults.js';
import { RequestLog } from './control/request-log.js';
import { controlRoutes } from './control/routes.js';
import { DEMO_APPLICATION, DEMO_PROJECT, IN_PROCESS_URL } from './defaults.js';
import { createMutableClock, type EmulatorClock } from './kernel/clock.js';
import { DroppedConnectionError, fail } from './kernel/errors.js';
import { describe, isObject } from './kernel/values.js';
import { checkListenOptions, checkOptions } from './options.js';
import { exportState, importState, stateOwners } from './persisted-state.js';
import { ProjectAuth } from './rest/auth/project-auth.js';
import { CallbackRegistry, emulatorRegistration, viewRegistration } from './state/callback-registrations.js';
import { addOwner, checkApplication, checkProject, isApplication, namedOwner } from './state/owners.js';
import { Scheduler } from './state/scheduler.js';
import { checkSessionOptions } from './state/session-options.js';
import { createSession, keptSignals } from './state/sessions.js';
import { connectClient, disconnectClient, publishStream, unpublishStream } from './state/simulated-clients.js';
import {
  type ArchiveSnapshot,
  type AudioConnectionSnapshot,
  type BroadcastSnapshot,
  type CaptionsSnapshot,
  copy,
  type RenderSnapshot,
  type SipCallSnapshot,
  sessionSnapshot,
} from './state/snapshots.js';
import { Store } from './state/store.js';
import type { Owner, Project } from './state/types.js';
import type { Emulator, EmulatorOptions } from './types.js';
import type { RequestMeta } from './wire/request-meta.js';

/** Node's HTTP server for `listen()`, loaded on demand by whoever composes the emulator (the package entry, the CLI). */
export type LoadHttpServer = () => Promise<{
  listenHttp(
    handle: (request: Request, rawHeaders: readonly string[]) => Promise<Response>,
    options: { port: number; host: string },
  ): Promise<{ readonly url: string; close(): Promise<void> }>;
  nodeHmacSha256(): ((secret: string, data: string) => string) | undefined;
}>;

/**
 * The emulator, composed: the public `createEmulator` (the package entry) hands it Node's HTTP server, so that
 * nothing here imports Node code and the fetch handler runs in any runtime.
 */
export function composeEmulator(given: EmulatorOptions | undefined, loadHttpServer: LoadHttpServer): Emulator {
  const { options, limits } = checkOptions(given);
  const { state } = options;
  if (state !== undefined && (options.projects !== undefined || options.applications !== undefined))
    fail(400, 'Give "state" or "projects"/"applications", not both: a state names its own.');
  const fromState = state === undefined ? undefined : stateOwners(state);
  const initial =
    fromState === undefined ? (options.projects ?? [DEMO_PROJECT]).map(checkProject) : fromState.filter((owner): owner is Project => !isApplication(owner));
  if (initial.length === 0) fail(400, 'At least one project is needed.');
  const initialApplications = fromState === undefined ? (options.applications ?? [DEMO_APPLICATION]).map(checkApplication) : fromState.filter(isApplication);
  if (initialApplications.length === 0) fail(400, 'At least one application is needed.');
  const owners = new Map<string, Owner>();
  for (const owner of [...initial, ...initialApplications]) addOwner(owners, owner);
  const frozen = options.clock?.frozen ?? state?.clock.frozen ?? false;
  const time = createMutableClock({
    frozen,
    ...(options.clock?.start === undefined ? (state === undefined ? {} : { start: state.clock.now }) : { start: options.clock.start }),
  });
  const scheduler = new Scheduler(time.now);
  let url = IN_PROCESS_URL;
  let server: { close(): Promise<void> } | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const settings = deliverySettings(options);
  if (options.callbacks !== undefined && !Array.isArray(options.callbacks))
    fail(400, '"callbacks" must be an array of {url, group?, event?, apiKey?, applicationId?, secret?}.');
  const registry = new CallbackRegistry((options.callbacks ?? []).map((callback) => emulatorRegistration(callback, owners, time.now())));
  const callbacks = new CallbackDispatcher(registry, settings, time.now, () => store);
  const store: Store = new Store(time.now, time.tokenNow, scheduler, () => url, [...owners.values()], registry, callbacks, {
    signalsPerSession: limits.signalsPerSession,
    readAfterWriteLagMs: limits.readAfterWriteLagMs,
  });
  if (state !== undefined) {
    registry.clearAll();
    importState(store, registry, state);
  }
  const view = (record: Parameters<typeof viewRegistration>[0]) => viewRegistration(record, settings.secret !== undefined);
  const ownersOfKind = <T extends Owner>(wanted: (owner: Owner) => owner is T): T[] => [...store.owners.values()].filter(wanted);
  const api = apiRouter();
  const faults = new Faults(api.operations());
  const log = new RequestLog({ entries: limits.requestLogLimit, bodyBytes: limits.requestBodyBytes, totalBytes: limits.requestLogBytes });
  const clock: EmulatorClock = {
    now: time.now,
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        fail(400, `clock.advance(ms) needs a non-negative number of milliseconds (got ${describe(ms)}).`);
      time.shift(ms);
      scheduler.tick();
      return time.now();
    },
  };
  const lookup = <T>(map: { get(id: string): T | undefined }, id: string): T | undefined => {
    scheduler.tick();
    return map.get(id);
  };

  const emulator: Emulator = {
    get project() {
      return initial[0]!;
    },
    get projects() {
      return ownersOfKind((owner): owner is Project => !isApplication(owner));
    },
    get application() {
      return initialApplications[0]!.application;
    },
    get applications() {
      return ownersOfKind(isApplication).map((record) => record.application);
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
      return store.addOwner(checkProject(project));
    },
    addApplication(application) {
      return store.addOwner(checkApplication(application)).application;
    },
    createSession(params = {}) {
      const checked = checkSessionOptions(params);
      const owner = namedOwner(store.owners, checked.apiKey, checked.applicationId) ?? initial[0]!;
      return { sessionId: createSession(store, owner, checked.options).sessionId };
    },
    connectClient: (params) => {
      scheduler.tick();
      return connectClient(store, params);
    },
    get callbacks() {
      return registry.list().map(view);
    },
    registerCallback: (registration) => view(registry.add(emulatorRegistration(registration, store.owners, time.now()))),
    unregisterCallback(id) {
      if (!registry.remove(String(id))) fail(404, `Not found: no callback registration ${String(id)}.`);
    },
    callbackDeliveries: () => callbacks.deliveries(),
    async flushCallbacks() {
      scheduler.tick();
      await callbacks.flush();
      return callbacks.deliveries();
    },
    clearCallbackDeliveries: () => callbacks.clearDeliveries(),
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
    signals(params) {
      if (!isObject(params)) fail(400, `signals(params) needs {sessionId, connectionId?} (got ${describe(params)}).`);
      const { sessionId, connectionId } = params;
      if (typeof sessionId !== 'string') fail(400, `signals(params) needs a sessionId string (got ${describe(sessionId)}).`);
      if (connectionId !== undefined && typeof connectionId !== 'string')
        fail(400, `signals(params): connectionId must be a string (got ${describe(connectionId)}).`);
      const session = store.sessions.get(sessionId);
      if (session === undefined) return [];
      return keptSignals(store, session)
        .filter((s) => connectionId === undefined || s.connectionId === connectionId)
        .map((s) => ({ ...s }));
    },
    injectFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    clearRequests: () => log.clear(),
    reset() {
      store.reset();
      callbacks.reset();
      faults.clear();
      log.clear();
    },
    exportState: () => {
      scheduler.tick();
      return exportState(store, registry, frozen);
    },
    importState(next) {
      const nextOwners = stateOwners(next);
      store.reset();
      callbacks.reset();
      faults.clear();
      log.clear();
      store.owners.clear();
      for (const owner of nextOwners) addOwner(store.owners, owner);
      registry.clearAll();
      time.set(next.clock.now);
      importState(store, registry, next);
    },
    async listen(listenOptions = {}) {
      const checked = checkListenOptions(listenOptions);
      if (server !== undefined) fail(409, `The emulator is already listening at ${url}.`);
      const { listenHttp, nodeHmacSha256 } = await loadHttpServer();
      const hmac = nodeHmacSha256();
      if (hmac !== undefined) projectAuth.useHmacSha256(hmac);
      const started = await listenHttp(handle, checked);
      server = started;
      url = started.url;
      // Over HTTP, due lifecycle steps (and their callbacks) run without waiting for the next request.
      ticker = setInterval(() => scheduler.tick(), TICK_MS);
      (ticker as { unref?: () => void }).unref?.();
      return { url };
    },
    async close() {
      const running = server;
      server = undefined;
      url = IN_PROCESS_URL;
      clearInterval(ticker);
      ticker = undefined;
      await running?.close();
    },
  };

  // Secrets and private keys stay out of JSON.stringify and util.inspect of the emulator (the getters above hold them).
  const summary = () => ({
    url,
    projects: emulator.projects.map(({ apiKey }) => ({ apiKey })),
    applications: emulator.applications.map(({ applicationId }) => ({ applicationId })),
  });
  Object.defineProperties(emulator, {
    toJSON: { value: summary, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: () => ({ OpenTokEmulator: summary() }), enumerable: false },
  });
  const projectAuth = new ProjectAuth();
  const app = createApp(api, { store, projectAuth, middleware: faults, strict: options.strict === true }, controlRoutes(emulator, store));

  /** Answers one request; `rawHeaders` are its headers as the HTTP server received them (see `ReceivedHeaders`). */
  async function handle(request: Request, rawHeaders?: readonly string[]): Promise<Response> {
    const started = Date.now();
    const { path, query } = splitUrl(request.url);
    const meta: RequestMeta = { operation: '', body: '', dropped: false };
    let response: Response;
    try {
      scheduler.tick();
      response = await app.fetch(request, meta);
    } catch (error) {
      response = new Response(JSON.stringify({ code: 500, message: `Internal emulator error: ${String(error)}` }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
    }
    if (!path.startsWith('/_emulator/')) {
      log.record({
        at: time.now(),
        method: request.method,
        path,
        query,
        operation: meta.operation,
        headers: rawHeaders ?? request.headers,
        body: meta.body,
        status: meta.dropped ? 0 : response.status,
        durationMs: Date.now() - started,
        ...(meta.warnings === undefined ? {} : { warnings: meta.warnings }),
      });
    }
    if (meta.dropped) throw new DroppedConnectionError();
    return response;
  }

  return emulator;
}

/** How often a listening emulator runs the lifecycle steps that became due, in real ms. */
const TICK_MS = 250;

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
