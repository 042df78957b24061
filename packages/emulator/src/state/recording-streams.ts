import { fail } from '../kernel/errors.js';
import type { MediaStreamSelection, SessionRecord } from './types.js';

/** A change to the stream list of a manual-mode archive or broadcast: add (or update) one stream, or remove one. */
export type StreamChange = { readonly addStream: string; readonly hasAudio: boolean; readonly hasVideo: boolean } | { readonly removeStream: string };

/**
 * Applies a stream change to a manual-mode archive or broadcast: 405 in auto mode, 409 when not started, 404 for a
 * stream that is not in the session (or, to remove, not in the recording), 400 for a stream without audio and video.
 */
export function patchStreams(
  recording: { status: string; streamMode: 'auto' | 'manual'; streams: MediaStreamSelection[] },
  session: SessionRecord | undefined,
  change: StreamChange,
  what: 'archive' | 'broadcast',
): void {
  if (recording.streamMode !== 'manual') fail(405, `Your ${what} is configured with a streamMode that does not support stream manipulation (it is "auto").`);
  if (recording.status !== 'started' && recording.status !== 'paused') fail(409, `Conflict. The ${what} is not started.`);
  if ('addStream' in change) {
    const { addStream, hasAudio, hasVideo } = change;
    if (session?.streams.has(addStream) !== true) fail(404, `Not found. No stream ${addStream} in the session.`);
    if (!hasAudio && !hasVideo) fail(400, 'Invalid request: "hasAudio" and "hasVideo" cannot both be false.');
    const existing = recording.streams.find((s) => s.streamId === addStream);
    if (existing === undefined) recording.streams.push({ streamId: addStream, hasAudio, hasVideo });
    else Object.assign(existing, { hasAudio, hasVideo });
    return;
  }
  const before = recording.streams.length;
  recording.streams = recording.streams.filter((s) => s.streamId !== change.removeStream);
  if (recording.streams.length === before) fail(404, `Not found. Stream ${change.removeStream} is not in the ${what}.`);
}
