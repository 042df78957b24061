import { fail } from '../kernel/errors.js';
import { uuid } from '../kernel/ids.js';
import { patchStreams, type StreamChange } from './recording-streams.js';
import type { Store } from './store.js';
import { TIMINGS } from './timings.js';
import type { BroadcastRecord, LayoutRecord, SessionRecord } from './types.js';

/** Validated options of a new broadcast. */
export type BroadcastOptions = Readonly<
  Pick<BroadcastRecord, 'hls' | 'resolution' | 'maxDuration' | 'maxBitrate' | 'hasAudio' | 'hasVideo' | 'streamMode' | 'multiBroadcastTag' | 'layout'>
> & {
  /** The RTMP targets as asked for; the record adds an ID where one is missing, and a status. */
  readonly rtmp: readonly { id?: string; serverUrl: string; streamName: string }[];
};

/** Starts a broadcast: routed session, a connection, one per session unless the `multiBroadcastTag`s differ. */
export function startBroadcast(store: Store, session: SessionRecord, options: BroadcastOptions): BroadcastRecord {
  if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate broadcasts.');
  if (session.connections.size === 0) fail(404, 'No clients are actively connected to the OpenTok session.');
  const active = store.broadcasts.activeIn(session.sessionId);
  const tag = options.multiBroadcastTag;
  if (tag === undefined ? active.size > 0 : [...active].some((b) => b.multiBroadcastTag === tag)) {
    fail(409, 'The broadcast has already started for the session; set a unique multiBroadcastTag to start another.');
  }
  const now = store.now();
  const broadcast: BroadcastRecord = {
    id: uuid(),
    apiKey: session.apiKey,
    sessionId: session.sessionId,
    createdAt: now,
    updatedAt: now,
    status: 'started',
    resolution: options.resolution,
    maxDuration: options.maxDuration,
    hasAudio: options.hasAudio,
    hasVideo: options.hasVideo,
    streamMode: options.streamMode,
    hlsStatus: 'connecting',
    rtmp: options.rtmp.map((r) => ({ id: r.id ?? uuid(), serverUrl: r.serverUrl, streamName: r.streamName, status: 'connecting' })),
    streams: [],
    reason: '',
    ...(options.hls === undefined ? {} : { hls: options.hls }),
    ...(options.maxBitrate === undefined ? {} : { maxBitrate: options.maxBitrate }),
    ...(tag === undefined ? {} : { multiBroadcastTag: tag }),
    ...(options.layout === undefined ? {} : { layout: options.layout }),
  };
  store.broadcasts.set(broadcast.id, broadcast);
  store.broadcasts.setActive(broadcast, true);
  announceBroadcast(store, broadcast);
  scheduleBroadcast(store, broadcast);
  return broadcast;
}

/** Schedules what a started broadcast leads to: outputs live {@link TIMINGS.broadcastLiveMs} after start, the stop at its maxDuration. */
export function scheduleBroadcast(store: Store, broadcast: BroadcastRecord): void {
  if (broadcast.status !== 'started') return;
  if (broadcast.hlsStatus === 'connecting') {
    store.scheduler.at(broadcast.createdAt + TIMINGS.broadcastLiveMs, () => {
      if (broadcast.status !== 'started') return;
      broadcast.hlsStatus = 'live';
      for (const target of broadcast.rtmp) target.status = 'live';
      broadcast.updatedAt = store.now();
      announceBroadcast(store, broadcast);
    });
  }
  store.scheduler.at(broadcast.createdAt + broadcast.maxDuration * 1000, () => {
    if (broadcast.status === 'started') stopBroadcast(store, broadcast, 'maximum duration exceeded');
  });
}

/** Stops a started broadcast (a 409 otherwise). */
export function stopBroadcast(store: Store, broadcast: BroadcastRecord, reason: string): BroadcastRecord {
  if (broadcast.status !== 'started') fail(409, 'The broadcast (with the specified ID) has already stopped.');
  broadcast.status = 'stopped';
  store.broadcasts.setActive(broadcast, false);
  broadcast.reason = reason;
  broadcast.hlsStatus = 'ended';
  for (const target of broadcast.rtmp) target.status = 'offline';
  broadcast.updatedAt = store.now();
  announceBroadcast(store, broadcast);
  return broadcast;
}

/** Changes the layout of a started broadcast (409 otherwise). */
export function setBroadcastLayout(store: Store, broadcast: BroadcastRecord, layout: LayoutRecord): void {
  if (broadcast.status !== 'started') fail(409, 'Conflict. The broadcast is not started.');
  broadcast.layout = layout;
  broadcast.updatedAt = store.now();
}

/** Adds a stream to, or removes one from, a manual-mode broadcast (see {@link patchStreams}). */
export function patchBroadcastStreams(store: Store, broadcast: BroadcastRecord, change: StreamChange): void {
  patchStreams(broadcast, store.sessions.get(broadcast.sessionId), change, 'broadcast');
  broadcast.updatedAt = store.now();
}

/** Announces a broadcast that started, went live or stopped. */
export function announceBroadcast(store: Store, broadcast: BroadcastRecord): void {
  store.emit({ type: 'broadcast', broadcast });
}
