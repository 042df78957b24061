import { fail } from '../../kernel/errors.js';
import { type DialOptions, dialSip, playDtmf } from '../../state/sip-calls.js';
import type { SessionRecord } from '../../state/types.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRequest, ApiRouter } from '../router.js';

const PROJECT = '/v2/project/:apiKey';
const DIGITS = /^[0-9*#p]{1,256}$/;

function findSession(ctx: ApiContext, sessionId: string): SessionRecord {
  return ctx.store.session(ctx.project.apiKey, sessionId);
}

function readDigits(request: ApiRequest): string {
  return request.fields().string('digits', { max: 256, pattern: DIGITS, rule: 'must contain only 0-9, *, # and p (a 500 ms pause)' });
}

/** SIP interconnect (§7): dial, play DTMF to a session or one connection. */
export function sipRoutes(router: ApiRouter): void {
  router.add({
    operation: 'dialSip',
    method: 'POST',
    path: `${PROJECT}/dial`,
    read: (request) => {
      const body = request.fields();
      const sessionId = body.string('sessionId');
      const token = body.string('token');
      const sip = body.optObject('sip') ?? fail(400, 'Invalid request: "sip" is required ({uri, …}).');
      const uri = sip.string('uri', { max: 2000, pattern: /^sips?:\S+@\S+$/i, rule: 'must be a SIP URI (sip:user@domain)' });
      const from = sip.optString('from', { max: 500 });
      const headers = sip.optStringRecord('headers') ?? {};
      for (const name of Object.keys(headers)) if (!/^x-/i.test(name)) fail(400, `Invalid request: custom SIP header "${name}" must start with "X-".`);
      const auth = sip.optObject('auth');
      if (auth !== undefined) {
        auth.string('username', { max: 500 });
        auth.string('password', { max: 500 });
      }
      const secure = sip.optBool('secure') ?? false;
      const video = sip.optBool('video') ?? false;
      const observeForceMute = sip.optBool('observeForceMute') ?? false;
      const streams = sip.optStringArray('streams');
      const options: DialOptions = {
        uri,
        headers,
        secure,
        video,
        observeForceMute,
        hasAuth: auth !== undefined,
        ...(from === undefined ? {} : { from }),
        ...(streams === undefined ? {} : { streams }),
      };
      return { sessionId, token, options };
    },
    handle: async (ctx, { sessionId, token, options }) => {
      const call = await dialSip(ctx.store, ctx.project, sessionId, token, options);
      return json({ id: call.id, connectionId: call.connectionId, streamId: call.streamId });
    },
  });
  router.add({
    operation: 'playDtmf',
    method: 'POST',
    path: `${PROJECT}/session/:sessionId/play-dtmf`,
    read: readDigits,
    handle: (ctx, digits) => {
      playDtmf(ctx.store, findSession(ctx, ctx.params['sessionId'] ?? ''), digits);
      return empty(200);
    },
  });
  router.add({
    operation: 'playDtmf',
    method: 'POST',
    path: `${PROJECT}/session/:sessionId/connection/:connectionId/play-dtmf`,
    read: readDigits,
    handle: (ctx, digits) => {
      playDtmf(ctx.store, findSession(ctx, ctx.params['sessionId'] ?? ''), digits, ctx.params['connectionId'] ?? '');
      return empty(200);
    },
  });
}
