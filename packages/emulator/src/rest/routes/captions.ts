import { type CaptionsOptions, startCaptions, stopCaptions } from '../../state/captions.js';
import { TIMINGS } from '../../state/timings.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiRouter } from '../router.js';
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
    read: (request) => {
      const body = request.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const languageCode = body.optString('languageCode', { pattern: /^[a-z]{2}-[A-Z]{2}$/, rule: 'must be a language tag such as en-US' }) ?? 'en-US';
      const maxDuration = body.optInt('maxDuration', 300, 14_400) ?? TIMINGS.captionsMaxDurationS;
      // @vonage/video types partialCaptions as the string 'true' | 'false' and sends it so; the service takes both.
      const partialCaptions = body.optBool('partialCaptions', { strings: true }) ?? true;
      const statusCallbackUrl = body.optString('statusCallbackUrl', { min: 15, max: 2048, pattern: /^https?:\/\/\S+$/i, rule: 'must be an http(s) URL' });
      const options: CaptionsOptions = { languageCode, maxDuration, partialCaptions, ...(statusCallbackUrl === undefined ? {} : { statusCallbackUrl }) };
      return { sessionId, token, options };
    },
    handle: async (ctx, { sessionId, token, options }) => {
      const captions = await startCaptions(ctx.store, ctx.project, sessionId, token, options);
      return json({ captionsId: captions.id }, 202);
    },
  });
  router.add({
    operation: 'stopCaptions',
    method: 'POST',
    path: `${BASE}/:captionsId/stop`,
    handle: (ctx) => {
      stopCaptions(ctx.store, findOwned(ctx, ctx.store.captions, 'captionsId', 'No matching captionsId was found.'), 'Stopped by request');
      return empty(202);
    },
  });
}
