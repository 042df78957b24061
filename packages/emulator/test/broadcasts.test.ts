import { BadRequestError, ConflictError, MethodNotAllowedError, NotFoundError } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';
import { KINDS, kindHarness } from './kind-harness.js';

type Broadcast = Record<string, unknown> & { id: string; status: string; broadcastUrls: Record<string, unknown> };
const rtmp = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, serverUrl: 'rtmp://example.com/app', streamName: `k${i}` }));

describe('broadcasts', () => {
  it('starts with HLS and RTMP outputs (connecting → live), stops (ended/offline), gets and lists', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const started = await h.call<Broadcast>('POST', `${h.base}/broadcast`, {
      sessionId,
      outputs: { hls: { lowLatency: true }, rtmp: rtmp(2) },
      maxDuration: 5400,
      resolution: '1280x720',
      multiBroadcastTag: 'x',
    });
    expect(started).toMatchObject({
      status: 'started',
      sessionId,
      projectId: '10000001',
      resolution: '1280x720',
      maxDuration: 5400,
      streamMode: 'auto',
      hasAudio: true,
      hasVideo: true,
      multiBroadcastTag: 'x',
      settings: { hls: { lowLatency: true, dvr: false } },
    });
    expect(started.broadcastUrls).toEqual({
      hls: `http://opentok.emulator/_emulator/broadcasts/${started.id}/hls/playlist.m3u8`,
      hlsStatus: 'connecting',
      rtmp: [
        { id: 't0', serverUrl: 'rtmp://example.com/app', streamName: 'k0', status: 'connecting' },
        { id: 't1', serverUrl: 'rtmp://example.com/app', streamName: 'k1', status: 'connecting' },
      ],
    });
    h.emulator.clock.advance(2000);
    const live = await h.call<Broadcast>('GET', `${h.base}/broadcast/${started.id}`);
    expect(live.broadcastUrls['hlsStatus']).toBe('live');
    expect(live).not.toHaveProperty('multiBroadcastTag');
    const playlist = await h.emulator.fetch(live.broadcastUrls['hls'] as string);
    expect(await playlist.text()).toMatch(/^#EXTM3U/);
    const stopped = await h.call<Broadcast>('POST', `${h.base}/broadcast/${started.id}/stop`);
    expect(stopped.status).toBe('stopped');
    expect(stopped.broadcastUrls['hlsStatus']).toBe('ended');
    await expect(h.call('POST', `${h.base}/broadcast/${started.id}/stop`)).rejects.toBeInstanceOf(ConflictError);
    const list = await h.call<{ count: number; items: Broadcast[] }>('GET', `${h.base}/broadcast/`, undefined, { sessionId });
    expect(list).toMatchObject({ count: 1, items: [{ id: started.id, status: 'stopped' }] });
    await expect(h.call('GET', `${h.base}/broadcast/nope`)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('accepts the trailing slash of @vonage/video on start', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const response = await h.raw('POST', `${h.base}/broadcast/`, {
      body: JSON.stringify({ sessionId, outputs: { hls: {} } }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
  });

  it.each([
    [{ outputs: { rtmp: rtmp(6) } }, 'limit of 5'],
    [{ outputs: {} }, 'outputs'],
    [{}, 'outputs'],
    [{ outputs: { hls: { dvr: true, lowLatency: true } } }, 'dvr'],
    [{ outputs: { rtmp: [{ serverUrl: 'http://x', streamName: 'k' }] } }, 'serverUrl'],
    [{ outputs: { rtmp: [{ serverUrl: 'rtmp://x' }] } }, 'streamName'],
    [{ outputs: { rtmp: {} } }, 'rtmp'],
    [{ outputs: { hls: {} }, maxDuration: 10 }, 'maxDuration'],
    [{ outputs: { hls: {} }, resolution: 'big' }, 'resolution'],
    [{ outputs: { hls: {} }, maxBitrate: 1 }, 'maxBitrate'],
    [{ outputs: { hls: {} }, layout: { type: 'custom' } }, 'stylesheet'],
  ])('refuses %j with a 400 naming %s', async (extra, word) => {
    const h = harness();
    const { sessionId } = await h.live();
    const error = await h.call('POST', `${h.base}/broadcast`, { sessionId, ...extra }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain(word);
  });

  it('accepts five RTMP outputs; needs a routed session with clients; one per session unless tagged', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await h.call('POST', `${h.base}/broadcast`, { sessionId, outputs: { rtmp: rtmp(5) } });
    await expect(h.call('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} } })).rejects.toBeInstanceOf(ConflictError);
    await h.call('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} }, multiBroadcastTag: 'second' });
    const relayed = await h.session('relayed');
    await h.emulator.connectClient({ sessionId: relayed, token: await h.token(relayed) });
    await expect(h.call('POST', `${h.base}/broadcast`, { sessionId: relayed, outputs: { hls: {} } })).rejects.toBeInstanceOf(ConflictError);
    const empty = await h.session('routed');
    await expect(h.call('POST', `${h.base}/broadcast`, { sessionId: empty, outputs: { hls: {} } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sets the layout (200), patches streams in manual mode (204, 405 in auto; a broadcastId in the body must be its own), stops at maxDuration', async () => {
    const h = harness();
    const { sessionId, streamId } = await h.live();
    const manual = await h.call<Broadcast>('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} }, streamMode: 'manual', maxDuration: 60 });
    expect(
      (
        await h.raw('PUT', `${h.base}/broadcast/${manual.id}/layout`, {
          body: '{"type":"bestFit","screenshareType":"pip"}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(200);
    expect(h.emulator.broadcast(manual.id)?.layout).toEqual({ type: 'bestFit', screenshareType: 'pip' });
    const patched = await h.raw('PATCH', `${h.base}/broadcast/${manual.id}/streams`, {
      body: JSON.stringify({ addStream: streamId, hasAudio: true, hasVideo: true }),
      headers: { 'content-type': 'application/json' },
    });
    expect(patched.status).toBe(204);
    expect((await h.call<Broadcast>('GET', `${h.base}/broadcast/${manual.id}`))['streams']).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
    const echoed = { broadcastId: manual.id, removeStream: streamId };
    expect(
      (await h.raw('PATCH', `${h.base}/broadcast/${manual.id}/streams`, { body: JSON.stringify(echoed), headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(204);
    const mismatch = await h.raw('PATCH', `${h.base}/broadcast/${manual.id}/streams`, {
      body: JSON.stringify({ ...echoed, broadcastId: 'other' }),
      headers: { 'content-type': 'application/json' },
    });
    expect([mismatch.status, ((await mismatch.json()) as { message: string }).message]).toEqual([
      400,
      expect.stringContaining('"broadcastId" in the body (other)'),
    ]);
    const auto = await h.call<Broadcast>('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} }, multiBroadcastTag: 'auto' });
    await expect(h.call('PATCH', `${h.base}/broadcast/${auto.id}/streams`, { removeStream: streamId })).rejects.toBeInstanceOf(MethodNotAllowedError);
    h.emulator.clock.advance(60_000);
    expect(h.emulator.broadcast(manual.id)).toMatchObject({ status: 'stopped', reason: 'maximum duration exceeded' });
    expect(h.emulator.broadcast(auto.id)?.status).toBe('started');
  });

  it.each(KINDS)('names its owner as the service does: projectId for a project, applicationId for an application (%s)', async (kind) => {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const started = await h.call<Broadcast>('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} } });
    const got = await h.call<Broadcast>('GET', `${h.base}/broadcast/${started.id}`);
    const listed = await h.call<{ items: Broadcast[] }>('GET', `${h.base}/broadcast`);
    const stopped = await h.call<Broadcast>('POST', `${h.base}/broadcast/${started.id}/stop`);
    const [owner, other] = kind === 'project' ? ['projectId', 'applicationId'] : ['applicationId', 'projectId'];
    for (const json of [started, got, listed.items[0]!, stopped]) {
      expect(json[owner]).toBe(h.ownerId);
      expect(json).not.toHaveProperty(other);
      expect(Object.keys(json).slice(0, 3)).toEqual(['id', 'sessionId', owner]);
    }
  });
});
