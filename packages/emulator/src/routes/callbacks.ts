import { uuid } from '../ids.js';
import { empty, json } from '../http/responses.js';
import type { ApiRouter } from '../http/router.js';
import type { CallbackRecord } from '../state/types.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/callback';

function callbackJson(callback: CallbackRecord): Record<string, unknown> {
  return { id: callback.id, group: callback.group, event: callback.event, url: callback.url, createdAt: callback.createdAt };
}

/** Callback registration (§8, opentok-node only): register, list (a JSON array), unregister (204). */
export function callbackRoutes(router: ApiRouter): void {
  router.add({
    operation: 'registerCallback',
    method: 'POST',
    path: BASE,
    handler: (ctx) => {
      const body = ctx.fields();
      const callback: CallbackRecord = {
        id: uuid(),
        apiKey: ctx.project.apiKey,
        group: body.string('group', { max: 100 }),
        event: body.string('event', { max: 100 }),
        url: body.string('url', { max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' }),
        createdAt: ctx.store.now(),
      };
      ctx.store.callbacks.set(callback.id, callback);
      return json(callbackJson(callback));
    },
  });
  router.add({
    operation: 'listCallbacks',
    method: 'GET',
    path: BASE,
    handler: (ctx) => json([...ctx.store.callbacks.values()].filter((c) => c.apiKey === ctx.project.apiKey).map(callbackJson)),
  });
  router.add({
    operation: 'unregisterCallback',
    method: 'DELETE',
    path: `${BASE}/:callbackId`,
    handler: (ctx) => {
      const callback = findOwned(ctx, ctx.store.callbacks, 'callbackId', 'Not found. No callback matches the specified ID.');
      ctx.store.callbacks.delete(callback.id);
      return empty(204);
    },
  });
}
