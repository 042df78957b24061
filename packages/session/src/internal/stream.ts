import { readAnswer, unreadable } from '@opentok/core/internal';
import type { Stream, VideoType } from '../stream.js';

const UNEXPECTED = 'with an unexpected body (expected a stream object with a string "id")';

/** Maps the API's stream JSON to a {@link Stream} by the one response rule: no name is `''`, no class list is `[]`. */
export function toStream(value: unknown, operation: string): Stream {
  const field = readAnswer(value, operation, UNEXPECTED);
  const layoutClassList = field('layoutClassList', 'array', []);
  if (layoutClassList.some((name) => typeof name !== 'string')) unreadable(operation, UNEXPECTED);
  return {
    id: field('id', 'string'),
    videoType: field('videoType', 'string') as VideoType,
    name: field('name', 'string', ''),
    layoutClassList: layoutClassList as string[],
  };
}
