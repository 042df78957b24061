import { BadRequestError, ConflictError, NotFoundError } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { errorBody, harness } from './helpers.js';

describe('SIP and DTMF', () => {
  it('dials: a SIP connection and stream join the session; DTMF to the session and the connection', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const token = await h.token(sessionId);
    const call = await h.call<{ id: string; connectionId: string; streamId: string }>('POST', `${h.base}/dial`, {
      sessionId,
      token,
      sip: {
        uri: 'sip:user@sip.example.com',
        from: 'me@example.com',
        headers: { 'X-Room': '1' },
        auth: { username: 'u', password: 'p' },
        secure: true,
        video: true,
        streams: ['s'],
      },
    });
    expect(Object.keys(call).sort()).toEqual(['connectionId', 'id', 'streamId']);
    const session = h.emulator.session(sessionId)!;
    expect(session.connections.find((c) => c.connectionId === call.connectionId)?.kind).toBe('sip');
    expect(session.streams.find((s) => s.streamId === call.streamId)?.hasVideo).toBe(true);
    expect(h.emulator.sipCall(call.id)).toMatchObject({
      uri: 'sip:user@sip.example.com',
      secure: true,
      hasAuth: true,
      status: 'started',
      headers: { 'X-Room': '1' },
    });
    expect(JSON.stringify(h.emulator.sipCall(call.id))).not.toContain('"p"');
    const dtmf = await h.raw('POST', `${h.base}/session/${sessionId}/play-dtmf`, {
      body: '{"digits":"1p2#*"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(dtmf.status).toBe(200);
    await h.call('POST', `${h.base}/session/${sessionId}/connection/${call.connectionId}/play-dtmf`, { digits: '9' });
    expect(h.emulator.sipCall(call.id)?.dtmf).toEqual(['1p2#*', '9']);
    expect(h.emulator.session(sessionId)?.dtmf.map((d) => d.digits)).toEqual(['1p2#*', '9']);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/play-dtmf`, { digits: '12a' })).rejects.toBeInstanceOf(BadRequestError);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/connection/nope/play-dtmf`, { digits: '1' })).rejects.toBeInstanceOf(NotFoundError);
    await h.call('DELETE', `${h.base}/session/${sessionId}/connection/${call.connectionId}`);
    expect(h.emulator.sipCall(call.id)?.status).toBe('ended');
  });

  it('refuses relayed sessions (409), bad tokens and bodies (400), unknown sessions (404)', async () => {
    const h = harness();
    const relayed = await h.session('relayed');
    const sip = { uri: 'sip:a@b' };
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: relayed, token: await h.token(relayed), sip })).rejects.toBeInstanceOf(ConflictError);
    const routed = await h.session('routed');
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: routed, token: 'TOKEN', sip })).rejects.toThrow(/Invalid token/);
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: routed, token: await h.token(relayed), sip })).rejects.toThrow(/minted for session/);
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: routed, token: 't', sip: { uri: 'tel:123' } })).rejects.toBeInstanceOf(BadRequestError);
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: routed, token: 't', sip: { uri: 'sip:a@b', headers: { Room: '1' } } })).rejects.toThrow(/X-/);
    await expect(h.call('POST', `${h.base}/dial`, { sessionId: '1_x', token: 't', sip })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('Experience Composer renders', () => {
  it('start 202 (a publisher joins), get, list, stop 200, maxDuration', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const token = await h.token(sessionId);
    const response = await h.raw('POST', `${h.base}/render`, {
      body: JSON.stringify({ sessionId, token, url: 'https://example.com/app', maxDuration: 1800, resolution: '1280x720', properties: { name: 'ec' } }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(202);
    const render = (await response.json()) as Record<string, unknown> & { id: string; streamId: string };
    expect(render).toMatchObject({ status: 'started', sessionId, projectId: '10000001', url: 'https://example.com/app', resolution: '1280x720' });
    // properties.name names the published stream; the render JSON has no name (fixtures render_*.json).
    expect(render).not.toHaveProperty('name');
    expect(h.emulator.session(sessionId)?.streams.some((s) => s.streamId === render.streamId && s.name === 'ec')).toBe(true);
    expect(await h.call('GET', `${h.base}/render/${render.id}`)).toMatchObject({ id: render.id, status: 'started' });
    expect(await h.call('GET', `${h.base}/render`, undefined, { offset: 0, count: 50 })).toMatchObject({ count: 1, items: [{ id: render.id }] });
    const stopped = await h.raw('DELETE', `${h.base}/render/${render.id}`);
    expect(stopped.status).toBe(200);
    expect(h.emulator.render(render.id)?.status).toBe('stopped');
    expect(h.emulator.session(sessionId)?.streams.some((s) => s.streamId === render.streamId)).toBe(false);
    await expect(h.call('DELETE', `${h.base}/render/${render.id}`)).rejects.toBeInstanceOf(ConflictError);
    await expect(h.call('GET', `${h.base}/render/nope`)).rejects.toBeInstanceOf(NotFoundError);
    const short = await h.call<{ id: string }>('POST', `${h.base}/render`, { sessionId, token, url: 'https://example.com', maxDuration: 60 });
    h.emulator.clock.advance(60_000);
    expect(h.emulator.render(short.id)).toMatchObject({ status: 'stopped', reason: 'Maximum duration exceeded' });
    await expect(h.call('POST', `${h.base}/render`, { sessionId, token, url: 'ftp://x' })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('Audio Connector', () => {
  it('connects a WebSocket (200 {id, connectionId}) to a routed session and stops it', async () => {
    const h = harness();
    const { sessionId, streamId } = await h.live();
    const link = await h.call<{ id: string; connectionId: string }>('POST', `${h.base}/connect`, {
      sessionId,
      token: await h.token(sessionId),
      websocket: { uri: 'wss://example.com/ws', streams: [streamId], headers: { h: 'v' }, audioRate: 16000, bidirectional: true },
    });
    expect(Object.keys(link).sort()).toEqual(['connectionId', 'id']);
    expect(h.emulator.audioConnection(link.id)).toMatchObject({ status: 'connected', audioRate: 16000, bidirectional: true });
    expect(h.emulator.session(sessionId)?.connections.find((c) => c.connectionId === link.connectionId)?.kind).toBe('websocket');
    const stop = await h.raw('POST', `${h.base}/connect/${link.id}/stop`);
    expect(stop.status).toBe(200);
    expect(h.emulator.audioConnection(link.id)?.status).toBe('stopped');
    await expect(h.call('POST', `${h.base}/connect/${link.id}/stop`)).rejects.toBeInstanceOf(ConflictError);
    const relayed = await h.session('relayed');
    await expect(
      h.call('POST', `${h.base}/connect`, { sessionId: relayed, token: await h.token(relayed), websocket: { uri: 'wss://x' } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(h.call('POST', `${h.base}/connect`, { sessionId, token: 't', websocket: { uri: 'wss://x', audioRate: 44100 } })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});

describe('Live Captions', () => {
  it('start 202 {captionsId}; one per session (409); stop 202; no GET; maxDuration', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const token = await h.token(sessionId, 'moderator');
    const response = await h.raw('POST', `${h.base}/captions`, {
      body: JSON.stringify({ sessionId, token, languageCode: 'en-US', maxDuration: 14400, partialCaptions: true, statusCallbackUrl: null }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(202);
    const { captionsId } = (await response.json()) as { captionsId: string };
    await expect(h.call('POST', `${h.base}/captions`, { sessionId, token })).rejects.toThrow('Live captions have already started for this OpenTok Session.');
    // Never served by the service: the emulator's unknown-route answer.
    const get = await h.raw('GET', `${h.base}/captions/${captionsId}`);
    expect(get.status).toBe(404);
    expect(await errorBody(get)).toEqual({ code: 404, message: `Not found: the OpenTok API has no route GET ${h.base}/captions/${captionsId}.` });
    const stop = await h.raw('POST', `${h.base}/captions/${captionsId}/stop`, { headers: { 'Content-Type': 'application/json' } });
    expect(stop.status).toBe(202);
    await expect(h.call('POST', `${h.base}/captions/${captionsId}/stop`)).rejects.toBeInstanceOf(ConflictError);
    await expect(h.call('POST', `${h.base}/captions/nope/stop`)).rejects.toBeInstanceOf(NotFoundError);
    const again = await h.call<{ captionsId: string }>('POST', `${h.base}/captions`, { sessionId, token, maxDuration: 300 });
    h.emulator.clock.advance(300_000);
    expect(h.emulator.captions(again.captionsId)).toMatchObject({ status: 'stopped', reason: 'Maximum duration exceeded' });
    await expect(h.call('POST', `${h.base}/captions`, { sessionId, token, maxDuration: 10 })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('Live Captions: partialCaptions', () => {
  it.each([
    [true, true],
    [false, false],
    ['true', true],
    ['false', false],
  ])('takes %j (@vonage/video types and sends the strings) as %s', async (partialCaptions, expected) => {
    const h = harness();
    const { sessionId } = await h.live();
    const { captionsId } = await h.call<{ captionsId: string }>('POST', `${h.base}/captions`, {
      sessionId,
      token: await h.token(sessionId, 'moderator'),
      partialCaptions,
    });
    expect(h.emulator.captions(captionsId)?.partialCaptions).toBe(expected);
  });

  it.each(['yes', 'TRUE', 1])('refuses %j with a 400 naming the field', async (partialCaptions) => {
    const h = harness();
    const { sessionId } = await h.live();
    const response = await h.raw('POST', `${h.base}/captions`, {
      body: JSON.stringify({ sessionId, token: await h.token(sessionId, 'moderator'), partialCaptions }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(await errorBody(response)).toEqual({
      code: 400,
      message: 'Invalid request: "partialCaptions" must be true or false (a boolean, or the string "true" or "false").',
    });
  });
});

describe('callbacks', () => {
  it('registers (200), lists (array), unregisters (204)', async () => {
    const h = harness();
    const created = await h.call<{ id: string }>('POST', `${h.base}/callback`, { group: 'connection', event: 'created', url: 'https://example.com/cb' });
    expect(created).toMatchObject({ group: 'connection', event: 'created', url: 'https://example.com/cb' });
    expect(await h.call('GET', `${h.base}/callback`)).toEqual([created]);
    expect((await h.raw('DELETE', `${h.base}/callback/${created.id}`)).status).toBe(204);
    expect(await h.call('GET', `${h.base}/callback`)).toEqual([]);
    await expect(h.call('DELETE', `${h.base}/callback/${created.id}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.call('POST', `${h.base}/callback`, { group: 'g', event: 'e', url: 'nope' })).rejects.toBeInstanceOf(BadRequestError);
  });
});
