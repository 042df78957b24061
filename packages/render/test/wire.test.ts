import { BadRequestError, ConflictError, InvalidResponseError, NotFoundError } from '@opentok/core';
import {
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
import { getRender, listRenders, type Render, startRender, stopRender } from '../src/index.js';

const recorder = useRecorder();
const node = capturedRequests('opentok-node-2.23.1');

const RENDERS = `/v2/project/${TEST_CREDENTIALS.apiKey}/render`;

const started: Render = {
  id: '1248e7070b81464c9789f46ad10e7764',
  sessionId: '2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4',
  projectId: 'e2343f23456g34709d2443a234',
  createdAt: 1437676551000,
  updatedAt: 1437676551000,
  url: 'https://webapp.customer.com',
  resolution: '1280x720',
  status: 'started',
  streamId: 'e32445b743678c98230f238',
};
const failed: Render = {
  id: '80abaf0d-25a3-4efc-968f-6268d620668d',
  sessionId: '2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4',
  projectId: 'e2343f23456g34709d2443a234',
  createdAt: 1437676551000,
  updatedAt: 1437676551000,
  url: 'https://webapp.customer.com',
  resolution: '1280x720',
  status: 'failed',
  reason: 'Could not load URL',
};
const listed: Render[] = [
  {
    id: '80abaf0d-25a3-4efc-968f-6268d620668d',
    sessionId: '1_MX4yNzA4NjYxMn5-MTU0NzA4MDUyMTEzNn5sOXU5ZnlWYXplRnZGblV4RUo3dXJpZk1-fg',
    projectId: '27086612',
    createdAt: 1547080532099,
    updatedAt: 1547080532099,
    url: 'https://webapp.customer.com',
    resolution: '1280x720',
    status: 'started',
    streamId: 'd2334b35690a92f78945',
  },
  {
    id: 'd95f6496-df6e-4f49-86d6-832e00303602',
    sessionId: '2_MX4yNzA4NjYxMn5-MTU0NzA4MDUwMDc2MH5STWRiSE1jZjVoV3lBQU9nN2JuNElUV3V-fg',
    projectId: '27086612',
    createdAt: 1547080511760,
    updatedAt: 1547080518965,
    url: 'https://webapp2.customer.com',
    resolution: '1280x720',
    status: 'stopped',
    streamId: 'd2334b35690a92f78945',
    reason: 'Maximum duration exceeded',
  },
];

const rows: WireRow[] = [
  {
    name: 'startRender with the options opentok-node sends, byte for byte, replaying render_start.py3130.json (202)',
    call: (client) =>
      startRender(client, {
        sessionId: TEST_SESSION_ID,
        token: 'TOKEN',
        url: 'https://x',
        maxDuration: 1800,
        resolution: '1280x720',
        statusCallbackUrl: 'https://cb',
      }),
    reply: { status: 202, body: responseFixture('render_start.py3130.json') },
    method: 'POST',
    url: RENDERS,
    body: node['startRender']?.body ?? '',
    result: started,
    official: officialRequest('opentok-node-2.23.1', 'startRender'),
  },
  {
    name: 'startRender with a stream name, as Python 3.13 sends it',
    call: (client) =>
      startRender(client, {
        sessionId: TEST_SESSION_ID,
        token: 'TOKEN',
        url: 'https://x',
        maxDuration: 7200,
        resolution: '1280x720',
        properties: { name: 'ec' },
      }),
    reply: { status: 202, body: responseFixture('render_start.py3130.json') },
    method: 'POST',
    url: RENDERS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","url":"https://x","maxDuration":7200,"resolution":"1280x720","properties":{"name":"ec"}}`,
    result: started,
    official: officialRequest('python-3.13.0', 'start_render'),
  },
  {
    name: 'startRender with only the required fields leaves the rest to the service',
    call: (client) => startRender(client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', url: 'https://example.com/page?x=1' }),
    reply: { status: 202, body: responseFixture('render_start.py3130.json') },
    method: 'POST',
    url: RENDERS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","url":"https://example.com/page?x=1"}`,
    result: started,
  },
  {
    name: 'getRender replaying render_get_failed.py3130.json (a reason, no stream)',
    call: (client) => getRender(client, { renderId: 'RID' }),
    reply: { body: responseFixture('render_get_failed.py3130.json') },
    method: 'GET',
    url: `${RENDERS}/RID`,
    result: failed,
    official: officialRequest('opentok-node-2.23.1', 'getRender'),
  },
  {
    name: 'stopRender sends a bare DELETE and resolves on 200 with an empty body',
    call: (client) => stopRender(client, { renderId: 'RID' }),
    reply: { status: 200, body: '' },
    method: 'DELETE',
    url: `${RENDERS}/RID`,
    result: undefined,
    official: officialRequest('python-3.13.0', 'stop_render'),
  },
  {
    name: 'listRenders with a count only, as opentok-node sends it',
    call: (client) => listRenders(client, { count: 5 }),
    reply: { body: responseFixture('render_list.py3130.json') },
    method: 'GET',
    url: `${RENDERS}?count=5`,
    result: { items: listed, total: 2 },
    official: officialRequest('opentok-node-2.23.1', 'listRenders'),
  },
  {
    name: 'listRenders with offset and count, as Python 3.13 sends them, replaying render_list.py3130.json',
    call: (client) => listRenders(client, { offset: 0, count: 50 }),
    reply: { body: responseFixture('render_list.py3130.json') },
    method: 'GET',
    url: `${RENDERS}?offset=0&count=50`,
    result: { items: listed, total: 2 },
    official: officialRequest('python-3.13.0', 'list_renders'),
  },
  {
    name: 'listRenders without params sends no query',
    call: (client) => listRenders(client),
    reply: { body: { count: 0, items: [] } },
    method: 'GET',
    url: RENDERS,
    result: { items: [], total: 0 },
  },
];

describe('render operations on the wire', () => {
  wireRows(recorder, rows);
});

describe('render results', () => {
  it('takes applicationId as the projectId, copies only the typed fields', async () => {
    recorder.reply({
      body: {
        id: 'r1',
        sessionId: 's',
        applicationId: 'app-uuid',
        createdAt: 1,
        updatedAt: 2,
        url: 'https://x',
        resolution: '720x1280',
        status: 'starting',
        event: 'render',
        callbackUrl: 'https://cb',
      },
    });
    await expect(getRender(recorder.client, { renderId: 'r1' })).resolves.toStrictEqual({
      id: 'r1',
      sessionId: 's',
      projectId: 'app-uuid',
      createdAt: 1,
      updatedAt: 2,
      url: 'https://x',
      resolution: '720x1280',
      status: 'starting',
    });
  });

  it('turns a numeric projectId into a string and fills in absent fields', async () => {
    recorder.reply({ body: { id: 'r1', projectId: 123, status: 'started' } });
    await expect(getRender(recorder.client, { renderId: 'r1' })).resolves.toStrictEqual({
      id: 'r1',
      sessionId: '',
      projectId: '123',
      createdAt: 0,
      updatedAt: 0,
      url: '',
      resolution: '1280x720',
      status: 'started',
    });
  });

  it('refuses an answer that is not a render', async () => {
    recorder.reply({ body: { id: 'r1' } });
    await expect(getRender(recorder.client, { renderId: 'r1' })).rejects.toThrow(
      new InvalidResponseError('getRender failed: OpenTok answered without a render object'),
    );
  });

  it.each([
    ['createdAt', 'yesterday'],
    ['resolution', 720],
    ['url', { href: 'https://x' }],
    ['projectId', true],
    ['streamId', 42],
    ['reason', ['x']],
  ])('refuses a render whose %s is of the wrong type (not a silent default)', async (field, value) => {
    recorder.reply({ body: { id: 'r1', status: 'started', [field]: value } });
    await expect(getRender(recorder.client, { renderId: 'r1' })).rejects.toThrow(
      new InvalidResponseError('getRender failed: OpenTok answered without a render object'),
    );
  });

  it('refuses a list whose item is not a render, and a count that is not a number', async () => {
    recorder.reply({ body: { count: 1, items: [{ id: 'r1' }] } }, { body: { count: '1', items: [] } });
    await expect(listRenders(recorder.client)).rejects.toThrow(new InvalidResponseError('listRenders failed: OpenTok answered without a render object'));
    await expect(listRenders(recorder.client)).rejects.toThrow(new InvalidResponseError('listRenders failed: OpenTok answered without an items list'));
  });

  it('refuses a list answer without items', async () => {
    recorder.reply({ body: { count: 3 } });
    await expect(listRenders(recorder.client)).rejects.toThrow(new InvalidResponseError('listRenders failed: OpenTok answered without an items list'));
  });

  it('passes per-call headers through', async () => {
    recorder.reply({ body: responseFixture('render_get_failed.py3130.json') });
    await getRender(recorder.client, { renderId: 'RID' }, { headers: { 'X-Trace': 't1' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('t1');
  });
});

describe('render API errors (recorder)', () => {
  it('400 on startRender says what to check and never shows the token', async () => {
    recorder.reply({ status: 400, body: { code: 400, message: 'Invalid token' } });
    const error = await failure(startRender(recorder.client, { sessionId: TEST_SESSION_ID, token: 'SECRET-TOKEN', url: 'https://x' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      'startRender failed: the render request was refused (check the session ID, the token, the URL and the options) (HTTP 400: Invalid token)',
    );
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain('SECRET');
  });

  it('404 on getRender', async () => {
    recorder.reply({ status: 404, body: { message: 'No render matching the specified render ID was found.' } });
    const error = await failure(getRender(recorder.client, { renderId: 'RID' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('getRender failed: there is no render with this ID (HTTP 404: No render matching the specified render ID was found.)');
  });

  it('409 on stopRender keeps the API message and status', async () => {
    recorder.reply({ status: 409, body: { message: 'Conflict. The render is not running.' } });
    const error = await failure(stopRender(recorder.client, { renderId: 'RID' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(409);
    expect(error.message).toBe(
      'stopRender failed: the render is not running (it has already stopped or failed) (HTTP 409: Conflict. The render is not running.)',
    );
  });
});
