import { fail } from '../../kernel/errors.js';
import { sendSignal } from '../../state/signals.js';
import { empty } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';

const SESSION = '/v2/project/:apiKey/session/:sessionId';

function readSignal(ctx: ApiContext): { type: string; data: string } {
  const body = ctx.fields();
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
    handler: (ctx) => {
      const session = ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
      sendSignal(ctx.store, session, readSignal(ctx));
      return empty(204);
    },
  });
  router.add({
    operation: 'sendSignal',
    method: 'POST',
    path: `${SESSION}/connection/:connectionId/signal`,
    handler: (ctx) => {
      const session = ctx.store.session(ctx.project.apiKey, ctx.params['sessionId'] ?? '');
      sendSignal(ctx.store, session, readSignal(ctx), ctx.params['connectionId'] ?? '');
      return empty(204);
    },
  });
}
