import { fail } from '../../kernel/errors.js';
import { uuid } from '../../kernel/ids.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiRouter } from '../router.js';
import { announceCaptions, scheduleCaptions, stopCaptions } from '../../state/captions.js';
import { requireRole, verifyClientToken } from '../../state/client-tokens.js';
import { TIMINGS } from '../../state/timings.js';
import type { CaptionsRecord } from '../../state/types.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/captions';

/**
 * Live Captions (§8): start (202 `{captionsId}`), stop (202). There is no `GET …/captions/{id}`: the
 * service never served it (`@vonage/video`'s `getCaptionStatus` is deprecated for that reason), so it is
 * an unknown route here too; captions report their status through callbacks.
 */
export function captionsRoutes(router: ApiRouter): void {
  router.add({
    operation: 'startCaptions',
    method: 'POST',
    path: BASE,
    handler: async (ctx) => {
      const body = ctx.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const languageCode = body.optString('languageCode', { pattern: /^[a-z]{2}-[A-Z]{2}$/, rule: 'must be a language tag such as en-US' }) ?? 'en-US';
      const maxDuration = body.optInt('maxDuration', 300, 14_400) ?? TIMINGS.captionsMaxDurationS;
      const partialCaptions = body.optBool('partialCaptions') ?? true;
      const statusCallbackUrl = body.optString('statusCallbackUrl', { min: 15, max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' });
      const session = ctx.store.session(ctx.project.apiKey, sessionId);
      if (session.mediaMode !== 'routed') fail(409, 'Live captions need a routed session.');
      const verified = await verifyClientToken(ctx.project, session, token, ctx.store.tokenNow(), 400);
      requireRole(verified, ['moderator'], 'Live Captions need a token with the moderator role');
      if (ctx.store.captions.ofSession(sessionId).some((c) => c.status === 'started')) {
        fail(409, 'Live captions have already started for this OpenTok Session.');
      }
      const now = ctx.store.now();
      const captions: CaptionsRecord = {
        id: uuid(),
        apiKey: ctx.project.apiKey,
        sessionId,
        createdAt: now,
        updatedAt: now,
        languageCode,
        maxDuration,
        partialCaptions,
        status: 'started',
        ...(statusCallbackUrl === undefined ? {} : { statusCallbackUrl }),
      };
      ctx.store.captions.set(captions.id, captions);
      announceCaptions(ctx.store, captions);
      scheduleCaptions(ctx.store, captions);
      return json({ captionsId: captions.id }, 202);
    },
  });
  router.add({
    operation: 'stopCaptions',
    method: 'POST',
    path: `${BASE}/:captionsId/stop`,
    handler: (ctx) => {
      const captions = findOwned(ctx, ctx.store.captions, 'captionsId', 'No matching captionsId was found.');
      if (captions.status !== 'started') fail(409, 'Conflict. Live captions have already stopped.');
      stopCaptions(ctx.store, captions, 'Stopped by request');
      return empty(202);
    },
  });
}
