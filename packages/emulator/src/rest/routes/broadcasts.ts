import { fail } from '../../kernel/errors.js';
import type { Fields } from '../../kernel/fields.js';
import { type BroadcastOptions, patchBroadcastStreams, setBroadcastLayout, startBroadcast, stopBroadcast } from '../../state/broadcasts.js';
import { RESOLUTIONS, readLayout } from '../../state/layout.js';
import { listFor } from '../../state/store.js';
import { TIMINGS } from '../../state/timings.js';
import type { BroadcastRecord } from '../../state/types.js';
import { broadcastJson } from '../../wire/broadcast-json.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { findOwned } from './find-owned.js';
import { page, readPage, sessionFilter } from './paging.js';
import { readStreamChange } from './stream-change.js';

const BASE = '/v2/project/:apiKey/broadcast';
/** The service's limit of simultaneous RTMP outputs per broadcast. */
const MAX_RTMP = 5;

function findBroadcast(ctx: ApiContext): BroadcastRecord {
  return findOwned(ctx, ctx.store.broadcasts, 'broadcastId', 'Not found. No broadcast matches the specified ID.');
}

function readRtmp(outputs: Fields): BroadcastOptions['rtmp'] {
  const items = outputs.optObjects('rtmp', 'must be an array of {id?, serverUrl, streamName}') ?? [];
  if (items.length > MAX_RTMP) fail(400, `Invalid request: you have exceeded the limit of ${MAX_RTMP} simultaneous RTMP streams for a broadcast.`);
  const ids = new Set<string>();
  return items.map((target) => {
    const id = target.optString('id', { min: 1, max: 200 });
    if (id !== undefined) {
      if (ids.has(id)) fail(400, `Invalid request: RTMP output id "${id}" is used twice.`);
      ids.add(id);
    }
    const serverUrl = target.string('serverUrl', { max: 2000, pattern: /^rtmps?:\/\//i, rule: 'must be an rtmp:// or rtmps:// URL' });
    const streamName = target.string('streamName', { max: 2000 });
    return id === undefined ? { serverUrl, streamName } : { id, serverUrl, streamName };
  });
}

function readOptions(body: Fields): { sessionId: string; options: BroadcastOptions } {
  const sessionId = body.string('sessionId');
  const outputs = body.optObject('outputs') ?? fail(400, 'Invalid request: "outputs" is required (hls and/or rtmp).');
  const hlsFields = outputs.optObject('hls');
  const rtmp = readRtmp(outputs);
  if (hlsFields === undefined && rtmp.length === 0) fail(400, 'Invalid request: "outputs" needs an hls output or at least one rtmp output.');
  let hls: BroadcastOptions['hls'];
  if (hlsFields !== undefined) {
    const dvr = hlsFields.optBool('dvr') ?? false;
    const lowLatency = hlsFields.optBool('lowLatency') ?? false;
    if (dvr && lowLatency) fail(400, 'Invalid request: HLS options "lowLatency" and "dvr" cannot both be true.');
    hls = { dvr, lowLatency };
  }
  const layoutFields = body.optObject('layout');
  const maxBitrate = body.optInt('maxBitrate', 100_000, 6_000_000);
  const multiBroadcastTag = body.optString('multiBroadcastTag', { min: 1, max: 200 });
  const hasAudio = body.optBool('hasAudio') ?? true;
  const hasVideo = body.optBool('hasVideo') ?? true;
  if (!hasAudio && !hasVideo) fail(400, 'Invalid request: "hasAudio" and "hasVideo" cannot both be false.');
  const options: BroadcastOptions = {
    rtmp,
    resolution: body.optOneOf('resolution', RESOLUTIONS) ?? '640x480',
    maxDuration: body.optInt('maxDuration', 60, 36_000) ?? TIMINGS.broadcastMaxDurationS,
    hasAudio,
    hasVideo,
    streamMode: body.optOneOf('streamMode', ['auto', 'manual'] as const) ?? 'auto',
    ...(hls === undefined ? {} : { hls }),
    ...(layoutFields === undefined ? {} : { layout: readLayout(layoutFields) }),
    ...(maxBitrate === undefined ? {} : { maxBitrate }),
    ...(multiBroadcastTag === undefined ? {} : { multiBroadcastTag }),
  };
  return { sessionId, options };
}

/**
 * Broadcasts (§5): start, stop, get, list, layout, add/remove stream. `/broadcast/` (trailing slash,
 * as @vonage/video sends it) works too, and so does the `broadcastId` it adds to the streams PATCH body.
 */
export function broadcastRoutes(router: ApiRouter): void {
  router.add({
    operation: 'startBroadcast',
    method: 'POST',
    path: BASE,
    read: (request) => readOptions(request.fields()),
    handle: (ctx, { sessionId, options }) => {
      const broadcast = startBroadcast(ctx.store, ctx.store.session(ctx.project.apiKey, sessionId), options);
      return json(broadcastJson(ctx.store, broadcast, { includeTag: true }));
    },
  });
  router.add({
    operation: 'stopBroadcast',
    method: 'POST',
    path: `${BASE}/:broadcastId/stop`,
    handle: (ctx) => json(broadcastJson(ctx.store, stopBroadcast(ctx.store, findBroadcast(ctx), 'user initiated'))),
  });
  router.add({
    operation: 'getBroadcast',
    method: 'GET',
    path: `${BASE}/:broadcastId`,
    handle: (ctx) => json(broadcastJson(ctx.store, findBroadcast(ctx))),
  });
  router.add({
    operation: 'listBroadcasts',
    alsoMadeBy: ['iterateBroadcasts'],
    method: 'GET',
    path: BASE,
    read: (request) => ({ page: readPage(request.query), sessionId: sessionFilter(request.query) }),
    handle: (ctx, { page: wanted, sessionId }) =>
      json(page(listFor(ctx.store.broadcasts, ctx.project.apiKey, sessionId), wanted, (b) => broadcastJson(ctx.store, b))),
  });
  router.add({
    operation: 'setBroadcastLayout',
    method: 'PUT',
    path: `${BASE}/:broadcastId/layout`,
    read: (request) => readLayout(request.fields(), 'body'),
    handle: (ctx, layout) => {
      setBroadcastLayout(ctx.store, findBroadcast(ctx), layout);
      return empty(200);
    },
  });
  router.add({
    operation: 'addBroadcastStream',
    alternative: { operation: 'removeBroadcastStream', when: (body) => body.raw('removeStream') !== undefined },
    method: 'PATCH',
    path: `${BASE}/:broadcastId/streams`,
    read: (request) => {
      const body = request.fields();
      // @vonage/video repeats the broadcast ID in the body.
      return { echoed: body.optString('broadcastId'), change: readStreamChange(body) };
    },
    handle: (ctx, { echoed, change }) => {
      const broadcast = findBroadcast(ctx);
      if (echoed !== undefined && echoed !== broadcast.id)
        fail(400, `Invalid request: "broadcastId" in the body (${echoed}) is not the broadcast in the path (${broadcast.id}).`);
      patchBroadcastStreams(ctx.store, broadcast, change);
      return empty(204);
    },
  });
}
