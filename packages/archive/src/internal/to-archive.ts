import type { Resolution } from '@opentok/core';
import { compact, isObject, readAnswer } from '@opentok/core/internal';
import type { Archive, ArchiveStatus, ArchiveStream } from '../archive.js';

const NOT_AN_ARCHIVE = 'without an archive object';

function toStream(value: unknown, operation: string): ArchiveStream {
  const field = readAnswer(value, operation, NOT_AN_ARCHIVE);
  return { streamId: field('streamId', 'string'), hasAudio: field('hasAudio', 'boolean', true), hasVideo: field('hasVideo', 'boolean', true) };
}

/**
 * Maps the API's archive JSON to an {@link Archive} by the one response rule: one type per field whichever API
 * version answered (`projectId` from `projectId` or the older `partnerId`, as a string), the documented defaults for
 * the fields older versions leave out, unknown fields ignored. Entries of `streams` that are not objects are skipped.
 */
export function toArchive(value: unknown, operation: string): Archive {
  const field = readAnswer(value, operation, NOT_AN_ARCHIVE);
  return compact({
    id: field('id', 'string'),
    status: field('status', 'string') as ArchiveStatus,
    name: field('name', 'string', null),
    reason: field('reason', 'string', ''),
    sessionId: field('sessionId', 'string', ''),
    projectId: String(field('projectId', 'string|number', field('partnerId', 'string|number', ''))),
    createdAt: field('createdAt', 'number', 0),
    updatedAt: field('updatedAt', 'number', undefined),
    size: field('size', 'number', 0),
    duration: field('duration', 'number', 0),
    hasAudio: field('hasAudio', 'boolean', true),
    hasVideo: field('hasVideo', 'boolean', true),
    outputMode: field('outputMode', 'string', '') === 'individual' ? ('individual' as const) : ('composed' as const),
    streamMode: field('streamMode', 'string', '') === 'manual' ? ('manual' as const) : ('auto' as const),
    streams: field('streams', 'array', [])
      .filter(isObject)
      .map((stream) => toStream(stream, operation)),
    resolution: field('resolution', 'string', null) as Resolution | null,
    url: field('url', 'string', null),
    maxBitrate: field('maxBitrate', 'number', undefined),
    quantizationParameter: field('quantizationParameter', 'number', undefined),
    multiArchiveTag: field('multiArchiveTag', 'string', undefined),
    sha256sum: field('sha256sum', 'string', undefined),
  });
}
