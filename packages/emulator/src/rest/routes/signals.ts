import { fail } from '../../kernel/errors.js';
import { sendSignal } from '../../state/signals.js';
import { empty } from '../../wire/responses.js';
import type { ApiRequest, ApiRouter } from '../router.js';

const SESSION = '/v2/project/:apiKey/session/:sessionId';

function readSignal(request: ApiRequest): { type: string; data: string } {
  const body = request.fields();
  const type = body.optString('type') ?? '';
  const data = body.optString('data') ?? fail(400, 'Invalid request: "data" is required (a string).');
  return { type, data };
}

/** Signals (§6): to every connection of a session, or to one connection; both 204. */
export function signalRoutes(router: ApiRouter): void {
  router.add({
    operation: 'sendSignal',
    method: 'POST',
    path: `${SESSION}/signal`,
    read: readSignal,
    handle: (ctx, signal) => {
      sendSignal(ctx.store, ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? ''), signal);
      return empty(204);
    },
  });
  router.add({
    operation: 'sendSignal',
    method: 'POST',
    path: `${SESSION}/connection/:connectionId/signal`,
    read: readSignal,
    handle: (ctx, signal) => {
      sendSignal(ctx.store, ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? ''), signal, ctx.params['connectionId'] ?? '');
      return empty(204);
    },
  });
}
