import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe } from 'vitest';
import { getRender, iterateRenders, listRenders, type StartRenderParams, startRender, stopRender } from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const TOKEN = 'T1==SECRET-TOKEN-VALUE';
/** Start params with some fields replaced, as an untyped JavaScript caller could pass them. */
const start = (overrides: Record<string, unknown>) => () =>
  startRender(recorder.client, { sessionId: TEST_SESSION_ID, token: TOKEN, url: 'https://example.com', ...overrides } as StartRenderParams);

const rows: ValidationRow[] = [
  // the client, from untyped JavaScript
  [
    'start: client undefined',
    () => startRender(undefined as never, { sessionId: TEST_SESSION_ID, token: TOKEN, url: 'https://x' }),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  ['get: client a string', () => getRender('key' as never, { renderId: 'r' }), 'client', 'client must be a client made by createClient() (got "key")'],
  [
    'iterate: client null (at the first next())',
    () => iterateRenders(null as never).next(),
    'client',
    'client must be a client made by createClient() (got null)',
  ],
  // startRender
  ['start: params null', () => startRender(recorder.client, null as never), 'params', 'params must be an object'],
  ['start: params the token hides it', () => startRender(recorder.client, TOKEN as never), 'params', 'params must be an object'],
  [
    'start: a misspelt option hides its value',
    start({ tokn: TOKEN }),
    'params.tokn',
    'params.tokn is not a known option (expected sessionId, token, url, maxDuration, resolution, properties, statusCallbackUrl)',
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
  ['start: token an object', start({ token: { value: TOKEN } }), 'token', 'token must be a non-empty string'],
  ['start: url missing', start({ url: undefined }), 'url', 'url must be a string (got undefined)'],
  ['start: url ftp', start({ url: 'ftp://example.com' }), 'url', 'url must be an http:// or https:// URL (got "ftp://example.com")'],
  ['start: url without a host', start({ url: 'https:///page' }), 'url', 'url must be an http:// or https:// URL (got "https:///page")'],
  ['start: url with an empty host', start({ url: 'https://#scoreboard' }), 'url', 'url must be an http:// or https:// URL (got "https://#scoreboard")'],
  ['start: url with a space', start({ url: 'https://example.com/a b' }), 'url', 'url must be an http:// or https:// URL (got "https://example.com/a b")'],
  ['start: maxDuration below 60', start({ maxDuration: 59 }), 'maxDuration', 'maxDuration must be from 60 to 36000 (got 59)'],
  ['start: maxDuration above 36000', start({ maxDuration: 36_001 }), 'maxDuration', 'maxDuration must be from 60 to 36000 (got 36001)'],
  ['start: maxDuration fractional', start({ maxDuration: 90.5 }), 'maxDuration', 'maxDuration must be an integer (got 90.5)'],
  [
    'start: resolution unknown',
    start({ resolution: '800x600' }),
    'resolution',
    'resolution must be one of "640x480", "480x640", "1280x720", "720x1280", "1920x1080", "1080x1920" (got "800x600")',
  ],
  ['start: properties a string', start({ properties: 'name' }), 'properties', 'properties must be an object (got "name")'],
  ['start: a misspelt property', start({ properties: { nmae: 'x' } }), 'properties.nmae', 'properties.nmae is not a known option (expected name)', '"x"'],
  ['start: properties.name empty', start({ properties: { name: '' } }), 'properties.name', 'properties.name must not be empty (got "")'],
  ['start: properties.name a number', start({ properties: { name: 7 } }), 'properties.name', 'properties.name must be a string (got 7)'],
  [
    'start: statusCallbackUrl not a URL',
    start({ statusCallbackUrl: 'example.com/hook' }),
    'statusCallbackUrl',
    'statusCallbackUrl must be an http:// or https:// URL (got "example.com/hook")',
  ],
  [
    'start: options.timeout zero',
    () => startRender(recorder.client, { sessionId: TEST_SESSION_ID, token: TOKEN, url: 'https://x' }, { timeout: 0 }),
    'options.timeout',
    'options.timeout must be from 1 to 2147483647 (got 0)',
  ],
  // getRender, stopRender
  ['get: params undefined', () => getRender(recorder.client, undefined as never), 'params', 'params must be an object (got undefined)'],
  [
    'get: a misspelt option',
    () => getRender(recorder.client, { renderID: 'r' } as never),
    'params.renderID',
    'params.renderID is not a known option (expected renderId)',
    '"r"',
  ],
  [
    'get: renderId with a query',
    () => getRender(recorder.client, { renderId: 'r?x=1' }),
    'renderId',
    'renderId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "r?x=1")',
  ],
  [
    'stop: a misspelt option',
    () => stopRender(recorder.client, { id: 'r' } as never),
    'params.id',
    'params.id is not a known option (expected renderId)',
    '"r"',
  ],
  ['stop: renderId empty', () => stopRender(recorder.client, { renderId: '' }), 'renderId', 'renderId must not be empty (got "")'],
  // listRenders, iterateRenders
  [
    'list: a sessionId filter the API does not have',
    () => listRenders(recorder.client, { sessionId: TEST_SESSION_ID } as never),
    'params.sessionId',
    'params.sessionId is not a known option (expected offset, count)',
    TEST_SESSION_ID.slice(0, 57),
  ],
  ['list: offset negative', () => listRenders(recorder.client, { offset: -1 }), 'offset', 'offset must be from 0 to 9007199254740991 (got -1)'],
  ['list: count 0', () => listRenders(recorder.client, { count: 0 }), 'count', 'count must be from 1 to 1000 (got 0)'],
  ['list: count 1001', () => listRenders(recorder.client, { count: 1001 }), 'count', 'count must be from 1 to 1000 (got 1001)'],
  [
    'iterate: a misspelt option (at the first next())',
    () => iterateRenders(recorder.client, { pagesize: 10 } as never).next(),
    'params.pagesize',
    'params.pagesize is not a known option (expected pageSize, offset)',
    '10',
  ],
  [
    'iterate: pageSize too big (at the first next())',
    () => iterateRenders(recorder.client, { pageSize: 1001 }).next(),
    'pageSize',
    'pageSize must be from 1 to 1000 (got 1001)',
  ],
  [
    'iterate: offset negative (at the first next())',
    () => iterateRenders(recorder.client, { offset: -1 }).next(),
    'offset',
    'offset must be from 0 to 9007199254740991 (got -1)',
  ],
];

describe('validation before any request', () => {
  validationRows(recorder, rows, ['SECRET']);
});
