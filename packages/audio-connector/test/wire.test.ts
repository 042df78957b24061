import { BadRequestError, ConflictError, InvalidResponseError, NotFoundError } from '@opentok/core';
import {
  type CannedResponse,
  capturedRequests,
  failure,
  officialRequest,
  responseFixture,
  TEST_CREDENTIALS,
  TEST_SESSION_ID,
  useRecorder,
  type WireRow,
  wireRows,
} from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { connectAudioToWebsocket, disconnectAudioConnector, type WebsocketOptions } from '../src/index.js';

const recorder = useRecorder();
const node = capturedRequests('opentok-node-2.23.1');

const BASE = `/v2/project/${TEST_CREDENTIALS.apiKey}`;
const connect = (websocket: WebsocketOptions) => () => connectAudioToWebsocket(recorder.client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', websocket });
const body = (websocket: string) => `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","websocket":${websocket}}`;
const nodeAnswer: CannedResponse = { body: responseFixture('websocket_connect.node.json') };
const nodeConnector = { id: 'CONFERENCEID', connectionId: 'CONNECTIONID' };

const rows: WireRow[] = [
  {
    name: 'connectAudioToWebsocket with the options opentok-node sends, byte for byte, replaying websocket_connect.node.json',
    call: connect({ uri: 'wss://x/y', streams: ['STID'], headers: { h: 'v' }, bidirectional: true }),
    reply: nodeAnswer,
    method: 'POST',
    url: `${BASE}/connect`,
    body: node['websocketConnect']?.body ?? '',
    result: nodeConnector,
    official: officialRequest('opentok-node-2.23.1', 'websocketConnect'),
  },
  {
    name: 'connectAudioToWebsocket with an audio rate, as Python 3.13 sends it, replaying audio_connector_connect.py3130.json',
    call: connect({ uri: 'wss://x', streams: ['S'], headers: { h: 'v' }, audioRate: 16000, bidirectional: true }),
    reply: { body: responseFixture('audio_connector_connect.py3130.json') },
    method: 'POST',
    url: `${BASE}/connect`,
    body: body('{"uri":"wss://x","streams":["S"],"headers":{"h":"v"},"audioRate":16000,"bidirectional":true}'),
    result: { id: 'b0a5a8c7-dc38-459f-a48d-a7f2008da853', connectionId: 'e9f8c166-6c67-440d-994a-04fb6dfed007' },
    official: officialRequest('python-3.13.0', 'connect_audio_to_websocket'),
  },
  {
    name: 'connectAudioToWebsocket with the URI only leaves the rest to the service',
    call: connect({ uri: 'ws://127.0.0.1:8080/audio' }),
    reply: nodeAnswer,
    method: 'POST',
    url: `${BASE}/connect`,
    body: body('{"uri":"ws://127.0.0.1:8080/audio"}'),
    result: nodeConnector,
  },
  {
    name: 'connectAudioToWebsocket with the JSON audio transport sends its options in snake_case',
    call: connect({
      uri: 'wss://bot.example.com',
      audioRate: 24000,
      bidirectional: true,
      audioTransport: {
        transport: 'json',
        encoding: 'base64',
        audioField: 'pcm',
        receiveAudioField: 'reply',
        staticFields: { room: 'lobby', seat: 3, live: true },
      },
    }),
    reply: nodeAnswer,
    method: 'POST',
    url: `${BASE}/connect`,
    body: body(
      '{"uri":"wss://bot.example.com","audioRate":24000,"bidirectional":true,"audioTransport":{"transport":"json","encoding":"base64","audio_field":"pcm","receive_audio_field":"reply","static_fields":{"room":"lobby","seat":3,"live":true}}}',
    ),
    result: nodeConnector,
  },
  {
    name: 'connectAudioToWebsocket with the JSON audio transport and its defaults',
    call: connect({ uri: 'wss://bot.example.com', audioTransport: { transport: 'json', encoding: 'base64' } }),
    reply: nodeAnswer,
    method: 'POST',
    url: `${BASE}/connect`,
    body: body('{"uri":"wss://bot.example.com","audioTransport":{"transport":"json","encoding":"base64"}}'),
    result: nodeConnector,
  },
  {
    name: 'connectAudioToWebsocket with the binary audio transport, bidirectional false',
    call: connect({ uri: 'wss://bot.example.com', bidirectional: false, audioTransport: { transport: 'binary' } }),
    reply: nodeAnswer,
    method: 'POST',
    url: `${BASE}/connect`,
    body: body('{"uri":"wss://bot.example.com","bidirectional":false,"audioTransport":{"transport":"binary"}}'),
    result: nodeConnector,
  },
  {
    name: 'disconnectAudioConnector posts no body to …/connect/{id}/stop',
    call: (client) => disconnectAudioConnector(client, { audioConnectorId: 'b0a5a8c7-dc38-459f-a48d-a7f2008da853' }),
    reply: { status: 200, body: '' },
    method: 'POST',
    url: `${BASE}/connect/b0a5a8c7-dc38-459f-a48d-a7f2008da853/stop`,
    result: undefined,
  },
];

describe('Audio Connector operations on the wire', () => {
  wireRows(recorder, rows);

  it('drops unknown fields of the connect answer', async () => {
    recorder.reply({ body: { id: 'i', connectionId: 'c', sessionId: 's', extra: true } });
    await expect(connect({ uri: 'wss://x' })()).resolves.toStrictEqual({ id: 'i', connectionId: 'c' });
  });

  it('refuses a connect answer without the IDs', async () => {
    recorder.reply({ body: { id: 'i' } });
    const error = await failure(connect({ uri: 'wss://x' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('connectAudioToWebsocket failed: OpenTok answered without the id and connectionId of the Audio Connector');
  });
});

describe('Audio Connector API errors (recorder)', () => {
  const connectWithSecrets = () =>
    failure(
      connectAudioToWebsocket(recorder.client, {
        sessionId: TEST_SESSION_ID,
        token: 'SECRET-TOKEN',
        websocket: { uri: 'wss://x', headers: { Authorization: 'Bearer SECRET-HEADER' } },
      }),
    );

  it('409 on connect: the session is relayed; the token and headers stay out of the error', async () => {
    recorder.reply({ status: 409, body: { message: 'Only routed sessions are allowed to initiate Audio Connector WebSocket connections.' } });
    const error = await connectWithSecrets();
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'connectAudioToWebsocket failed: the Audio Connector needs a routed session, and this session is relayed (create it with mediaMode "routed") (HTTP 409: Only routed sessions are allowed to initiate Audio Connector WebSocket connections.)',
    );
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain('SECRET');
  });

  it('400 on connect says what to check', async () => {
    recorder.reply({ status: 400, body: { message: 'Invalid token' } });
    const error = await connectWithSecrets();
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      'connectAudioToWebsocket failed: the WebSocket connection was refused (check the session ID, the token, the URI and the stream IDs) (HTTP 400: Invalid token)',
    );
  });

  it('404 on disconnect', async () => {
    recorder.reply({ status: 404, body: { message: 'Not found' } });
    const error = await failure(disconnectAudioConnector(recorder.client, { audioConnectorId: 'AID' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('disconnectAudioConnector failed: there is no Audio Connector with this ID (HTTP 404: Not found)');
  });

  it('409 on disconnect', async () => {
    recorder.reply({ status: 409, body: { message: 'Already stopped' } });
    const error = await failure(disconnectAudioConnector(recorder.client, { audioConnectorId: 'AID' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('disconnectAudioConnector failed: the Audio Connector has already stopped (HTTP 409: Already stopped)');
  });
});
