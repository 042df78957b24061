import { fail } from '../../kernel/errors.js';
import { type AudioConnectionOptions, connectAudio, stopAudioConnection } from '../../state/audio-connections.js';
import { readAudioTransport } from '../../state/audio-transport.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiRouter } from '../router.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/connect';

/** Audio Connector (§8): connect a WebSocket (200 `{id, connectionId}`), stop it. */
export function audioConnectorRoutes(router: ApiRouter): void {
  router.add({
    operation: 'connectAudioToWebsocket',
    method: 'POST',
    path: BASE,
    read: (request) => {
      const body = request.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const websocket = body.optObject('websocket') ?? fail(400, 'Invalid request: "websocket" is required ({uri, …}).');
      const uri = websocket.string('uri', { max: 2048, pattern: /^wss?:\/\/\S+$/i, rule: 'must be a ws:// or wss:// URL' });
      const streams = websocket.optStringArray('streams');
      const headers = websocket.optObject('headers');
      const audioRate = websocket.raw('audioRate') ?? 16_000;
      if (audioRate !== 8_000 && audioRate !== 16_000 && audioRate !== 24_000)
        fail(400, 'Invalid request: "websocket.audioRate" must be 8000, 16000 or 24000.');
      const bidirectional = websocket.optBool('bidirectional') ?? false;
      const transportFields = websocket.optObject('audioTransport');
      const audioTransport = transportFields === undefined ? undefined : readAudioTransport(transportFields);
      const options: AudioConnectionOptions = {
        uri,
        audioRate,
        bidirectional,
        ...(streams === undefined ? {} : { streams }),
        ...(audioTransport === undefined ? {} : { audioTransport }),
        ...(headers === undefined ? {} : { headers: Object.fromEntries(headers.keys().map((k) => [k, headers.raw(k)])) }),
      };
      return { sessionId, token, options };
    },
    handle: async (ctx, { sessionId, token, options }) => {
      const link = await connectAudio(ctx.store, ctx.project, sessionId, token, options);
      return json({ id: link.id, connectionId: link.connectionId });
    },
  });
  router.add({
    operation: 'disconnectAudioConnector',
    method: 'POST',
    path: `${BASE}/:connectId/stop`,
    handle: (ctx) => {
      stopAudioConnection(
        ctx.store,
        findOwned(ctx, ctx.store.audioConnections, 'connectId', 'Not found. No Audio Connector connection matches the specified ID.'),
      );
      return empty(200);
    },
  });
}
