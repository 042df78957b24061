import { fail } from '../../kernel/errors.js';
import type { Fields } from '../../kernel/fields.js';
import type { StreamChange } from '../../state/recording-streams.js';

/** Reads a `PATCH …/streams` body: `{addStream, hasAudio?, hasVideo?}` or `{removeStream}` (exactly one of the two). */
export function readStreamChange(body: Fields): StreamChange {
  const addStream = body.optString('addStream', { min: 1 });
  const removeStream = body.optString('removeStream', { min: 1 });
  if ((addStream === undefined) === (removeStream === undefined)) fail(400, 'Invalid request: send exactly one of "addStream" and "removeStream".');
  const hasAudio = body.optBool('hasAudio') ?? true;
  const hasVideo = body.optBool('hasVideo') ?? true;
  return addStream === undefined ? { removeStream: removeStream! } : { addStream, hasAudio, hasVideo };
}
