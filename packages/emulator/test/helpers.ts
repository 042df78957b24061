import { createClient, type OpenTokClient } from '@opentok/core';
import { request } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';
import { createEmulator, type Emulator, type EmulatorOptions } from '../src/index.js';

/** An emulator, a client of our core talking to it in process, and small REST helpers. */
export interface Harness {
  readonly emulator: Emulator;
  readonly client: OpenTokClient;
  /** `/v2/project/<apiKey>` */
  readonly base: string;
  call<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, json?: unknown, query?: Record<string, string | number>): Promise<T>;
  /** Raw exchange through `emulator.fetch` with a valid X-OPENTOK-AUTH (or the given headers). */
  raw(method: string, path: string, init?: { body?: string; headers?: Record<string, string>; auth?: boolean }): Promise<Response>;
  session(mode?: 'routed' | 'relayed', archiveMode?: 'manual' | 'always'): Promise<string>;
  token(sessionId: string, role?: 'publisher' | 'subscriber' | 'moderator'): Promise<string>;
  /** Creates a routed session with one connected client publishing one stream. */
  live(): Promise<{ sessionId: string; connectionId: string; streamId: string }>;
}

/** A `callbackFetch` that answers every callback with 200 and sends nothing anywhere: tests stay offline. */
export const answerCallbacks = async (): Promise<Response> => new Response(null, { status: 200 });

/**
 * A fresh harness (frozen clock by default, so lifecycles move only with `clock.advance`; callbacks answered
 * in process by {@link answerCallbacks} unless the options give a `callbackFetch`).
 */
export function harness(options: EmulatorOptions = { clock: { frozen: true } }): Harness {
  const emulator = createEmulator({ callbackFetch: answerCallbacks, ...options });
  const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
  const base = `/v2/project/${emulator.project.apiKey}`;
  const h: Harness = {
    emulator,
    client,
    base,
    call: (method, path, json, query) =>
      request(client, { operation: `${method} ${path}`, method, path, ...(json === undefined ? {} : { json }), ...(query === undefined ? {} : { query }) }),
    async raw(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.auth !== false) headers['X-OPENTOK-AUTH'] = await authToken(client);
      return emulator.fetch(`http://opentok.emulator${path}`, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
    },
    async session(mode = 'routed', archiveMode = 'manual') {
      const form: Record<string, string> = { 'p2p.preference': mode === 'routed' ? 'disabled' : 'enabled', archiveMode };
      const [created] = await request<[{ session_id: string }]>(client, { operation: 'createSession', method: 'POST', path: '/session/create', form });
      return created.session_id;
    },
    token: (sessionId, role = 'publisher') => generateToken(emulator.project, { sessionId, role }),
    async live() {
      const sessionId = await h.session('routed');
      const { connectionId } = await emulator.connectClient({ sessionId, token: await h.token(sessionId) });
      const { streamId } = emulator.publishStream({ sessionId, connectionId, name: 'cam' });
      return { sessionId, connectionId, streamId };
    },
  };
  return h;
}

/** A valid X-OPENTOK-AUTH for the client (via core's internal signer). */
export async function authToken(client: OpenTokClient): Promise<string> {
  const { createRestAuthToken } = await import('@opentok/core/internal');
  return createRestAuthToken(client);
}

/** The `{code, message}` body of an error response, asserting it is JSON. */
export async function errorBody(response: Response): Promise<{ code: number; message: string }> {
  if (response.headers.get('content-type') !== 'application/json') throw new Error(`not JSON: ${response.headers.get('content-type')}`);
  return (await response.json()) as { code: number; message: string };
}
