import { fail } from '../../kernel/errors.js';
import { empty } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { getConnection, recordSignal } from '../../state/sessions.js';

const SESSION = '/v2/project/:apiKey/session/:sessionId';
const MAX_TYPE_BYTES = 128;
const MAX_DATA_BYTES = 8192;
const encoder = new TextEncoder();

function readSignal(ctx: ApiContext): { type: string; data: string } {
  const body = ctx.fields();
  const type = body.optString('type') ?? '';
  const data = body.optString('data') ?? fail(400, 'Invalid request: "data" is required (a string).');
  if (encoder.encode(type).byteLength > MAX_TYPE_BYTES || encoder.encode(data).byteLength > MAX_DATA_BYTES) {
    fail(413, 'The type string exceeds the maximum length (128 bytes), or the data string exceeds the maximum size (8 kB).');
  }
  return { type, data };
}

/** Signals (§6): to every connection of a session, or to one connection; both 204. */
export function signalRoutes(router: ApiRouter): void {
  router.add({
    operation: 'signalSession',
    method: 'POST',
    path: `${SESSION}/signal`,
    handler: (ctx) => {
      const session = ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
      const { type, data } = readSignal(ctx);
      const at = ctx.store.now();
      for (const connection of session.connections.values()) {
        recordSignal(ctx.store, session, { connectionId: connection.connectionId, type, data, at, target: 'session' });
      }
      return empty(204);
    },
  });
  router.add({
    operation: 'signalConnection',
    method: 'POST',
    path: `${SESSION}/connection/:connectionId/signal`,
    handler: (ctx) => {
      const session = ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
      const { type, data } = readSignal(ctx);
      const connection = getConnection(session, ctx.params['connectionId'] ?? '');
      recordSignal(ctx.store, session, { connectionId: connection.connectionId, type, data, at: ctx.store.now(), target: 'connection' });
      return empty(204);
    },
  });
}
