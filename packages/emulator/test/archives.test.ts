import { BadRequestError, ConflictError, MethodNotAllowedError, NotFoundError } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';

type Archive = Record<string, unknown> & { id: string; status: string };

describe('archives', () => {
  it('start → stop → available: statuses, integer-ms times, duration, size and a downloadable url', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const started = await h.call<Archive>('POST', `${h.base}/archive`, {
      sessionId,
      name: 'Demo',
      hasAudio: true,
      hasVideo: true,
      outputMode: 'composed',
      resolution: null,
    });
    expect(started).toMatchObject({
      status: 'started',
      name: 'Demo',
      sessionId,
      projectId: '10000001',
      partnerId: '10000001',
      size: 0,
      duration: 0,
      outputMode: 'composed',
      resolution: '640x480',
      url: null,
      reason: '',
    });
    expect(Number.isInteger(started['createdAt'])).toBe(true);
    expect(started).not.toHaveProperty('streams');
    h.emulator.clock.advance(42_000);
    const stopped = await h.call<Archive>('POST', `${h.base}/archive/${started.id}/stop`);
    expect(stopped).toMatchObject({ status: 'stopped', reason: 'user initiated', duration: 42, url: null });
    h.emulator.clock.advance(4_999);
    expect((await h.call<Archive>('GET', `${h.base}/archive/${started.id}`)).status).toBe('stopped');
    h.emulator.clock.advance(1);
    const available = await h.call<Archive>('GET', `${h.base}/archive/${started.id}`);
    expect(available).toMatchObject({ status: 'available', duration: 42 });
    expect(available['url']).toBe(`http://opentok.emulator/_emulator/archives/${started.id}/download`);
    const download = await h.emulator.fetch(available['url'] as string);
    expect(download.headers.get('content-type')).toBe('video/mp4');
    expect((await download.arrayBuffer()).byteLength).toBe(available['size']);
  });

  it('refuses relayed sessions (409), sessions without clients (404) and unknown sessions (404)', async () => {
    const h = harness();
    const relayed = await h.session('relayed');
    await h.emulator.connectClient({ sessionId: relayed, token: await h.token(relayed) });
    await expect(h.call('POST', `${h.base}/archive`, { sessionId: relayed })).rejects.toBeInstanceOf(ConflictError);
    const empty = await h.session('routed');
    await expect(h.call('POST', `${h.base}/archive`, { sessionId: empty })).rejects.toThrow(/HTTP 404: No clients are actively connected/);
    await expect(h.call('POST', `${h.base}/archive`, { sessionId: '1_MX4xMDAwMDAwMX5-fn4' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('one active archive per session unless multiArchiveTag differs', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await h.call('POST', `${h.base}/archive`, { sessionId });
    await expect(h.call('POST', `${h.base}/archive`, { sessionId })).rejects.toBeInstanceOf(ConflictError);
    const tagged = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: 'a' });
    expect(tagged['multiArchiveTag']).toBe('a');
    await expect(h.call('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: 'a' })).rejects.toBeInstanceOf(ConflictError);
    await h.call('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: 'b' });
    expect(await h.call<Archive>('GET', `${h.base}/archive/${tagged.id}`)).not.toHaveProperty('multiArchiveTag');
  });

  it('stops only what is started (409 with the service message), deletes only what is not recording', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId });
    await expect(h.call('DELETE', `${h.base}/archive/${archive.id}`)).rejects.toBeInstanceOf(ConflictError);
    await h.call('POST', `${h.base}/archive/${archive.id}/stop`, {});
    await expect(h.call('POST', `${h.base}/archive/${archive.id}/stop`)).rejects.toThrow(
      'HTTP 409: Conflict. You are trying to stop an archive that is not recording.',
    );
    const deleted = await h.raw('DELETE', `${h.base}/archive/${archive.id}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    await expect(h.call('GET', `${h.base}/archive/${archive.id}`)).rejects.toThrow('HTTP 404: Not found. You passed in an invalid archive ID.');
    await expect(h.call('POST', `${h.base}/archive/nope/stop`)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    [{ outputMode: 'individual', resolution: '1280x720' }, 'resolution'],
    [{ resolution: '1x1' }, 'resolution'],
    [{ outputMode: 'mixed' }, 'outputMode'],
    [{ hasAudio: false, hasVideo: false }, 'hasAudio'],
    [{ layout: { type: 'custom' } }, 'stylesheet'],
    [{ layout: { type: 'pip', stylesheet: 'x' } }, 'stylesheet'],
    [{ layout: { type: 'pip', screenshareType: 'bestFit' } }, 'screenshareType'],
    [{ layout: { type: 'nope' } }, 'layout.type'],
    [{ maxBitrate: 10 }, 'maxBitrate'],
    [{ quantizationParameter: 50 }, 'quantizationParameter'],
    [{ maxBitrate: 200_000, quantizationParameter: 20 }, 'both'],
    [{ streamMode: 'x' }, 'streamMode'],
    [{ name: 5 }, 'name'],
    [{ sessionId: undefined }, 'sessionId'],
  ])('refuses %j with a 400 naming %s', async (extra, word) => {
    const h = harness();
    const { sessionId } = await h.live();
    const error = await h.call('POST', `${h.base}/archive`, { sessionId, ...extra }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain(word);
  });

  it('lists most recent first with offset/count/sessionId; count is the total', async () => {
    const h = harness();
    const one = await h.live();
    const two = await h.live();
    const ids: string[] = [];
    for (const sessionId of [one.sessionId, two.sessionId, one.sessionId]) {
      const a = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: String(ids.length) });
      ids.push(a.id);
      h.emulator.clock.advance(1000);
    }
    const all = await h.call<{ count: number; items: Archive[] }>('GET', `${h.base}/archive`);
    expect(all.count).toBe(3);
    expect(all.items.map((a) => a.id)).toEqual([...ids].reverse());
    const paged = await h.call<{ count: number; items: Archive[] }>('GET', `${h.base}/archive`, undefined, { offset: 1, count: 1 });
    expect(paged).toMatchObject({ count: 3, items: [{ id: ids[1] }] });
    const filtered = await h.call<{ count: number; items: Archive[] }>('GET', `${h.base}/archive`, undefined, { sessionId: one.sessionId });
    expect(filtered.count).toBe(2);
    expect(filtered.items.map((a) => a.id)).toEqual([ids[2], ids[0]]);
    await expect(h.call('GET', `${h.base}/archive`, undefined, { count: 0 })).rejects.toBeInstanceOf(BadRequestError);
    const bare = await h.raw('GET', `${h.base}/archive?`);
    expect(bare.status).toBe(200);
  });

  it('sets the layout of a composed, recording archive (200, empty body)', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId });
    const response = await h.raw('PUT', `${h.base}/archive/${archive.id}/layout`, {
      body: '{"type": "custom", "stylesheet": "stream{}"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(h.emulator.archive(archive.id)?.layout).toEqual({ type: 'custom', stylesheet: 'stream{}' });
    await expect(h.call('PUT', `${h.base}/archive/${archive.id}/layout`, { type: 'bestFit', stylesheet: 'x' })).rejects.toBeInstanceOf(BadRequestError);
    const individual = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, outputMode: 'individual', multiArchiveTag: 'i' });
    expect(individual).not.toHaveProperty('resolution');
    await expect(h.call('PUT', `${h.base}/archive/${individual.id}/layout`, { type: 'pip' })).rejects.toBeInstanceOf(BadRequestError);
  });

  it('adds and removes streams of a manual-mode archive (204); 405 in auto mode', async () => {
    const h = harness();
    const { sessionId, streamId } = await h.live();
    const manual = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, streamMode: 'manual' });
    expect(manual['streams']).toEqual([]);
    const added = await h.raw('PATCH', `${h.base}/archive/${manual.id}/streams`, {
      body: JSON.stringify({ hasAudio: false, hasVideo: true, addStream: streamId }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(added.status).toBe(204);
    expect((await h.call<Archive>('GET', `${h.base}/archive/${manual.id}`))['streams']).toEqual([{ streamId, hasAudio: false, hasVideo: true }]);
    await expect(h.call('PATCH', `${h.base}/archive/${manual.id}/streams`, { addStream: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.call('PATCH', `${h.base}/archive/${manual.id}/streams`, { addStream: streamId, removeStream: streamId })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await h.call('PATCH', `${h.base}/archive/${manual.id}/streams`, { removeStream: streamId });
    expect(h.emulator.archive(manual.id)?.streams).toEqual([]);
    const auto = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: 'auto' });
    await expect(h.call('PATCH', `${h.base}/archive/${auto.id}/streams`, { addStream: streamId })).rejects.toBeInstanceOf(MethodNotAllowedError);
  });

  it('archiveMode always: starts when the first client connects, stops when the last leaves', async () => {
    const h = harness();
    const sessionId = await h.session('routed', 'always');
    const first = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const second = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const list = await h.call<{ count: number; items: Archive[] }>('GET', `${h.base}/archive`, undefined, { sessionId });
    expect(list.count).toBe(1);
    const id = list.items[0]!.id;
    expect(list.items[0]!.status).toBe('paused'); // nobody publishes yet
    h.emulator.publishStream({ sessionId, connectionId: second.connectionId });
    expect(h.emulator.archive(id)?.status).toBe('started');
    h.emulator.disconnectClient({ sessionId, connectionId: first.connectionId });
    expect(h.emulator.archive(id)?.status).toBe('started');
    h.emulator.clock.advance(10_000);
    h.emulator.disconnectClient({ sessionId, connectionId: second.connectionId });
    expect(h.emulator.archive(id)).toMatchObject({ status: 'stopped', reason: 'session ended', duration: 10 });
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    expect((await h.call<{ count: number }>('GET', `${h.base}/archive`, undefined, { sessionId })).count).toBe(2);
  });

  it('a manual archive pauses when everyone leaves, resumes when someone returns and publishes, stops after 60 s alone', async () => {
    const h = harness();
    const { sessionId, connectionId } = await h.live();
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId });
    h.emulator.disconnectClient({ sessionId, connectionId });
    expect((await h.call<Archive>('GET', `${h.base}/archive/${archive.id}`)).status).toBe('paused');
    h.emulator.clock.advance(30_000);
    const back = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    expect(h.emulator.archive(archive.id)?.status).toBe('paused'); // connected, but nobody publishes
    h.emulator.publishStream({ sessionId, connectionId: back.connectionId });
    expect(h.emulator.archive(archive.id)?.status).toBe('started');
    h.emulator.clock.advance(60_000);
    expect(h.emulator.archive(archive.id)?.status).toBe('started');
    h.emulator.disconnectClient({ sessionId, connectionId: back.connectionId });
    h.emulator.clock.advance(59_999);
    expect(h.emulator.archive(archive.id)?.status).toBe('paused');
    h.emulator.clock.advance(1);
    expect(h.emulator.archive(archive.id)).toMatchObject({ status: 'stopped', reason: 'session ended', duration: 150 });
  });

  it('pauses while nobody publishes, though clients stay connected, and never stops for that', async () => {
    const h = harness();
    const { sessionId, connectionId, streamId } = await h.live();
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId });
    expect(archive.status).toBe('started');
    h.emulator.unpublishStream({ sessionId, streamId });
    expect((await h.call<Archive>('GET', `${h.base}/archive/${archive.id}`)).status).toBe('paused');
    h.emulator.clock.advance(120_000);
    expect(h.emulator.archive(archive.id)?.status).toBe('paused'); // somebody is in the session: no 60 s stop
    h.emulator.publishStream({ sessionId, connectionId, videoType: 'screen' });
    expect(h.emulator.archive(archive.id)?.status).toBe('started');
    const second = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const { streamId: other } = h.emulator.publishStream({ sessionId, connectionId: second.connectionId });
    h.emulator.disconnectClient({ sessionId, connectionId });
    expect(h.emulator.archive(archive.id)?.status).toBe('started'); // the other client still publishes
    h.emulator.unpublishStream({ sessionId, streamId: other });
    expect(h.emulator.archive(archive.id)?.status).toBe('paused');
  });

  it('an archive started while nobody publishes answers "started", then pauses until somebody does', async () => {
    const h = harness();
    const sessionId = await h.session('routed');
    const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId });
    expect(archive.status).toBe('started');
    expect(h.emulator.archive(archive.id)?.status).toBe('paused');
    h.emulator.publishStream({ sessionId, connectionId });
    expect(h.emulator.archive(archive.id)?.status).toBe('started');
  });

  it('stops an archive at its maxDuration', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const archive = await h.call<Archive>('POST', `${h.base}/archive`, { sessionId, maxDuration: 60 });
    h.emulator.clock.advance(60_000);
    expect(h.emulator.archive(archive.id)).toMatchObject({ status: 'stopped', reason: 'maximum duration exceeded', duration: 60 });
  });
});
