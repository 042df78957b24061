import { encodeSessionId } from '@opentok/core';
import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { followStreams, startArchive, stopArchive } from './archives.js';
import { setRenderStatus } from './render-status.js';
import { announceConnection, announceSession, announceStream } from './session-monitoring.js';
import { announceSipCall } from './sip-call-status.js';
import type { Store } from './store.js';
import { TIMINGS } from './timings.js';
import type {
  ArchiveRecord,
  ConnectionEndReason,
  ConnectionKind,
  ConnectionRecord,
  Owner,
  SessionRecord,
  SignalRecord,
  StreamEndReason,
  StreamRecord,
  VideoType,
} from './types.js';

/** Validated options of a new session. */
export type SessionOptions = Pick<SessionRecord, 'mediaMode' | 'archiveMode' | 'location' | 'e2ee' | 'archiveName' | 'archiveResolution'>;

/** Creates a session with an ID in the service's `1_MX4…` format. */
export function createSession(store: Store, project: Owner, options: SessionOptions): SessionRecord {
  const createdAt = store.now();
  const sessionId = encodeSessionId({ apiKey: project.apiKey, location: options.location, createdAt });
  const session: SessionRecord = {
    sessionId,
    apiKey: project.apiKey,
    createdAt,
    mediaMode: options.mediaMode,
    archiveMode: options.archiveMode,
    location: options.location,
    e2ee: options.e2ee,
    connections: new Map(),
    streams: new Map(),
    signals: [],
    dtmf: [],
    forceMute: { active: false, excludedStreamIds: [] },
    ...(options.archiveName === undefined ? {} : { archiveName: options.archiveName }),
    ...(options.archiveResolution === undefined ? {} : { archiveResolution: options.archiveResolution }),
  };
  store.sessions.set(sessionId, session);
  let owned = store.sessionsByOwner.get(project.apiKey);
  if (owned === undefined) {
    owned = new Set();
    store.sessionsByOwner.set(project.apiKey, owned);
  }
  owned.add(sessionId);
  if (store.limits.readAfterWriteLagMs > 0) store.lagging.set(sessionId, createdAt + store.limits.readAfterWriteLagMs);
  return session;
}

/**
 * Adds a connection (announced, after `sessionCreated` for the first one); the first one starts the archive of
 * an `archiveMode: always` session (paused until somebody publishes) and cancels the stop of archives that
 * a session nobody was in would have had.
 */
export function addConnection(
  store: Store,
  session: SessionRecord,
  kind: ConnectionKind,
  details: { role?: string; data?: string; initialLayoutClassList?: readonly string[] } = {},
): ConnectionRecord {
  const connection: ConnectionRecord = {
    connectionId: uuid(),
    sessionId: session.sessionId,
    createdAt: store.now(),
    kind,
    role: details.role ?? 'publisher',
    data: details.data ?? '',
    initialLayoutClassList: details.initialLayoutClassList ?? [],
  };
  session.connections.set(connection.connectionId, connection);
  if (session.connections.size === 1) announceSession(store, session, true);
  announceConnection(store, session, connection);
  delete session.emptySince;
  if (session.archiveMode === 'always' && session.connections.size === 1 && session.autoArchiveId === undefined) {
    const archive = startArchive(store, session, {
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      streamMode: 'auto',
      hasTranscription: false,
      resolution: session.archiveResolution ?? '640x480',
      maxDuration: TIMINGS.archiveMaxDurationS,
      ...(session.archiveName === undefined ? {} : { name: session.archiveName }),
    });
    session.autoArchiveId = archive.id;
    followStreams(store, session);
  }
  return connection;
}

/** The connection `connectionId` of `session`, or a 404. */
export function getConnection(session: SessionRecord, connectionId: string): ConnectionRecord {
  const connection = session.connections.get(connectionId);
  if (connection === undefined) fail(404, `Not found. No connection ${connectionId} is connected to the session.`);
  return connection;
}

/**
 * Removes a connection and its streams (announced with `reason`); ends the SIP call, Audio Connector link
 * or render behind it; the last one to leave ends the session (`sessionDestroyed`) and stops the automatic
 * archive.
 */
