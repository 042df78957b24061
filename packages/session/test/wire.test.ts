import { failure, responseFixture, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder, type WireRow, wireRows } from '@opentok/testing';
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

const S = `/v2/project/${TEST_CREDENTIALS.apiKey}/session/${TEST_SESSION_ID}`;
const FORM = 'application/x-www-form-urlencoded';
const CREATED_ID = '1_MX40NzY2NTk3MX5-MTczOTUzODg5NDk1OX5ROW1jWEcxUXJOM1RJWXU4eStwcHgvZ3N-UH5-';

const rows: WireRow[] = [
  {
    name: 'createSession with no params: relayed, manual',
    call: (client) => createSession(client),
    reply: { body: responseFixture('session_create.node.json') },
    method: 'POST',
    url: '/session/create',
    contentType: FORM,
    body: 'p2p.preference=enabled&archiveMode=manual',
    result: { sessionId: 'SESSIONID', mediaMode: 'relayed', archiveMode: 'manual', e2ee: false },
  },
  {
    name: 'createSession routed (p2p.preference is inverted)',
    call: (client) => createSession(client, { mediaMode: 'routed' }),
    reply: { body: responseFixture('session_create.node.json') },
    method: 'POST',
    url: '/session/create',
    contentType: FORM,
    body: 'p2p.preference=disabled&archiveMode=manual',
    result: { sessionId: 'SESSIONID', mediaMode: 'routed', archiveMode: 'manual', e2ee: false },
  },
  {
    name: 'createSession with every option, reading the newest (Python 3.13) answer',
    call: (client) =>
      createSession(client, {
        mediaMode: 'routed',
        archiveMode: 'always',
        location: '10.1.1.1',
        e2ee: true,
        archiveName: 'auto1',
        archiveResolution: '1280x720',
      }),
    reply: { body: responseFixture('session_create.py3130.json') },
    method: 'POST',
    url: '/session/create',
    contentType: FORM,
    body: 'p2p.preference=disabled&archiveMode=always&location=10.1.1.1&e2ee=true&archiveName=auto1&archiveResolution=1280x720',
    result: {
      sessionId: CREATED_ID,
      mediaMode: 'routed',
      archiveMode: 'always',
      e2ee: true,
      location: '10.1.1.1',
      archiveName: 'auto1',
      archiveResolution: '1280x720',
    },
  },
  {
    name: 'createSession with e2ee: false sends it',
    call: (client) => createSession(client, { e2ee: false, location: '255.0.0.9' }),
    reply: { body: responseFixture('session_create.node.json') },
    method: 'POST',
    url: '/session/create',
    contentType: FORM,
    body: 'p2p.preference=enabled&archiveMode=manual&location=255.0.0.9&e2ee=false',
    result: { sessionId: 'SESSIONID', mediaMode: 'relayed', archiveMode: 'manual', e2ee: false, location: '255.0.0.9' },
  },
  {
    name: 'createSession form-encodes an archive name with spaces and symbols',
    call: (client) => createSession(client, { mediaMode: 'routed', archiveMode: 'always', archiveName: 'Q&A 1+1=2' }),
    reply: { body: responseFixture('session_create.node.json') },
    method: 'POST',
    url: '/session/create',
    contentType: FORM,
    body: 'p2p.preference=disabled&archiveMode=always&archiveName=Q%26A+1%2B1%3D2',
    result: { sessionId: 'SESSIONID', mediaMode: 'routed', archiveMode: 'always', e2ee: false, archiveName: 'Q&A 1+1=2' },
  },
  {
    name: 'getStream (Node fixture)',
    call: (client) => getStream(client, { sessionId: TEST_SESSION_ID, streamId: 'STID' }),
    reply: { body: responseFixture('stream_get.node.json') },
    method: 'GET',
    url: `${S}/stream/STID`,
    result: { id: 'fooId', videoType: 'screen', name: 'fooName', layoutClassList: ['fooClass'] },
  },
  {
    name: 'getStream (Python fixture, empty name)',
    call: (client) => getStream(client, { sessionId: TEST_SESSION_ID, streamId: '8b732909-0a06-46a2-8ea8-074e64d43422' }),
    reply: { body: responseFixture('stream_get.py210.json') },
    method: 'GET',
    url: `${S}/stream/8b732909-0a06-46a2-8ea8-074e64d43422`,
    result: { id: '8b732909-0a06-46a2-8ea8-074e64d43422', videoType: 'camera', name: '', layoutClassList: ['full'] },
  },
  {
    name: 'listStreams (Node fixture)',
    call: (client) => listStreams(client, { sessionId: TEST_SESSION_ID }),
    reply: { body: responseFixture('stream_list.node.json') },
    method: 'GET',
    url: `${S}/stream`,
    result: { items: [{ id: 'fooId', videoType: 'screen', name: 'fooName', layoutClassList: ['fooClass'] }], total: 1 },
  },
  {
    name: 'listStreams (Python fixture)',
    call: (client) => listStreams(client, { sessionId: TEST_SESSION_ID }),
    reply: { body: responseFixture('stream_list.py210.json') },
    method: 'GET',
    url: `${S}/stream`,
    result: {
      items: [
        { id: '8b732909-0a06-46a2-8ea8-074e64d43422', videoType: 'camera', name: 'stream1', layoutClassList: ['full'] },
        { id: '7b732909-0a06-46a2-8ea8-074e64d43423', videoType: 'camera', name: 'stream2', layoutClassList: ['full'] },
      ],
      total: 2,
    },
  },
  {
    name: 'setStreamClassLists',
    call: (client) =>
      setStreamClassLists(client, {
        sessionId: TEST_SESSION_ID,
        items: [
          { id: 'STID', layoutClassList: ['focus'] },
          { id: 'ST2', layoutClassList: [] },
        ],
      }),
    reply: { body: {} },
    method: 'PUT',
    url: `${S}/stream`,
    body: '{"items":[{"id":"STID","layoutClassList":["focus"]},{"id":"ST2","layoutClassList":[]}]}',
    result: undefined,
  },
  {
    name: 'listConnections (Java SDK body, capitalised states)',
    call: (client) => listConnections(client, { sessionId: TEST_SESSION_ID }),
    reply: {
      body: {
        count: 3,
        projectId: TEST_CREDENTIALS.apiKey,
        sessionId: TEST_SESSION_ID,
        items: [
          { connectionId: '527775e1-1', createdAt: 1747655658197, connectionState: 'Connected' },
          { connectionId: '527775e1-2', createdAt: 1747655658300, connectionState: 'connecting' },
          { connectionId: '527775e1-3', createdAt: 1747655658400, connectionState: 'DISCONNECTED', extra: true },
        ],
      },
    },
    method: 'GET',
    url: `${S}/connection`,
    result: {
      items: [
        { connectionId: '527775e1-1', connectionState: 'Connected', createdAt: 1747655658197 },
        { connectionId: '527775e1-2', connectionState: 'Connecting', createdAt: 1747655658300 },
        { connectionId: '527775e1-3', connectionState: 'Disconnected', createdAt: 1747655658400 },
      ],
      total: 3,
    },
  },
  {
    name: 'forceDisconnect',
    call: (client) => forceDisconnect(client, { sessionId: TEST_SESSION_ID, connectionId: 'CID' }),
    reply: { status: 204 },
    method: 'DELETE',
    url: `${S}/connection/CID`,
    result: undefined,
  },
  {
    name: 'muteStream sends no body',
    call: (client) => muteStream(client, { sessionId: TEST_SESSION_ID, streamId: 'STID' }),
    reply: { body: { id: TEST_CREDENTIALS.apiKey, status: 'ACTIVE' } },
    method: 'POST',
    url: `${S}/stream/STID/mute`,
    result: undefined,
  },
  {
    name: 'muteAll with excluded streams',
    call: (client) => muteAll(client, { sessionId: TEST_SESSION_ID, excludedStreamIds: ['S1', 'S2'] }),
    reply: { body: {} },
    method: 'POST',
    url: `${S}/mute`,
    body: '{"active":true,"excludedStreamIds":["S1","S2"]}',
    result: undefined,
  },
  {
    name: 'muteAll without exclusions leaves the list out',
    call: (client) => muteAll(client, { sessionId: TEST_SESSION_ID }),
    reply: { body: {} },
    method: 'POST',
    url: `${S}/mute`,
    body: '{"active":true}',
    result: undefined,
  },
  {
    name: 'disableForceMute',
    call: (client) => disableForceMute(client, { sessionId: TEST_SESSION_ID }),
    reply: { body: {} },
    method: 'POST',
    url: `${S}/mute`,
    body: '{"active":false}',
    result: undefined,
  },
];

