import { fail } from '../../kernel/errors.js';
import type { Fields } from '../../kernel/fields.js';
import { type ArchiveOptions, deleteArchive, followStreams, patchArchiveStreams, setArchiveLayout, startArchive, stopArchive } from '../../state/archives.js';
import { RESOLUTIONS, readLayout } from '../../state/layout.js';
import { listFor } from '../../state/store.js';
import { TIMINGS } from '../../state/timings.js';
import type { ArchiveRecord } from '../../state/types.js';
import { archiveJson } from '../../wire/archive-json.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { findOwned } from './find-owned.js';
import { page, readPage, sessionFilter } from './paging.js';
import { readStreamChange } from './stream-change.js';

const BASE = '/v2/project/:apiKey/archive';

function findArchive(ctx: ApiContext): ArchiveRecord {
  return findOwned(ctx, ctx.store.archives, 'archiveId', 'Not found. You passed in an invalid archive ID.');
}

/**
 * `hasTranscription` and `transcriptionProperties {primaryLanguageCode, hasSummary}`: the service transcribes
 * only individual archives that record audio, and the properties need `hasTranscription: true`. A transcribed
 * archive's properties get the service defaults (`en-US`, no summary).
 */
function readTranscription(
  body: Fields,
  outputMode: 'composed' | 'individual',
  hasAudio: boolean,
): Pick<ArchiveOptions, 'hasTranscription' | 'transcriptionProperties'> {
  const hasTranscription = body.optBool('hasTranscription') ?? false;
  const properties = body.optObject('transcriptionProperties');
  if (hasTranscription && outputMode !== 'individual')
    fail(400, 'Invalid request: "hasTranscription" is only allowed for archives with outputMode "individual".');
  if (hasTranscription && !hasAudio) fail(400, 'Invalid request: an archive with "hasTranscription" must record audio ("hasAudio" cannot be false).');
  if (properties !== undefined && !hasTranscription) fail(400, 'Invalid request: "transcriptionProperties" needs "hasTranscription": true.');
  if (!hasTranscription) return { hasTranscription };
  const primaryLanguageCode =
    properties?.optString('primaryLanguageCode', { pattern: /^[a-z]{2,3}-[A-Z]{2}$/, rule: 'must be a BCP-47 language code such as en-US' }) ?? 'en-US';
  const hasSummary = properties?.optBool('hasSummary') ?? false;
  return { hasTranscription, transcriptionProperties: { primaryLanguageCode, hasSummary } };
}

function readOptions(body: Fields): { sessionId: string; options: ArchiveOptions } {
  const sessionId = body.string('sessionId');
  const outputMode = body.optOneOf('outputMode', ['composed', 'individual'] as const) ?? 'composed';
  const resolution = body.optOneOf('resolution', RESOLUTIONS);
  if (outputMode === 'individual' && resolution !== undefined) fail(400, 'Invalid request: "resolution" cannot be set for individual output mode.');
  const layoutFields = body.optObject('layout');
  const layout = layoutFields === undefined ? undefined : readLayout(layoutFields);
  if (outputMode === 'individual' && layout !== undefined) fail(400, 'Invalid request: "layout" only applies to composed archives.');
  const hasAudio = body.optBool('hasAudio') ?? true;
  const hasVideo = body.optBool('hasVideo') ?? true;
  if (!hasAudio && !hasVideo) fail(400, 'Invalid request: "hasAudio" and "hasVideo" cannot both be false.');
  const maxBitrate = body.optInt('maxBitrate', 100_000, 6_000_000);
  const quantizationParameter = body.optNumber('quantizationParameter', 15, 40);
  if (maxBitrate !== undefined && quantizationParameter !== undefined)
    fail(400, 'Invalid request: "maxBitrate" and "quantizationParameter" cannot both be set.');
  if (outputMode === 'individual' && (maxBitrate !== undefined || quantizationParameter !== undefined)) {
    fail(400, 'Invalid request: "maxBitrate" and "quantizationParameter" only apply to composed archives.');
  }
  const { hasTranscription, transcriptionProperties } = readTranscription(body, outputMode, hasAudio);
  const name = body.optString('name', { max: 200 });
  const multiArchiveTag = body.optString('multiArchiveTag', { min: 1, max: 200 });
  const options: ArchiveOptions = {
    hasAudio,
    hasVideo,
    outputMode,
    streamMode: body.optOneOf('streamMode', ['auto', 'manual'] as const) ?? 'auto',
    hasTranscription,
    maxDuration: body.optInt('maxDuration', 60, 36_000) ?? TIMINGS.archiveMaxDurationS,
    ...(outputMode === 'composed' ? { resolution: resolution ?? '640x480' } : {}),
    ...(name === undefined ? {} : { name }),
    ...(layout === undefined ? {} : { layout }),
    ...(multiArchiveTag === undefined ? {} : { multiArchiveTag }),
    ...(maxBitrate === undefined ? {} : { maxBitrate }),
    ...(quantizationParameter === undefined ? {} : { quantizationParameter }),
    ...(transcriptionProperties === undefined ? {} : { transcriptionProperties }),
  };
  return { sessionId, options };
}

