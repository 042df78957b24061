import { type Context, Hono } from 'hono';
import { EmulatorError, fail } from '../kernel/errors.js';
import { archiveFile, transcriptFile, transcriptionStatus } from '../state/archives.js';
import type { Store } from '../state/store.js';
import { MAX_BODY_BYTES, parseJsonObject, readText } from '../wire/body.js';
import { empty, errorResponse, json } from '../wire/responses.js';

/**
 * What the control API drives: the emulator's own methods, which check their arguments (`createEmulator` passes the
 * emulator itself). Arguments are the parsed JSON bodies, handed on as they came.
 */
export interface ControlledEmulator {
  readonly url: string;
  readonly projects: readonly { readonly apiKey: string }[];
  readonly applications: readonly { readonly applicationId: string; readonly publicKey: string }[];
  readonly requests: readonly unknown[];
  readonly faults: readonly unknown[];
  readonly callbacks: readonly unknown[];
  readonly clock: { now(): number; advance(ms: number): number };
  exportState(): unknown;
  importState(state: unknown): void;
  addProject(project: unknown): { readonly apiKey: string };
  addApplication(application: unknown): { readonly applicationId: string; readonly publicKey: string };
  connectClient(params: unknown): Promise<unknown>;
  disconnectClient(params: unknown): void;
  publishStream(params: unknown): unknown;
  unpublishStream(params: unknown): void;
  session(sessionId: string): unknown;
  signals(params: unknown): unknown;
  archive(id: string): unknown;
  broadcast(id: string): unknown;
  sipCall(id: string): unknown;
  render(id: string): unknown;
  captions(id: string): unknown;
  audioConnection(id: string): unknown;
  clearRequests(): void;
  callbackDeliveries(): unknown;
  registerCallback(options: unknown): unknown;
  clearCallbackDeliveries(): void;
  flushCallbacks(): Promise<unknown>;
  unregisterCallback(id: string): void;
  injectFault(spec: unknown): number;
  clearFaults(): void;
  reset(): void;
}

type Handler = (c: Context, body: Record<string, unknown>) => Response | Promise<Response>;

/** Largest state accepted by `PUT /_emulator/state` (a state of many records is larger than an API body). */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

function wrap(handler: Handler, limit = MAX_BODY_BYTES): (c: Context) => Promise<Response> {
  return async (c) => {
    try {
      const text = c.req.method === 'GET' ? '' : await readText(c.req.raw, limit);
      return await handler(c, parseJsonObject(c.req.raw, text));
    } catch (error) {
      if (error instanceof EmulatorError) return errorResponse(error.status, error.message);
      throw error;
    }
  };
}

function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}

/** The optional `?reason=` of the disconnect and unpublish routes (checked by the helpers they call). */
function reasonQuery(c: Context): { reason?: string } {
  const reason = c.req.query('reason');
  return reason === undefined ? {} : { reason };
}

function found<T>(value: T | undefined, what: string): T {
  return value ?? fail(404, `Not found: no ${what}.`);
}

function hlsPlaylist(id: string): string {
  return `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n# OpenTok emulator broadcast ${id}: no media\n`;
}

