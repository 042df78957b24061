import { BadRequestError, ConflictError, encodeSessionId, MethodNotAllowedError, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { type ErrorRow, errorRows, failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, createSessionOverRest, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addBroadcastStream,
  type Broadcast,
  getBroadcast,
  iterateBroadcasts,
  listBroadcasts,
  removeBroadcastStream,
  type StartBroadcastParams,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
} from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A session created over the REST API, with one connected client publishing `streams` camera streams (`cam0`, `cam1`, ...). */
const sessionWithStreams = (mediaMode: 'routed' | 'relayed', streams: number) =>
  startLiveSession(emulator, client, { mediaMode, streams: Array.from({ length: streams }, (_, i) => ({ name: `cam${i}` })) });

const rtmp = [
  { id: 'youtube', serverUrl: 'rtmps://a.rtmp.youtube.com/live2', streamName: 'yt-key' },
  { id: 'twitch', serverUrl: 'rtmp://live.twitch.tv/app', streamName: 'tw-key' },
];

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('broadcast lifecycle against the emulator', () => {
    it('starts, reads, lists, iterates, re-lays out, adds and removes streams, stops', async () => {
      const { sessionId, streamIds } = await sessionWithStreams('routed', 2);
      const [cam0, cam1] = streamIds as [string, string];
      const params: StartBroadcastParams = {
        sessionId,
        outputs: { hls: { dvr: true }, rtmp },
        layout: { type: 'bestFit', screenshareType: 'horizontalPresentation' },
        maxDuration: 3600,
        resolution: '1280x720',
        streamMode: 'manual',
        multiBroadcastTag: 'main',
        maxBitrate: 2_000_000,
      };

      // start
      const started = await startBroadcast(client, params);
      expect(started).toEqual({
        id: expect.any(String),
        sessionId,
        projectId: client.projectId,
        createdAt: expect.any(Number),
        updatedAt: started.createdAt,
        resolution: '1280x720',
        status: 'started',
        maxDuration: 3600,
        maxBitrate: 2_000_000,
        hasAudio: true,
        hasVideo: true,
        streamMode: 'manual',
        streams: [],
        multiBroadcastTag: 'main',
        settings: { hls: { dvr: true, lowLatency: false } },
        broadcastUrls: {
          hls: `${emulator.url}/_emulator/broadcasts/${started.id}/hls/playlist.m3u8`,
          hlsStatus: 'connecting',
          rtmp: rtmp.map((r) => ({ ...r, status: 'connecting' })),
        },
      } satisfies Broadcast);
      expect(emulator.broadcast(started.id)).toMatchObject({
        sessionId,
        status: 'started',
        resolution: '1280x720',
        maxDuration: 3600,
        maxBitrate: 2_000_000,
        streamMode: 'manual',
        multiBroadcastTag: 'main',
        hls: { dvr: true, lowLatency: false },
        layout: { type: 'bestFit', screenshareType: 'horizontalPresentation' },
        rtmp: rtmp.map((r) => ({ ...r, status: 'connecting' })),
        streams: [],
      });

      // get, once the outputs are live
      emulator.clock.advance(2_000);
      const live = await getBroadcast(client, { broadcastId: started.id });
      expect(live).toEqual({
        ...started,
        updatedAt: live.updatedAt,
        multiBroadcastTag: undefined,
        broadcastUrls: { ...started.broadcastUrls, hlsStatus: 'live', rtmp: rtmp.map((r) => ({ ...r, status: 'live' })) },
      });
      expect(live).not.toHaveProperty('multiBroadcastTag'); // the API echoes the tag only when starting
      expect(emulator.broadcast(started.id)?.hlsStatus).toBe('live');

      // list and iterate
      const other = await sessionWithStreams('routed', 0);
      const second = await startBroadcast(client, { sessionId: other.sessionId, outputs: { hls: {} } });
      const all = await listBroadcasts(client);
      expect(all.total).toBe(2);
      expect(all.items.map((b) => b.id).sort()).toEqual([started.id, second.id].sort());
      expect(await listBroadcasts(client, { sessionId })).toEqual({ items: [live], total: 1 });
      const iterated: string[] = [];
      for await (const b of iterateBroadcasts(client, { pageSize: 1 })) iterated.push(b.id);
      expect(iterated.sort()).toEqual([started.id, second.id].sort());
      expect(emulator.requests.filter((r) => r.path.endsWith('/broadcast')).length).toBeGreaterThanOrEqual(4);

      // layout
      await setBroadcastLayout(client, { broadcastId: started.id, layout: { type: 'custom', stylesheet: 'stream.cam0 { width: 100%; }' } });
      expect(emulator.broadcast(started.id)?.layout).toEqual({ type: 'custom', stylesheet: 'stream.cam0 { width: 100%; }' });
      await setBroadcastLayout(client, { broadcastId: started.id, layout: { type: 'pip' } });
      expect(emulator.broadcast(started.id)?.layout).toEqual({ type: 'pip' });

      // manual streams
      await addBroadcastStream(client, { broadcastId: started.id, streamId: cam0 });
      await addBroadcastStream(client, { broadcastId: started.id, streamId: cam1, hasVideo: false });
      expect(emulator.broadcast(started.id)?.streams).toEqual([
        { streamId: cam0, hasAudio: true, hasVideo: true },
        { streamId: cam1, hasAudio: true, hasVideo: false },
      ]);
      expect((await getBroadcast(client, { broadcastId: started.id })).streams).toEqual([
        { streamId: cam0, hasAudio: true, hasVideo: true },
        { streamId: cam1, hasAudio: true, hasVideo: false },
      ]);
      await removeBroadcastStream(client, { broadcastId: started.id, streamId: cam0 });
      expect(emulator.broadcast(started.id)?.streams).toEqual([{ streamId: cam1, hasAudio: true, hasVideo: false }]);

      // stop
      const stopped = await stopBroadcast(client, { broadcastId: started.id });
      expect(stopped).toMatchObject({
        id: started.id,
        status: 'stopped',
        streams: [],
        broadcastUrls: { hlsStatus: 'ended', rtmp: rtmp.map((r) => ({ ...r, status: 'offline' })) },
      });
      expect(emulator.broadcast(started.id)).toMatchObject({ status: 'stopped', reason: 'user initiated', hlsStatus: 'ended' });

      // stop again: 409
      const again = await failure(stopBroadcast(client, { broadcastId: started.id }));
      expect(again).toBeInstanceOf(ConflictError);
      expect(again.message).toBe(
        'stopBroadcast failed: the broadcast is not running (it has already stopped) (HTTP 409: The broadcast (with the specified ID) has already stopped.)',
      );
      expect(emulator.broadcast(started.id)?.status).toBe('stopped');
    });

    it('runs a second broadcast of one session only with a different multiBroadcastTag', async () => {
      const { sessionId } = await sessionWithStreams('routed', 1);
      const first = await startBroadcast(client, { sessionId, outputs: { hls: { lowLatency: true } } });
      const error = await failure(startBroadcast(client, { sessionId, outputs: { rtmp: [rtmp[0]!] } }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe(
        'startBroadcast failed: a broadcast is already running for this session (use a different multiBroadcastTag to run another) or the session is not routed (HTTP 409: The broadcast has already started for the session; set a unique multiBroadcastTag to start another.)',
      );
      const tagged = await startBroadcast(client, { sessionId, outputs: { rtmp: [rtmp[0]!] }, multiBroadcastTag: 'second' });
      expect(tagged.multiBroadcastTag).toBe('second');
      expect(emulator.broadcast(first.id)?.status).toBe('started');
      expect(emulator.broadcast(tagged.id)).toMatchObject({ status: 'started', multiBroadcastTag: 'second' });
    });
  });

  describe('broadcast errors from the emulator', () => {
    it('409: a relayed session cannot be broadcast', async () => {
      const { sessionId } = await sessionWithStreams('relayed', 1);
      const error = await failure(startBroadcast(client, { sessionId, outputs: { hls: {} } }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).status).toBe(409);
      expect((error as ConflictError).apiMessage).toBe('Only routed sessions are allowed to initiate broadcasts.');
      expect(error.message).toContain('or the session is not routed');
    });

    it('404: a session without a connected client', async () => {
      const sessionId = await createSessionOverRest(client);
      const error = await failure(startBroadcast(client, { sessionId, outputs: { hls: {} } }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe(
        'startBroadcast failed: the session does not exist or has no connected client (HTTP 404: No clients are actively connected to the OpenTok session.)',
      );
    });

    it('404: a session that does not exist', async () => {
      const sessionId = encodeSessionId({ apiKey: client.projectId });
      const error = await failure(startBroadcast(client, { sessionId, outputs: { hls: {} } }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toMatch(/^startBroadcast failed: the session does not exist or has no connected client \(HTTP 404: Session not found/);
    });

    it('400: the API refuses an option the SDK lets through (a 201-character multiBroadcastTag)', async () => {
      const { sessionId } = await sessionWithStreams('routed', 1);
      const error = await failure(startBroadcast(client, { sessionId, outputs: { hls: {} }, multiBroadcastTag: 'x'.repeat(201) }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toMatch(
        /^startBroadcast failed: the broadcast request was refused \(check the outputs, at most five RTMP targets per session, the layout and the resolution\) \(HTTP 400: /,
      );
      expect(emulator.session(sessionId)).toBeDefined();
      expect((await listBroadcasts(client, { sessionId })).total).toBe(0);
    });

    describe('404: an unknown broadcast for get, stop, layout and streams', () => {
      const notFound = (operation: string, call: () => Promise<unknown>): ErrorRow => [
        operation,
        call,
        NotFoundError,
        new RegExp(`^${operation} failed: .* \\(HTTP 404: Not found. No broadcast matches the specified ID.\\)$`),
      ];
      errorRows([
        notFound('getBroadcast', () => getBroadcast(client, { broadcastId: 'nope' })),
        notFound('stopBroadcast', () => stopBroadcast(client, { broadcastId: 'nope' })),
        notFound('setBroadcastLayout', () => setBroadcastLayout(client, { broadcastId: 'nope', layout: { type: 'pip' } })),
        notFound('addBroadcastStream', () => addBroadcastStream(client, { broadcastId: 'nope', streamId: 's' })),
        notFound('removeBroadcastStream', () => removeBroadcastStream(client, { broadcastId: 'nope', streamId: 's' })),
      ]);
    });

    it('404 for an unknown stream, 405 in auto stream mode, 409 once stopped', async () => {
      const { sessionId, streamIds } = await sessionWithStreams('routed', 1);
      const manual = await startBroadcast(client, { sessionId, outputs: { hls: {} }, streamMode: 'manual' });
      const unknown = await failure(addBroadcastStream(client, { broadcastId: manual.id, streamId: 'no-such-stream' }));
      expect(unknown).toBeInstanceOf(NotFoundError);
      expect(unknown.message).toBe(
        'addBroadcastStream failed: the broadcast or the stream does not exist (HTTP 404: Not found. No stream no-such-stream in the session.)',
      );

      const auto = await startBroadcast(client, { sessionId, outputs: { hls: {} }, multiBroadcastTag: 'auto' });
      const notManual = await failure(addBroadcastStream(client, { broadcastId: auto.id, streamId: streamIds[0]! }));
      expect(notManual).toBeInstanceOf(MethodNotAllowedError);
      expect(notManual.message).toMatch(
        /^addBroadcastStream failed: the broadcast was not started with streamMode "manual", so its streams cannot be changed by hand \(HTTP 405: /,
      );
      expect(emulator.broadcast(auto.id)?.streams).toEqual([]);

      await stopBroadcast(client, { broadcastId: manual.id });
      const layout = await failure(setBroadcastLayout(client, { broadcastId: manual.id, layout: { type: 'pip' } }));
      expect(layout).toBeInstanceOf(ConflictError);
      expect(layout.message).toBe('setBroadcastLayout failed: the broadcast is not running (HTTP 409: Conflict. The broadcast is not started.)');
      const streams = await failure(addBroadcastStream(client, { broadcastId: manual.id, streamId: streamIds[0]! }));
      expect(streams).toBeInstanceOf(ConflictError);
      expect(streams.message).toBe('addBroadcastStream failed: the broadcast is not running (HTTP 409: Conflict. The broadcast is not started.)');
    });
  });

  describe('over loopback HTTP', () => {
    it('starts, reads and stops a broadcast through a real socket', async () => {
      const { sessionId } = await sessionWithStreams('routed', 1);
      await overLoopback(emulator, kind, async (http) => {
        const started = await startBroadcast(http, { sessionId, outputs: { rtmp } });
        expect(started.broadcastUrls.rtmp.map((r) => r.id)).toEqual(['youtube', 'twitch']);
        expect((await getBroadcast(http, { broadcastId: started.id })).status).toBe('started');
        expect((await stopBroadcast(http, { broadcastId: started.id })).status).toBe('stopped');
        expect(emulator.broadcast(started.id)?.status).toBe('stopped');
      });
    });
  });
});
