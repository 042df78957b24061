import { type OpenTokClient, RESOLUTIONS, type RequestOptions, type Resolution } from '@opentok/core';
import { checkBoolean, checkCall, checkOneOf, checkString, compact, invalid, type PatternRule, readAnswer, request, unreadable } from '@opentok/core/internal';

/**
 * How media travels: `relayed` (peer to peer where possible, the classic SDKs' default) or
 * `routed` (through the OpenTok Media Router, needed for archiving, broadcasts, SIP and force mute).
 */
export type MediaMode = 'relayed' | 'routed';

/** Whether a session is archived only on request (`manual`) or automatically (`always`). */
export type ArchiveMode = 'manual' | 'always';

const MEDIA_MODES: readonly MediaMode[] = ['relayed', 'routed'];
const ARCHIVE_MODES: readonly ArchiveMode[] = ['manual', 'always'];
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4: PatternRule = { pattern: new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`), patternRule: 'must be an IPv4 address such as "10.1.1.1"' };

/** Options of {@link createSession}; every one is optional. */
export interface CreateSessionParams {
  /** Default `relayed`. */
  readonly mediaMode?: MediaMode;
  /** Default `manual`; `always` requires `mediaMode: 'routed'`. */
  readonly archiveMode?: ArchiveMode;
  /** An IPv4 address (dotted quad) near which the session should be hosted. */
  readonly location?: string;
  /** End-to-end media encryption (must be enabled for the project). Not sent when left out. */
  readonly e2ee?: boolean;
  /** Name of the automatic archives, 1 to 80 characters; only with `archiveMode: 'always'`. */
  readonly archiveName?: string;
  /** Resolution of the automatic archives; only with `archiveMode: 'always'`. */
  readonly archiveResolution?: Resolution;
}

/**
 * A newly created session: its ID and the settings it was created with.
 *
 * @example
 * ```ts
 * import { createSession, type Session } from '@opentok/session';
 * const session: Session = await createSession(client, { mediaMode: 'routed' });
 * console.log(session.sessionId, session.mediaMode);
 * ```
 */
export interface Session {
  /** The session ID, to pass to `generateToken` and every session-scoped call. */
  readonly sessionId: string;
  /** How media travels in the session. */
  readonly mediaMode: MediaMode;
  /** Whether the session is archived automatically. */
  readonly archiveMode: ArchiveMode;
  /** Whether end-to-end media encryption was requested. */
  readonly e2ee: boolean;
  /** The location hint, when one was given. */
  readonly location?: string;
  /** The automatic archives' name, when one was given. */
  readonly archiveName?: string;
  /** The automatic archives' resolution, when one was given. */
  readonly archiveResolution?: Resolution;
}

const UNEXPECTED = 'with an unexpected body (expected a JSON array whose first object has a "session_id")';

/** The settings, checked together: automatic archiving needs a routed session, and its name and resolution need it on. */
function checkSettings(params: CreateSessionParams): CreateSessionParams {
  const { mediaMode, archiveMode, location, e2ee, archiveName, archiveResolution } = params;
  checkOneOf(mediaMode, 'mediaMode', MEDIA_MODES);
  checkOneOf(archiveMode, 'archiveMode', ARCHIVE_MODES);
  if (archiveMode === 'always' && mediaMode !== 'routed') invalid('archiveMode', 'can only be "always" when mediaMode is "routed"', archiveMode);
  if (location !== undefined) checkString(location, 'location', IPV4);
  checkBoolean(e2ee, 'e2ee');
  if (archiveName !== undefined) {
    if (archiveMode !== 'always') invalid('archiveName', 'can only be set when archiveMode is "always"', archiveName);
    checkString(archiveName, 'archiveName', { maxLength: 80 });
  }
  if (archiveResolution !== undefined) {
    if (archiveMode !== 'always') invalid('archiveResolution', 'can only be set when archiveMode is "always"', archiveResolution);
    checkOneOf(archiveResolution, 'archiveResolution', RESOLUTIONS);
  }
  return params;
}

/**
 * Creates a session (`POST /session/create`, form-encoded) and returns its ID with the settings it
 * was created with. Relayed with manual archiving unless told otherwise, as in the classic SDKs.
 *
 * @param client - The client made by `createClient`.
 * @param params - Media mode, archive mode, location hint, encryption and automatic-archive settings.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new {@link Session}.
 * @throws {@link @opentok/core!ValidationError} when a parameter is invalid (before any request is sent),
 *   e.g. `archiveMode: 'always'` without `mediaMode: 'routed'`.
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the settings (400).
 * @throws {@link @opentok/core!InvalidResponseError} when the answer is not the expected JSON array.
 * @throws {@link @opentok/core!TimeoutError}, {@link @opentok/core!NetworkError} or
 *   {@link @opentok/core!AbortError} when the request does not complete.
 *
 * @example
 * ```ts
 * import { createSession } from '@opentok/session';
 * const { sessionId } = await createSession(client, { mediaMode: 'routed', archiveMode: 'always' });
 * ```
 */
export async function createSession(client: OpenTokClient, params: CreateSessionParams = {}, options?: RequestOptions): Promise<Session> {
  const p = checkCall(client, params, ['mediaMode', 'archiveMode', 'location', 'e2ee', 'archiveName', 'archiveResolution']);
  const { mediaMode = 'relayed', archiveMode = 'manual', location, e2ee, archiveName, archiveResolution } = checkSettings(p);
  const form = {
    'p2p.preference': mediaMode === 'relayed' ? 'enabled' : 'disabled',
    archiveMode,
    location,
    e2ee: e2ee === undefined ? undefined : String(e2ee),
    archiveName,
    archiveResolution,
  };
  const answer = await request(
    client,
    { operation: 'createSession', method: 'POST', path: '/session/create', form, hints: { 400: 'the API refused the session settings' } },
    options,
  );
  const sessionId = readAnswer(Array.isArray(answer) ? answer[0] : undefined, 'createSession', UNEXPECTED)('session_id', 'string');
  if (sessionId === '') unreadable('createSession', UNEXPECTED);
  return compact({ sessionId, mediaMode, archiveMode, e2ee: e2ee ?? false, location, archiveName, archiveResolution });
}
