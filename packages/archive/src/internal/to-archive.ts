import { InvalidResponseError, type Resolution, type StreamMode } from '@opentok/core';
import type { Archive, ArchiveList, ArchiveStatus, ArchiveStream, OutputMode } from '../archive.js';

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const nullable = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const flag = (value: unknown): boolean => value !== false;

function toStream(json: Json): ArchiveStream {
  return { streamId: text(json['streamId'], ''), hasAudio: flag(json['hasAudio']), hasVideo: flag(json['hasVideo']) };
}

/**
 * Maps the API's archive JSON to an {@link Archive}: known fields only, one type per field, the
 * documented defaults for fields older API versions leave out.
 */
export function toArchive(json: unknown, operation: string): Archive {
  if (!isObject(json) || typeof json['id'] !== 'string' || typeof json['status'] !== 'string') {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered without an archive object`);
  }
  const project = json['projectId'] ?? json['partnerId'];
  const { updatedAt, maxBitrate, quantizationParameter, multiArchiveTag, sha256sum } = json;
  return {
    id: json['id'],
    status: json['status'] as ArchiveStatus,
    name: nullable(json['name']),
    reason: text(json['reason'], ''),
    sessionId: text(json['sessionId'], ''),
    projectId: typeof project === 'string' || typeof project === 'number' ? String(project) : '',
    createdAt: count(json['createdAt']),
    ...(typeof updatedAt === 'number' ? { updatedAt } : {}),
    size: count(json['size']),
    duration: count(json['duration']),
    hasAudio: flag(json['hasAudio']),
    hasVideo: flag(json['hasVideo']),
    outputMode: json['outputMode'] === 'individual' ? 'individual' : ('composed' satisfies OutputMode),
    streamMode: json['streamMode'] === 'manual' ? 'manual' : ('auto' satisfies StreamMode),
    streams: Array.isArray(json['streams']) ? json['streams'].filter(isObject).map(toStream) : [],
    resolution: typeof json['resolution'] === 'string' ? (json['resolution'] as Resolution) : null,
    url: nullable(json['url']),
    ...(typeof maxBitrate === 'number' ? { maxBitrate } : {}),
    ...(typeof quantizationParameter === 'number' ? { quantizationParameter } : {}),
    ...(typeof multiArchiveTag === 'string' ? { multiArchiveTag } : {}),
    ...(typeof sha256sum === 'string' ? { sha256sum } : {}),
  };
}

/** Maps the API's `{ count, items }` list answer to an {@link ArchiveList}. */
export function toArchiveList(json: unknown, operation: string): ArchiveList {
  if (!isObject(json) || !Array.isArray(json['items'])) {
    throw new InvalidResponseError(`${operation} failed: OpenTok answered without an "items" list`);
  }
  const items = json['items'].map((item) => toArchive(item, operation));
  return { items, total: typeof json['count'] === 'number' ? json['count'] : items.length };
}
