import type { Stream } from '../stream.js';
import { isObject, unexpected } from './response.js';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Maps the API's stream JSON to a {@link Stream}, keeping only the documented fields. */
export function toStream(raw: unknown, operation: string): Stream {
  const expected = 'a stream object with a string "id"';
  if (!isObject(raw) || typeof raw['id'] !== 'string') unexpected(operation, expected);
  const { id, videoType } = raw;
  const name = raw['name'] ?? '';
  const layoutClassList = raw['layoutClassList'] ?? [];
  if (typeof videoType !== 'string' || typeof name !== 'string' || !isStringArray(layoutClassList)) unexpected(operation, expected);
  return { id, videoType: videoType as Stream['videoType'], name, layoutClassList };
}
