import { fail } from '../../kernel/errors.js';
import { type RegistrationRecord, restRegistration } from '../../state/callback-registrations.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiRouter } from '../router.js';

const BASE = '/v2/project/:apiKey/callback';

function callbackJson(callback: RegistrationRecord): Record<string, unknown> {
  return { id: callback.id, group: callback.group, event: callback.event, url: callback.url, createdAt: callback.createdAt };
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
    read: (request) => {
      const body = request.fields();
      return { group: body.string('group'), event: body.string('event'), url: body.string('url') };
    },
    handle: (ctx, fields) => json(callbackJson(ctx.store.callbackRegistrations.add(restRegistration(ctx.project, fields, ctx.store.now())))),
  });
  router.add({
    operation: 'listCallbacks',
    method: 'GET',
    path: BASE,
    handle: (ctx) => json(ctx.store.callbackRegistrations.restRegistrationsOf(ctx.project).map(callbackJson)),
  });
  router.add({
    operation: 'unregisterCallback',
    method: 'DELETE',
    path: `${BASE}/:callbackId`,
    handle: (ctx) => {
      const registrations = ctx.store.callbackRegistrations;
      const callback =
        registrations.restRegistrationsOf(ctx.project).find((c) => c.id === ctx.params['callbackId']) ??
        fail(404, 'Not found. No callback matches the specified ID.');
      registrations.remove(callback.id);
      return empty(204);
    },
  });
}
