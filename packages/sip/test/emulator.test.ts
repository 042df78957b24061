import { BadRequestError, ConflictError, encodeSessionId, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, createSessionOverRest, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { generateToken } from '@opentok/tokens';
import { beforeEach, describe, expect, it } from 'vitest';
import { dialSip, playDtmf } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A session created over the REST API with one connected client publishing one stream, and a fresh token for the SIP call. */
async function setUp(mediaMode: 'routed' | 'relayed') {
  const { sessionId, connectionIds, streamIds } = await startLiveSession(emulator, client, { mediaMode, streams: [{}] });
  const token = await generateToken(client, { sessionId, data: 'sip=true' });
  return { sessionId, connectionId: connectionIds[0]!, streamId: streamIds[0]!, token };
}

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('SIP against the emulator', () => {
    it('dials with every option, then plays DTMF to the session and to the call', async () => {
      const { sessionId, connectionId, streamId, token } = await setUp('routed');
      const call = await dialSip(client, {
        sessionId,
        token,
        sip: {
          uri: 'sip:+15551234567@sip.example.com;transport=tls',
          from: 'bot@example.com',
          headers: { 'X-Room': '42' },
          auth: { username: 'bot', password: 'hunter2' },
          secure: true,
          video: true,
          observeForceMute: true,
          streams: [streamId],
        },
      });
      expect(call).toEqual({ id: expect.any(String), connectionId: expect.any(String), streamId: expect.any(String) });
      expect(Object.keys(call).sort()).toEqual(['connectionId', 'id', 'streamId']);
      expect(emulator.sipCall(call.id)).toEqual({
        id: call.id,
        apiKey: client.projectId,
        sessionId,
        connectionId: call.connectionId,
        streamId: call.streamId,
        createdAt: expect.any(Number),
        uri: 'sip:+15551234567@sip.example.com;transport=tls',
        from: 'bot@example.com',
        headers: { 'X-Room': '42' },
        secure: true,
        video: true,
        observeForceMute: true,
        streams: [streamId],
        hasAuth: true,
        status: 'started',
        dtmf: [],
      });
      const session = emulator.session(sessionId);
      expect(session?.connections.map((c) => [c.connectionId, c.kind])).toEqual([
        [connectionId, 'client'],
        [call.connectionId, 'sip'],
      ]);
      expect(session?.streams.find((s) => s.streamId === call.streamId)).toMatchObject({ connectionId: call.connectionId, hasVideo: true });

      await playDtmf(client, { sessionId, digits: '1234#' });
      expect(emulator.sipCall(call.id)?.dtmf).toEqual(['1234#']);
      expect(emulator.session(sessionId)?.dtmf).toEqual([{ digits: '1234#', at: expect.any(Number) }]);

      await playDtmf(client, { sessionId, connectionId: call.connectionId, digits: 'p9*' });
      expect(emulator.sipCall(call.id)?.dtmf).toEqual(['1234#', 'p9*']);
      expect(emulator.session(sessionId)?.dtmf[1]).toEqual({ connectionId: call.connectionId, digits: 'p9*', at: expect.any(Number) });

      await playDtmf(client, { sessionId, connectionId, digits: '0' });
      expect(emulator.sipCall(call.id)?.dtmf).toEqual(['1234#', 'p9*']);
      expect(emulator.session(sessionId)?.dtmf[2]).toEqual({ connectionId, digits: '0', at: expect.any(Number) });
    });

    it('dials with the URI only (audio only by default)', async () => {
      const { sessionId, token } = await setUp('routed');
      const call = await dialSip(client, { sessionId, token, sip: { uri: 'sip:conference@bridge.example.com' } });
      expect(emulator.sipCall(call.id)).toMatchObject({
        uri: 'sip:conference@bridge.example.com',
        headers: {},
        secure: false,
        video: false,
        observeForceMute: false,
        hasAuth: false,
      });
      expect(emulator.sipCall(call.id)).not.toHaveProperty('from');
      expect(emulator.session(sessionId)?.streams.find((s) => s.streamId === call.streamId)?.hasVideo).toBe(false);
    });
  });

  describe('SIP errors from the emulator', () => {
    it('409: a relayed session cannot dial SIP', async () => {
      const { sessionId, token } = await setUp('relayed');
      const error = await failure(dialSip(client, { sessionId, token, sip: { uri: 'sip:a@b.example.com', auth: { username: 'u', password: 'hunter2' } } }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe(
        'dialSip failed: SIP calls need a routed session, and this session is relayed (create it with mediaMode "routed") (HTTP 409: Only routed sessions are allowed to initiate SIP calls.)',
      );
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain('hunter2');
      expect(emulator.session(sessionId)?.connections).toHaveLength(1);
    });

    it('404: a session that does not exist', async () => {
      const sessionId = encodeSessionId({ apiKey: client.projectId });
      const token = await generateToken(client, { sessionId });
      const error = await failure(dialSip(client, { sessionId, token, sip: { uri: 'sip:a@b.example.com' } }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toMatch(/^dialSip failed: the session does not exist \(HTTP 404: Session not found/);
    });

    it('400: a token for another session is refused, and the token is not in the error', async () => {
      const { sessionId } = await setUp('routed');
      const other = await createSessionOverRest(client);
      const token = await generateToken(client, { sessionId: other });
      const error = await failure(dialSip(client, { sessionId, token, sip: { uri: 'sip:a@b.example.com' } }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toMatch(
        /^dialSip failed: the dial request was refused \(check the session ID, token, SIP URI and credentials, and that SIP interconnect is enabled for the project\) \(HTTP 400: /,
      );
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain(token);
    });

    it('404: DTMF to an unknown connection or session', async () => {
      const { sessionId } = await setUp('routed');
      const connection = await failure(playDtmf(client, { sessionId, connectionId: 'no-such-connection', digits: '1' }));
      expect(connection).toBeInstanceOf(NotFoundError);
      expect(connection.message).toBe(
        'playDtmf failed: the session or the connection does not exist (HTTP 404: Not found. No connection no-such-connection is connected to the session.)',
      );
      const session = await failure(playDtmf(client, { sessionId: encodeSessionId({ apiKey: client.projectId }), digits: '1' }));
      expect(session).toBeInstanceOf(NotFoundError);
      expect(session.message).toMatch(/^playDtmf failed: the session does not exist \(HTTP 404: Session not found/);
    });
  });

  describe('over loopback HTTP', () => {
    it('dials and plays DTMF through a real socket', async () => {
      const { sessionId, token } = await setUp('routed');
      await overLoopback(emulator, kind, async (http) => {
        const call = await dialSip(http, { sessionId, token, sip: { uri: 'sips:desk@pbx.example.com' } });
        await playDtmf(http, { sessionId, digits: '42#' });
        expect(emulator.sipCall(call.id)).toMatchObject({ uri: 'sips:desk@pbx.example.com', dtmf: ['42#'] });
      });
    });
  });
});
