import { useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { listCallbacks, type RegisterCallbackParams, registerCallback, unregisterCallback } from '../src/index.js';

// Every row fails before any request: the recorder fails the file if one reached it.
const recorder = useRecorder({ expectNoRequests: true });
const register = (params: Record<string, unknown>) => () => registerCallback(recorder.client, params as RegisterCallbackParams);
const archive = { group: 'archive', event: 'status', url: 'https://example.com/cb' };

const rows: ValidationRow[] = [
  [
    'register: client undefined',
    () => registerCallback(undefined as never, archive as RegisterCallbackParams),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  ['list: client a string', () => listCallbacks('12345678' as never), 'client', 'client must be a client made by createClient() (got "12345678")'],
  [
    'unregister: client null',
    () => unregisterCallback(null as never, { callbackId: 'cb' }),
    'client',
    'client must be a client made by createClient() (got null)',
  ],
  ['register: params null', register(null as never), 'params', 'params must be an object (got null)'],
  [
    'register: a misspelt option',
    register({ ...archive, uri: 'https://example.com' }),
    'params.uri',
    'params.uri is not a known option (expected group, event, url)',
    'https://example.com',
  ],
  [
    'register: group missing',
    register({ event: 'status', url: archive.url }),
    'group',
    'group must be one of "archive", "connection", "stream" (got undefined)',
  ],
  ['register: group unknown', register({ ...archive, group: 'sip' }), 'group', 'group must be one of "archive", "connection", "stream" (got "sip")'],
  [
    'register: group of another case',
    register({ ...archive, group: 'Archive' }),
    'group',
    'group must be one of "archive", "connection", "stream" (got "Archive")',
  ],
  [
    'register: group an Object.prototype member',
    register({ ...archive, group: 'constructor' }),
    'group',
    'group must be one of "archive", "connection", "stream" (got "constructor")',
  ],
  ['register: archive with event created', register({ ...archive, event: 'created' }), 'event', 'event must be "status" for group "archive" (got "created")'],
  [
    'register: connection with event status',
    register({ ...archive, group: 'connection' }),
    'event',
    'event must be one of "created", "destroyed" for group "connection" (got "status")',
  ],
  [
    'register: stream with the client SDK event name',
    register({ ...archive, group: 'stream', event: 'streamCreated' }),
    'event',
    'event must be one of "created", "destroyed" for group "stream" (got "streamCreated")',
  ],
  [
    'register: event missing',
    register({ group: 'stream', url: archive.url }),
    'event',
    'event must be one of "created", "destroyed" for group "stream" (got undefined)',
  ],
  ['register: url missing', register({ group: 'archive', event: 'status' }), 'url', 'url must be a string (got undefined)'],
  ['register: url empty', register({ ...archive, url: '' }), 'url', 'url must not be empty (got "")'],
  [
    'register: url relative',
    register({ ...archive, url: '/opentok/archive' }),
    'url',
    'url must be an absolute http:// or https:// URL (got "/opentok/archive")',
  ],
  [
    'register: url ftp',
    register({ ...archive, url: 'ftp://example.com/cb' }),
    'url',
    'url must be an absolute http:// or https:// URL (got "ftp://example.com/cb")',
  ],
  ['register: url without host', register({ ...archive, url: 'https:///cb' }), 'url', 'url must be an absolute http:// or https:// URL (got "https:///cb")'],
  [
    'register: url with a space',
    register({ ...archive, url: 'https://example.com/a b' }),
    'url',
    'url must be an absolute http:// or https:// URL (got "https://example.com/a b")',
  ],
  [
    'register: url over 2048 characters',
    register({ ...archive, url: `https://example.com/${'a'.repeat(2029)}` }),
    'url',
    `url must be at most 2048 characters (got "https://example.com/${'a'.repeat(37)}...")`,
  ],
  ['unregister: params undefined', () => unregisterCallback(recorder.client, undefined as never), 'params', 'params must be an object (got undefined)'],
  ['unregister: callbackId missing', () => unregisterCallback(recorder.client, {} as never), 'callbackId', 'callbackId must be a string (got undefined)'],
  [
    'unregister: callbackId with a slash',
    () => unregisterCallback(recorder.client, { callbackId: '../archive' }),
    'callbackId',
    'callbackId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "../archive")',
  ],
  ['list: a timeout of 0', () => listCallbacks(recorder.client, { timeout: 0 }), 'options.timeout', 'options.timeout must be from 1 to 2147483647 (got 0)'],
];

validationRows(recorder, rows);
