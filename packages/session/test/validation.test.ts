import { startRecorder, TEST_SESSION_ID, testClient, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  disableForceMute,
  forceDisconnect,
  getStream,
  listConnections,
  listStreams,
  muteAll,
  muteStream,
  setStreamClassLists,
} from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const ID_RULE = 'must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".."';
const S = TEST_SESSION_ID;

interface Case {
  readonly label: string;
  readonly call: () => Promise<unknown>;
  readonly parameter: string;
  readonly message: string;
  /** A value the call passed that the message must not show. */
  readonly hidden?: string;
}

const any = (value: unknown) => value as never;

const cases: Case[] = [
  // createSession
  { label: 'params not an object', call: () => createSession(recorder.client, any(null)), parameter: 'params', message: 'params must be an object (got null)' },
  {
    label: 'params a string',
    call: () => createSession(recorder.client, any('routed')),
    parameter: 'params',
    message: 'params must be an object (got "routed")',
  },
  {
    label: 'unknown media mode',
    call: () => createSession(recorder.client, { mediaMode: any('p2p') }),
    parameter: 'mediaMode',
    message: 'mediaMode must be one of "relayed", "routed" (got "p2p")',
  },
  {
    label: 'unknown archive mode',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: any('auto') }),
    parameter: 'archiveMode',
    message: 'archiveMode must be one of "manual", "always" (got "auto")',
  },
  {
    label: 'archive mode always in a relayed session (default media mode)',
    call: () => createSession(recorder.client, { archiveMode: 'always' }),
    parameter: 'archiveMode',
    message: 'archiveMode can only be "always" when mediaMode is "routed" (got "always")',
  },
  {
    label: 'archive mode always with explicit relayed',
    call: () => createSession(recorder.client, { mediaMode: 'relayed', archiveMode: 'always' }),
    parameter: 'archiveMode',
    message: 'archiveMode can only be "always" when mediaMode is "routed" (got "always")',
  },
  ...['10.1.1', '256.1.1.1', '10.1.1.1.1', '01.1.1.1', ' 10.1.1.1', '::1', 'localhost', '1.2.3.-4', '१.1.1.1'].map((location) => ({
    label: `location ${JSON.stringify(location)}`,
    call: () => createSession(recorder.client, { location }),
    parameter: 'location',
    message: `location must be an IPv4 address such as "10.1.1.1" (got ${JSON.stringify(location)})`,
  })),
  {
    label: 'empty location',
    call: () => createSession(recorder.client, { location: '' }),
    parameter: 'location',
    message: 'location must not be empty (got "")',
  },
  {
    label: 'numeric location',
    call: () => createSession(recorder.client, { location: any(167837953) }),
    parameter: 'location',
    message: 'location must be a string (got 167837953)',
  },
  {
    label: 'e2ee as a string',
    call: () => createSession(recorder.client, { e2ee: any('true') }),
    parameter: 'e2ee',
    message: 'e2ee must be a boolean (got "true")',
  },
  {
    label: 'archiveName without archive mode always',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveName: 'x' }),
    parameter: 'archiveName',
    message: 'archiveName can only be set when archiveMode is "always" (got "x")',
  },
  {
    label: 'empty archiveName',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: 'always', archiveName: '' }),
    parameter: 'archiveName',
    message: 'archiveName must not be empty (got "")',
  },
  {
    label: 'archiveName of 81 characters',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: 'always', archiveName: 'a'.repeat(81) }),
    parameter: 'archiveName',
    message: `archiveName must be at most 80 characters (got "${'a'.repeat(57)}...")`,
  },
  {
    label: 'archiveName not a string',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: 'always', archiveName: any(42) }),
    parameter: 'archiveName',
    message: 'archiveName must be a string (got 42)',
  },
  {
    label: 'archiveResolution without archive mode always',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: 'manual', archiveResolution: '640x480' }),
    parameter: 'archiveResolution',
    message: 'archiveResolution can only be set when archiveMode is "always" (got "640x480")',
  },
  {
    label: 'unknown archiveResolution',
    call: () => createSession(recorder.client, { mediaMode: 'routed', archiveMode: 'always', archiveResolution: any('800x600') }),
    parameter: 'archiveResolution',
    message: 'archiveResolution must be one of "640x480", "480x640", "1280x720", "720x1280", "1920x1080", "1080x1920" (got "800x600")',
  },
  // session-scoped operations: params and IDs
  ...(
    [
      ['getStream', () => getStream(recorder.client, any(undefined))],
      ['listStreams', () => listStreams(recorder.client, any('x'))],
      ['setStreamClassLists', () => setStreamClassLists(recorder.client, any([]))],
      ['listConnections', () => listConnections(recorder.client, any(null))],
      ['forceDisconnect', () => forceDisconnect(recorder.client, any(1))],
      ['muteStream', () => muteStream(recorder.client, any(undefined))],
      ['muteAll', () => muteAll(recorder.client, any(true))],
      ['disableForceMute', () => disableForceMute(recorder.client, any(undefined))],
    ] as const
  ).map(([op, call]) => ({
    label: `${op}: params not an object`,
    call,
    parameter: 'params',
    message: expect.stringMatching(/^params must be an object/) as unknown as string,
  })),
  ...(
    [
      ['getStream', (sessionId: unknown) => getStream(recorder.client, { sessionId: any(sessionId), streamId: 'x' })],
      ['listStreams', (sessionId: unknown) => listStreams(recorder.client, { sessionId: any(sessionId) })],
      [
        'setStreamClassLists',
        (sessionId: unknown) => setStreamClassLists(recorder.client, { sessionId: any(sessionId), items: [{ id: 'x', layoutClassList: [] }] }),
      ],
      ['listConnections', (sessionId: unknown) => listConnections(recorder.client, { sessionId: any(sessionId) })],
      ['forceDisconnect', (sessionId: unknown) => forceDisconnect(recorder.client, { sessionId: any(sessionId), connectionId: 'x' })],
      ['muteStream', (sessionId: unknown) => muteStream(recorder.client, { sessionId: any(sessionId), streamId: 'x' })],
      ['muteAll', (sessionId: unknown) => muteAll(recorder.client, { sessionId: any(sessionId) })],
      ['disableForceMute', (sessionId: unknown) => disableForceMute(recorder.client, { sessionId: any(sessionId) })],
    ] as const
  ).flatMap(([op, call]) => [
    { label: `${op}: missing sessionId`, call: () => call(undefined), parameter: 'sessionId', message: 'sessionId must be a string (got undefined)' },
    { label: `${op}: empty sessionId`, call: () => call(''), parameter: 'sessionId', message: 'sessionId must not be empty (got "")' },
    { label: `${op}: sessionId with a slash`, call: () => call('a/../b'), parameter: 'sessionId', message: `sessionId ${ID_RULE} (got "a/../b")` },
  ]),
  {
    label: 'getStream: missing streamId',
    call: () => getStream(recorder.client, { sessionId: S, streamId: any(undefined) }),
    parameter: 'streamId',
    message: 'streamId must be a string (got undefined)',
  },
  {
    label: 'getStream: streamId with ?',
    call: () => getStream(recorder.client, { sessionId: S, streamId: 'a?b' }),
    parameter: 'streamId',
    message: `streamId ${ID_RULE} (got "a?b")`,
  },
  {
    label: 'muteStream: empty streamId',
    call: () => muteStream(recorder.client, { sessionId: S, streamId: '' }),
    parameter: 'streamId',
    message: 'streamId must not be empty (got "")',
  },
  {
    label: 'muteStream: streamId with space',
    call: () => muteStream(recorder.client, { sessionId: S, streamId: 'a b' }),
    parameter: 'streamId',
    message: `streamId ${ID_RULE} (got "a b")`,
  },
  {
    label: 'forceDisconnect: numeric connectionId',
    call: () => forceDisconnect(recorder.client, { sessionId: S, connectionId: any(7) }),
    parameter: 'connectionId',
    message: 'connectionId must be a string (got 7)',
  },
  {
    label: 'forceDisconnect: connectionId with #',
    call: () => forceDisconnect(recorder.client, { sessionId: S, connectionId: 'c#1' }),
    parameter: 'connectionId',
    message: `connectionId ${ID_RULE} (got "c#1")`,
  },
  // misspelt option keys (untyped JavaScript) are refused, not silently ignored, and their values are never
  // shown (a misspelt key may hold a secret): `hidden` is the value as the message would have shown it
  ...(
    [
      [
        'createSession',
        () => createSession(recorder.client, any({ mediaMode: 'routed', archivemode: 'always' })),
        'archivemode',
        '"always"',
        'mediaMode, archiveMode, location, e2ee, archiveName, archiveResolution',
      ],
      ['getStream', () => getStream(recorder.client, any({ sessionId: S, streamID: 'x' })), 'streamID', '"x"', 'sessionId, streamId'],
      ['listStreams', () => listStreams(recorder.client, any({ sessionId: S, count: 5 })), 'count', '5', 'sessionId'],
      ['setStreamClassLists', () => setStreamClassLists(recorder.client, any({ sessionId: S, item: [] })), 'item', 'an array of 0', 'sessionId, items'],
      ['listConnections', () => listConnections(recorder.client, any({ sessionid: S })), 'sessionid', S.slice(0, 57), 'sessionId'],
      ['forceDisconnect', () => forceDisconnect(recorder.client, any({ sessionId: S, connection: 'c' })), 'connection', '"c"', 'sessionId, connectionId'],
      ['muteStream', () => muteStream(recorder.client, any({ sessionId: S, streamId: 'x', active: true })), 'active', 'true', 'sessionId, streamId'],
      [
        'muteAll',
        () => muteAll(recorder.client, any({ sessionId: S, excludeStreamIds: ['x'] })),
        'excludeStreamIds',
        'an array of 1',
        'sessionId, excludedStreamIds',
      ],
      ['disableForceMute', () => disableForceMute(recorder.client, any({ sessionId: S, active: false })), 'active', 'false', 'sessionId'],
    ] as const
  ).map(([op, call, key, hidden, expected]) => ({
    label: `${op}: a misspelt option`,
    call,
    parameter: `params.${key}`,
    message: `params.${key} is not a known option (expected ${expected})`,
    hidden,
  })),
  {
    label: 'setStreamClassLists: a misspelt item field',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [any({ id: 'a', layoutClassList: [], classList: ['x'] })] }),
    parameter: 'items[0].classList',
    message: 'items[0].classList is not a known option (expected id, layoutClassList)',
    hidden: 'an array of 1',
  },
  // setStreamClassLists items
  {
    label: 'setStreamClassLists: items missing',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: any(undefined) }),
    parameter: 'items',
    message: 'items must be a non-empty array of { id, layoutClassList } (got undefined)',
  },
  {
    label: 'setStreamClassLists: items empty',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [] }),
    parameter: 'items',
    message: 'items must be a non-empty array of { id, layoutClassList } (got an array of 0)',
  },
  {
    label: 'setStreamClassLists: an item that is not an object',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [any('STID')] }),
    parameter: 'items[0]',
    message: 'items[0] must be an object (got "STID")',
  },
  {
    label: 'setStreamClassLists: item id invalid',
    call: () =>
      setStreamClassLists(recorder.client, {
        sessionId: S,
        items: [
          { id: 'ok', layoutClassList: [] },
          { id: 'x/y', layoutClassList: [] },
        ],
      }),
    parameter: 'items[1].id',
    message: `items[1].id ${ID_RULE} (got "x/y")`,
  },
  {
    label: 'setStreamClassLists: class list missing',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [{ id: 'a', layoutClassList: any(undefined) }] }),
    parameter: 'items[0].layoutClassList',
    message: 'items[0].layoutClassList is required (use [] to clear the classes) (got undefined)',
  },
  {
    label: 'setStreamClassLists: class list a string',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [{ id: 'a', layoutClassList: any('focus') }] }),
    parameter: 'items[0].layoutClassList',
    message: 'items[0].layoutClassList must be an array of strings (got "focus")',
  },
  {
    label: 'setStreamClassLists: a class that is not a string',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [{ id: 'a', layoutClassList: any(['focus', 3]) }] }),
    parameter: 'items[0].layoutClassList[1]',
    message: 'items[0].layoutClassList[1] must be a string (got 3)',
  },
  {
    label: 'setStreamClassLists: an empty class',
    call: () => setStreamClassLists(recorder.client, { sessionId: S, items: [{ id: 'a', layoutClassList: [''] }] }),
    parameter: 'items[0].layoutClassList[0]',
    message: 'items[0].layoutClassList[0] must not be empty (got "")',
  },
  // muteAll exclusions
  {
    label: 'muteAll: excludedStreamIds a string',
    call: () => muteAll(recorder.client, { sessionId: S, excludedStreamIds: any('S1') }),
    parameter: 'excludedStreamIds',
    message: 'excludedStreamIds must be an array of strings (got "S1")',
  },
  {
    label: 'muteAll: a non-string excluded ID',
    call: () => muteAll(recorder.client, { sessionId: S, excludedStreamIds: any([null]) }),
    parameter: 'excludedStreamIds[0]',
    message: 'excludedStreamIds[0] must be a string (got null)',
  },
  {
    label: 'muteAll: an excluded ID with a slash',
    call: () => muteAll(recorder.client, { sessionId: S, excludedStreamIds: ['S1', 'S/2'] }),
    parameter: 'excludedStreamIds[1]',
    message: `excludedStreamIds[1] ${ID_RULE} (got "S/2")`,
  },
];

