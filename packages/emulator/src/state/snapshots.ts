import type { SessionRecord } from './types.js';

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
export interface SignalSnapshot {
  /** The connection it was delivered to. */
  readonly connectionId: string;
  readonly type: string;
  readonly data: string;
  /** Emulator time of delivery, epoch ms. */
  readonly at: number;
  /** Sent to the whole session or to this one connection. */
  readonly target: 'session' | 'connection';
}

/** Which streams a manual-mode archive or broadcast includes, with which media. */
export interface StreamSelection {
  readonly streamId: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
}

/** A layout of a composed archive or a broadcast. */
export interface LayoutSnapshot {
  readonly type: string;
  readonly stylesheet?: string;
  readonly screenshareType?: string;
}

/** A copy of an archive's full state, including what the REST API does not show (layout, tag, maxDuration). */
export interface ArchiveSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly status: 'started' | 'paused' | 'stopped' | 'uploaded' | 'available' | 'expired' | 'failed';
  readonly name: string;
  readonly reason: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly outputMode: 'composed' | 'individual';
  readonly streamMode: 'auto' | 'manual';
  readonly resolution?: string;
  readonly layout?: LayoutSnapshot;
  readonly multiArchiveTag?: string;
  readonly maxBitrate?: number;
  readonly quantizationParameter?: number;
  /** Whether a transcript is made (individual archives with audio only). */
  readonly hasTranscription: boolean;
  /** How it is transcribed, when it is (service defaults filled in: `en-US`, no summary). */
  readonly transcriptionProperties?: { readonly primaryLanguageCode: string; readonly hasSummary: boolean };
  /** Whether somebody published while it recorded: a transcription fails when nobody did. */
  readonly recordedStreams?: boolean;
  /** Seconds after which it stops by itself. */
  readonly maxDuration: number;
  /** The streams of a manual-mode archive. */
  readonly streams: readonly StreamSelection[];
  readonly stoppedAt?: number;
  /** Seconds recorded (set on stop). */
  readonly duration: number;
  /** Bytes of the file (set when available). */
  readonly size: number;
  readonly available: boolean;
}

/** An RTMP output of a broadcast. */
export interface RtmpSnapshot {
  readonly id: string;
  readonly serverUrl: string;
  readonly streamName: string;
  readonly status: 'connecting' | 'live' | 'offline' | 'error';
}

/** A copy of a broadcast's full state. */
export interface BroadcastSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly status: 'started' | 'stopped';
  readonly resolution: string;
  readonly maxDuration: number;
  readonly maxBitrate?: number;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly streamMode: 'auto' | 'manual';
  readonly multiBroadcastTag?: string;
  readonly layout?: LayoutSnapshot;
  /** HLS settings, when it has an HLS output. */
  readonly hls?: { readonly lowLatency: boolean; readonly dvr: boolean };
  readonly hlsStatus: 'connecting' | 'ready' | 'live' | 'ended' | 'error';
  readonly rtmp: readonly RtmpSnapshot[];
  readonly streams: readonly StreamSelection[];
  readonly reason: string;
}

/** A copy of a SIP call's state (whether auth was sent, never the password). */
export interface SipCallSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly streamId: string;
  readonly createdAt: number;
  readonly uri: string;
  readonly from?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly secure: boolean;
  readonly video: boolean;
  readonly observeForceMute: boolean;
  readonly streams?: readonly string[];
  readonly hasAuth: boolean;
  readonly status: 'started' | 'ended';
  /** DTMF digit strings played into the call. */
  readonly dtmf: readonly string[];
}

/** A copy of an Experience Composer render's state. */
export interface RenderSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly url: string;
  readonly resolution: string;
  readonly maxDuration: number;
  /** `properties.name`: the name of the stream it publishes. */
  readonly name?: string;
  readonly statusCallbackUrl?: string;
  readonly status: 'starting' | 'started' | 'stopped' | 'failed';
  /** The connection and stream it publishes into the session. */
  readonly connectionId: string;
  readonly streamId: string;
  readonly reason?: string;
}

/** A copy of an Audio Connector link's state. */
export interface AudioConnectionSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly createdAt: number;
  readonly uri: string;
  readonly streams?: readonly string[];
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly audioRate: number;
  readonly bidirectional: boolean;
  /** `websocket.audioTransport` as sent, with its snake_case keys (absent: binary frames). */
  readonly audioTransport?: {
    readonly transport: 'binary' | 'json';
    readonly encoding?: 'base64';
    readonly audio_field?: string;
    readonly receive_audio_field?: string;
    readonly static_fields?: Readonly<Record<string, string | number | boolean>>;
  };
  readonly status: 'connected' | 'stopped';
}

/** A copy of a Live Captions job's state. */
export interface CaptionsSnapshot {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly languageCode: string;
  readonly maxDuration: number;
  readonly partialCaptions: boolean;
  readonly statusCallbackUrl?: string;
  readonly status: 'started' | 'stopped';
  readonly reason?: string;
}

/** A deep copy of a JSON-shaped record, typed as its snapshot. */
export function copy<S>(record: object): S {
  return JSON.parse(JSON.stringify(record)) as S;
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
    connections: [...session.connections.values()].map((c) => ({
      connectionId: c.connectionId,
      kind: c.kind,
      role: c.role,
      data: c.data,
      createdAt: c.createdAt,
    })),
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
