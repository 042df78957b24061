import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { patchStreams, type StreamChange } from './recording-streams.js';
import type { Store } from './store.js';
import { TIMINGS } from './timings.js';
import type { ArchiveRecord, LayoutRecord, SessionRecord } from './types.js';

/** Validated options of a new archive. */
export type ArchiveOptions = Readonly<
  Pick<
    ArchiveRecord,
    | 'hasAudio'
    | 'hasVideo'
    | 'outputMode'
    | 'streamMode'
    | 'resolution'
    | 'layout'
    | 'multiArchiveTag'
    | 'maxBitrate'
    | 'quantizationParameter'
    | 'hasTranscription'
    | 'transcriptionProperties'
    | 'maxDuration'
  >
> & { readonly name?: string };

const ACTIVE = new Set(['started', 'paused']);

/** Whether an archive is still recording (started or paused). */
export function isRecording(archive: ArchiveRecord): boolean {
  return ACTIVE.has(archive.status);
}

/**
 * Starts an archive of `session`, applying the service's rules: routed session, at least one
 * connection, one active archive per session unless the `multiArchiveTag`s differ.
 */
export function startArchive(store: Store, session: SessionRecord, options: ArchiveOptions): ArchiveRecord {
  if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate archives.');
  if (session.connections.size === 0) fail(404, 'No clients are actively connected to the OpenTok session.');
  const active = store.archives.activeIn(session.sessionId);
  const tag = options.multiArchiveTag;
  if (tag === undefined && active.size > 0) {
    fail(409, 'Conflict. The session is already being recorded; set a unique multiArchiveTag to record it simultaneously.');
  }
  if (tag !== undefined && [...active].some((a) => a.multiArchiveTag === tag)) {
    fail(409, `Conflict. An archive with multiArchiveTag "${tag}" is already recording this session.`);
  }
  const now = store.now();
  const archive: ArchiveRecord = {
    id: uuid(),
    apiKey: session.apiKey,
    sessionId: session.sessionId,
    createdAt: now,
    updatedAt: now,
    status: 'started',
    name: options.name ?? '',
    reason: '',
    hasAudio: options.hasAudio,
    hasVideo: options.hasVideo,
    outputMode: options.outputMode,
    streamMode: options.streamMode,
    hasTranscription: options.hasTranscription,
    recordedStreams: false,
    maxDuration: options.maxDuration,
    streams: [],
    duration: 0,
    size: 0,
    available: false,
    ...(options.resolution === undefined ? {} : { resolution: options.resolution }),
    ...(options.layout === undefined ? {} : { layout: options.layout }),
    ...(tag === undefined ? {} : { multiArchiveTag: tag }),
    ...(options.maxBitrate === undefined ? {} : { maxBitrate: options.maxBitrate }),
    ...(options.quantizationParameter === undefined ? {} : { quantizationParameter: options.quantizationParameter }),
    ...(options.transcriptionProperties === undefined ? {} : { transcriptionProperties: options.transcriptionProperties }),
  };
  store.archives.set(archive.id, archive);
  store.archives.setActive(archive, true);
  announceArchive(store, archive);
  scheduleArchive(store, archive);
  return archive;
}

/** Schedules what an archive's state leads to: the stop at its maxDuration while it records, `available` once stopped. */
export function scheduleArchive(store: Store, archive: ArchiveRecord): void {
  if (isRecording(archive)) {
    store.scheduler.at(archive.createdAt + archive.maxDuration * 1000, () => {
      if (isRecording(archive) && store.archives.get(archive.id) === archive) stopArchive(store, archive, 'maximum duration exceeded');
    });
  } else if (archive.status === 'stopped') {
    store.scheduler.at((archive.stoppedAt ?? archive.updatedAt) + TIMINGS.archiveProcessingMs, () => {
      if (archive.status !== 'stopped' || store.archives.get(archive.id) !== archive) return;
      archive.status = 'available';
      archive.available = true;
      archive.size = archiveFile(archive).byteLength;
      archive.updatedAt = store.now();
      announceArchive(store, archive);
    });
  }
}

