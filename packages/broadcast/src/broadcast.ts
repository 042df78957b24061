import type { Resolution, StreamMode } from '@opentok/core';

/** Whether a broadcast is running. */
export type BroadcastStatus = 'started' | 'stopped';

/** State of the HLS output: `connecting` at first, then `ready`, `live`, `ended` or `error`. */
export type HlsStatus = 'connecting' | 'ready' | 'live' | 'ended' | 'error';

/** State of one RTMP output: `connecting` at first, then `live`, `offline` or `error`. */
export type RtmpStatus = 'connecting' | 'live' | 'offline' | 'error';

/** One RTMP target of a running broadcast. */
export interface BroadcastRtmp {
  /** The ID given at start (or the key of the API's id-keyed object); absent when none was given. */
  readonly id?: string;
  /** The RTMP server URL. */
  readonly serverUrl: string;
  /** The stream name (or key) on that server. */
  readonly streamName: string;
  /** `connecting` when the API did not say. */
  readonly status: RtmpStatus;
}

/** Where a broadcast can be watched. */
export interface BroadcastUrls {
  /** The HLS playlist URL, when an HLS output was requested. */
  readonly hls?: string;
  /** The state of the HLS output. */
  readonly hlsStatus?: HlsStatus;
  /** The RTMP targets, always as an array (the API may send an id-keyed object). */
  readonly rtmp: readonly BroadcastRtmp[];
}

/** A stream included in a broadcast whose `streamMode` is `manual`. */
export interface BroadcastStream {
  /** The stream's ID in the session. */
  readonly streamId: string;
  /** Whether its audio is included. */
  readonly hasAudio: boolean;
  /** Whether its video is included. */
  readonly hasVideo: boolean;
}

/** The HLS settings a broadcast was started with. */
export interface BroadcastSettings {
  /** The HLS options: DVR and low latency. */
  readonly hls?: { readonly dvr?: boolean; readonly lowLatency?: boolean };
}

/**
 * A live-streaming broadcast, as the API describes it. Fields the API left out take the API's
 * defaults (`maxDuration` 7200, `resolution` `640x480`, `hasAudio`/`hasVideo` true,
 * `streamMode` `auto`, `streams` empty).
 */
export interface Broadcast {
  /** The broadcast's ID. */
  readonly id: string;
  /** The session being broadcast. */
  readonly sessionId: string;
  /** The owner: the project's API key or the Vonage application's ID, as a string. */
  readonly projectId: string;
  /** Creation time, ms since the epoch. */
  readonly createdAt: number;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  /** The video resolution. */
  readonly resolution: Resolution;
  /** Whether the broadcast is running. */
  readonly status: BroadcastStatus;
  /** Seconds after which the broadcast stops by itself. */
  readonly maxDuration: number;
  /** Maximum video bitrate in bits per second, when one was set. */
  readonly maxBitrate?: number;
  /** Whether the broadcast includes audio. */
  readonly hasAudio: boolean;
  /** Whether the broadcast includes video. */
  readonly hasVideo: boolean;
  /** `auto`: every stream is included; `manual`: only those added with `addBroadcastStream`. */
  readonly streamMode: StreamMode;
  /** The streams included by hand (only for `streamMode: 'manual'` while started). */
  readonly streams: readonly BroadcastStream[];
  /** Only in the answer of `startBroadcast` (the API does not echo it later). */
  readonly multiBroadcastTag?: string;
  /** The HLS settings, when the API reports them. */
  readonly settings?: BroadcastSettings;
  /** Where the broadcast can be watched: the HLS URL and the RTMP targets with their states. */
  readonly broadcastUrls: BroadcastUrls;
}
