import { fail } from '../../kernel/errors.js';
import { uuid } from '../../kernel/ids.js';
import { empty, json } from '../../wire/responses.js';
import type { ApiContext, ApiRouter } from '../router.js';
import { PUBLISHING_ROLES, requireRole, verifyClientToken } from '../../state/client-tokens.js';
import { addConnection, addStream, getConnection } from '../../state/sessions.js';
import { announceSipCall } from '../../state/sip-calls.js';
import type { SessionRecord, SipCallRecord } from '../../state/types.js';

const PROJECT = '/v2/project/:apiKey';
const DIGITS = /^[0-9*#p]{1,256}$/;

function findSession(ctx: ApiContext, sessionId: string): SessionRecord {
  return ctx.store.session(ctx.project.apiKey, sessionId);
}

function readDigits(ctx: ApiContext): string {
  return ctx.fields().string('digits', { max: 256, pattern: DIGITS, rule: 'must contain only 0-9, *, # and p (a 500 ms pause)' });
}

/** SIP interconnect (§7): dial, play DTMF to a session or one connection. */
export function sipRoutes(router: ApiRouter): void {
  router.add({
    operation: 'dial',
    method: 'POST',
    path: `${PROJECT}/dial`,
    handler: async (ctx) => {
      const body = ctx.fields();
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
      const session = findSession(ctx, sessionId);
      if (session.mediaMode !== 'routed') fail(409, 'Only routed sessions are allowed to initiate SIP calls.');
      const verified = await verifyClientToken(ctx.project, session, token, ctx.store.tokenNow(), 400);
      requireRole(verified, PUBLISHING_ROLES, 'a SIP call publishes its audio into the session, so it needs a token that can publish (publisher, publisheronly or moderator)');
      const connection = addConnection(ctx.store, session, 'sip', { role: verified.role, data: verified.data ?? '' });
      const stream = addStream(ctx.store, session, connection.connectionId, { videoType: 'camera', name: from ?? uri, hasAudio: true, hasVideo: video });
      const call: SipCallRecord = {
        id: uuid(),
        apiKey: ctx.project.apiKey,
        sessionId,
        connectionId: connection.connectionId,
        streamId: stream.streamId,
        createdAt: ctx.store.now(),
        uri,
        headers,
        secure,
        video,
        observeForceMute,
        hasAuth: auth !== undefined,
        status: 'started',
        dtmf: [],
        ...(from === undefined ? {} : { from }),
        ...(streams === undefined ? {} : { streams }),
      };
      ctx.store.sipCalls.set(call.id, call);
      announceSipCall(ctx.store, call, 'created');
      return json({ id: call.id, connectionId: call.connectionId, streamId: call.streamId });
    },
  });
  router.add({
    operation: 'playDtmfSession',
    method: 'POST',
    path: `${PROJECT}/session/:sessionId/play-dtmf`,
    handler: (ctx) => {
      const session = findSession(ctx, ctx.params['sessionId'] ?? '');
      const digits = readDigits(ctx);
      session.dtmf.push({ digits, at: ctx.store.now() });
      for (const call of ctx.store.sipCalls.ofSession(session.sessionId)) if (call.status === 'started') call.dtmf.push(digits);
      return empty(200);
    },
  });
  router.add({
    operation: 'playDtmfConnection',
    method: 'POST',
    path: `${PROJECT}/session/:sessionId/connection/:connectionId/play-dtmf`,
    handler: (ctx) => {
      const session = findSession(ctx, ctx.params['sessionId'] ?? '');
      const digits = readDigits(ctx);
      const connection = getConnection(session, ctx.params['connectionId'] ?? '');
      session.dtmf.push({ connectionId: connection.connectionId, digits, at: ctx.store.now() });
      for (const call of ctx.store.sipCalls.ofSession(connection.sessionId)) if (call.connectionId === connection.connectionId) call.dtmf.push(digits);
      return empty(200);
    },
  });
}
