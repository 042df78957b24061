import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe } from 'vitest';
import { type DialSipParams, dialSip, playDtmf } from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const TOKEN = 'T1==SECRET-TOKEN-VALUE';
const PASSWORD = 'SECRET-PASSWORD-VALUE';
/** Dial params with some fields replaced, as an untyped JavaScript caller could pass them. */
const dial = (overrides: Record<string, unknown>) => () =>
  dialSip(recorder.client, { sessionId: TEST_SESSION_ID, token: TOKEN, sip: { uri: 'sip:a@b' }, ...overrides } as DialSipParams);
const sip = (overrides: Record<string, unknown>) => dial({ sip: { uri: 'sip:a@b', ...overrides } });
const dtmf = (overrides: Record<string, unknown>) => () => playDtmf(recorder.client, { sessionId: TEST_SESSION_ID, digits: '1', ...overrides } as never);

const rows: ValidationRow[] = [
  [
    'dial: client undefined',
    () => dialSip(undefined as never, { sessionId: TEST_SESSION_ID, token: TOKEN, sip: { uri: 'sip:a@b' } }),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  [
    'dtmf: client without an apiKey',
    () => playDtmf({} as never, { sessionId: TEST_SESSION_ID, digits: '1' }),
    'client',
    'client must be a client made by createClient() (got an object)',
  ],
  ['dial: params null', () => dialSip(recorder.client, null as never), 'params', 'params must be an object'],
  ['dial: params the token hides it', () => dialSip(recorder.client, TOKEN as never), 'params', 'params must be an object'],
  ['dial: sessionId missing', dial({ sessionId: undefined }), 'sessionId', 'sessionId must be a string (got undefined)'],
  [
    'dial: sessionId with a slash',
    dial({ sessionId: 'a/b' }),
    'sessionId',
    'sessionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/b")',
  ],
  ['dial: token missing', dial({ token: undefined }), 'token', 'token must be a non-empty string'],
  ['dial: token empty', dial({ token: '' }), 'token', 'token must be a non-empty string'],
  ['dial: token an object', dial({ token: { value: TOKEN } }), 'token', 'token must be a non-empty string'],
  ['dial: sip missing', dial({ sip: undefined }), 'sip', 'sip must be an object (got undefined)'],
  ['dial: sip a string', dial({ sip: 'sip:a@b' }), 'sip', 'sip must be an object (got "sip:a@b")'],
  ['dial: uri missing', sip({ uri: undefined }), 'sip.uri', 'sip.uri must be a string (got undefined)'],
  ['dial: uri empty', sip({ uri: '' }), 'sip.uri', 'sip.uri must not be empty (got "")'],
  ['dial: uri http', sip({ uri: 'http://a@b' }), 'sip.uri', 'sip.uri must be a SIP URI like "sip:user@domain" or "sips:user@domain" (got "http://a@b")'],
  ['dial: uri scheme only', sip({ uri: 'sip:' }), 'sip.uri', 'sip.uri must be a SIP URI like "sip:user@domain" or "sips:user@domain" (got "sip:")'],
  ['dial: uri with a space', sip({ uri: 'sip:a b@c' }), 'sip.uri', 'sip.uri must be a SIP URI like "sip:user@domain" or "sips:user@domain" (got "sip:a b@c")'],
  [
    'dial: uri without a user',
    sip({ uri: 'sip:example.com' }),
    'sip.uri',
    'sip.uri must be a SIP URI like "sip:user@domain" or "sips:user@domain" (got "sip:example.com")',
  ],
  [
    'dial: uri without a domain',
    sip({ uri: 'sip:user@' }),
    'sip.uri',
    'sip.uri must be a SIP URI like "sip:user@domain" or "sips:user@domain" (got "sip:user@")',
  ],
  ['dial: from a number', sip({ from: 15551234567 }), 'sip.from', 'sip.from must be a string (got 15551234567)'],
  ['dial: from empty', sip({ from: '' }), 'sip.from', 'sip.from must not be empty (got "")'],
  ['dial: headers an array', sip({ headers: [] }), 'sip.headers', 'sip.headers must be an object (got an array of 0)'],
  [
    'dial: header name without X-',
    sip({ headers: { 'X-ok': '1', Foo: 'bar' } }),
    'sip.headers',
    'sip.headers must only have header names that start with "X-" (got "Foo")',
  ],
  [
    'dial: header name with a space',
    sip({ headers: { 'X-a b': '1' } }),
    'sip.headers',
    'sip.headers must only have header names that start with "X-" (got "X-a b")',
  ],
  ['dial: header value a number', sip({ headers: { 'X-n': 1 } }), 'sip.headers.X-n', 'sip.headers.X-n must be a string (got 1)'],
  ['dial: auth a string', sip({ auth: `u:${PASSWORD}` }), 'sip.auth', 'sip.auth must be an object'],
  ['dial: a misspelt option hides its value', dial({ tokn: TOKEN }), 'params.tokn', 'params.tokn is not a known option (expected sessionId, token, sip)'],
  [
    'dial: an unknown sip option hides its value',
    sip({ password: PASSWORD }),
    'sip.password',
    'sip.password is not a known option (expected uri, from, headers, auth, secure, video, observeForceMute, streams)',
  ],
  [
    'dial: an unknown auth field hides its value',
    sip({ auth: { username: 'u', password: PASSWORD, pass: PASSWORD } }),
    'sip.auth.pass',
    'sip.auth.pass is not a known option (expected username, password)',
  ],
  ['dial: auth username missing', sip({ auth: { password: PASSWORD } }), 'sip.auth.username', 'sip.auth.username must be a string (got undefined)'],
  ['dial: auth password missing', sip({ auth: { username: 'u' } }), 'sip.auth.password', 'sip.auth.password must be a non-empty string'],
  ['dial: auth password a number', sip({ auth: { username: 'u', password: 1234 } }), 'sip.auth.password', 'sip.auth.password must be a non-empty string'],
  ['dial: secure a string', sip({ secure: 'true' }), 'sip.secure', 'sip.secure must be a boolean (got "true")'],
  ['dial: video a number', sip({ video: 1 }), 'sip.video', 'sip.video must be a boolean (got 1)'],
  ['dial: observeForceMute null', sip({ observeForceMute: null }), 'sip.observeForceMute', 'sip.observeForceMute must be a boolean (got null)'],
  ['dial: streams a string', sip({ streams: 'STID' }), 'sip.streams', 'sip.streams must be an array of stream IDs (got "STID")'],
  [
    'dial: streams with a bad ID',
    sip({ streams: ['ok', 'a/b'] }),
    'sip.streams[1]',
    'sip.streams[1] must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/b")',
  ],
  ['dtmf: params a number', () => playDtmf(recorder.client, 3 as never), 'params', 'params must be an object (got 3)'],
  ['dtmf: an unknown option', dtmf({ tones: '1' }), 'params.tones', 'params.tones is not a known option (expected sessionId, connectionId, digits)', '1'],
  ['dtmf: sessionId missing', dtmf({ sessionId: undefined }), 'sessionId', 'sessionId must be a string (got undefined)'],
  ['dtmf: connectionId empty', dtmf({ connectionId: '' }), 'connectionId', 'connectionId must not be empty (got "")'],
  [
    'dtmf: connectionId with a slash',
    dtmf({ connectionId: 'a/../b' }),
    'connectionId',
    'connectionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/../b")',
  ],
  ['dtmf: digits missing', dtmf({ digits: undefined }), 'digits', 'digits must be a string (got undefined)'],
  ['dtmf: digits a number', dtmf({ digits: 1234 }), 'digits', 'digits must be a string (got 1234)'],
  ['dtmf: digits empty', dtmf({ digits: '' }), 'digits', 'digits must not be empty (got "")'],
  ['dtmf: digits with a letter', dtmf({ digits: '12a' }), 'digits', 'digits must only contain the digits 0-9, "*", "#" and "p" (a pause) (got "12a")'],
  ['dtmf: digits with a space', dtmf({ digits: '1 2' }), 'digits', 'digits must only contain the digits 0-9, "*", "#" and "p" (a pause) (got "1 2")'],
];

describe('validation before any request', () => {
  validationRows(recorder, rows, ['SECRET']);
});
