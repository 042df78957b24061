/** Both credential kinds against one emulator: a client of the kind and REST helpers for its sessions. */
import { createClient, type OpenTokClient } from '@opentok/core';
import { createRestAuthToken, request } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';
import { createEmulator, type Emulator, type EmulatorOptions } from '../src/index.js';

/** The two kinds of owners; the callback and media-option suites run once per kind. */
export const KINDS = ['project', 'application'] as const;
export type Kind = (typeof KINDS)[number];

/** An emulator, a client of the given kind and REST helpers for that kind's sessions. */
export interface KindHarness {
  readonly emulator: Emulator;
  readonly client: OpenTokClient;
  /** The owner ID: the project's API key or the application's ID. */
  readonly ownerId: string;
  readonly base: string;
  call<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, json?: unknown): Promise<T>;
  /** The raw answer to a JSON request with the client's auth header (for asserting error bodies). */
  raw(method: string, path: string, json: unknown): Promise<Response>;
  /** A routed session of the owner, created over REST. */
  session(): Promise<string>;
  token(sessionId: string, role?: 'publisher' | 'subscriber' | 'moderator' | 'publisheronly', data?: string): Promise<string>;
}

/** A harness of `kind` on a frozen clock starting at `start`, with the given emulator options. */
export function kindHarness(kind: Kind, options: EmulatorOptions = {}, start = 1_700_000_000_000): KindHarness {
  const emulator = createEmulator({ clock: { frozen: true, start }, ...options });
  const { applicationId, privateKey } = emulator.application;
  const client = createClient({
    ...(kind === 'project' ? emulator.project : { applicationId, privateKey: privateKey! }),
    apiUrl: emulator.url,
    fetch: emulator.fetch,
    retry: 0,
  });
  const ownerId = kind === 'project' ? emulator.project.apiKey : applicationId;
  const base = `/v2/project/${ownerId}`;
  return {
    emulator,
    client,
    ownerId,
    base,
    call: (method, path, json) => request(client, { operation: `${method} ${path}`, method, path, ...(json === undefined ? {} : { json }) }),
    async raw(method, path, json) {
      const auth = await createRestAuthToken(client);
      const headers = { 'content-type': 'application/json', ...(kind === 'project' ? { 'X-OPENTOK-AUTH': auth } : { Authorization: `Bearer ${auth}` }) };
      return emulator.fetch(`http://e${path}`, { method, headers, body: JSON.stringify(json) });
    },
    async session() {
      const [created] = await request<[{ session_id: string }]>(client, {
        operation: 'createSession',
        method: 'POST',
        path: '/session/create',
        form: { 'p2p.preference': 'disabled' },
      });
      return created.session_id;
    },
    token: (sessionId, role = 'publisher', data) => generateToken(client, { sessionId, role, ...(data === undefined ? {} : { data }) }),
  };
}
