/** Our own core transport (`request` from @opentok/core/internal, fetch = emulator.fetch) against every route. */
import { describe, expect, it } from 'vitest';
import { apiRouter } from '../src/app.js';
import { harness } from './helpers.js';

describe('@opentok/core request() against every emulator route', () => {
  it('succeeds on each operation the router serves', async () => {
    const h = harness();
    const { emulator, base } = h;
    const sessionId = await h.session('routed');
    const token = await h.token(sessionId);
    const { connectionId } = await emulator.connectClient({ sessionId, token });
    const { streamId } = emulator.publishStream({ sessionId, connectionId });
    const s = `${base}/session/${sessionId}`;

    const archive = await h.call<{ id: string }>('POST', `${base}/archive`, { sessionId, streamMode: 'manual' });
    await h.call('PUT', `${base}/archive/${archive.id}/layout`, { type: 'pip' });
    await h.call('PATCH', `${base}/archive/${archive.id}/streams`, { addStream: streamId });
    await h.call('GET', `${base}/archive/${archive.id}`);
    await h.call('GET', `${base}/archive`, undefined, { sessionId });
    await h.call('POST', `${base}/archive/${archive.id}/stop`);
    await h.call('DELETE', `${base}/archive/${archive.id}`);

    const broadcast = await h.call<{ id: string }>('POST', `${base}/broadcast`, { sessionId, outputs: { hls: {} }, streamMode: 'manual' });
    await h.call('PUT', `${base}/broadcast/${broadcast.id}/layout`, { type: 'custom', stylesheet: 'stream {}' });
    await h.call('PATCH', `${base}/broadcast/${broadcast.id}/streams`, { addStream: streamId });
    await h.call('GET', `${base}/broadcast/${broadcast.id}`);
    await h.call('GET', `${base}/broadcast`);
    await h.call('POST', `${base}/broadcast/${broadcast.id}/stop`);

    await h.call('POST', `${s}/signal`, { type: 't', data: 'd' });
    await h.call('POST', `${s}/connection/${connectionId}/signal`, { type: 't', data: 'd' });
    await h.call('GET', `${s}/stream/${streamId}`);
    await h.call('GET', `${s}/stream`);
    await h.call('PUT', `${s}/stream`, { items: [{ id: streamId, layoutClassList: ['full'] }] });
    await h.call('GET', `${s}/connection`);
    await h.call('POST', `${s}/stream/${streamId}/mute`);
    await h.call('POST', `${s}/mute`, { active: true, excludedStreamIds: [] });

    const call = await h.call<{ connectionId: string }>('POST', `${base}/dial`, { sessionId, token, sip: { uri: 'sip:a@example.com' } });
    await h.call('POST', `${s}/play-dtmf`, { digits: '1' });
    await h.call('POST', `${s}/connection/${call.connectionId}/play-dtmf`, { digits: '2' });
    const render = await h.call<{ id: string }>('POST', `${base}/render`, { sessionId, token, url: 'https://example.com' });
    await h.call('GET', `${base}/render/${render.id}`);
    await h.call('GET', `${base}/render`);
    await h.call('DELETE', `${base}/render/${render.id}`);
    const link = await h.call<{ id: string }>('POST', `${base}/connect`, { sessionId, token, websocket: { uri: 'wss://example.com' } });
    await h.call('POST', `${base}/connect/${link.id}/stop`);
    const { captionsId } = await h.call<{ captionsId: string }>('POST', `${base}/captions`, { sessionId, token: await h.token(sessionId, 'moderator') });
    await h.call('POST', `${base}/captions/${captionsId}/stop`);
    const callback = await h.call<{ id: string }>('POST', `${base}/callback`, { group: 'stream', event: 'created', url: 'https://example.com' });
    await h.call('GET', `${base}/callback`);
    await h.call('DELETE', `${base}/callback/${callback.id}`);
    await h.call('DELETE', `${s}/connection/${connectionId}`);

    const served = new Set(apiRouter().routes.map((r) => r.operation));
    const exercised = new Set(emulator.requests.filter((r) => r.status < 300).map((r) => r.operation));
    expect([...served].filter((op) => !exercised.has(op))).toEqual([]);
    expect(emulator.requests.every((r) => r.status < 300)).toBe(true);
    expect(apiRouter().routes).toHaveLength(37);
    // sendSignal and playDtmf each make two of them: 35 SDK functions.
    expect(served.size).toBe(35);
  });
});
