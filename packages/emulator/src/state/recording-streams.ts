import { fail } from '../kernel/errors.js';
import type { Fields } from '../kernel/fields.js';
import type { MediaStreamSelection, SessionRecord } from './types.js';

/**
 * Applies a `PATCH …/streams` body (`{addStream, hasAudio?, hasVideo?}` or `{removeStream}`) to the
 * stream list of a manual-mode archive or broadcast. 405 for auto mode, 409 when not started, 404 for
 * an unknown stream.
 */
export function patchStreams(
  recording: { status: string; streamMode: 'auto' | 'manual'; streams: MediaStreamSelection[] },
  session: SessionRecord | undefined,
  body: Fields,
  what: 'archive' | 'broadcast',
): void {
  const addStream = body.optString('addStream', { min: 1 });
  const removeStream = body.optString('removeStream', { min: 1 });
  if ((addStream === undefined) === (removeStream === undefined)) fail(400, 'Invalid request: send exactly one of "addStream" and "removeStream".');
  const hasAudio = body.optBool('hasAudio') ?? true;
  const hasVideo = body.optBool('hasVideo') ?? true;
  if (recording.streamMode !== 'manual') fail(405, `Your ${what} is configured with a streamMode that does not support stream manipulation (it is "auto").`);
  if (recording.status !== 'started' && recording.status !== 'paused') fail(409, `Conflict. The ${what} is not started.`);
  if (addStream !== undefined) {
    if (session?.streams.has(addStream) !== true) fail(404, `Not found. No stream ${addStream} in the session.`);
    if (!hasAudio && !hasVideo) fail(400, 'Invalid request: "hasAudio" and "hasVideo" cannot both be false.');
    const existing = recording.streams.find((s) => s.streamId === addStream);
    if (existing === undefined) recording.streams.push({ streamId: addStream, hasAudio, hasVideo });
    else Object.assign(existing, { hasAudio, hasVideo });
    return;
  }
  const before = recording.streams.length;
  recording.streams = recording.streams.filter((s) => s.streamId !== removeStream);
  if (recording.streams.length === before) fail(404, `Not found. Stream ${removeStream} is not in the ${what}.`);
}
