import { fail } from '../../kernel/errors.js';
import { projectDetailsJson } from '../../wire/project-details.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { getStream, removeConnection } from '../../state/sessions.js';
import { disableForceMute, muteAll, muteStream } from '../../state/moderation.js';
import type { SessionRecord } from '../../state/types.js';

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
    handler: (ctx) => {
      removeConnection(ctx.store, findSession(ctx), ctx.params['connectionId'] ?? '', 'forceDisconnected');
      return empty(204);
    },
  });
  router.add({
    operation: 'listConnections',
    method: 'GET',
    path: `${SESSION}/connection`,
    handler: (ctx) => {
      const session = findSession(ctx);
      const items = [...session.connections.values()].map((c) => ({ connectionId: c.connectionId, createdAt: c.createdAt, connectionState: 'Connected' }));
      return json({ count: items.length, projectId: ctx.project.apiKey, sessionId: session.sessionId, items });
    },
  });
  router.add({
    operation: 'muteStream',
    method: 'POST',
    path: `${SESSION}/stream/:streamId/mute`,
    handler: (ctx) => {
      const stream = getStream(findSession(ctx), ctx.params['streamId'] ?? '');
      ctx.fields();
      muteStream(ctx.store, stream);
      return empty(200);
    },
  });
  router.add({
    operation: 'muteAll',
    alternative: { operation: 'disableForceMute', when: (body) => body.raw('active') === false },
    method: 'POST',
    path: `${SESSION}/mute`,
    handler: (ctx) => {
      const session = findSession(ctx);
      const body = ctx.fields();
      const active = body.optBool('active') ?? fail(400, 'Invalid request: "active" is required (true or false).');
      const idsField = body.raw('excludedStreamIds') !== undefined ? 'excludedStreamIds' : 'excludedStreams';
      const excluded = body.optStringArray(idsField) ?? [];
      if (active) muteAll(ctx.store, session, excluded);
      else disableForceMute(session);
      return json(projectDetailsJson(ctx.project.apiKey, ctx.store.ownerCreatedAt(ctx.project.apiKey)));
    },
  });
}
