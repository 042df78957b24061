import { fail } from '../../kernel/errors.js';
import { disableForceMute, muteAll, muteStream } from '../../state/moderation.js';
import { getStream, removeConnection } from '../../state/sessions.js';
import type { SessionRecord } from '../../state/types.js';
import { projectDetailsJson } from '../../wire/project-details.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';

const SESSION = '/v2/project/:apiKey/session/:sessionId';

function findSession(ctx: ApiContext): SessionRecord {
  return ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
}

/** Moderation (§6, §6.x): force disconnect, force mute (one, all with exclusions, disable), list connections. */
export function moderationRoutes(router: ApiRouter): void {
  router.add({
    operation: 'forceDisconnect',
    method: 'DELETE',
    path: `${SESSION}/connection/:connectionId`,
    handle: (ctx) => {
      removeConnection(ctx.store, findSession(ctx), ctx.params['connectionId'] ?? '', 'forceDisconnected');
      return empty(204);
    },
  });
  router.add({
    operation: 'listConnections',
    method: 'GET',
    path: `${SESSION}/connection`,
    handle: (ctx) => {
      const session = findSession(ctx);
      const items = [...session.connections.values()].map((c) => ({ connectionId: c.connectionId, createdAt: c.createdAt, connectionState: 'Connected' }));
      return json({ count: items.length, projectId: ctx.project.apiKey, sessionId: session.sessionId, items });
    },
  });
  router.add({
    operation: 'muteStream',
    method: 'POST',
    path: `${SESSION}/stream/:streamId/mute`,
    // The SDKs send no body or `{}`; one that is not a JSON object is refused, as by every JSON route.
    read: (request) => void request.fields(),
    handle: (ctx) => {
      muteStream(ctx.store, getStream(findSession(ctx), ctx.params['streamId'] ?? ''));
      return empty(200);
    },
  });
  router.add({
    operation: 'muteAll',
    alternative: { operation: 'disableForceMute', when: (body) => body.raw('active') === false },
    method: 'POST',
    path: `${SESSION}/mute`,
    // Only `excludedStreamIds`: the service ignores any other spelling (the Python SDK 3.13's `excludedStreams`
    // mutes every stream there, so it does here, with a warning).
    read: (request) => {
      const body = request.fields();
      const active = body.optBool('active') ?? fail(400, 'Invalid request: "active" is required (true or false).');
      return { active, excluded: body.optStringArray('excludedStreamIds') ?? [] };
    },
    handle: (ctx, { active, excluded }) => {
      const session = findSession(ctx);
      if (active) muteAll(ctx.store, session, excluded);
      else disableForceMute(session);
      return json(projectDetailsJson(ctx.project.apiKey, ctx.store.ownerCreatedAt(ctx.project.apiKey)));
    },
  });
}
