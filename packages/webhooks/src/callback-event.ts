/**
 * Members every callback body may carry beyond the ones its type names: the service adds fields over time, and
 * `parseCallback` keeps them, typed `unknown`.
 */
export interface UnknownFields {
  readonly [field: string]: unknown;
}

// ---- session monitoring -----------------------------------------------------------------------------

/** A client connection as session-monitoring callbacks describe it. */
export interface CallbackConnection extends UnknownFields {
  /** The connection ID (a UUID). */
  readonly id: string;
  /** When the client connected, epoch milliseconds. */
  readonly createdAt: number;
  /** The connection data of the client's token. */
  readonly data?: string | null;
}

/** What a stream carries: a camera, a screen share or a custom video source. */
export type StreamVideoType = 'camera' | 'screen' | 'custom';

/** A published stream as session-monitoring callbacks describe it. */
export interface CallbackStream extends UnknownFields {
  /** The stream ID. */
  readonly id: string;
  /** The connection that publishes it. */
  readonly connection: CallbackConnection;
  /** When it was published, epoch milliseconds. */
  readonly createdAt: number;
  /** The name the publisher gave it. */
  readonly name?: string | null;
  /** Its video source; other values may appear. */
  readonly videoType?: StreamVideoType | (string & {}) | null;
}

/** The envelope of the six session-monitoring events. */
export interface SessionMonitoringFields<Name extends string> extends UnknownFields {
  /** The event name. */
  readonly kind: Name;
  /** The event name, as the body carries it. */
  readonly event: Name;
  /** The session the event happened in. */
  readonly sessionId: string;
  /** The API key of the project (documented for OpenTok projects; not determined for Vonage applications). */
  readonly projectId?: string | null;
  /** When it happened, epoch milliseconds. */
  readonly timestamp: number;
}

/** The first client connected to a session. */
export type SessionCreatedEvent = SessionMonitoringFields<'sessionCreated'>;

/** Every client has left a session (clients may connect to it again later). */
export type SessionDestroyedEvent = SessionMonitoringFields<'sessionDestroyed'>;

/** A client connected. */
export interface ConnectionCreatedEvent extends SessionMonitoringFields<'connectionCreated'> {
  /** The new connection. */
  readonly connection: CallbackConnection;
}

/** Why a connection ended (the client SDKs' reasons; other values may appear). */
export type ConnectionDestroyedReason = 'clientDisconnected' | 'forceDisconnected' | 'networkDisconnected';

/** A client disconnected. */
export interface ConnectionDestroyedEvent extends SessionMonitoringFields<'connectionDestroyed'> {
  /** The connection that ended. */
  readonly connection: CallbackConnection;
  /** Why it ended. */
  readonly reason?: ConnectionDestroyedReason | (string & {}) | null;
}

/** A client published a stream. */
export interface StreamCreatedEvent extends SessionMonitoringFields<'streamCreated'> {
  /** The new stream. */
  readonly stream: CallbackStream;
}

/** Why a stream ended (the client SDKs' reasons; other values may appear). */
export type StreamDestroyedReason = 'clientDisconnected' | 'forceDisconnected' | 'forceUnpublished' | 'mediaStopped' | 'networkDisconnected';

/** A stream stopped (unpublished, or its client left). */
export interface StreamDestroyedEvent extends SessionMonitoringFields<'streamDestroyed'> {
  /** The stream that ended. */
  readonly stream: CallbackStream;
  /** Why it ended. */
  readonly reason?: StreamDestroyedReason | (string & {}) | null;
}

// ---- archive, broadcast, Experience Composer, Live Captions -------------------------------------------

/** What the status callbacks (archive, broadcast, render, captions) share. */
export interface StatusCallbackFields<Status extends string> extends UnknownFields {
  /** The new status; other values may appear. */
  readonly status: Status | (string & {});
  /** The session it records, streams, renders into or captions. */
  readonly sessionId: string;
  /** When it was created, epoch milliseconds. */
  readonly createdAt?: number | null;
  /** When it last changed, epoch milliseconds. */
  readonly updatedAt?: number | null;
  /** The Vonage application it belongs to (Vonage applications only). */
  readonly applicationId?: string | null;
  /** Why it stopped or failed, e.g. `"user initiated"`, `"maximum duration exceeded"`, an error text. */
  readonly reason?: string | null;
}

