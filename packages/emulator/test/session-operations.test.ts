import { BadRequestError, NotFoundError, PayloadTooLargeError } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';
import { KINDS, kindHarness } from './kind-harness.js';

describe('signals', () => {
  it('delivers a session signal to every connection and a connection signal to one (204, empty body)', async () => {
    const h = harness();
    const { sessionId, connectionId } = await h.live();
    const other = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId, 'subscriber') });
    const response = await h.raw('POST', `${h.base}/session/${sessionId}/signal`, {
      body: '{"type": "chat", "data": "hi"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    await h.call('POST', `${h.base}/session/${sessionId}/connection/${other.connectionId}/signal`, { type: 'dm', data: 'psst' });
    expect(h.emulator.signals({ sessionId }).map((s) => [s.connectionId, s.type, s.data, s.target])).toEqual([
      [connectionId, 'chat', 'hi', 'session'],
      [other.connectionId, 'chat', 'hi', 'session'],
      [other.connectionId, 'dm', 'psst', 'connection'],
    ]);
    expect(h.emulator.signals({ sessionId, connectionId }).length).toBe(1);
  });

  it('404 for unknown connections and sessions, 413 over the limits, 400 without data', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await expect(h.call('POST', `${h.base}/session/${sessionId}/connection/nope/signal`, { type: 't', data: 'd' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.call('POST', `${h.base}/session/1_nope/signal`, { type: 't', data: 'd' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 't'.repeat(129), data: 'd' })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 't', data: 'd'.repeat(8193) })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 't'.repeat(128), data: 'd'.repeat(8192) });
    await expect(h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 't' })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('streams', () => {
  it('gets and lists streams with the service JSON; sets class lists atomically (200)', async () => {
    const h = harness();
    const { sessionId, connectionId, streamId } = await h.live();
    const screen = h.emulator.publishStream({ sessionId, connectionId, videoType: 'screen', name: 'share' });
    expect(await h.call('GET', `${h.base}/session/${sessionId}/stream/${streamId}`)).toEqual({
      id: streamId,
      videoType: 'camera',
      name: 'cam',
      layoutClassList: [],
    });
    const list = await h.call<{ count: number; items: { id: string }[] }>('GET', `${h.base}/session/${sessionId}/stream`);
    expect(list.count).toBe(2);
    expect(list.items.map((s) => s.id)).toEqual([streamId, screen.streamId]);
    const set = await h.raw('PUT', `${h.base}/session/${sessionId}/stream`, {
      body: JSON.stringify({ items: [{ id: streamId, layoutClassList: ['focus'] }] }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(set.status).toBe(200);
    expect(h.emulator.session(sessionId)?.streams[0]?.layoutClassList).toEqual(['focus']);
    await expect(
      h.call('PUT', `${h.base}/session/${sessionId}/stream`, {
        items: [
          { id: screen.streamId, layoutClassList: ['a'] },
          { id: 'nope', layoutClassList: [] },
        ],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(h.emulator.session(sessionId)?.streams[1]?.layoutClassList).toEqual([]);
    await expect(h.call('PUT', `${h.base}/session/${sessionId}/stream`, { items: [{ id: streamId, layoutClassList: [1] }] })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(h.call('GET', `${h.base}/session/${sessionId}/stream/nope`)).rejects.toBeInstanceOf(NotFoundError);
    h.emulator.unpublishStream({ sessionId, streamId: screen.streamId });
    expect((await h.call<{ count: number }>('GET', `${h.base}/session/${sessionId}/stream`)).count).toBe(1);
  });
});

describe('moderation', () => {
  it('force disconnect (204) removes the connection and its streams; unknown is 404', async () => {
    const h = harness();
    const { sessionId, connectionId } = await h.live();
    const response = await h.raw('DELETE', `${h.base}/session/${sessionId}/connection/${connectionId}`, { headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(204);
    expect(h.emulator.session(sessionId)).toMatchObject({ connections: [], streams: [] });
    await expect(h.call('DELETE', `${h.base}/session/${sessionId}/connection/${connectionId}`)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists connections (§6.x)', async () => {
    const h = harness();
    const { sessionId, connectionId } = await h.live();
    const list = await h.call<Record<string, unknown>>('GET', `${h.base}/session/${sessionId}/connection`);
    expect(list).toMatchObject({ count: 1, projectId: '10000001', sessionId, items: [{ connectionId, connectionState: 'Connected' }] });
  });

  it('mutes one stream, all but the excludedStreamIds, and disables', async () => {
    const h = harness();
    const { sessionId, connectionId, streamId } = await h.live();
    h.emulator.publishStream({ sessionId, connectionId });
    const muted = await h.raw('POST', `${h.base}/session/${sessionId}/stream/${streamId}/mute`, { headers: { 'Content-Type': 'application/json' } });
    expect(muted.status).toBe(200);
    expect(h.emulator.session(sessionId)?.streams.map((s) => s.audioMuted)).toEqual([true, false]);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/stream/nope/mute`, {})).rejects.toBeInstanceOf(NotFoundError);

    const h2 = harness();
    const live = await h2.live();
    const other = h2.emulator.publishStream({ sessionId: live.sessionId, connectionId: live.connectionId });
    await h2.call('POST', `${h2.base}/session/${live.sessionId}/mute`, { active: true, excludedStreamIds: [live.streamId] });
    expect(h2.emulator.session(live.sessionId)?.streams.map((s) => s.audioMuted)).toEqual([false, true]);
    expect(h2.emulator.session(live.sessionId)?.forceMute).toEqual({ active: true, excludedStreamIds: [live.streamId] });
    const late = h2.emulator.publishStream({ sessionId: live.sessionId, connectionId: live.connectionId });
    expect(h2.emulator.session(live.sessionId)?.streams.find((s) => s.streamId === late.streamId)?.audioMuted).toBe(true);
    await h2.call('POST', `${h2.base}/session/${live.sessionId}/mute`, { excludedStreamIds: [other.streamId], active: true });
    expect(h2.emulator.session(live.sessionId)?.forceMute.excludedStreamIds).toEqual([other.streamId]);
    await h2.call('POST', `${h2.base}/session/${live.sessionId}/mute`, { active: false });
    expect(h2.emulator.session(live.sessionId)?.forceMute.active).toBe(false);
    await expect(h2.call('POST', `${h2.base}/session/${live.sessionId}/mute`, {})).rejects.toBeInstanceOf(BadRequestError);
  });

  it.each(KINDS)('mute all and lifting it answer 200 with the project details the REST reference documents (%s)', async (kind) => {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    h.emulator.publishStream({ sessionId, connectionId });
    const details = { id: h.ownerId, status: 'ACTIVE', name: `OpenTok emulator ${h.ownerId}`, environment: 'standard', createdAt: 1_700_000_000_000 };
    for (const active of [true, false]) {
      h.emulator.clock.advance(1000);
      const response = await h.raw('POST', `${h.base}/session/${sessionId}/mute`, { active });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual(details);
    }
    expect(h.emulator.session(sessionId)?.forceMute.active).toBe(false);
  });
});