/** Archives (§4): start, stop, get, delete, list, layout, add/remove stream. */
export function archiveRoutes(router: ApiRouter): void {
  router.add({
    operation: 'startArchive',
    method: 'POST',
    path: BASE,
    read: (request) => readOptions(request.fields()),
    handle: (ctx, { sessionId, options }) => {
      const session = ctx.store.session(ctx.project.apiKey, sessionId);
      const archive = startArchive(ctx.store, session, options);
      const started = archiveJson(ctx.store, archive, { includeTag: true });
      // The service answers "started"; with nobody publishing, the archive pauses right after.
      followStreams(ctx.store, session);
      return json(started);
    },
  });
  router.add({
    operation: 'stopArchive',
    method: 'POST',
    path: `${BASE}/:archiveId/stop`,
    handle: (ctx) => json(archiveJson(ctx.store, stopArchive(ctx.store, findArchive(ctx), 'user initiated'))),
  });
  router.add({
    operation: 'getArchive',
    method: 'GET',
    path: `${BASE}/:archiveId`,
    handle: (ctx) => json(archiveJson(ctx.store, findArchive(ctx))),
  });
  router.add({
    operation: 'deleteArchive',
    method: 'DELETE',
    path: `${BASE}/:archiveId`,
    handle: (ctx) => {
      deleteArchive(ctx.store, findArchive(ctx));
      return empty(204);
    },
  });
  router.add({
    operation: 'listArchives',
    alsoMadeBy: ['iterateArchives'],
    method: 'GET',
    path: BASE,
    read: (request) => ({ page: readPage(request.query), sessionId: sessionFilter(request.query) }),
    handle: (ctx, { page: wanted, sessionId }) =>
      json(page(listFor(ctx.store.archives, ctx.project.apiKey, sessionId), wanted, (a) => archiveJson(ctx.store, a))),
  });
  router.add({
    operation: 'setArchiveLayout',
    method: 'PUT',
    path: `${BASE}/:archiveId/layout`,
    read: (request) => readLayout(request.fields(), 'body'),
    handle: (ctx, layout) => {
      setArchiveLayout(ctx.store, findArchive(ctx), layout);
      return empty(200);
    },
  });
  router.add({
    operation: 'addArchiveStream',
    alternative: { operation: 'removeArchiveStream', when: (body) => body.raw('removeStream') !== undefined },
    method: 'PATCH',
    path: `${BASE}/:archiveId/streams`,
    read: (request) => readStreamChange(request.fields()),
    handle: (ctx, change) => {
      patchArchiveStreams(ctx.store, findArchive(ctx), change);
      return empty(204);
    },
  });
}
