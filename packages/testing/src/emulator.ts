import {
  type ApplicationCredentials,
  type CredentialKind,
  type CredentialSource,
  createClient,
  type OpenTokClient,
  type ProjectCredentials,
} from '@opentok/core';
import { request } from '@opentok/core/internal';
import type { Emulator, PublishStreamParams } from '@opentok/emulator';
import { generateToken } from '@opentok/tokens';

/** Both kinds of credentials, for `describe.each`: every capability suite runs once per kind. */
export const CREDENTIAL_KINDS: readonly CredentialKind[] = ['project', 'application'];

/** The emulator's default credentials of a kind: its demo project's key and secret, or its demo application's ID and private key. */
export function emulatorCredentials(emulator: Emulator, kind: CredentialKind = 'project'): ProjectCredentials | ApplicationCredentials {
  if (kind === 'project') return emulator.project;
  const { applicationId, privateKey } = emulator.application;
  if (privateKey === undefined) throw new Error("the emulator's default application has no private key");
  return { applicationId, privateKey };
}

/**
 * Runs `run` with a client that reaches the emulator over loopback HTTP (a real socket, the global fetch), then
 * closes the emulator's listener.
 */
export async function overLoopback<T>(emulator: Emulator, kind: CredentialKind, run: (client: OpenTokClient) => Promise<T>): Promise<T> {
  const { url } = await emulator.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await run(createClient({ ...emulatorCredentials(emulator, kind), apiUrl: url, retry: 0 }));
  } finally {
    await emulator.close();
  }
}

/** A client for an in-process emulator: its default project (or application), its fetch handler, no retries. */
export function emulatorClient(emulator: Emulator, kind: CredentialKind = 'project'): OpenTokClient {
  return createClient({ ...emulatorCredentials(emulator, kind), apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
}

/**
 * Creates a session over the REST API with core's raw `request` (`POST /session/create`,
 * `p2p.preference=disabled` = routed), so that a capability package's tests need not depend on
 * `@opentok/session`. Returns the session ID.
 */
export async function createSessionOverRest(client: OpenTokClient, mediaMode: 'routed' | 'relayed' = 'routed'): Promise<string> {
  const form = { 'p2p.preference': mediaMode === 'routed' ? 'disabled' : 'enabled' };
  const [created] = await request<{ session_id: string }[]>(client, { operation: 'createSession', method: 'POST', path: '/session/create', form });
  if (!created) throw new Error('the emulator created no session');
  return created.session_id;
}

/**
 * Connects a simulated client to a session with a fresh token from `generateToken`, minted with
 * `credentials` (default: the emulator's demo project; pass the client of an application's session); returns its connection ID.
 */
export async function joinSession(emulator: Emulator, sessionId: string, credentials: CredentialSource = emulator.project): Promise<string> {
  const token = await generateToken(credentials, { sessionId });
  return (await emulator.connectClient({ sessionId, token })).connectionId;
}

/** A stream {@link startLiveSession} publishes: from which client (an index, default 0) and how. */
export interface ScenarioStream extends Omit<PublishStreamParams, 'sessionId' | 'connectionId'> {
  readonly client?: number;
}

/** Options of {@link startLiveSession}. */
export interface LiveSessionOptions {
  /** Default `routed`. */
  readonly mediaMode?: 'routed' | 'relayed';
  /** How many simulated clients connect, default 1. */
  readonly clients?: number;
  /** The streams to publish, in order; default none. */
  readonly streams?: readonly ScenarioStream[];
}

/** What {@link startLiveSession} set up. */
export interface LiveSession {
  readonly sessionId: string;
  /** One per client, in connection order. */
  readonly connectionIds: readonly string[];
  /** One per published stream, in the order of `streams`. */
  readonly streamIds: readonly string[];
}

/**
 * The usual end-to-end scenario: creates a session over REST ({@link createSessionOverRest}),
 * connects `clients` simulated clients with real tokens (minted with `client`'s credentials) and publishes `streams`.
 */
export async function startLiveSession(emulator: Emulator, client: OpenTokClient, options: LiveSessionOptions = {}): Promise<LiveSession> {
  const { mediaMode = 'routed', clients = 1, streams = [] } = options;
  const sessionId = await createSessionOverRest(client, mediaMode);
  const connectionIds: string[] = [];
  for (let i = 0; i < clients; i += 1) connectionIds.push(await joinSession(emulator, sessionId, client));
  const streamIds = streams.map(({ client: index = 0, ...stream }) => {
    const connectionId = connectionIds[index];
    if (connectionId === undefined) throw new Error(`no client ${index} to publish from (clients: ${clients})`);
    return emulator.publishStream({ sessionId, connectionId, ...stream }).streamId;
  });
  return { sessionId, connectionIds, streamIds };
}
