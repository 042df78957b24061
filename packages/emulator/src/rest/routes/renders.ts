import { fail } from '../../kernel/errors.js';
import { uuid } from '../../kernel/ids.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { requireRole, verifyClientToken } from '../../state/client-tokens.js';
import { announceRender, setRenderStatus } from '../../state/renders.js';
import { renderJson } from '../../wire/render-json.js';
import { addConnection, addStream, removeConnection } from '../../state/sessions.js';
import { listFor, type Store } from '../../state/store.js';
import { TIMINGS } from '../../state/timings.js';
import type { RenderRecord } from '../../state/types.js';
import { page } from './paging.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/render';
const RENDER_RESOLUTIONS = ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'] as const;
const HTTP_URL = { max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' } as const;
/** Roles that may publish: a render publishes the page into the session with its token. */
const PUBLISHING_ROLES = ['publisher', 'publisheronly', 'moderator'];

function findRender(ctx: ApiContext): RenderRecord {
  return findOwned(ctx, ctx.store.renders, 'renderId', 'No render matching the specified render ID was found.');
}

/** Schedules the stop of a started render at its maxDuration. */
export function scheduleRender(store: Store, render: RenderRecord): void {
  if (render.status !== 'started') return;
  store.scheduler.at(render.createdAt + render.maxDuration * 1000, () => {
    if (render.status === 'started') stopRender(store, render, 'Maximum duration exceeded');
  });
}

/** Stops a render (announced) and takes its connection and stream out of the session. */
function stopRender(store: Store, render: RenderRecord, reason: string): void {
  setRenderStatus(store, render, 'stopped', reason);
  const session = store.sessions.get(render.sessionId);
  if (session?.connections.has(render.connectionId) === true) removeConnection(store, session, render.connectionId);
}

/** Experience Composer (§8): start (202), get, stop (200), list. */
export function renderRoutes(router: ApiRouter): void {
  router.add({
    operation: 'startRender',
    method: 'POST',
    path: BASE,
    handler: async (ctx) => {
      const body = ctx.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const url = body.string('url', HTTP_URL);
      const maxDuration = body.optInt('maxDuration', 60, 36_000) ?? TIMINGS.renderMaxDurationS;
      const resolution = body.optOneOf('resolution', RENDER_RESOLUTIONS) ?? '1280x720';
      const name = body.optObject('properties')?.optString('name', { max: 200 });
      const statusCallbackUrl = body.optString('statusCallbackUrl', HTTP_URL);
      const session = ctx.store.session(ctx.project.apiKey, sessionId);
      const verified = await verifyClientToken(ctx.project, session, token, ctx.store.tokenNow(), 400);
      requireRole(verified, PUBLISHING_ROLES, 'an Experience Composer needs a token with the publisher (or moderator) role');
      const connection = addConnection(ctx.store, session, 'render', { role: verified.role, data: verified.data ?? '' });
      const stream = addStream(ctx.store, session, connection.connectionId, { videoType: 'camera', name: name ?? 'Experience Composer', hasAudio: true, hasVideo: true });
      const now = ctx.store.now();
      const render: RenderRecord = {
        id: uuid(),
        apiKey: ctx.project.apiKey,
        sessionId,
        createdAt: now,
        updatedAt: now,
        url,
        resolution,
        maxDuration,
        status: 'started',
        connectionId: connection.connectionId,
        streamId: stream.streamId,
        ...(name === undefined ? {} : { name }),
        ...(statusCallbackUrl === undefined ? {} : { statusCallbackUrl }),
      };
      ctx.store.renders.set(render.id, render);
      announceRender(ctx.store, render);
      scheduleRender(ctx.store, render);
      return json(renderJson(ctx.store, render), 202);
    },
  });
  router.add({
    operation: 'getRender',
    method: 'GET',
    path: `${BASE}/:renderId`,
    handler: (ctx) => json(renderJson(ctx.store, findRender(ctx))),
  });
  router.add({
    operation: 'stopRender',
    method: 'DELETE',
    path: `${BASE}/:renderId`,
    handler: (ctx) => {
      const render = findRender(ctx);
      if (render.status !== 'started' && render.status !== 'starting') fail(409, 'Conflict. The render is not running.');
      stopRender(ctx.store, render, 'Stopped by request');
      return empty(200);
    },
  });
  router.add({
    operation: 'listRenders',
    method: 'GET',
    path: BASE,
    handler: (ctx) => json(page(listFor(ctx.store.renders, ctx.project.apiKey), ctx, (render) => renderJson(ctx.store, render))),
  });
}
