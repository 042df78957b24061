import type { OpenTokClient, Page, RequestOptions } from '@opentok/core';
import { checkCall, checkId, readAnswer, readPage, request, sessionPath } from '@opentok/core/internal';
import { UNEXPECTED_LIST } from './internal/answers.js';

/** The state of a client's connection to a session. */
export type ConnectionState = 'Connecting' | 'Connected' | 'Disconnected';

const STATES: readonly ConnectionState[] = ['Connecting', 'Connected', 'Disconnected'];

/**
 * One client connected (or connecting) to a session.
 *
 * @example
 * ```ts
 * import { listConnections, type Connection } from '@opentok/session';
 * const { items } = await listConnections(client, { sessionId });
 * const connected: Connection[] = items.filter((c) => c.connectionState === 'Connected');
 * ```
 */
export interface Connection {
  /** The connection ID, as used by `forceDisconnect` and by `sendSignal` in `@opentok/signal`. */
  readonly connectionId: string;
  /** `Connecting`, `Connected` or `Disconnected` (normalised to this spelling; a state this SDK does not know is passed on as sent). */
  readonly connectionState: ConnectionState | (string & {});
  /** When the client connected, in milliseconds since the epoch. */
  readonly createdAt: number;
}

/**
 * The connections of a session, in the list shape of every package: `items`, and `total`, the number of connections
 * the API reported.
 *
 * @example
 * ```ts
 * import { listConnections, type ConnectionList } from '@opentok/session';
 * const { items, total }: ConnectionList = await listConnections(client, { sessionId });
 * ```
 */
export type ConnectionList = Page<Connection>;

/** Which session {@link listConnections} reads. */
export interface ListConnectionsParams {
  /** The session ID. */
  readonly sessionId: string;
}

function toConnection(value: unknown, operation: string): Connection {
  const field = readAnswer(value, operation, 'with an unexpected body (expected connection objects with "connectionId", "connectionState" and "createdAt")');
  const connectionState = field('connectionState', 'string');
  const known = STATES.find((state) => state.toLowerCase() === connectionState.toLowerCase());
  return { connectionId: field('connectionId', 'string'), connectionState: known ?? connectionState, createdAt: field('createdAt', 'number') };
}

/**
 * Lists the client connections of a session, with their state and connection time.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The connections and their number, as a {@link ConnectionList}.
 * @throws {@link @opentok/core!ValidationError} when the session ID is missing or malformed (before any request is sent).
 * @throws {@link @opentok/core!NotFoundError} when the session is unknown (404).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the session ID (400).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 * @throws {@link @opentok/core!InvalidResponseError} when the answer is not a connection list.
 *
 * @example
 * ```ts
 * import { listConnections } from '@opentok/session';
 * const { items } = await listConnections(client, { sessionId });
 * for (const c of items) console.log(c.connectionId, c.connectionState, new Date(c.createdAt));
 * ```
 */
export async function listConnections(client: OpenTokClient, params: ListConnectionsParams, options?: RequestOptions): Promise<ConnectionList> {
  const sessionId = checkId(checkCall(client, params, ['sessionId']).sessionId, 'sessionId');
  const hints = { 400: 'the session ID is invalid', 404: `the session was not found: ${sessionId}` };
  const answer = await request(client, { operation: 'listConnections', method: 'GET', path: sessionPath(client, sessionId, '/connection'), hints }, options);
  return readPage(answer, 'listConnections', toConnection, UNEXPECTED_LIST);
}
