import { BadRequestError, ConflictError, InvalidResponseError, MethodNotAllowedError, NotFoundError } from '@opentok/core';
import { responseFixture, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder, type WireRow, wireRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import {
  addBroadcastStream,
  type Broadcast,
  getBroadcast,
  listBroadcasts,
  removeBroadcastStream,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
} from '../src/index.js';

const recorder = useRecorder();
const base = `/v2/project/${TEST_CREDENTIALS.apiKey}`;

const pythonRtmp = [
  { id: 'foo', serverUrl: 'rtmp://myfooserver/myfooapp', streamName: 'myfoostream' },
  { id: 'bar', serverUrl: 'rtmp://mybarserver/mybarapp', streamName: 'mybarstream' },
];
const pythonBroadcast = {
  sessionId: '2_MX4xMDBfjE0Mzc2NzY1NDgwMTJ-TjMzfn4',
  projectId: '100',
  createdAt: 1437676551000,
  updatedAt: 1437676551000,
  resolution: '640x480',
  maxDuration: 7200,
  hasAudio: true,
  hasVideo: true,
  streamMode: 'auto',
  streams: [],
} as const;
const nodeBroadcast: Broadcast = {
  id: 'fooId',
  sessionId: 'fooSessionId',
  projectId: '1234',
  createdAt: 1537477584724,
  updatedAt: 1537477584725,
  resolution: '1280x720',
  status: 'stopped',
  maxDuration: 7200,
  hasAudio: true,
  hasVideo: true,
  streamMode: 'auto',
  streams: [],
  broadcastUrls: { hls: 'hlsUrl', rtmp: [] },
};

const rows: WireRow[] = [
  {
    name: 'startBroadcast (HLS + two RTMP, every option) replaying broadcast_start.py3130.json',
    call: (client) =>
      startBroadcast(client, {
        sessionId: TEST_SESSION_ID,
        outputs: { hls: { dvr: true, lowLatency: false }, rtmp: pythonRtmp },
        layout: { type: 'bestFit', screenshareType: 'pip' },
        maxDuration: 5400,
        resolution: '1280x720',
        streamMode: 'manual',
        multiBroadcastTag: 'tag-1',
        hasAudio: true,
        hasVideo: false,
        maxBitrate: 1_000_000,
      }),
    reply: { body: responseFixture('broadcast_start.py3130.json') },
    method: 'POST',
    url: `${base}/broadcast`,
    body: JSON.stringify({
      sessionId: TEST_SESSION_ID,
      outputs: { hls: { dvr: true, lowLatency: false }, rtmp: pythonRtmp },
      layout: { type: 'bestFit', screenshareType: 'pip' },
      maxDuration: 5400,
      resolution: '1280x720',
      streamMode: 'manual',
      multiBroadcastTag: 'tag-1',
      hasAudio: true,
      hasVideo: false,
      maxBitrate: 1_000_000,
    }),
    result: {
      ...pythonBroadcast,
      id: '1748b7070a81464c9759c46ad10d3734',
      status: 'started',
      maxDuration: 5400,
      maxBitrate: 1_000_000,
      broadcastUrls: {
        hls: 'http://server/fakepath/playlist.m3u8',
        hlsStatus: 'ready',
        rtmp: pythonRtmp.map((r) => ({ ...r, status: 'connecting' })),
      },
    },
  },
  {
    name: 'startBroadcast (HLS only, unset options and an empty rtmp list omitted) replaying broadcast_start.py210.json',
    call: (client) => startBroadcast(client, { sessionId: TEST_SESSION_ID, outputs: { hls: {}, rtmp: [] } }),
    reply: { body: responseFixture('broadcast_start.py210.json') },
    method: 'POST',
    url: `${base}/broadcast`,
    body: `{"sessionId":"${TEST_SESSION_ID}","outputs":{"hls":{}}}`,
    result: {
      ...pythonBroadcast,
      id: '1748b7070a81464c9759c46ad10d3734',
      status: 'started',
      broadcastUrls: { hls: 'http://server/fakepath/playlist.m3u8', rtmp: pythonRtmp.map((r) => ({ ...r, status: 'connecting' })) },
    },
  },
  {
    name: 'startBroadcast (RTMP only, custom layout) replaying broadcast.node.json',
    call: (client) =>
      startBroadcast(client, {
        sessionId: TEST_SESSION_ID,
        outputs: { rtmp: [{ serverUrl: 'rtmps://live.example.com/app', streamName: 'key' }] },
        layout: { type: 'custom', stylesheet: 'stream { width: 100%; }' },
      }),
    reply: { body: responseFixture('broadcast.node.json') },
    method: 'POST',
    url: `${base}/broadcast`,
    body: `{"sessionId":"${TEST_SESSION_ID}","outputs":{"rtmp":[{"serverUrl":"rtmps://live.example.com/app","streamName":"key"}]},"layout":{"type":"custom","stylesheet":"stream { width: 100%; }"}}`,
    result: nodeBroadcast,
  },
  {
    name: 'stopBroadcast replaying broadcast_stop.py210.json (no status, broadcastUrls null)',
    call: (client) => stopBroadcast(client, { broadcastId: '1748b7070a81464c9759c46ad10d3734' }),
    reply: { body: responseFixture('broadcast_stop.py210.json') },
    method: 'POST',
    url: `${base}/broadcast/1748b7070a81464c9759c46ad10d3734/stop`,
    result: { ...pythonBroadcast, id: '1748b7070a81464c9759c46ad10d3734', status: 'stopped', broadcastUrls: { rtmp: [] } },
  },
  {
    name: 'getBroadcast replaying broadcast_get.py3130.json (rtmp as an id-keyed object)',
    call: (client) => getBroadcast(client, { broadcastId: '1748b707-0a81-464c-9759-c46ad10d3734' }),
    reply: { body: responseFixture('broadcast_get.py3130.json') },
    method: 'GET',
    url: `${base}/broadcast/1748b707-0a81-464c-9759-c46ad10d3734`,
    result: {
      ...pythonBroadcast,
      id: '1748b707-0a81-464c-9759-c46ad10d3734',
      status: 'started',
      broadcastUrls: { hls: 'http://server/fakepath/playlist.m3u8', hlsStatus: 'live', rtmp: pythonRtmp.map((r) => ({ ...r, status: 'live' })) },
    },
  },
  {
    name: 'getBroadcast replaying broadcast_get.py210.json',
    call: (client) => getBroadcast(client, { broadcastId: '1748b707-0a81-464c-9759-c46ad10d3734' }),
    reply: { body: responseFixture('broadcast_get.py210.json') },
    method: 'GET',
    url: `${base}/broadcast/1748b707-0a81-464c-9759-c46ad10d3734`,
    result: {
      ...pythonBroadcast,
      id: '1748b707-0a81-464c-9759-c46ad10d3734',
      status: 'started',
      broadcastUrls: { hls: 'http://server/fakepath/playlist.m3u8', rtmp: pythonRtmp.map((r) => ({ ...r, status: 'live' })) },
    },
  },
  {
    name: 'listBroadcasts with offset, count and sessionId replaying broadcast_list.node.json',
    call: (client) => listBroadcasts(client, { offset: 1, count: 2, sessionId: TEST_SESSION_ID }),
    reply: { body: responseFixture('broadcast_list.node.json') },
    method: 'GET',
    url: `${base}/broadcast?offset=1&count=2&sessionId=${TEST_SESSION_ID}`,
    result: { items: [nodeBroadcast], total: 1 },
  },
  {
    name: 'listBroadcasts without params sends no query',
    call: (client) => listBroadcasts(client),
    reply: { body: responseFixture('broadcast_list.node.json') },
    method: 'GET',
    url: `${base}/broadcast`,
    result: { items: [nodeBroadcast], total: 1 },
  },
  {
    name: 'setBroadcastLayout',
    call: (client) => setBroadcastLayout(client, { broadcastId: 'BID', layout: { type: 'custom', stylesheet: 'stream{}' } }),
    method: 'PUT',
    url: `${base}/broadcast/BID/layout`,
    body: '{"type":"custom","stylesheet":"stream{}"}',
    result: undefined,
  },
  {
    name: 'addBroadcastStream with hasAudio/hasVideo',
    call: (client) => addBroadcastStream(client, { broadcastId: 'BID', streamId: 'SID1', hasAudio: true, hasVideo: false }),
    reply: { status: 204, body: '' },
    method: 'PATCH',
    url: `${base}/broadcast/BID/streams`,
    body: '{"addStream":"SID1","hasAudio":true,"hasVideo":false}',
    result: undefined,
  },
  {
    name: 'addBroadcastStream leaves unset hasAudio/hasVideo to the API',
    call: (client) => addBroadcastStream(client, { broadcastId: 'BID', streamId: 'SID1' }),
    reply: { status: 204, body: '' },
    method: 'PATCH',
    url: `${base}/broadcast/BID/streams`,
    body: '{"addStream":"SID1"}',
    result: undefined,
  },
  {
    name: 'removeBroadcastStream',
    call: (client) => removeBroadcastStream(client, { broadcastId: 'BID', streamId: 'SID1' }),
    reply: { status: 204, body: '' },
    method: 'PATCH',
    url: `${base}/broadcast/BID/streams`,
    body: '{"removeStream":"SID1"}',
    result: undefined,
  },
];

describe('broadcast operations on the wire', () => {
  wireRows(recorder, rows);
});

describe('broadcast results', () => {
  it('keeps rtmp arrays, streams, settings and the tag; drops unknown fields', async () => {
    recorder.reply({
      body: {
        id: 'b1',
        sessionId: TEST_SESSION_ID,
        projectId: 12345678,
        partnerId: 12345678,
        event: 'broadcast',
        createdAt: 1,
        updatedAt: 2,
        resolution: '1920x1080',
        status: 'started',
        maxDuration: 3600,
        maxBitrate: 2_000_000,
        hasAudio: false,
        hasVideo: true,
        streamMode: 'manual',
        streams: [{ streamId: 's1', hasAudio: true, hasVideo: false, extra: 1 }],
        multiBroadcastTag: 'tag',
        settings: { hls: { lowLatency: true, dvr: false, extra: 1 } },
        broadcastUrls: {
          hls: 'https://cdn/playlist.m3u8',
          hlsStatus: 'connecting',
          rtmp: [
            { id: 'yt', serverUrl: 'rtmp://yt/live', streamName: 'k', status: 'live', extra: true },
            { serverUrl: 'rtmp://x/y', streamName: 'z', status: 'error' },
          ],
        },
      },
    });
    expect(await getBroadcast(recorder.client, { broadcastId: 'b1' })).toEqual({
      id: 'b1',
      sessionId: TEST_SESSION_ID,
      projectId: '12345678',
      createdAt: 1,
      updatedAt: 2,
      resolution: '1920x1080',
      status: 'started',
      maxDuration: 3600,
      maxBitrate: 2_000_000,
      hasAudio: false,
      hasVideo: true,
      streamMode: 'manual',
      streams: [{ streamId: 's1', hasAudio: true, hasVideo: false }],
      multiBroadcastTag: 'tag',
      settings: { hls: { lowLatency: true, dvr: false } },
      broadcastUrls: {
        hls: 'https://cdn/playlist.m3u8',
        hlsStatus: 'connecting',
        rtmp: [
          { id: 'yt', serverUrl: 'rtmp://yt/live', streamName: 'k', status: 'live' },
          { serverUrl: 'rtmp://x/y', streamName: 'z', status: 'error' },
        ],
      },
    });
  });

  it("takes a Vonage application's broadcast owner from applicationId", async () => {
    recorder.reply({ body: { id: 'b1', sessionId: TEST_SESSION_ID, applicationId: '29f760f8-7ce1-46c9-ade3-f2dedee4ed5f', status: 'started' } });
    expect((await getBroadcast(recorder.client, { broadcastId: 'b1' })).projectId).toBe('29f760f8-7ce1-46c9-ade3-f2dedee4ed5f');
  });

  it('refuses an answer that is not a broadcast', async () => {
    recorder.reply({ body: { message: 'hello' } });
    await expect(getBroadcast(recorder.client, { broadcastId: 'b1' })).rejects.toThrow(
      new InvalidResponseError('getBroadcast failed: OpenTok answered without a broadcast object'),
    );
  });

  it('refuses a list answer without items', async () => {
    recorder.reply({ body: { count: 3 } });
    await expect(listBroadcasts(recorder.client)).rejects.toThrow(new InvalidResponseError('listBroadcasts failed: OpenTok answered without an "items" list'));
  });

  it.each([
    ['an RTMP target without its server URL', { broadcastUrls: { rtmp: [{ streamName: 'k' }] } }],
    ['an RTMP target that is not an object', { broadcastUrls: { rtmp: { yt: 'rtmp://x/y' } } }],
    ['RTMP targets that are a string', { broadcastUrls: { rtmp: 'rtmp://x/y' } }],
    ['an RTMP status that is not a string', { broadcastUrls: { rtmp: [{ serverUrl: 'rtmp://x/y', streamName: 'k', status: 1 }] } }],
    ['broadcastUrls that are a string', { broadcastUrls: 'https://x/playlist.m3u8' }],
    ['an HLS URL that is not a string', { broadcastUrls: { hls: ['https://x'] } }],
    ['a stream without its ID', { streams: [{ hasAudio: true }] }],
    ['hasAudio that is not a boolean', { hasAudio: 'true' }],
    ['a DVR setting that is not a boolean', { settings: { hls: { dvr: 'yes' } } }],
    ['a maxDuration that is not a number', { maxDuration: '7200' }],
  ])('refuses a broadcast with %s (not a field cast unchecked)', async (_what, fields) => {
    recorder.reply({ body: { id: 'b1', status: 'started', ...fields } });
    await expect(getBroadcast(recorder.client, { broadcastId: 'b1' })).rejects.toThrow(
      new InvalidResponseError('getBroadcast failed: OpenTok answered without a broadcast object'),
    );
  });

  it('passes per-call headers through', async () => {
    recorder.reply({ body: responseFixture('broadcast.node.json') });
    await getBroadcast(recorder.client, { broadcastId: 'fooId' }, { headers: { 'X-Trace': 't1' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('t1');
  });
});

describe('broadcast API errors (recorder)', () => {
  it('400 on start: too many RTMP targets in the session', async () => {
    recorder.reply({ status: 400, body: { code: 15202, message: 'You have exceeded the limit of five simultaneous RTMP streams for an OpenTok session.' } });
    const error = await startBroadcast(recorder.client, {
      sessionId: TEST_SESSION_ID,
      outputs: { rtmp: [{ serverUrl: 'rtmp://a/b', streamName: 'c' }] },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toBe(
      'startBroadcast failed: the broadcast request was refused (check the outputs, at most five RTMP targets per session, the layout and the resolution) (HTTP 400: You have exceeded the limit of five simultaneous RTMP streams for an OpenTok session.)',
    );
    expect((error as BadRequestError).status).toBe(400);
  });

  it('400 on setBroadcastLayout', async () => {
    recorder.reply({ status: 400, body: { message: 'Invalid layout' } });
    const error = await setBroadcastLayout(recorder.client, { broadcastId: 'BID', layout: { type: 'pip' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toBe('setBroadcastLayout failed: the layout was refused (check its type and stylesheet) (HTTP 400: Invalid layout)');
  });

  it('405 on addBroadcastStream: the broadcast is not in manual stream mode', async () => {
    recorder.reply({ status: 405, body: { message: 'Method not allowed' } });
    const error = await addBroadcastStream(recorder.client, { broadcastId: 'BID', streamId: 'S' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MethodNotAllowedError);
    expect((error as Error).message).toBe(
      'addBroadcastStream failed: the broadcast was not started with streamMode "manual", so its streams cannot be changed by hand (HTTP 405: Method not allowed)',
    );
  });

  it('404 on removeBroadcastStream', async () => {
    recorder.reply({ status: 404, body: { message: 'Not found' } });
    const error = await removeBroadcastStream(recorder.client, { broadcastId: 'BID', streamId: 'S' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('removeBroadcastStream failed: the broadcast or the stream does not exist (HTTP 404: Not found)');
  });

  it('409 on stopBroadcast keeps the API message and status', async () => {
    recorder.reply({ status: 409, body: { message: 'Broadcast already stopped' } });
    const error = await stopBroadcast(recorder.client, { broadcastId: 'BID' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).apiMessage).toBe('Broadcast already stopped');
    expect((error as Error).message).toBe('stopBroadcast failed: the broadcast is not running (it has already stopped) (HTTP 409: Broadcast already stopped)');
  });
});