const recorder = useRecorder();

describe('requests on the wire and typed results', () => {
  wireRows(recorder, rows);

  it('passes per-call headers through', async () => {
    recorder.reply({ body: responseFixture('stream_list.node.json') });
    await listStreams(recorder.client, { sessionId: TEST_SESSION_ID }, { headers: { 'X-Trace': 'abc' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('abc');
  });
});

describe('unexpected answers become InvalidResponseError', () => {
  it.each([
    ['an object instead of an array', { session_id: 'x' }],
    ['an empty array', []],
    ['an entry without session_id', [{ project_id: '1' }]],
    ['an empty session_id', [{ session_id: '' }]],
    ['a numeric session_id', [{ session_id: 12 }]],
  ])('createSession: %s', async (_label, body) => {
    recorder.reply({ body });
    await expect(createSession(recorder.client)).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message: 'createSession failed: OpenTok answered with an unexpected body (expected a JSON array whose first object has a "session_id")',
    });
  });

  it('createSession: an empty 200 body', async () => {
    recorder.reply({ body: '', headers: { 'content-type': 'application/json' } });
    await expect(createSession(recorder.client)).rejects.toMatchObject({ name: 'InvalidResponseError' });
  });

  it('createSession: the XML answer of old clients', async () => {
    recorder.reply({ body: responseFixture('session_create.py210.xml'), headers: { 'content-type': 'text/xml' } });
    await expect(createSession(recorder.client)).rejects.toMatchObject({ name: 'InvalidResponseError', message: expect.stringContaining('text/xml') });
  });

  it.each([
    ['a stream without id', { videoType: 'camera' }],
    ['a stream whose layoutClassList is not a list of strings', { id: 'a', videoType: 'camera', layoutClassList: [1] }],
    ['an array', [{ id: 'a' }]],
  ])('getStream: %s', async (_label, body) => {
    recorder.reply({ body });
    await expect(getStream(recorder.client, { sessionId: TEST_SESSION_ID, streamId: 'a' })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message: 'getStream failed: OpenTok answered with an unexpected body (expected a stream object with a string "id")',
    });
  });

  it('getStream: null name and class list read as empty', async () => {
    recorder.reply({ body: { id: 'a', videoType: 'camera', name: null, layoutClassList: null } });
    await expect(getStream(recorder.client, { sessionId: TEST_SESSION_ID, streamId: 'a' })).resolves.toStrictEqual({
      id: 'a',
      videoType: 'camera',
      name: '',
      layoutClassList: [],
    });
  });

  it('listStreams: no items array', async () => {
    recorder.reply({ body: { count: 0 } });
    await expect(listStreams(recorder.client, { sessionId: TEST_SESSION_ID })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message: 'listStreams failed: OpenTok answered with an unexpected body (expected an object with an "items" array)',
    });
  });

  it('listStreams: total falls back to the item count when count is missing', async () => {
    recorder.reply({ body: { items: [{ id: 'a', videoType: 'camera' }] } });
    await expect(listStreams(recorder.client, { sessionId: TEST_SESSION_ID })).resolves.toStrictEqual({
      items: [{ id: 'a', videoType: 'camera', name: '', layoutClassList: [] }],
      total: 1,
    });
  });

  it('listConnections: a connection without createdAt', async () => {
    recorder.reply({ body: { count: 1, items: [{ connectionId: 'c', connectionState: 'Connected' }] } });
    await expect(listConnections(recorder.client, { sessionId: TEST_SESSION_ID })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message:
        'listConnections failed: OpenTok answered with an unexpected body (expected connection objects with "connectionId", "connectionState" and "createdAt")',
    });
  });

  it('listConnections: an item that is not an object', async () => {
    recorder.reply({ body: { count: 1, items: ['c'] } });
    await expect(listConnections(recorder.client, { sessionId: TEST_SESSION_ID })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message:
        'listConnections failed: OpenTok answered with an unexpected body (expected connection objects with "connectionId", "connectionState" and "createdAt")',
    });
  });

  it('listStreams: a count that is not a number (not the number of items instead)', async () => {
    recorder.reply({ body: { count: '1', items: [{ id: 'a', videoType: 'camera' }] } });
    await expect(listStreams(recorder.client, { sessionId: TEST_SESSION_ID })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message: 'listStreams failed: OpenTok answered with an unexpected body (expected an object with an "items" array)',
    });
  });

  it('listConnections: an unknown state is passed on as sent', async () => {
    recorder.reply({ body: { count: 1, items: [{ connectionId: 'c', connectionState: 'Reconnecting', createdAt: 5 }] } });
    await expect(listConnections(recorder.client, { sessionId: TEST_SESSION_ID })).resolves.toStrictEqual({
      items: [{ connectionId: 'c', connectionState: 'Reconnecting', createdAt: 5 }],
      total: 1,
    });
  });
});

