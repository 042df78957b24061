import type { ErrorHints } from '@opentok/core/internal';

/** What the error statuses of `PATCH …/broadcast/{id}/streams` mean. */
export const STREAM_HINTS: ErrorHints = {
  400: 'the stream change was refused (check the stream ID and hasAudio/hasVideo)',
  404: 'the broadcast or the stream does not exist',
  405: 'the broadcast was not started with streamMode "manual", so its streams cannot be changed by hand',
  409: 'the broadcast is not running',
};
