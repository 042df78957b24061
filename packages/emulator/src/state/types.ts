/** Internal, mutable state records. Snapshots handed out are copies (see `snapshots.ts`). */
import type { EmulatorApplication } from './credentials.js';

export type MediaMode = 'routed' | 'relayed';
export type ArchiveMode = 'manual' | 'always';
export type VideoType = 'camera' | 'screen';
export type ConnectionKind = 'client' | 'sip' | 'websocket' | 'render';

/** The `reason` of `connectionDestroyed`: why a connection ended (the client SDKs' reasons). */
export type ConnectionEndReason = 'clientDisconnected' | 'forceDisconnected' | 'networkDisconnected';
/** The `reason` of `streamDestroyed`: why a stream ended. */
export type StreamEndReason = ConnectionEndReason | 'forceUnpublished' | 'mediaStopped';

/** Every {@link ConnectionEndReason}, for checking helper input. */
export const CONNECTION_END_REASONS: readonly ConnectionEndReason[] = ['clientDisconnected', 'forceDisconnected', 'networkDisconnected'];
/** Every {@link StreamEndReason}. */
export const STREAM_END_REASONS: readonly StreamEndReason[] = [...CONNECTION_END_REASONS, 'forceUnpublished', 'mediaStopped'];

/** An OpenTok project: REST calls authenticate with an HS256 `X-OPENTOK-AUTH` JWT signed with its secret. */
export interface Project {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/**
 * A Vonage application as an owner of sessions and recordings, like a project: `apiKey` holds its
 * (lower-case) application ID, so every record and route keys it the same way.
 */
export interface ApplicationRecord {
  readonly apiKey: string;
  /** The public view: ID, public key, private key when given. */
  readonly application: EmulatorApplication;
  /** The Web Crypto key that checks its RS256 signatures, imported on first use. */
  verifyKey(): Promise<CryptoKey>;
}

/** Who owns sessions and recordings and authenticates REST calls: a project or an application. */
export type Owner = Project | ApplicationRecord;

export interface LayoutRecord {
  type: string;
  stylesheet?: string;
  screenshareType?: string;
}

export interface ConnectionRecord {
  readonly connectionId: string;
  readonly sessionId: string;
  readonly createdAt: number;
  readonly kind: ConnectionKind;
  readonly role: string;
  readonly data: string;
  /** The token's initial layout classes: every stream this connection publishes starts with them. */
  readonly initialLayoutClassList: readonly string[];
}

export interface StreamRecord {
  readonly streamId: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly createdAt: number;
  videoType: VideoType;
  name: string;
  hasAudio: boolean;
  hasVideo: boolean;
  layoutClassList: string[];
  audioMuted: boolean;
}

export interface SignalRecord {
  readonly connectionId: string;
  readonly type: string;
  readonly data: string;
  readonly at: number;
  /** Whether the signal was sent to the whole session or to this one connection. */
  readonly target: 'session' | 'connection';
}

export interface SessionRecord {
  readonly sessionId: string;
  readonly apiKey: string;
  readonly createdAt: number;
  readonly mediaMode: MediaMode;
  readonly archiveMode: ArchiveMode;
  readonly location: string;
  readonly e2ee: boolean;
  readonly archiveName?: string;
  readonly archiveResolution?: string;
  readonly connections: Map<string, ConnectionRecord>;
  readonly streams: Map<string, StreamRecord>;
  readonly signals: SignalRecord[];
  readonly dtmf: { connectionId?: string; digits: string; at: number }[];
  forceMute: { active: boolean; excludedStreamIds: string[] };
  /** The archive started by `archiveMode: always`, while it records. */
  autoArchiveId?: string;
  /** Emulator time the last connection left, while nobody is connected. */
  emptySince?: number;
}

export interface MediaStreamSelection {
  streamId: string;
  hasAudio: boolean;
  hasVideo: boolean;
}

export type ArchiveStatus = 'started' | 'paused' | 'stopped' | 'uploaded' | 'available' | 'expired' | 'failed';

/** How a transcribed archive is transcribed (the service's defaults filled in). */
export interface TranscriptionProperties {
  readonly primaryLanguageCode: string;
  readonly hasSummary: boolean;
}

export interface ArchiveRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  updatedAt: number;
  status: ArchiveStatus;
  name: string;
  reason: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly outputMode: 'composed' | 'individual';
  readonly streamMode: 'auto' | 'manual';
  readonly resolution?: string;
  layout?: LayoutRecord;
  readonly multiArchiveTag?: string;
  readonly maxBitrate?: number;
  readonly quantizationParameter?: number;
  /** Whether a transcript is made once it is recorded (individual archives with audio only). */
  readonly hasTranscription: boolean;
  readonly transcriptionProperties?: TranscriptionProperties;
  /** Whether somebody published while it recorded (absent in states exported before it was kept: taken as true). */
  recordedStreams?: boolean;
  readonly maxDuration: number;
  streams: MediaStreamSelection[];
  stoppedAt?: number;
  duration: number;
  size: number;
  available: boolean;
}