/** What the archive, broadcast and render JSON share besides. */
export interface ResourceCallbackFields<Status extends string> extends StatusCallbackFields<Status> {
  /** Its ID. */
  readonly id: string;
  /** The project: a string or a number, as the service sends it. */
  readonly projectId?: string | number | null;
  /** The API key of an OpenTok project, as a number. */
  readonly partnerId?: number | null;
  /** The video resolution, e.g. `"1280x720"`. */
  readonly resolution?: string | null;
}

/** An archive's status. */
export type ArchiveCallbackStatus = 'started' | 'paused' | 'stopped' | 'uploaded' | 'available' | 'expired' | 'failed';

/**
 * An archive changed status: the body is the archive JSON with `"event": "archive"`. The other fields of the
 * archive JSON (`outputMode`, `hasAudio`, `sha256sum`, …) are kept, typed `unknown`.
 */
export interface ArchiveEvent extends ResourceCallbackFields<ArchiveCallbackStatus> {
  /** `archive`. */
  readonly kind: 'archive';
  /** `archive`, as the body carries it. */
  readonly event: 'archive';
  /** When recording started, epoch milliseconds. */
  readonly createdAt: number;
  /** The name given at start. */
  readonly name?: string | null;
  /** Recorded length in seconds. */
  readonly duration?: number | null;
  /** File size in bytes. */
  readonly size?: number | string | null;
  /** The download URL, once `available` (and only when the archive is not uploaded to your own storage). */
  readonly url?: string | null;
}

/** A broadcast's status. */
export type BroadcastCallbackStatus = 'started' | 'stopped';

/** The outputs of a broadcast in a broadcast callback; `rtmp` (an array or an ID-keyed object) is kept untyped. */
export interface BroadcastCallbackUrls extends UnknownFields {
  /** The HLS playlist URL. */
  readonly hls?: string | null;
  /** The state of the HLS output. */
  readonly hlsStatus?: string | null;
}

/**
 * A broadcast changed: the body is the broadcast JSON with `"event": "broadcast"` (shape inferred, see the
 * README). Its other fields (`streamMode`, `hasAudio`, …) are kept, typed `unknown`.
 */
export interface BroadcastEvent extends ResourceCallbackFields<BroadcastCallbackStatus> {
  /** `broadcast`. */
  readonly kind: 'broadcast';
  /** `broadcast`, as the body carries it. */
  readonly event: 'broadcast';
  /** The longest it may run, in seconds. */
  readonly maxDuration?: number | null;
  /** Its outputs. */
  readonly broadcastUrls?: BroadcastCallbackUrls | null;
}

/** An Experience Composer's status. */
export type RenderCallbackStatus = 'starting' | 'started' | 'stopped' | 'failed';

/** An Experience Composer changed status: the body is the render JSON with `"event": "render"`. */
export interface RenderEvent extends ResourceCallbackFields<RenderCallbackStatus> {
  /** `render`. */
  readonly kind: 'render';
  /** `render`, as the body carries it. */
  readonly event: 'render';
  /** The page it renders. */
  readonly url?: string | null;
  /** The stream it publishes into the session. */
  readonly streamId?: string | null;
}

/** A Live Captions status. */
export type CaptionsCallbackStatus = 'started' | 'stopped' | 'paused' | 'failed';

/**
 * Live captions started, stopped, paused or failed. The service's body is not documented: this is the captions
 * status object of the REST API, recognised by its `captionId` (see the README).
 */
export interface CaptionsEvent extends StatusCallbackFields<CaptionsCallbackStatus> {
  /** `captions`. */
  readonly kind: 'captions';
  /** The captions ID. */
  readonly captionId: string;
  /** Seconds captioned. */
  readonly duration?: number | null;
  /** The spoken language, e.g. `"en-US"`. */
  readonly languageCode?: string | null;
  /** The transcription provider, e.g. `"aws-transcribe"`. */
  readonly provider?: string | null;
}

/**
 * A callback of no family this package knows: SIP call events, `session_notification` and anything new. The
 * body is kept whole.
 */
export interface UnknownCallbackEvent extends UnknownFields {
  /** `unknown`. */
  readonly kind: 'unknown';
  /** Whatever the body carried as `event`, if anything. */
  readonly event?: unknown;
}

/** Every callback `parseCallback` and `verifyCallback` return, told apart by `kind`. */
export type CallbackEvent =
  | SessionCreatedEvent
  | SessionDestroyedEvent
  | ConnectionCreatedEvent
  | ConnectionDestroyedEvent
  | StreamCreatedEvent
  | StreamDestroyedEvent
  | ArchiveEvent
  | BroadcastEvent
  | RenderEvent
  | CaptionsEvent
  | UnknownCallbackEvent;