describe('invalid input is refused before any request', () => {
  validationRows(
    recorder,
    cases.map(({ label, call, parameter, message, hidden }): ValidationRow => [label, call, parameter, message, hidden]),
  );
});

describe('boundaries that are accepted', () => {
  it('an 80-character archive name, every resolution and the IPv4 extremes pass validation', async () => {
    const accepted: unknown[] = [];
    const local = await startRecorder();
    const localClient = testClient(local.url);
    try {
      for (const archiveResolution of ['640x480', '480x640', '1280x720', '720x1280', '1920x1080', '1080x1920'] as const) {
        local.reply({ body: [{ session_id: 'S' }] });
        accepted.push(
          await createSession(localClient, { mediaMode: 'routed', archiveMode: 'always', archiveName: 'n'.repeat(80), archiveResolution, location: '0.0.0.0' }),
        );
      }
      local.reply({ body: [{ session_id: 'S' }] });
      accepted.push(await createSession(localClient, { location: '255.255.255.255' }));
    } finally {
      await local.close();
    }
    expect(accepted).toHaveLength(7);
    expect(local.requests.map((r) => new URLSearchParams(r.body).get('archiveResolution'))).toEqual([
      '640x480',
      '480x640',
      '1280x720',
      '720x1280',
      '1920x1080',
      '1080x1920',
      null,
    ]);
  });
});