/** The control API (`/_emulator/...`): not part of OpenTok; drives simulated clients, time, faults and inspection. */
export function controlRoutes(emulator: ControlledEmulator, store: Store): Hono {
  const app = new Hono({ strict: false });
  app.get(
    '/health',
    wrap(() => json({ ok: true, url: emulator.url, bodyLimit: MAX_BODY_BYTES })),
  );
  app.get(
    '/state',
    wrap(() => json(emulator.exportState())),
  );
  app.put(
    '/state',
    wrap((_c, body) => {
      emulator.importState(body);
      return empty(204);
    }, MAX_STATE_BYTES),
  );
  app.get(
    '/projects',
    wrap(() => json(emulator.projects.map((p) => ({ apiKey: p.apiKey })))),
  );
  app.post(
    '/projects',
    wrap((_c, body) => {
      const project = emulator.addProject(body);
      return json({ apiKey: project.apiKey }, 201);
    }),
  );
  app.get(
    '/applications',
    wrap(() => json(emulator.applications.map(({ applicationId, publicKey }) => ({ applicationId, publicKey })))),
  );
  app.post(
    '/applications',
    wrap((_c, body) => {
      const { applicationId, publicKey } = emulator.addApplication(body);
      return json({ applicationId, publicKey }, 201);
    }),
  );
  app.post(
    '/sessions/:sessionId/connections',
    wrap(async (c, body) => json(await emulator.connectClient({ ...body, sessionId: param(c, 'sessionId') }), 201)),
  );
  app.delete(
    '/sessions/:sessionId/connections/:connectionId',
    wrap((c) => {
      emulator.disconnectClient({ sessionId: param(c, 'sessionId'), connectionId: param(c, 'connectionId'), ...reasonQuery(c) });
      return empty(204);
    }),
  );
  app.post(
    '/sessions/:sessionId/streams',
    wrap((c, body) => json(emulator.publishStream({ ...body, sessionId: param(c, 'sessionId') }), 201)),
  );
  app.delete(
    '/sessions/:sessionId/streams/:streamId',
    wrap((c) => {
      emulator.unpublishStream({ sessionId: param(c, 'sessionId'), streamId: param(c, 'streamId'), ...reasonQuery(c) });
      return empty(204);
    }),
  );
  app.get(
    '/sessions/:sessionId',
    wrap((c) => json(found(emulator.session(param(c, 'sessionId')), 'such session'))),
  );
  app.get(
    '/sessions/:sessionId/signals',
    wrap((c) => {
      const connectionId = c.req.query('connectionId');
      return json(emulator.signals({ sessionId: param(c, 'sessionId'), ...(connectionId === undefined ? {} : { connectionId }) }));
    }),
  );
  app.get(
    '/archives/:id',
    wrap((c) => json(found(emulator.archive(param(c, 'id')), 'such archive'))),
  );
  app.get(
    '/archives/:id/download',
    wrap((c) => {
      store.scheduler.tick();
      const archive = found(store.archives.get(param(c, 'id')), 'such archive');
      if (!archive.available) fail(404, 'Not found: the archive is not available (yet).');
      const type = archive.outputMode === 'individual' ? 'application/zip' : 'video/mp4';
      return new Response(archiveFile(archive), { headers: { 'content-type': type } });
    }),
  );
  app.get(
    '/archives/:id/transcription',
    wrap((c) => {
      store.scheduler.tick();
      const archive = found(store.archives.get(param(c, 'id')), 'such archive');
      if (!archive.hasTranscription || transcriptionStatus(archive) !== 'available') fail(404, 'Not found: the archive has no transcription (yet).');
      return new Response(transcriptFile(archive), { headers: { 'content-type': 'application/json' } });
    }),
  );
  app.get(
    '/broadcasts/:id',
    wrap((c) => json(found(emulator.broadcast(param(c, 'id')), 'such broadcast'))),
  );
  app.get(
    '/broadcasts/:id/hls/playlist.m3u8',
    wrap((c) => {
      const broadcast = found(store.broadcasts.get(param(c, 'id')), 'such broadcast');
      return new Response(hlsPlaylist(broadcast.id), { headers: { 'content-type': 'application/vnd.apple.mpegurl' } });
    }),
  );
  app.get(
    '/sip-calls/:id',
    wrap((c) => json(found(emulator.sipCall(param(c, 'id')), 'such SIP call'))),
  );
  app.get(
    '/renders/:id',
    wrap((c) => json(found(emulator.render(param(c, 'id')), 'such render'))),
  );
  app.get(
    '/captions/:id',
    wrap((c) => json(found(emulator.captions(param(c, 'id')), 'such captions job'))),
  );
  app.get(
    '/audio-connections/:id',
    wrap((c) => json(found(emulator.audioConnection(param(c, 'id')), 'such Audio Connector link'))),
  );
  app.get(
    '/requests',
    wrap(() => json(emulator.requests)),
  );
  app.delete(
    '/requests',
    wrap(() => {
      emulator.clearRequests();
      return empty(204);
    }),
  );
  app.get(
    '/callbacks',
    wrap(() => json(emulator.callbackDeliveries())),
  );
  app.post(
    '/callbacks',
    wrap((_c, body) => json(emulator.registerCallback(body), 201)),
  );
  app.delete(
    '/callbacks',
    wrap(() => {
      emulator.clearCallbackDeliveries();
      return empty(204);
    }),
  );
  app.post(
    '/callbacks/flush',
    wrap(async () => json(await emulator.flushCallbacks())),
  );
  app.get(
    '/callbacks/registrations',
    wrap(() => json(emulator.callbacks)),
  );
  app.delete(
    '/callbacks/registrations/:id',
    wrap((c) => {
      emulator.unregisterCallback(param(c, 'id'));
      return empty(204);
    }),
  );
  app.get(
    '/faults',
    wrap(() => json(emulator.faults)),
  );
  app.post(
    '/faults',
    wrap((_c, body) => json({ id: emulator.injectFault(body) }, 201)),
  );
  app.delete(
    '/faults',
    wrap(() => {
      emulator.clearFaults();
      return empty(204);
    }),
  );
  app.get(
    '/clock',
    wrap(() => json({ now: emulator.clock.now() })),
  );
  app.post(
    '/clock/advance',
    wrap((_c, body) => {
      const ms = body['ms'];
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) fail(400, '"ms" must be a non-negative number of milliseconds.');
      return json({ now: emulator.clock.advance(ms) });
    }),
  );
  app.post(
    '/reset',
    wrap(() => {
      emulator.reset();
      return empty(204);
    }),
  );
  const allowed = new Map<string, string[]>();
  for (const route of app.routes) allowed.set(route.path, [...(allowed.get(route.path) ?? []), route.method]);
  for (const [path, methods] of allowed) {
    app.all(path, () => {
      const response = errorResponse(405, `Method Not Allowed: this control route accepts ${methods.join(', ')}.`);
      response.headers.set('allow', methods.join(', '));
      return response;
    });
  }
  app.notFound((c) => errorResponse(404, `Not found: the control API has no route ${c.req.method} ${new URL(c.req.url).pathname}.`));
  return app;
}
