import { fail } from '../errors.js';
import { uuid } from '../ids.js';
import { empty, json } from '../http/responses.js';
import type { ApiContext, ApiRouter } from '../http/router.js';
import { verifyClientToken } from '../state/client-tokens.js';
import type { Store } from '../state/store.js';
import { TIMINGS } from '../state/timings.js';
import type { CaptionsRecord } from '../state/types.js';
import { findOwned } from './find-owned.js';

const BASE = '/v2/project/:apiKey/captions';

function findCaptions(ctx: ApiContext): CaptionsRecord {
  return findOwned(ctx, ctx.store.captions, 'captionsId', 'No matching captionsId was found.');
}

function stopCaptions(store: Store, captions: CaptionsRecord, reason: string): void {
  captions.status = 'stopped';
  captions.reason = reason;
  captions.updatedAt = store.now();
}

function captionsJson(captions: CaptionsRecord, now: number): Record<string, unknown> {
  const end = captions.status === 'started' ? now : captions.updatedAt;
  return {
    captionId: captions.id,
    applicationId: captions.apiKey,
    sessionId: captions.sessionId,
    status: captions.status,
    createdAt: captions.createdAt,
    updatedAt: captions.updatedAt,
    duration: Math.round((end - captions.createdAt) / 1000),
    languageCode: captions.languageCode,
    provider: 'aws-transcribe',
    ...(captions.reason === undefined ? {} : { reason: captions.reason }),
  };
}

/** Live Captions (§8): start (202 `{captionsId}`), stop (202), get (the Vonage SDK's extra). */
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
      const statusCallbackUrl = body.optString('statusCallbackUrl', { max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' });
      const session = ctx.store.session(ctx.project.apiKey, sessionId);
      if (session.mediaMode !== 'routed') fail(409, 'Live captions need a routed session.');
      await verifyClientToken(ctx.project, session, token, ctx.store.tokenNow(), 400);
      if ([...ctx.store.captions.values()].some((c) => c.sessionId === sessionId && c.status === 'started')) {
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
      const { store } = ctx;
      store.scheduler.at(now + maxDuration * 1000, () => {
        if (captions.status === 'started') stopCaptions(store, captions, 'Maximum duration exceeded');
      });
      return json({ captionsId: captions.id }, 202);
    },
  });
  router.add({
    operation: 'stopCaptions',
    method: 'POST',
    path: `${BASE}/:captionsId/stop`,
    handler: (ctx) => {
      const captions = findCaptions(ctx);
      if (captions.status !== 'started') fail(409, 'Conflict. Live captions have already stopped.');
      stopCaptions(ctx.store, captions, 'Stopped by request');
      return empty(202);
    },
  });
  router.add({
    operation: 'getCaptions',
    method: 'GET',
    path: `${BASE}/:captionsId`,
    handler: (ctx) => json(captionsJson(findCaptions(ctx), ctx.store.now())),
  });
}