export function removeConnection(store: Store, session: SessionRecord, connectionId: string, reason: ConnectionEndReason = 'clientDisconnected'): void {
  const connection = getConnection(session, connectionId);
  for (const stream of [...session.streams.values()]) {
    if (stream.connectionId === connectionId) removeStream(store, session, stream.streamId, reason);
  }
  session.connections.delete(connectionId);
  announceConnection(store, session, connection, reason);
  for (const call of store.sipCalls.ofSession(session.sessionId)) {
    if (call.connectionId === connectionId && call.status === 'started') {
      call.status = 'ended';
      announceSipCall(store, call, 'destroyed');
    }
  }
  for (const link of store.audioConnections.ofSession(session.sessionId)) if (link.connectionId === connectionId) link.status = 'stopped';
  for (const render of store.renders.ofSession(session.sessionId)) {
    if (render.connectionId === connectionId && render.status !== 'stopped' && render.status !== 'failed')
      setRenderStatus(store, render, 'stopped', 'Render disconnected from the session');
  }
  if (session.connections.size === 0) {
    announceSession(store, session, false);
    emptied(store, session, store.now());
  }
}

/**
 * The last connection left: the automatic archive stops; other archives (paused already, as nobody publishes)
 * stop if nobody comes back within {@link TIMINGS.archivePauseTimeoutMs}.
 */
function emptied(store: Store, session: SessionRecord, now: number): void {
  session.emptySince = now;
  for (const archive of [...store.archives.activeIn(session.sessionId)]) {
    if (archive.id === session.autoArchiveId) {
      stopArchive(store, archive, 'session ended');
      continue;
    }
    scheduleEmptyStop(store, session, archive, now);
  }
}

/** Stops `archive` {@link TIMINGS.archivePauseTimeoutMs} after its session emptied at `since`, unless somebody came back. */
export function scheduleEmptyStop(store: Store, session: SessionRecord, archive: ArchiveRecord, since: number): void {
  store.scheduler.at(since + TIMINGS.archivePauseTimeoutMs, () => {
    if (archive.status === 'paused' && session.emptySince === since && store.sessions.get(session.sessionId) === session)
      stopArchive(store, archive, 'session ended');
  });
}

/** Validated options of a published stream. */
export interface StreamOptions {
  readonly videoType: VideoType;
  readonly name: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
}

/** Publishes a stream from a connection (announced); it is muted at once while "mute all" is active and it is not excluded. */
export function addStream(store: Store, session: SessionRecord, connectionId: string, options: StreamOptions): StreamRecord {
  const connection = getConnection(session, connectionId);
  const stream: StreamRecord = {
    streamId: uuid(),
    sessionId: session.sessionId,
    connectionId,
    createdAt: store.now(),
    videoType: options.videoType,
    name: options.name,
    hasAudio: options.hasAudio,
    hasVideo: options.hasVideo,
    layoutClassList: [...connection.initialLayoutClassList],
    audioMuted: false,
  };
  stream.audioMuted = session.forceMute.active && !session.forceMute.excludedStreamIds.includes(stream.streamId);
  session.streams.set(stream.streamId, stream);
  announceStream(store, session, stream);
  followStreams(store, session);
  return stream;
}

/** The stream `streamId` of `session`, or a 404. */
export function getStream(session: SessionRecord, streamId: string): StreamRecord {
  const stream = session.streams.get(streamId);
  if (stream === undefined) fail(404, `Not found. No stream ${streamId} in the session.`);
  return stream;
}

/** Sets the layout class lists of streams (each change names a stream of the session, found beforehand). */
export function setStreamClassLists(changes: readonly { readonly stream: StreamRecord; readonly classes: readonly string[] }[]): void {
  for (const { stream, classes } of changes) stream.layoutClassList = [...classes];
}

/** Unpublishes a stream (announced with `reason`) and drops it from manual-mode archives and broadcasts. */
export function removeStream(store: Store, session: SessionRecord, streamId: string, reason: StreamEndReason = 'clientDisconnected'): void {
  const stream = getStream(session, streamId);
  announceStream(store, session, stream, reason);
  session.streams.delete(streamId);
  for (const recording of [...store.archives.activeIn(session.sessionId), ...store.broadcasts.activeIn(session.sessionId)]) {
    if (recording.streams.length > 0) recording.streams = recording.streams.filter((s) => s.streamId !== streamId);
  }
  followStreams(store, session);
}

/** Keeps a signal a session received: the last `signalsPerSession` are kept (trimmed in batches, so a signal costs O(1)). */
export function recordSignal(store: Store, session: SessionRecord, signal: SignalRecord): void {
  const limit = store.limits.signalsPerSession;
  session.signals.push(signal);
  if (session.signals.length >= limit * 2) session.signals.splice(0, session.signals.length - limit);
}

/** The signals a session keeps, oldest first (at most `signalsPerSession`). */
export function keptSignals(store: Store, session: SessionRecord): readonly SignalRecord[] {
  const limit = store.limits.signalsPerSession;
  return session.signals.length > limit ? session.signals.slice(-limit) : session.signals;
}
