import { NetworkError, ServerError } from '@opentok/core';
import { generateToken } from '@opentok/tokens';
import { describe, expect, it } from 'vitest';
import { EmulatorError } from '../src/index.js';
import { harness } from './helpers.js';

const control = (h: ReturnType<typeof harness>, method: string, path: string, body?: unknown) =>
  h.emulator.fetch(`http://opentok.emulator/_emulator${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });

describe('simulated clients', () => {
  it('connect with a token over the control API; publish, unpublish, disconnect', async () => {
    const h = harness();
    const sessionId = await h.session();
    const token = await h.token(sessionId, 'moderator');
    const connected = await control(h, 'POST', `/sessions/${sessionId}/connections`, { token });
    expect(connected.status).toBe(201);
    const { connectionId } = (await connected.json()) as { connectionId: string };
    const published = await control(h, 'POST', `/sessions/${sessionId}/streams`, { connectionId, videoType: 'screen', name: 'deck', hasAudio: false });
    expect(published.status).toBe(201);
    const { streamId } = (await published.json()) as { streamId: string };
    const snapshot = (await (await control(h, 'GET', `/sessions/${sessionId}`)).json()) as Record<string, unknown>;
    expect(snapshot).toMatchObject({
      sessionId,
      connections: [{ connectionId, role: 'moderator', kind: 'client' }],
      streams: [{ streamId, videoType: 'screen', name: 'deck', hasAudio: false, hasVideo: true }],
    });
    expect((await control(h, 'DELETE', `/sessions/${sessionId}/streams/${streamId}`)).status).toBe(204);
    expect((await control(h, 'DELETE', `/sessions/${sessionId}/connections/${connectionId}`)).status).toBe(204);
    expect(h.emulator.session(sessionId)).toMatchObject({ connections: [], streams: [] });
    expect((await control(h, 'DELETE', `/sessions/${sessionId}/connections/${connectionId}`)).status).toBe(404);
  });

  it('refuses expired, tampered, other-session, other-key and garbage tokens with the reason', async () => {
    const h = harness();
    const sessionId = await h.session();
    const other = await h.session();
    const refuse = async (token: unknown, reason: RegExp) => {
      const error = await h.emulator.connectClient({ sessionId, token: token as string }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmulatorError);
      expect((error as EmulatorError).status).toBe(403);
      expect((error as Error).message).toMatch(reason);
    };
    const good = await h.token(sessionId);
    await refuse(`${good.slice(0, -3)}abc`, /bad-signature/);
    await refuse(await h.token(other), /minted for session/);
    await refuse(await generateToken({ apiKey: '10000001', apiSecret: 'another secret' }, { sessionId }), /bad-signature/);
    await refuse('garbage', /malformed/);
    await refuse(undefined, /required/);
    const short = await generateToken(h.emulator.project, { sessionId, tokenType: 'T1', expireTime: Math.floor(Date.now() / 1000) + 60 });
    expect((await h.emulator.connectClient({ sessionId, token: short })).connectionId).toMatch(/^[0-9a-f-]{36}$/);
    h.emulator.clock.advance(61_000);
    await refuse(short, /expired/);
    const response = await control(h, 'POST', `/sessions/${sessionId}/connections`, { token: 'garbage' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/Invalid token \(connection refused\): Invalid token \(malformed\)/);
    expect((await control(h, 'POST', '/sessions/nope/connections', { token: good })).status).toBe(404);
  });

  it("streams start with the layout classes of their client's token", async () => {
    const h = harness();
    const sessionId = await h.session();
    const token = await generateToken(h.emulator.project, { sessionId, initialLayoutClassList: ['focus', 'full'] });
    const { connectionId } = await h.emulator.connectClient({ sessionId, token });
    const { streamId } = h.emulator.publishStream({ sessionId, connectionId });
    expect(h.emulator.session(sessionId)?.streams).toMatchObject([{ streamId, layoutClassList: ['focus', 'full'] }]);
    const plain = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const other = h.emulator.publishStream({ sessionId, connectionId: plain.connectionId });
    expect(h.emulator.session(sessionId)?.streams.find((s) => s.streamId === other.streamId)?.layoutClassList).toEqual([]);
  });

  it('a subscriber cannot publish; publishing needs a connected client', async () => {
    const h = harness();
    const sessionId = await h.session();
    const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId, 'subscriber') });
    expect(() => h.emulator.publishStream({ sessionId, connectionId })).toThrow(/subscriber/);
    expect(() => h.emulator.publishStream({ sessionId, connectionId: 'nope' })).toThrow(EmulatorError);
  });
});

describe('inspection, faults, clock, reset', () => {
  it('logs API requests (auth redacted, body kept), not control requests', async () => {
    const h = harness();
    const sessionId = await h.session();
    await h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 'a', data: 'b' });
    await control(h, 'GET', '/health');
    const log = h.emulator.requests;
    expect(log.map((r) => [r.operation, r.method, r.status])).toEqual([
      ['createSession', 'POST', 200],
      ['sendSignal', 'POST', 204],
    ]);
    expect(log[1]!.body).toBe('{"type":"a","data":"b"}');
    expect(log[1]!.headers['x-opentok-auth']).toBe('[redacted]');
    expect(log[1]!.headers['content-type']).toBe('application/json');
    const viaHttp = (await (await control(h, 'GET', '/requests')).json()) as unknown[];
    expect(viaHttp).toHaveLength(2);
    expect((await control(h, 'DELETE', '/requests')).status).toBe(204);
    expect(h.emulator.requests).toEqual([]);
  });

  it('injects status faults for the next N matching requests, per operation or path', async () => {
    const h = harness();
    const sessionId = await h.session();
    h.emulator.injectFault({ status: 503, times: 2, operation: 'listStreams', message: 'down' });
    expect(h.emulator.faults).toMatchObject([{ status: 503, remaining: 2 }]);
    await expect(h.call('GET', `${h.base}/archive`)).resolves.toBeDefined();
    await expect(h.call('GET', `${h.base}/session/${sessionId}/stream`)).rejects.toBeInstanceOf(ServerError);
    await expect(h.call('GET', `${h.base}/session/${sessionId}/stream`)).rejects.toThrow('HTTP 503: down');
    await expect(h.call('GET', `${h.base}/session/${sessionId}/stream`)).resolves.toMatchObject({ count: 0 });
    const added = await control(h, 'POST', '/faults', { status: 429, path: '/v2/project/*/archive' });
    expect(added.status).toBe(201);
    expect((await h.raw('GET', `${h.base}/archive`)).status).toBe(429);
    expect((await h.raw('GET', `${h.base}/archive`)).status).toBe(200);
    expect((await control(h, 'POST', '/faults', { times: 1 })).status).toBe(400);
    expect(() => h.emulator.injectFault({ status: 400, body: 10n })).toThrow('JSON-serialisable');
    h.emulator.injectFault({ status: 418, body: ['custom'] });
    const custom = await h.raw('GET', `${h.base}/archive`);
    expect([custom.status, await custom.json()]).toEqual([418, ['custom']]);
    h.emulator.injectFault({ status: 500, method: 'DELETE' });
    expect((await control(h, 'DELETE', '/faults')).status).toBe(204);
    expect(h.emulator.faults).toEqual([]);
  });

  it('names operations as the SDK functions that make them, in the log and in fault filters', async () => {
    const h = harness();
    const { sessionId, connectionId, streamId } = await h.live();
    const token = await h.token(sessionId);
    const s = `${h.base}/session/${sessionId}`;
    const archive = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, streamMode: 'manual' });
    const broadcast = await h.call<{ id: string }>('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} }, streamMode: 'manual' });
    const link = await h.call<{ id: string }>('POST', `${h.base}/connect`, { sessionId, token, websocket: { uri: 'wss://example.com' } });
    // [operation, the request it fails, a request of the same route it must not fail]
    const rows: [string, () => Promise<unknown>, (() => Promise<unknown>)?][] = [
      ['dialSip', () => h.call('POST', `${h.base}/dial`, { sessionId, token, sip: { uri: 'sip:a@example.com' } })],
      ['playDtmf', () => h.call('POST', `${s}/play-dtmf`, { digits: '1' })],
      ['playDtmf', () => h.call('POST', `${s}/connection/${connectionId}/play-dtmf`, { digits: '1' })],
      ['sendSignal', () => h.call('POST', `${s}/signal`, { data: 'd' })],
      ['sendSignal', () => h.call('POST', `${s}/connection/${connectionId}/signal`, { data: 'd' })],
      ['muteStream', () => h.call('POST', `${s}/stream/${streamId}/mute`, {})],
      ['muteAll', () => h.call('POST', `${s}/mute`, { active: true }), () => h.call('POST', `${s}/mute`, { active: false })],
      ['disableForceMute', () => h.call('POST', `${s}/mute`, { active: false }), () => h.call('POST', `${s}/mute`, { active: true })],
      [
        'addArchiveStream',
        () => h.call('PATCH', `${h.base}/archive/${archive.id}/streams`, { addStream: streamId }),
        () => h.call('PATCH', `${h.base}/archive/${archive.id}/streams`, { removeStream: streamId }),
      ],
      [
        'removeArchiveStream',
        () => h.call('PATCH', `${h.base}/archive/${archive.id}/streams`, { removeStream: streamId }),
        () => h.call('PATCH', `${h.base}/archive/${archive.id}/streams`, { addStream: streamId }),
      ],
      ['addBroadcastStream', () => h.call('PATCH', `${h.base}/broadcast/${broadcast.id}/streams`, { addStream: streamId })],
      ['removeBroadcastStream', () => h.call('PATCH', `${h.base}/broadcast/${broadcast.id}/streams`, { removeStream: streamId })],
      ['iterateArchives', () => h.call('GET', `${h.base}/archive`)],
      ['iterateBroadcasts', () => h.call('GET', `${h.base}/broadcast`)],
      ['iterateRenders', () => h.call('GET', `${h.base}/render`)],
      ['disconnectAudioConnector', () => h.call('POST', `${h.base}/connect/${link.id}/stop`)],
      ['connectAudioToWebsocket', () => h.call('POST', `${h.base}/connect`, { sessionId, token, websocket: { uri: 'wss://example.com' } })],
    ];
    for (const [operation, fails, passes] of rows) {
      h.emulator.injectFault({ status: 500, operation, message: operation });
      // The other operation of the route is not failed by it (whatever else it answers).
      if (passes !== undefined) await passes().catch((error: unknown) => expect(String(error)).not.toContain('HTTP 500'));
      await expect(fails(), operation).rejects.toThrow(`HTTP 500: ${operation}`);
      expect(h.emulator.faults, operation).toEqual([]);
    }
    await h.call('POST', `${h.base}/dial`, { sessionId, token, sip: { uri: 'sip:b@example.com' } });
    await h.call('POST', `${s}/mute`, { active: false });
    const logged = h.emulator.requests.slice(-2).map((r) => r.operation);
    expect(logged).toEqual(['dialSip', 'disableForceMute']);
  });

  it('refuses a fault that names an unknown operation or option (400 naming it), in process and over HTTP', async () => {
    const h = harness();
    expect(() => h.emulator.injectFault({ status: 500, operation: 'dial' })).toThrow(EmulatorError);
    expect(() => h.emulator.injectFault({ status: 500, operation: 'dial' })).toThrow(/"dial" is not an operation/);
    expect(() => h.emulator.injectFault({ status: 500, operation: 'generateToken' })).toThrow(/"generateToken" is not an operation/);
    expect(() => h.emulator.injectFault({ status: 500, operaton: 'dialSip' } as never)).toThrow(/"operaton" is not a fault option/);
    const http = await control(h, 'POST', '/faults', { status: 500, operation: 'connectAudio' });
    expect(http.status).toBe(400);
    expect(((await http.json()) as { message: string }).message).toMatch(/"connectAudio" is not an operation/);
    const option = await control(h, 'POST', '/faults', { status: 500, time: 2 });
    expect(option.status).toBe(400);
    expect(((await option.json()) as { message: string }).message).toMatch(/"time" is not a fault option/);
    expect(h.emulator.faults).toEqual([]);
  });

  it('injects delays and dropped connections (the in-process fetch rejects like a network failure)', async () => {
    const h = harness();
    h.emulator.injectFault({ delayMs: 150 });
    const started = Date.now();
    await h.call('GET', `${h.base}/archive`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    h.emulator.injectFault({ drop: true });
    await expect(h.call('GET', `${h.base}/archive`)).rejects.toBeInstanceOf(NetworkError);
    expect(h.emulator.requests.at(-1)).toMatchObject({ operation: 'listArchives', status: 0 });
  });

  it('advances the clock over HTTP, resets all state over HTTP', async () => {
    const h = harness();
    const before = h.emulator.clock.now();
    const advanced = (await (await control(h, 'POST', '/clock/advance', { ms: 5000 })).json()) as { now: number };
    expect(advanced.now).toBe(before + 5000);
    expect((await control(h, 'POST', '/clock/advance', { ms: -1 })).status).toBe(400);
    expect(((await (await control(h, 'GET', '/clock')).json()) as { now: number }).now).toBe(before + 5000);
    const { sessionId } = await h.live();
    expect((await control(h, 'POST', '/reset')).status).toBe(204);
    expect(h.emulator.session(sessionId)).toBeUndefined();
    expect(h.emulator.requests).toEqual([]);
    expect((await control(h, 'GET', `/sessions/${sessionId}`)).status).toBe(404);
    expect((await control(h, 'GET', '/nope')).status).toBe(404);
    const wrong = await control(h, 'GET', '/reset');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await control(h, 'POST', '/projects', { apiKey: '55', apiSecret: 'x' })).status).toBe(201);
    expect(((await (await control(h, 'GET', '/projects')).json()) as { apiKey: string }[]).map((p) => p.apiKey)).toEqual(['10000001', '55']);
  });
});
