import type { Page, Resolution, StreamMode } from '@opentok/core';

/**
 * Where an archive is in its lifecycle: `started` (recording), `paused` (no streams published),
 * `stopped`, `uploaded` (to your own storage target), `available` (downloadable from OpenTok),
 * `expired` (past the 72-hour download window), `failed`.
 */
export type ArchiveStatus = 'started' | 'stopped' | 'paused' | 'uploaded' | 'available' | 'expired' | 'failed';

/** `composed`: one file mixing every stream; `individual`: one file per stream (a ZIP). */
export type OutputMode = 'composed' | 'individual';

/** A stream in a `manual` stream-mode archive and what of it is recorded. */
export interface ArchiveStream {
  readonly streamId: string;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
}

/**
 * An archive, as returned by every archive operation: the API's JSON (camelCase), normalised so
 * that every field has one type whichever API version answered (see the package README).
 */
export interface Archive {
  /** The archive ID (a UUID). */
  readonly id: string;
  readonly status: ArchiveStatus;
  /** The name given at start, or `null` when none was (some API versions answer `""`, kept as is). */
  readonly name: string | null;
  /** Why the archive stopped or failed (`"user initiated"`, `"maximum duration exceeded"`...); `""` otherwise. */
  readonly reason: string;
  readonly sessionId: string;
  /** The API key of the project, always a string (older answers call it `partnerId` and send a number). */
  readonly projectId: string;
  /** When the archive was started, in milliseconds since the epoch. */
  readonly createdAt: number;
  /** Last status change, in milliseconds since the epoch, when the API reports it. */
  readonly updatedAt?: number;
  /** Size in bytes (0 until the file is generated). */
  readonly size: number;
  /** Duration in **seconds** (0 while recording). */
  readonly duration: number;
  readonly hasAudio: boolean;
  readonly hasVideo: boolean;
  readonly outputMode: OutputMode;
  readonly streamMode: StreamMode;
  /** The streams of a started `manual` stream-mode archive; empty otherwise. */
  readonly streams: readonly ArchiveStream[];
  /** The video resolution of a composed archive, `null` when the API does not report one (individual archives). */
  readonly resolution: Resolution | null;
  /** The download URL, only while the archive is `available`; `null` otherwise. */
  readonly url: string | null;
  /** The video bitrate cap in bits per second, when one was set. */
  readonly maxBitrate?: number;
  /** The video quantization parameter, when one was set. */
  readonly quantizationParameter?: number;
  /** The tag that let this archive run alongside others in the same session, when the API reports it. */
  readonly multiArchiveTag?: string;
  /** SHA-256 of the archive file, when the API reports it. */
  readonly sha256sum?: string;
}

/** One page of {@link listArchives}, in the list shape of every package: `items`, and `total`, all the archives matching the query on the server (the API's `count`). */
export type ArchiveList = Page<Archive>;
