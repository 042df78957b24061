import { checkCallbackUrl, checkGroupEvent, type RegistrationRecord } from '../../state/callback-registrations.js';
import { fail } from '../../kernel/errors.js';
import { uuid } from '../../kernel/ids.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';

const BASE = '/v2/project/:apiKey/callback';

function callbackJson(callback: RegistrationRecord): Record<string, unknown> {
  return { id: callback.id, group: callback.group, event: callback.event, url: callback.url, createdAt: callback.createdAt };
}

/** The REST registrations of the calling project or application, oldest first. */
function ownRegistrations(ctx: ApiContext): RegistrationRecord[] {
  return ctx.store.callbackRegistrations.list().filter((c) => c.source === 'rest' && c.owner === ctx.project);
}

/**
 * Callback registration (spec: callbacks §2.2, opentok-node only): register `{group, event, url}` (`archive` /
 * `status`, `connection` or `stream` / `created` | `destroyed`; registering a group and event again replaces the
 * earlier URL), list (a JSON array), unregister (204). Registered URLs receive those events.
 */
export function callbackRoutes(router: ApiRouter): void {
  router.add({
    operation: 'registerCallback',
    method: 'POST',
    path: BASE,
    handler: (ctx) => {
      const body = ctx.fields();
      const { group, event } = checkGroupEvent(body.string('group'), body.string('event'), ['archive', 'connection', 'stream']);
      const callback: RegistrationRecord = {
        id: uuid(),
        url: checkCallbackUrl(body.string('url'), 'url'),
        ...(group === undefined ? {} : { group }),
        ...(event === undefined ? {} : { event }),
        owner: ctx.project,
        source: 'rest',
        createdAt: ctx.store.now(),
      };
      ctx.store.callbackRegistrations.add(callback);
      return json(callbackJson(callback));
    },
  });
  router.add({
    operation: 'listCallbacks',
    method: 'GET',
    path: BASE,
    handler: (ctx) => json(ownRegistrations(ctx).map(callbackJson)),
  });
  router.add({
    operation: 'unregisterCallback',
    method: 'DELETE',
    path: `${BASE}/:callbackId`,
    handler: (ctx) => {
      const callback = ownRegistrations(ctx).find((c) => c.id === ctx.params['callbackId']) ?? fail(404, 'Not found. No callback matches the specified ID.');
      ctx.store.callbackRegistrations.remove(callback.id);
      return empty(204);
    },
  });
}
