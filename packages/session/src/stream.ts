import type { Page } from '@opentok/core';

/** The kind of video a stream carries. */
export type VideoType = 'camera' | 'screen';

/**
 * A stream published in a session, as the API describes it.
 *
 * @example
 * ```ts
 * import { getStream, type Stream } from '@opentok/session';
 * const stream: Stream = await getStream(client, { sessionId, streamId });
 * console.log(stream.videoType, stream.layoutClassList);
 * ```
 */
export interface Stream {
  /** The stream ID. */
  readonly id: string;
  /** `camera` or `screen` (screen sharing). */
  readonly videoType: VideoType;
  /** The name the publisher gave the stream (`''` when none). */
  readonly name: string;
  /** The layout classes of the stream, used by archive and broadcast layouts. */
  readonly layoutClassList: readonly string[];
}

/**
 * The streams of a session, in the list shape of every package: `items`, and `total`, the number of streams the API
 * reported.
 *
 * @example
 * ```ts
 * import { listStreams, type StreamList } from '@opentok/session';
 * const { items, total }: StreamList = await listStreams(client, { sessionId });
 * ```
 */
export type StreamList = Page<Stream>;
