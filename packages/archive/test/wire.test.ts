import { type CannedResponse, officialRequest, responseFixture, TEST_SESSION_ID, useRecorder, type WireRow, wireRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { addArchiveStream, deleteArchive, getArchive, listArchives, removeArchiveStream, setArchiveLayout, startArchive, stopArchive } from '../src/index.js';
import { EXPECTED } from './archives.js';

const recorder = useRecorder();

const ARCHIVES = '/v2/project/12345678/archive';

const fixture = (file: keyof typeof EXPECTED, status = 200): CannedResponse => ({ status, body: responseFixture(file) });

const cases: WireRow[] = [
  {
    name: 'startArchive with only a session ID sends only the session ID',
    call: (client) => startArchive(client, { sessionId: TEST_SESSION_ID }),
    reply: fixture('archive_start.node.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}"}`,
    result: EXPECTED['archive_start.node.json'],
  },
  {
    name: 'startArchive with every composed option (as opentok-node sends them)',
    call: (client) =>
      startArchive(client, {
        sessionId: TEST_SESSION_ID,
        name: 'n',
        resolution: '1280x720',
        layout: { type: 'bestFit', screenshareType: 'pip' },
        streamMode: 'manual',
        multiArchiveTag: 't',
        maxBitrate: 200000,
      }),
    reply: fixture('archive_start_1280x720.py210.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}","name":"n","resolution":"1280x720","layout":{"type":"bestFit","screenshareType":"pip"},"streamMode":"manual","multiArchiveTag":"t","maxBitrate":200000}`,
    result: EXPECTED['archive_start_1280x720.py210.json'],
    official: officialRequest('opentok-node-2.23.1', 'startArchive'),
  },
  {
    name: 'startArchive with audio, video, output mode, quantization and a layout (as Python 3.13 sends them)',
    call: (client) =>
      startArchive(client, {
        sessionId: TEST_SESSION_ID,
        name: 'n',
        hasAudio: true,
        hasVideo: false,
        outputMode: 'composed',
        resolution: '1920x1080',
        streamMode: 'auto',
        multiArchiveTag: 'tag',
        quantizationParameter: 25,
        layout: { type: 'bestFit', screenshareType: 'horizontalPresentation' },
      }),
    reply: fixture('archive_start_with_quantization_parameter.py3130.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}","name":"n","hasAudio":true,"hasVideo":false,"outputMode":"composed","resolution":"1920x1080","layout":{"type":"bestFit","screenshareType":"horizontalPresentation"},"streamMode":"auto","multiArchiveTag":"tag","quantizationParameter":25}`,
    result: EXPECTED['archive_start_with_quantization_parameter.py3130.json'],
    official: officialRequest('python-3.13.0', 'start_archive_full'),
  },
  {
    name: 'startArchive of an individual archive',
    call: (client) => startArchive(client, { sessionId: TEST_SESSION_ID, name: 'ARCHIVE NAME', outputMode: 'individual' }),
    reply: fixture('archive_start_individual.py210.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}","name":"ARCHIVE NAME","outputMode":"individual"}`,
    result: EXPECTED['archive_start_individual.py210.json'],
  },
  {
    name: 'startArchive with a custom layout',
    call: (client) => startArchive(client, { sessionId: TEST_SESSION_ID, layout: { type: 'custom', stylesheet: 'stream.instructor {position: absolute;}' } }),
    reply: fixture('archive_start_with_layout.py3130.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}","layout":{"type":"custom","stylesheet":"stream.instructor {position: absolute;}"}}`,
    result: EXPECTED['archive_start_with_layout.py3130.json'],
  },
  {
    name: 'startArchive reads the Python 2.10 answer (numeric partnerId)',
    call: (client) =>
      startArchive(client, { sessionId: TEST_SESSION_ID, name: 'n', hasAudio: true, hasVideo: true, outputMode: 'composed', resolution: '1280x720' }),
    reply: fixture('archive_start.py210.json'),
    method: 'POST',
    url: ARCHIVES,
    body: `{"sessionId":"${TEST_SESSION_ID}","name":"n","hasAudio":true,"hasVideo":true,"outputMode":"composed","resolution":"1280x720"}`,
    result: EXPECTED['archive_start.py210.json'],
    official: officialRequest('python-2.10.0', 'start_archive'),
  },
  {
    name: 'stopArchive posts an empty JSON object',
    call: (client) => stopArchive(client, { archiveId: 'AID' }),
    reply: fixture('archive_stop.node.json'),
    method: 'POST',
    url: `${ARCHIVES}/AID/stop`,
    body: '{}',
    result: EXPECTED['archive_stop.node.json'],
    official: officialRequest('opentok-node-2.23.1', 'stopArchive'),
  },
  {
    name: 'stopArchive reads the Python 2.10 answer',
    call: (client) => stopArchive(client, { archiveId: '30b3ebf1-ba36-4f5b-8def-6f70d9986fe9' }),
    reply: fixture('archive_stop.py210.json'),
    method: 'POST',
    url: `${ARCHIVES}/30b3ebf1-ba36-4f5b-8def-6f70d9986fe9/stop`,
    body: '{}',
    result: EXPECTED['archive_stop.py210.json'],
  },
  ...(
    [
      'archive_get_available.node.json',
      'archive_get_available.py210.json',
      'archive_get_paused.py210.json',
      'archive_get_expired.py210.json',
      'archive_get_unknown_properties.py210.json',
    ] as const
  ).map(
    (file): WireRow => ({
      name: `getArchive reads ${file}`,
      call: (client) => getArchive(client, { archiveId: 'AID' }),
      reply: fixture(file),
      method: 'GET',
      url: `${ARCHIVES}/AID`,
      result: EXPECTED[file],
      official: officialRequest('opentok-node-2.23.1', 'getArchive'),
    }),
  ),
  {
    name: 'deleteArchive sends a bare DELETE and resolves on 204',
    call: (client) => deleteArchive(client, { archiveId: 'AID' }),
    reply: { status: 204 },
    method: 'DELETE',
    url: `${ARCHIVES}/AID`,
    result: undefined,
    official: officialRequest('opentok-node-2.23.1', 'deleteArchive'),
  },
  {
    name: 'listArchives without params sends no query; total is the API count',
    call: (client) => listArchives(client),
    reply: { body: responseFixture('archive_list.node.json') },
    method: 'GET',
    url: ARCHIVES,
    result: {
      total: 149,
      items: [
        ['e85741ce-d280-4efa-a3ba-93379a68be06', 1391457926000, 3, '', 6590, 'http://some/video1.mp4'],
        ['0931d1d7-4198-4db2-bf8a-097924421eb2', 1391218315000, 0, 'Archive 3', 3150, 'http://some/video2.mp4'],
        ['e7198f93-d8fa-448d-b134-ac3355ce2eb7', 1391218274000, 9, 'Archive 4', 12691, 'http://some/video3.mp4'],
        ['ae531f74-218c-4abd-bbe4-1f6bd92e9449', 1391218252000, 17, null, 21566, 'http://some/video4.mp4'],
        ['cf2fd890-7ea0-4f43-a6a7-432ea9dc4c51', 1391218139000, 73, 'Archive 5', 83158, 'http://some/video5.mp4'],
      ].map(([id, createdAt, duration, name, size, url]) => ({
        id,
        status: 'available',
        name,
        reason: '',
        sessionId: 'SESSION_ID',
        projectId: 'APIKEY',
        createdAt,
        size,
        duration,
        hasAudio: true,
        hasVideo: true,
        outputMode: 'composed',
        streamMode: 'auto',
        streams: [],
        resolution: null,
        url,
      })),
    },
  },
  {
    name: 'listArchives with offset, count and sessionId',
    call: (client) => listArchives(client, { offset: 5, count: 10, sessionId: TEST_SESSION_ID }),
    reply: { body: responseFixture('archive_list_offset_count_session.py210.json') },
    method: 'GET',
    url: `${ARCHIVES}?offset=5&count=10&sessionId=${TEST_SESSION_ID}`,
    result: {
      total: 2,
      items: [
        {
          ...EXPECTED['archive_get_available.py210.json'],
          id: 'b8f64de1-e218-4091-9544-4cbf369fc238',
          name: 'showtime again',
          createdAt: 1394396753000,
          duration: 24,
          size: 2227849,
          url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456%2Fb8f64de1-e218-4091-9544-4cbf369fc238%2Farchive.mp4?Expires=1395188695&AWSAccessKeyId=AKIAI6LQCPIXYVWCQV6Q&Signature=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        },
        {
          ...EXPECTED['archive_get_available.py210.json'],
          id: '832641bf-5dbf-41a1-ad94-fea213e59a92',
          name: 'showtime',
          createdAt: 1394321113000,
          duration: 1294,
          size: 42165242,
          url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456%2F832641bf-5dbf-41a1-ad94-fea213e59a92%2Farchive.mp4?Expires=1395188695&AWSAccessKeyId=AKIAI6LQCPIXYVWCQV6Q&Signature=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        },
      ],
    },
    official: officialRequest('opentok-node-2.23.1', 'listArchives'),
  },
  {
    name: 'listArchives sends an explicit offset 0',
    call: (client) => listArchives(client, { offset: 0 }),
    reply: { body: { count: 0, items: [] } },
    method: 'GET',
    url: `${ARCHIVES}?offset=0`,
    result: { total: 0, items: [] },
  },
  {
    name: 'listArchives reads the Python 2.10 list',
    call: (client) => listArchives(client, { count: 1000 }),
    reply: { body: responseFixture('archive_list.py210.json') },
    method: 'GET',
    url: `${ARCHIVES}?count=1000`,
    result: expect.objectContaining({
      total: 6,
      items: expect.arrayContaining([
        expect.objectContaining({ id: '832641bf-5dbf-41a1-ad94-fea213e59a92', name: 'showtime', projectId: '123456', duration: 1294 }),
      ]),
    }),
  },
  {
    name: 'setArchiveLayout with a custom stylesheet (as Python 2.10 sends it)',
    call: (client) => setArchiveLayout(client, { archiveId: 'AID', layout: { type: 'custom', stylesheet: 'stream{}' } }),
    reply: { status: 200, body: {} },
    method: 'PUT',
    url: `${ARCHIVES}/AID/layout`,
    body: '{"type":"custom","stylesheet":"stream{}"}',
    result: undefined,
    official: officialRequest('python-2.10.0', 'set_archive_layout'),
  },
  {
    name: 'setArchiveLayout with a screen-share type (as opentok-node sends it)',
    call: (client) => setArchiveLayout(client, { archiveId: 'AID', layout: { type: 'bestFit', screenshareType: 'pip' } }),
    reply: { status: 200, body: '' },
    method: 'PUT',
    url: `${ARCHIVES}/AID/layout`,
    body: '{"type":"bestFit","screenshareType":"pip"}',
    result: undefined,
    official: officialRequest('opentok-node-2.23.1', 'setArchiveLayout'),
  },
  {
    name: 'addArchiveStream with audio off (as opentok-node sends it)',
    call: (client) => addArchiveStream(client, { archiveId: 'AID', streamId: 'SID1', hasAudio: false, hasVideo: true }),
    reply: { status: 204 },
    method: 'PATCH',
    url: `${ARCHIVES}/AID/streams`,
    body: '{"addStream":"SID1","hasAudio":false,"hasVideo":true}',
    result: undefined,
    official: officialRequest('opentok-node-2.23.1', 'addArchiveStream'),
  },
  {
    name: 'addArchiveStream leaves unset flags to the service',
    call: (client) => addArchiveStream(client, { archiveId: 'AID', streamId: 'STID' }),
    reply: { status: 204 },
    method: 'PATCH',
    url: `${ARCHIVES}/AID/streams`,
    body: '{"addStream":"STID"}',
    result: undefined,
  },
  {
    name: 'removeArchiveStream',
    call: (client) => removeArchiveStream(client, { archiveId: 'AID', streamId: 'SID1' }),
    reply: { status: 204 },
    method: 'PATCH',
    url: `${ARCHIVES}/AID/streams`,
    body: '{"removeStream":"SID1"}',
    result: undefined,
    official: officialRequest('opentok-node-2.23.1', 'removeArchiveStream'),
  },
];

describe('archive operations on the wire', () => {
  wireRows(recorder, cases);

  it('keeps results to the typed fields: unknown properties are dropped, not copied', async () => {
    recorder.reply(fixture('archive_get_unknown_properties.py210.json'));
    const archive = await getArchive(recorder.client, { archiveId: 'AID' });
    expect(Object.keys(archive)).not.toContain('notarealproperty');
    expect(Object.keys(archive)).not.toContain('partnerId');
  });

  it('maps the streams of a manual-mode archive and every optional field', async () => {
    recorder.reply({
      body: {
        id: 'A1',
        status: 'started',
        name: null,
        sessionId: 'S',
        projectId: 123,
        createdAt: 1,
        updatedAt: 2,
        outputMode: 'composed',
        streamMode: 'manual',
        streams: [{ streamId: 's1', hasAudio: true, hasVideo: false }, { streamId: 's2' }, 'junk'],
        resolution: '720x1280',
        maxBitrate: 300000,
        multiArchiveTag: 'tag',
        sha256sum: 'abc',
        password: 'never copied',
      },
    });
    await expect(getArchive(recorder.client, { archiveId: 'A1' })).resolves.toStrictEqual({
      id: 'A1',
      status: 'started',
      name: null,
      reason: '',
      sessionId: 'S',
      projectId: '123',
      createdAt: 1,
      updatedAt: 2,
      size: 0,
      duration: 0,
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      streamMode: 'manual',
      streams: [
        { streamId: 's1', hasAudio: true, hasVideo: false },
        { streamId: 's2', hasAudio: true, hasVideo: true },
      ],
      resolution: '720x1280',
      url: null,
      maxBitrate: 300000,
      multiArchiveTag: 'tag',
      sha256sum: 'abc',
    });
  });

  it('passes per-call headers through and honours an aborted signal', async () => {
    recorder.reply(fixture('archive_get_available.node.json'));
    await getArchive(recorder.client, { archiveId: 'AID' }, { headers: { 'X-Trace-Id': 'trace-1' } });
    expect(recorder.requests[0]?.headers['x-trace-id']).toBe('trace-1');
    await expect(getArchive(recorder.client, { archiveId: 'AID' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
      code: 'ABORTED',
    });
  });
});
