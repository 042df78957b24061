import { BadRequestError, ConflictError, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { generateToken } from '@opentok/tokens';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectAudioToWebsocket, disconnectAudioConnector } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A session created over REST with one connected client publishing one stream, and a fresh token for the Audio Connector. */
async function setUp(mediaMode: 'routed' | 'relayed' = 'routed') {
  const { sessionId, streamIds } = await startLiveSession(emulator, client, { mediaMode, streams: [{}] });
  return { sessionId, streamId: streamIds[0]!, token: await generateToken(client, { sessionId }) };
}

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('Audio Connector against the emulator', () => {
    it('connects a WebSocket with every option, then disconnects it', async () => {
      const { sessionId, streamId, token } = await setUp();
      const connector = await connectAudioToWebsocket(client, {
        sessionId,
        token,
        websocket: {
          uri: 'wss://bot.example.com/audio',
          streams: [streamId],
          headers: { Authorization: 'Bearer bot-secret' },
          audioRate: 24000,
          bidirectional: true,
          audioTransport: { transport: 'json', encoding: 'base64', audioField: 'pcm', receiveAudioField: 'reply', staticFields: { room: 'lobby' } },
        },
      });
      expect(connector).toStrictEqual({ id: expect.any(String), connectionId: expect.any(String) });
      expect(emulator.audioConnection(connector.id)).toEqual({
        id: connector.id,
        apiKey: client.projectId,
        sessionId,
        connectionId: connector.connectionId,
        createdAt: expect.any(Number),
        uri: 'wss://bot.example.com/audio',
        streams: [streamId],
        headers: { Authorization: 'Bearer bot-secret' },
        audioRate: 24000,
        bidirectional: true,
        audioTransport: { transport: 'json', encoding: 'base64', audio_field: 'pcm', receive_audio_field: 'reply', static_fields: { room: 'lobby' } },
        status: 'connected',
      });
      // The wire names are the service's (snake_case), as the request log shows.
      const [logged] = emulator.requests.filter((r) => r.operation === 'connectAudioToWebsocket');
      expect(JSON.parse(logged?.body ?? '{}').websocket.audioTransport).toEqual({
        transport: 'json',
        encoding: 'base64',
        audio_field: 'pcm',
        receive_audio_field: 'reply',
        static_fields: { room: 'lobby' },
      });
      expect(emulator.session(sessionId)?.connections.map((c) => [c.connectionId, c.kind])).toContainEqual([connector.connectionId, 'websocket']);

      await disconnectAudioConnector(client, { audioConnectorId: connector.id });
      expect(emulator.audioConnection(connector.id)?.status).toBe('stopped');
      expect(emulator.session(sessionId)?.connections.map((c) => c.kind)).toEqual(['client']);

      const again = await failure(disconnectAudioConnector(client, { audioConnectorId: connector.id }));
      expect(again).toBeInstanceOf(ConflictError);
      expect(again.message).toBe(
        'disconnectAudioConnector failed: the Audio Connector has already stopped (HTTP 409: Conflict. The Audio Connector connection has already stopped.)',
      );
    });

    it('connects with the URI only, taking the service defaults', async () => {
      const { sessionId, token } = await setUp();
      const connector = await connectAudioToWebsocket(client, { sessionId, token, websocket: { uri: 'ws://127.0.0.1:9000' } });
      expect(emulator.audioConnection(connector.id)).toMatchObject({ uri: 'ws://127.0.0.1:9000', audioRate: 16000, bidirectional: false, status: 'connected' });
    });
  });

  describe('Audio Connector errors from the emulator', () => {
    it('409: a relayed session', async () => {
      const { sessionId, token } = await setUp('relayed');
      const error = await failure(connectAudioToWebsocket(client, { sessionId, token, websocket: { uri: 'wss://x' } }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe(
        'connectAudioToWebsocket failed: the Audio Connector needs a routed session, and this session is relayed (create it with mediaMode "routed") (HTTP 409: Only routed sessions are allowed to initiate Audio Connector WebSocket connections.)',
      );
    });

    it('400: a stream that is not in the session', async () => {
      const { sessionId, token } = await setUp();
      const error = await failure(connectAudioToWebsocket(client, { sessionId, token, websocket: { uri: 'wss://x', streams: ['no-such-stream'] } }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toBe(
        'connectAudioToWebsocket failed: the WebSocket connection was refused (check the session ID, the token, the URI and the stream IDs) (HTTP 400: Invalid request: stream no-such-stream is not in the session.)',
      );
    });

    it('400: a token minted for another session never shows up in the error', async () => {
      const { sessionId } = await setUp();
      const other = await setUp();
      const error = await failure(connectAudioToWebsocket(client, { sessionId, token: other.token, websocket: { uri: 'wss://x' } }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toMatch(
        /^connectAudioToWebsocket failed: the WebSocket connection was refused .*\(HTTP 400: Invalid token: it was minted for session /,
      );
      expect(error.message).not.toContain(other.token);
    });

    it('404: an unknown Audio Connector', async () => {
      const error = await failure(disconnectAudioConnector(client, { audioConnectorId: 'nope' }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe(
        'disconnectAudioConnector failed: there is no Audio Connector with this ID (HTTP 404: Not found. No Audio Connector connection matches the specified ID.)',
      );
    });
  });

  describe('over loopback HTTP', () => {
    it('connects and disconnects through a real socket', async () => {
      const { sessionId, token } = await setUp();
      await overLoopback(emulator, kind, async (http) => {
        const connector = await connectAudioToWebsocket(http, { sessionId, token, websocket: { uri: 'wss://x', bidirectional: true } });
        expect(emulator.audioConnection(connector.id)?.bidirectional).toBe(true);
        await disconnectAudioConnector(http, { audioConnectorId: connector.id });
        expect(emulator.audioConnection(connector.id)?.status).toBe('stopped');
      });
    });
  });
});