export interface RtmpRecord {
  id: string;
  serverUrl: string;
  streamName: string;
  status: 'connecting' | 'live' | 'offline' | 'error';
}

export interface BroadcastRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  updatedAt: number;
  status: 'started' | 'stopped';
  readonly resolution: string;
  readonly maxDuration: number;
  readonly maxBitrate?: number;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly streamMode: 'auto' | 'manual';
  readonly multiBroadcastTag?: string;
  layout?: LayoutRecord;
  readonly hls?: { lowLatency: boolean; dvr: boolean };
  hlsStatus: 'connecting' | 'ready' | 'live' | 'ended' | 'error';
  readonly rtmp: RtmpRecord[];
  streams: MediaStreamSelection[];
  reason: string;
}

export interface SipCallRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly streamId: string;
  readonly createdAt: number;
  readonly uri: string;
  readonly from?: string;
  readonly headers: Record<string, string>;
  readonly secure: boolean;
  readonly video: boolean;
  readonly observeForceMute: boolean;
  readonly streams?: string[];
  readonly hasAuth: boolean;
  status: 'started' | 'ended';
  readonly dtmf: string[];
}

export interface RenderRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  updatedAt: number;
  readonly url: string;
  readonly resolution: string;
  readonly maxDuration: number;
  /** `properties.name`: the name of the stream it publishes (not part of the render JSON). */
  readonly name?: string;
  readonly statusCallbackUrl?: string;
  status: 'starting' | 'started' | 'stopped' | 'failed';
  readonly connectionId: string;
  readonly streamId: string;
  reason?: string;
}

/** How audio is framed on an Audio Connector WebSocket: binary PCM (the default) or JSON messages. */
export interface AudioTransportRecord {
  readonly transport: 'binary' | 'json';
  readonly encoding?: 'base64';
  readonly audio_field?: string;
  readonly receive_audio_field?: string;
  readonly static_fields?: Readonly<Record<string, string | number | boolean>>;
}

export interface AudioConnectionRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly connectionId: string;
  readonly createdAt: number;
  readonly uri: string;
  readonly streams?: string[];
  readonly headers?: Record<string, unknown>;
  readonly audioRate: number;
  readonly bidirectional: boolean;
  /** `websocket.audioTransport` as sent (snake_case keys, as the service spells them). */
  readonly audioTransport?: AudioTransportRecord;
  status: 'connected' | 'stopped';
}

export interface CaptionsRecord {
  readonly id: string;
  readonly apiKey: string;
  readonly sessionId: string;
  readonly createdAt: number;
  updatedAt: number;
  readonly languageCode: string;
  readonly maxDuration: number;
  readonly partialCaptions: boolean;
  readonly statusCallbackUrl?: string;
  status: 'started' | 'stopped';
  reason?: string;
}