/**
 * Pauses the recording archives of a session in which nobody publishes a stream (the service records nothing
 * then), and resumes paused ones once somebody does; each change is announced.
 */
export function followStreams(store: Store, session: SessionRecord): void {
  const publishing = session.streams.size > 0;
  for (const archive of store.archives.activeIn(session.sessionId)) {
    if (publishing) archive.recordedStreams = true;
    const status = publishing ? 'started' : 'paused';
    if (archive.status === status) continue;
    archive.status = status;
    archive.updatedAt = store.now();
    announceArchive(store, archive);
  }
}

/** Stops a recording archive; it becomes `available` {@link TIMINGS.archiveProcessingMs} later. */
export function stopArchive(store: Store, archive: ArchiveRecord, reason: string): ArchiveRecord {
  if (!isRecording(archive)) fail(409, 'Conflict. You are trying to stop an archive that is not recording.');
  const now = store.now();
  archive.status = 'stopped';
  archive.reason = reason;
  archive.stoppedAt = now;
  archive.updatedAt = now;
  archive.duration = Math.round((now - archive.createdAt) / 1000);
  store.archives.setActive(archive, false);
  const session = store.sessions.get(archive.sessionId);
  if (session?.autoArchiveId === archive.id) delete session.autoArchiveId;
  announceArchive(store, archive);
  scheduleArchive(store, archive);
  return archive;
}

/** Deletes an archive; one that is recording cannot be (409: stop it first). */
export function deleteArchive(store: Store, archive: ArchiveRecord): void {
  if (isRecording(archive)) fail(409, 'Conflict. You cannot delete an archive that is recording; stop it first.');
  store.archives.delete(archive.id);
}

/** Changes the layout of a composed archive (400 for an individual one) while it records (409 otherwise). */
export function setArchiveLayout(store: Store, archive: ArchiveRecord, layout: LayoutRecord): void {
  if (archive.outputMode !== 'composed') fail(400, 'Invalid request: layouts only apply to composed archives.');
  if (!isRecording(archive)) fail(409, 'Conflict. The archive is not recording.');
  archive.layout = layout;
  archive.updatedAt = store.now();
}

/** Adds a stream to, or removes one from, a manual-mode archive (see {@link patchStreams}). */
export function patchArchiveStreams(store: Store, archive: ArchiveRecord, change: StreamChange): void {
  patchStreams(archive, store.sessions.get(archive.sessionId), change, 'archive');
  archive.updatedAt = store.now();
}

/** Announces an archive's (new) status. */
export function announceArchive(store: Store, archive: ArchiveRecord): void {
  store.emit({ type: 'archive', archive });
}

/** Why the transcription of an archive in which nobody published fails. */
export const NOTHING_TO_TRANSCRIBE = 'no audio was recorded (nobody published while the archive recorded)';

/**
 * Where the transcription of a transcribed archive stands: `requested` until the archive is available, then
 * `available`, or `failed` when nobody published while it recorded.
 */
export function transcriptionStatus(archive: ArchiveRecord): 'requested' | 'available' | 'failed' {
  if (!archive.available) return 'requested';
  return archive.recordedStreams === false ? 'failed' : 'available';
}

/** The transcript served at an available transcription's `url` (a small placeholder JSON file, not a real transcript). */
export function transcriptFile(archive: ArchiveRecord): string {
  const { primaryLanguageCode = 'en-US', hasSummary = false } = archive.transcriptionProperties ?? {};
  return JSON.stringify({
    archiveId: archive.id,
    sessionId: archive.sessionId,
    primaryLanguageCode,
    hasSummary,
    transcript: [],
    ...(hasSummary ? { summary: '' } : {}),
  });
}

/** The bytes served at an available archive's `url` (a small placeholder file, not real media). */
export function archiveFile(archive: ArchiveRecord): Uint8Array<ArrayBuffer> {
  const text = `OpenTok emulator archive ${archive.id}\nsession ${archive.sessionId}\noutputMode ${archive.outputMode}\nduration ${archive.duration}s\n`;
  return new TextEncoder().encode(text);
}