describe('API errors carry an operation-specific message', () => {
  it.each([
    {
      call: () => createSession(recorder.client),
      status: 403,
      body: responseFixture('error_403_create_session.node.json'),
      name: 'AuthenticationError',
      message:
        'createSession failed: the API key or secret was refused; check OPENTOK_API_KEY and OPENTOK_API_SECRET (HTTP 403: No suitable authentication found)',
    },
    {
      call: () => createSession(recorder.client, { location: '10.0.0.1' }),
      status: 400,
      body: { code: 400, message: 'Invalid location' },
      name: 'BadRequestError',
      message: 'createSession failed: the API refused the session settings (HTTP 400: Invalid location)',
    },
    {
      call: () => getStream(recorder.client, { sessionId: TEST_SESSION_ID, streamId: 'gone' }),
      status: 404,
      body: { code: 404, message: 'Stream not found' },
      name: 'NotFoundError',
      message: 'getStream failed: the session has no stream with this ID (unknown session or stream, or the stream has ended) (HTTP 404: Stream not found)',
    },
    {
      call: () => setStreamClassLists(recorder.client, { sessionId: TEST_SESSION_ID, items: [{ id: 'S', layoutClassList: ['x'] }] }),
      status: 400,
      body: { code: 400, message: 'Invalid layout' },
      name: 'BadRequestError',
      message: 'setStreamClassLists failed: the API refused the layout class lists (invalid JSON or invalid layout options) (HTTP 400: Invalid layout)',
    },
    {
      call: () => forceDisconnect(recorder.client, { sessionId: TEST_SESSION_ID, connectionId: 'CID' }),
      status: 404,
      body: { code: 404, message: 'Connection not found' },
      name: 'NotFoundError',
      message: 'forceDisconnect failed: the client is not connected to the session (unknown session or connection ID) (HTTP 404: Connection not found)',
    },
    {
      call: () => listConnections(recorder.client, { sessionId: TEST_SESSION_ID }),
      status: 404,
      body: { code: 404, message: 'Not found' },
      name: 'NotFoundError',
      message: `listConnections failed: the session was not found: ${TEST_SESSION_ID} (HTTP 404: Not found)`,
    },
    {
      call: () => muteStream(recorder.client, { sessionId: TEST_SESSION_ID, streamId: 'S' }),
      status: 400,
      body: { code: 400, message: 'Bad stream' },
      name: 'BadRequestError',
      message: 'muteStream failed: the session ID or stream ID is invalid (HTTP 400: Bad stream)',
    },
    {
      call: () => muteAll(recorder.client, { sessionId: TEST_SESSION_ID }),
      status: 404,
      body: { code: 404, message: 'Not found' },
      name: 'NotFoundError',
      message: 'muteAll failed: the session was not found (HTTP 404: Not found)',
    },
  ])('$name: $message', async ({ call, status, body, name, message }) => {
    recorder.reply({ status, body });
    const error = await failure(call());
    expect(error).toMatchObject({ name, message, status });
    expect(recorder.requests).toHaveLength(1);
  });
});
