import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe } from 'vitest';
import { type StartCaptionsParams, startCaptions, stopCaptions } from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const TOKEN = 'T1==SECRET-TOKEN-VALUE';
/** Start params with some fields replaced, as an untyped JavaScript caller could pass them. */
const start = (overrides: Record<string, unknown>) => () =>
  startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: TOKEN, ...overrides } as StartCaptionsParams);

const rows: ValidationRow[] = [
  [
    'start: client undefined',
    () => startCaptions(undefined as never, { sessionId: TEST_SESSION_ID, token: TOKEN }),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  [
    'stop: client an array',
    () => stopCaptions([] as never, { captionsId: 'c' }),
    'client',
    'client must be a client made by createClient() (got an array of 0)',
  ],
  ['start: params a string', () => startCaptions(recorder.client, 'session' as never), 'params', 'params must be an object'],
  ['start: params the token hides it', () => startCaptions(recorder.client, TOKEN as never), 'params', 'params must be an object'],
  [
    'start: a misspelt option hides its value',
    start({ tokenn: TOKEN }),
    'params.tokenn',
    'params.tokenn is not a known option (expected sessionId, token, languageCode, maxDuration, partialCaptions, statusCallbackUrl)',
  ],
  ['start: sessionId missing', start({ sessionId: undefined }), 'sessionId', 'sessionId must be a string (got undefined)'],
  [
    'start: sessionId with a slash',
    start({ sessionId: 'a/b' }),
    'sessionId',
    'sessionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/b")',
  ],
  ['start: token missing', start({ token: undefined }), 'token', 'token must be a non-empty string'],
  ['start: token empty', start({ token: '' }), 'token', 'token must be a non-empty string'],
  ['start: languageCode lower case', start({ languageCode: 'en-us' }), 'languageCode', 'languageCode must be a language code such as "en-US" (got "en-us")'],
  ['start: languageCode without a region', start({ languageCode: 'en' }), 'languageCode', 'languageCode must be a language code such as "en-US" (got "en")'],
  ['start: languageCode a number', start({ languageCode: 1 }), 'languageCode', 'languageCode must be a string (got 1)'],
  ['start: maxDuration below 300', start({ maxDuration: 299 }), 'maxDuration', 'maxDuration must be from 300 to 14400 (got 299)'],
  ['start: maxDuration above 14400', start({ maxDuration: 14_401 }), 'maxDuration', 'maxDuration must be from 300 to 14400 (got 14401)'],
  ['start: maxDuration a string', start({ maxDuration: '600' }), 'maxDuration', 'maxDuration must be an integer (got "600")'],
  ['start: partialCaptions a string', start({ partialCaptions: 'false' }), 'partialCaptions', 'partialCaptions must be a boolean (got "false")'],
  ['start: statusCallbackUrl null', start({ statusCallbackUrl: null }), 'statusCallbackUrl', 'statusCallbackUrl must be a string (got null)'],
  [
    'start: statusCallbackUrl not http',
    start({ statusCallbackUrl: 'wss://example.com' }),
    'statusCallbackUrl',
    'statusCallbackUrl must be an http:// or https:// URL (got "wss://example.com")',
  ],
  [
    'start: statusCallbackUrl with an empty host',
    start({ statusCallbackUrl: 'https://?hook=1' }),
    'statusCallbackUrl',
    'statusCallbackUrl must be an http:// or https:// URL (got "https://?hook=1")',
  ],
  ['stop: params null', () => stopCaptions(recorder.client, null as never), 'params', 'params must be an object (got null)'],
  [
    'stop: a misspelt option',
    () => stopCaptions(recorder.client, { captionId: 'c' } as never),
    'params.captionId',
    'params.captionId is not a known option (expected captionsId)',
    '"c"',
  ],
  ['stop: captionsId empty', () => stopCaptions(recorder.client, { captionsId: '' }), 'captionsId', 'captionsId must not be empty (got "")'],
  [
    'stop: captionsId with a slash',
    () => stopCaptions(recorder.client, { captionsId: 'c/stop' }),
    'captionsId',
    'captionsId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "c/stop")',
  ],
];

describe('validation before any request', () => {
  validationRows(recorder, rows, ['SECRET']);
});
