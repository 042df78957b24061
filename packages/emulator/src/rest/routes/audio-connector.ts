import { fail } from '../../kernel/errors.js';
import { uuid } from '../../kernel/ids.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiRouter } from '../router.js';
import { PUBLISHING_ROLES, requireRole, verifyClientToken } from '../../state/client-tokens.js';
import { addConnection, removeConnection } from '../../state/sessions.js';
import type { AudioConnectionRecord } from '../../state/types.js';
import { readAudioTransport } from '../../state/audio-transport.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/connect';

/** Audio Connector (§8): connect a WebSocket (200 `{id, connectionId}`), stop it. */
export function audioConnectorRoutes(router: ApiRouter): void {
  router.add({
    operation: 'connectAudio',
    method: 'POST',
    path: BASE,
    handler: async (ctx) => {
      const body = ctx.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const websocket = body.optObject('websocket') ?? fail(400, 'Invalid request: "websocket" is required ({uri, …}).');
      const uri = websocket.string('uri', { max: 2048, pattern: /^wss?:\/\/\S+$/i, rule: 'must be a ws:// or wss:// URL' });
      const streams = websocket.optStringArray('streams');
      const headers = websocket.optObject('headers');
      const audioRate = websocket.raw('audioRate') ?? 16_000;
      if (audioRate !== 8_000 && audioRate !== 16_000 && audioRate !== 24_000) fail(400, 'Invalid request: "websocket.audioRate" must be 8000, 16000 or 24000.');
      const bidirectional = websocket.optBool('bidirectional') ?? false;
      const transportFields = websocket.optObject('audioTransport');
      const audioTransport = transportFields === undefined ? undefined : readAudioTransport(transportFields);
      const session = ctx.store.session(ctx.project.apiKey, sessionId);
      if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate Audio Connector WebSocket connections.');
      if (streams !== undefined) for (const id of streams) if (!session.streams.has(id)) fail(400, `Invalid request: stream ${id} is not in the session.`);
      const verified = await verifyClientToken(ctx.project, session, token, ctx.store.tokenNow(), 400);
      requireRole(verified, PUBLISHING_ROLES, 'an Audio Connector link needs a token with the publisher role (publisher, publisheronly or moderator)');
      const connection = addConnection(ctx.store, session, 'websocket', { role: verified.role, data: verified.data ?? '' });
      const link: AudioConnectionRecord = {
        id: uuid(),
        apiKey: ctx.project.apiKey,
        sessionId,
        connectionId: connection.connectionId,
        createdAt: ctx.store.now(),
        uri,
        audioRate,
        bidirectional,
        status: 'connected',
        ...(streams === undefined ? {} : { streams }),
        ...(audioTransport === undefined ? {} : { audioTransport }),
        ...(headers === undefined ? {} : { headers: Object.fromEntries(headers.keys().map((k) => [k, headers.raw(k)])) }),
      };
      ctx.store.audioConnections.set(link.id, link);
      return json({ id: link.id, connectionId: link.connectionId });
    },
  });
  router.add({
    operation: 'stopAudio',
    method: 'POST',
    path: `${BASE}/:connectId/stop`,
    handler: (ctx) => {
      const link = findOwned(ctx, ctx.store.audioConnections, 'connectId', 'Not found. No Audio Connector connection matches the specified ID.');
      if (link.status !== 'connected') fail(409, 'Conflict. The Audio Connector connection has already stopped.');
      const session = ctx.store.sessions.get(link.sessionId);
      if (session?.connections.has(link.connectionId) === true) removeConnection(ctx.store, session, link.connectionId);
      link.status = 'stopped';
      return empty(200);
    },
  });
}
