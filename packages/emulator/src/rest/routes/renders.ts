import { type RenderOptions, startRender, stopRender } from '../../state/renders.js';
import { listFor } from '../../state/store.js';
import { TIMINGS } from '../../state/timings.js';
import type { RenderRecord } from '../../state/types.js';
import { renderJson } from '../../wire/render-json.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { findOwned } from './find-owned.js';
import { page, readPage } from './paging.js';

const BASE = '/v2/project/:apiKey/render';
const RENDER_RESOLUTIONS = ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'] as const;
const HTTP_URL = { max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' } as const;

function findRender(ctx: ApiContext): RenderRecord {
  return findOwned(ctx, ctx.store.renders, 'renderId', 'No render matching the specified render ID was found.');
}

/** Experience Composer (§8): start (202), get, stop (200), list. */
export function renderRoutes(router: ApiRouter): void {
  router.add({
    operation: 'startRender',
    method: 'POST',
    path: BASE,
    read: (request) => {
      const body = request.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const url = body.string('url', HTTP_URL);
      const maxDuration = body.optInt('maxDuration', 60, 36_000) ?? TIMINGS.renderMaxDurationS;
      const resolution = body.optOneOf('resolution', RENDER_RESOLUTIONS) ?? '1280x720';
      const name = body.optObject('properties')?.optString('name', { max: 200 });
      const statusCallbackUrl = body.optString('statusCallbackUrl', HTTP_URL);
      const options: RenderOptions = {
        url,
        resolution,
        maxDuration,
        ...(name === undefined ? {} : { name }),
        ...(statusCallbackUrl === undefined ? {} : { statusCallbackUrl }),
      };
      return { sessionId, token, options };
    },
    handle: async (ctx, { sessionId, token, options }) => {
      const render = await startRender(ctx.store, ctx.project, sessionId, token, options);
      return json(renderJson(ctx.store, render), 202);
    },
  });
  router.add({
    operation: 'getRender',
    method: 'GET',
    path: `${BASE}/:renderId`,
    handle: (ctx) => json(renderJson(ctx.store, findRender(ctx))),
  });
  router.add({
    operation: 'stopRender',
    method: 'DELETE',
    path: `${BASE}/:renderId`,
    handle: (ctx) => {
      stopRender(ctx.store, findRender(ctx), 'Stopped by request');
      return empty(200);
    },
  });
  router.add({
    operation: 'listRenders',
    alsoMadeBy: ['iterateRenders'],
    method: 'GET',
    path: BASE,
    read: (request) => readPage(request.query),
    handle: (ctx, wanted) => json(page(listFor(ctx.store.renders, ctx.project.apiKey), wanted, (render) => renderJson(ctx.store, render))),
  });
}
