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
  readonly serverUrl: string;
  readonly streamName: string;
  /** `connecting` when the API did not say. */
  readonly status: RtmpStatus;
}

/** Where a broadcast can be watched. */
export interface BroadcastUrls {
  /** The HLS playlist URL, when an HLS output was requested. */
  readonly hls?: string;
  readonly hlsStatus?: HlsStatus;
  /** The RTMP targets, always as an array (the API may send an id-keyed object). */
  readonly rtmp: readonly BroadcastRtmp[];
}

/** A stream included in a broadcast whose `streamMode` is `manual`. */
export interface BroadcastStream {
  readonly streamId: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
}

/** The HLS settings a broadcast was started with. */
export interface BroadcastSettings {
  readonly hls?: { readonly dvr?: boolean; readonly lowLatency?: boolean };
}

/**
 * A live-streaming broadcast, as the API describes it. Fields the API left out take the API's
 * defaults (`maxDuration` 7200, `resolution` `640x480`, `hasAudio`/`hasVideo` true,
 * `streamMode` `auto`, `streams` empty).
 */
export interface Broadcast {
  readonly id: string;
  readonly sessionId: string;
  /** The API key of the project, as a string. */
  readonly projectId: string;
  /** Creation time, ms since the epoch. */
  readonly createdAt: number;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  readonly resolution: Resolution;
  readonly status: BroadcastStatus;
  /** Seconds after which the broadcast stops by itself. */
  readonly maxDuration: number;
  /** Maximum video bitrate in bits per second, when one was set. */
  readonly maxBitrate?: number;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly streamMode: StreamMode;
  /** The streams included by hand (only for `streamMode: 'manual'` while started). */
  readonly streams: readonly BroadcastStream[];
  /** Only in the answer of `startBroadcast` (the API does not echo it later). */
  readonly multiBroadcastTag?: string;
  readonly settings?: BroadcastSettings;
  readonly broadcastUrls: BroadcastUrls;
}
