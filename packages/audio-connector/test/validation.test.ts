import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe } from 'vitest';
import { type ConnectAudioToWebsocketParams, connectAudioToWebsocket, disconnectAudioConnector } from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const TOKEN = 'T1==SECRET-TOKEN-VALUE';
const HEADER = 'Bearer SECRET-HEADER-VALUE';
/** Connect params with some fields replaced, as an untyped JavaScript caller could pass them. */
const connect = (overrides: Record<string, unknown>) => () =>
  connectAudioToWebsocket(recorder.client, {
    sessionId: TEST_SESSION_ID,
    token: TOKEN,
    websocket: { uri: 'wss://x' },
    ...overrides,
  } as ConnectAudioToWebsocketParams);
const websocket = (overrides: Record<string, unknown>) => connect({ websocket: { uri: 'wss://x', ...overrides } });
const transport = (audioTransport: unknown, extra: Record<string, unknown> = {}) => websocket({ audioTransport, ...extra });
const json = { transport: 'json', encoding: 'base64' };

const rows: ValidationRow[] = [
  [
    'connect: client undefined',
    () => connectAudioToWebsocket(undefined as never, { sessionId: TEST_SESSION_ID, token: TOKEN, websocket: { uri: 'wss://x' } }),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  [
    'disconnect: client a number',
    () => disconnectAudioConnector(1 as never, { audioConnectorId: 'a' }),
    'client',
    'client must be a client made by createClient() (got 1)',
  ],
  ['connect: params null', () => connectAudioToWebsocket(recorder.client, null as never), 'params', 'params must be an object'],
  ['connect: params the token hides it', () => connectAudioToWebsocket(recorder.client, TOKEN as never), 'params', 'params must be an object'],
  [
    'connect: a misspelt option hides its value',
    connect({ tokens: TOKEN }),
    'params.tokens',
    'params.tokens is not a known option (expected sessionId, token, websocket)',
  ],
  ['connect: sessionId missing', connect({ sessionId: undefined }), 'sessionId', 'sessionId must be a string (got undefined)'],
  [
    'connect: sessionId with a slash',
    connect({ sessionId: 'a/b' }),
    'sessionId',
    'sessionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/b")',
  ],
  ['connect: token missing', connect({ token: undefined }), 'token', 'token must be a non-empty string'],
  ['connect: token a number', connect({ token: 42 }), 'token', 'token must be a non-empty string'],
  ['connect: websocket missing', connect({ websocket: undefined }), 'websocket', 'websocket must be an object (got undefined)'],
  [
    'connect: a misspelt websocket option hides its value',
    websocket({ header: { Authorization: HEADER } }),
    'websocket.header',
    'websocket.header is not a known option (expected uri, streams, headers, audioRate, bidirectional, audioTransport)',
  ],
  ['connect: uri missing', websocket({ uri: undefined }), 'websocket.uri', 'websocket.uri must be a string (got undefined)'],
  ['connect: uri https', websocket({ uri: 'https://x' }), 'websocket.uri', 'websocket.uri must be a ws:// or wss:// URL (got "https://x")'],
  ['connect: uri without a host', websocket({ uri: 'wss:///audio' }), 'websocket.uri', 'websocket.uri must be a ws:// or wss:// URL (got "wss:///audio")'],
  [
    'connect: uri with an empty host',
    websocket({ uri: 'wss://?room=1' }),
    'websocket.uri',
    'websocket.uri must be a ws:// or wss:// URL (got "wss://?room=1")',
  ],
  ['connect: uri with a space', websocket({ uri: 'wss://x/a b' }), 'websocket.uri', 'websocket.uri must be a ws:// or wss:// URL (got "wss://x/a b")'],
  ['connect: streams a string', websocket({ streams: 'S1' }), 'websocket.streams', 'websocket.streams must be an array of stream IDs (got "S1")'],
  ['connect: streams with a bad ID', websocket({ streams: ['ok', ''] }), 'websocket.streams[1]', 'websocket.streams[1] must not be empty (got "")'],
  ['connect: headers an array', websocket({ headers: [HEADER] }), 'websocket.headers', 'websocket.headers must be an object'],
  ['connect: headers a string hides it', websocket({ headers: HEADER }), 'websocket.headers', 'websocket.headers must be an object'],
  [
    'connect: a header value not a string hides it',
    websocket({ headers: { Authorization: { token: HEADER } } }),
    'websocket.headers.Authorization',
    'websocket.headers.Authorization must be a string',
  ],
  ['connect: audioRate 44100', websocket({ audioRate: 44_100 }), 'websocket.audioRate', 'websocket.audioRate must be one of 8000, 16000, 24000 (got 44100)'],
  [
    'connect: audioRate a string',
    websocket({ audioRate: '16000' }),
    'websocket.audioRate',
    'websocket.audioRate must be one of 8000, 16000, 24000 (got "16000")',
  ],
  ['connect: bidirectional a string', websocket({ bidirectional: 'yes' }), 'websocket.bidirectional', 'websocket.bidirectional must be a boolean (got "yes")'],
  ['connect: audioTransport a string', transport('json'), 'websocket.audioTransport', 'websocket.audioTransport must be an object (got "json")'],
  [
    'connect: a misspelt audioTransport option',
    transport({ ...json, audio_field: 'a' }),
    'websocket.audioTransport.audio_field',
    'websocket.audioTransport.audio_field is not a known option (expected transport, encoding, audioField, receiveAudioField, staticFields)',
    '"a"',
  ],
  [
    'connect: transport missing',
    transport({}),
    'websocket.audioTransport.transport',
    'websocket.audioTransport.transport must be one of "binary", "json" (got undefined)',
  ],
  [
    'connect: transport unknown',
    transport({ transport: 'text' }),
    'websocket.audioTransport.transport',
    'websocket.audioTransport.transport must be one of "binary", "json" (got "text")',
  ],
  [
    'connect: json without encoding',
    transport({ transport: 'json' }),
    'websocket.audioTransport.encoding',
    'websocket.audioTransport.encoding must be "base64" with transport "json" (got undefined)',
  ],
  [
    'connect: json with encoding hex',
    transport({ transport: 'json', encoding: 'hex' }),
    'websocket.audioTransport.encoding',
    'websocket.audioTransport.encoding must be "base64" with transport "json" (got "hex")',
  ],
  [
    'connect: binary with an encoding',
    transport({ transport: 'binary', encoding: 'base64' }),
    'websocket.audioTransport.encoding',
    'websocket.audioTransport.encoding is only allowed with transport "json" (got "base64")',
  ],
  [
    'connect: binary with an audio field',
    transport({ transport: 'binary', audioField: 'a' }),
    'websocket.audioTransport.audioField',
    'websocket.audioTransport.audioField is only allowed with transport "json" (got "a")',
  ],
  [
    'connect: audioField empty',
    transport({ ...json, audioField: '' }),
    'websocket.audioTransport.audioField',
    'websocket.audioTransport.audioField must not be empty (got "")',
  ],
  [
    'connect: receiveAudioField without bidirectional',
    transport({ ...json, receiveAudioField: 'in' }),
    'websocket.audioTransport.receiveAudioField',
    'websocket.audioTransport.receiveAudioField is only allowed with websocket.bidirectional true (got "in")',
  ],
  [
    'connect: receiveAudioField a number',
    transport({ ...json, receiveAudioField: 1 }, { bidirectional: true }),
    'websocket.audioTransport.receiveAudioField',
    'websocket.audioTransport.receiveAudioField must be a string (got 1)',
  ],
  [
    'connect: staticFields an array',
    transport({ ...json, staticFields: ['a'] }),
    'websocket.audioTransport.staticFields',
    'websocket.audioTransport.staticFields must be an object (got an array of 1)',
  ],
  [
    'connect: a static field an object',
    transport({ ...json, staticFields: { meta: {} } }),
    'websocket.audioTransport.staticFields.meta',
    'websocket.audioTransport.staticFields.meta must be a string, a number or a boolean (got an object)',
  ],
  [
    'connect: options.headers not an object',
    () => connectAudioToWebsocket(recorder.client, { sessionId: TEST_SESSION_ID, token: TOKEN, websocket: { uri: 'wss://x' } }, { headers: 'x' as never }),
    'options.headers',
    'options.headers must be an object (got "x")',
  ],
  ['disconnect: params undefined', () => disconnectAudioConnector(recorder.client, undefined as never), 'params', 'params must be an object (got undefined)'],
  [
    'disconnect: a misspelt option',
    () => disconnectAudioConnector(recorder.client, { connectionId: 'c' } as never),
    'params.connectionId',
    'params.connectionId is not a known option (expected audioConnectorId)',
    '"c"',
  ],
  [
    'disconnect: audioConnectorId with a slash',
    () => disconnectAudioConnector(recorder.client, { audioConnectorId: '../x' }),
    'audioConnectorId',
    'audioConnectorId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "../x")',
  ],
];

describe('validation before any request', () => {
  validationRows(recorder, rows, ['SECRET']);
});
