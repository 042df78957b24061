import type { ArchiveRecord, AudioConnectionRecord, BroadcastRecord, CaptionsRecord, RenderRecord, SessionRecord, SignalRecord, SipCallRecord } from './types.js';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A connection of a session, as the emulator sees it. */
export interface ConnectionSnapshot {
  readonly connectionId: string;
  /** `client` (connected with a token), or the server-side participant behind it. */
  readonly kind: 'client' | 'sip' | 'websocket' | 'render';
  readonly role: string;
  readonly data: string;
  readonly createdAt: number;
}

/** A published stream, including whether it was force-muted. */
export interface StreamSnapshot {
  readonly streamId: string;
  readonly connectionId: string;
  readonly videoType: 'camera' | 'screen';
  readonly name: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly layoutClassList: readonly string[];
  readonly audioMuted: boolean;
  readonly createdAt: number;
}

/** A copy of a session's state (changing it changes nothing). */
export interface SessionSnapshot {
  readonly sessionId: string;
  readonly apiKey: string;
  readonly createdAt: number;
  readonly mediaMode: 'routed' | 'relayed';
  readonly archiveMode: 'manual' | 'always';
  readonly location: string;
  readonly e2ee: boolean;
  readonly connections: readonly ConnectionSnapshot[];
  readonly streams: readonly StreamSnapshot[];
  readonly forceMute: { readonly active: boolean; readonly excludedStreamIds: readonly string[] };
  /** DTMF digits played into the session (`connectionId` set when played to one connection). */
  readonly dtmf: readonly { readonly connectionId?: string; readonly digits: string; readonly at: number }[];
}

/** A signal delivered to one connection. */
export type SignalSnapshot = Readonly<SignalRecord>;
/** A copy of an archive's full state (including what the REST API does not show: layout, tag, maxDuration). */
export type ArchiveSnapshot = DeepReadonly<ArchiveRecord>;
/** A copy of a broadcast's full state. */
export type BroadcastSnapshot = DeepReadonly<BroadcastRecord>;
/** A copy of a SIP call's state (whether auth was sent, never the password). */
export type SipCallSnapshot = DeepReadonly<SipCallRecord>;
/** A copy of an Experience Composer render's state. */
export type RenderSnapshot = DeepReadonly<RenderRecord>;
/** A copy of an Audio Connector link's state. */
export type AudioConnectionSnapshot = DeepReadonly<AudioConnectionRecord>;
/** A copy of a Live Captions job's state. */
export type CaptionsSnapshot = DeepReadonly<CaptionsRecord>;

/** A deep copy of a JSON-shaped record. */
export function copy<T>(record: T): DeepReadonly<T> {
  return JSON.parse(JSON.stringify(record)) as DeepReadonly<T>;
}

/** A copy of a session. */
export function sessionSnapshot(session: SessionRecord): SessionSnapshot {
  return {
    sessionId: session.sessionId,
    apiKey: session.apiKey,
    createdAt: session.createdAt,
    mediaMode: session.mediaMode,
    archiveMode: session.archiveMode,
    location: session.location,
    e2ee: session.e2ee,
    connections: [...session.connections.values()].map((c) => ({ connectionId: c.connectionId, kind: c.kind, role: c.role, data: c.data, createdAt: c.createdAt })),
    streams: [...session.streams.values()].map((s) => ({
      streamId: s.streamId,
      connectionId: s.connectionId,
      videoType: s.videoType,
      name: s.name,
      hasAudio: s.hasAudio,
      hasVideo: s.hasVideo,
      layoutClassList: [...s.layoutClassList],
      audioMuted: s.audioMuted,
      createdAt: s.createdAt,
    })),
    forceMute: { active: session.forceMute.active, excludedStreamIds: [...session.forceMute.excludedStreamIds] },
    dtmf: session.dtmf.map((d) => ({ ...d })),
  };
}
