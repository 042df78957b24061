import { describe, expect, it } from 'vitest';
import { DEMO_APPLICATION } from '../src/index.js';
import { rs256, vonageClaims } from './bearer.js';
import { authToken, errorBody, harness, type Harness } from './helpers.js';

async function expectError(response: Response, status: number, words?: string): Promise<void> {
  expect(response.status).toBe(status);
  const body = await errorBody(response);
  expect(body.code).toBe(status);
  if (words !== undefined) expect(body.message).toContain(words);
}

describe('bad requests get a JSON 4xx, never a 500', () => {
  const json = { 'Content-Type': 'application/json' };

  it('malformed JSON (400), non-object JSON (400), wrong content type (415), invalid UTF-8 (400)', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: '{"sessionId":', headers: json }), 400, 'not valid JSON');
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: '[1,2]', headers: json }), 400, 'must be an object');
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: 'null', headers: json }), 400);
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: `sessionId=${sessionId}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415);
    const bytes = await h.emulator.fetch(`http://e${h.base}/archive`, { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { ...json, 'X-OPENTOK-AUTH': await authToken(h.client) } });
    await expectError(bytes, 400, 'UTF-8');
  });

  it('accepts what the SDKs send: no content type with JSON, Content-Type on GET and bodiless POSTs, the junk header, nulls', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const bytes = new TextEncoder().encode(JSON.stringify({ sessionId, name: null, resolution: null, multiArchiveTag: null, maxBitrate: null }));
    const untyped = await h.emulator.fetch(`http://e${h.base}/archive`, { method: 'POST', body: bytes, headers: { 'X-OPENTOK-AUTH': await authToken(h.client) } });
    expect(untyped.status).toBe(200);
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: '{}', headers: { 'Content-Type': 'text/plain' } }), 415);
    expect((await h.raw('GET', `${h.base}/archive`, { headers: { ...json, headers: '[object Object]' } })).status).toBe(200);
    const { items } = (await (await h.raw('GET', `${h.base}/archive`)).json()) as { items: { id: string }[] };
    expect((await h.raw('POST', `${h.base}/archive/${items[0]!.id}/stop`, { headers: json })).status).toBe(200);
    expect((await h.raw('POST', `${h.base}/session/${sessionId}/signal`, { body: '{"type": "t", "data": "d"}', headers: { 'Content-Type': 'application/json; charset=utf-8' } })).status).toBe(204);
  });

  it('bodies over 1 MiB get a 413, declared or streamed', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const big = JSON.stringify({ type: 't', data: 'x'.repeat(1_048_577) });
    await expectError(await h.raw('POST', `${h.base}/session/${sessionId}/signal`, { body: big, headers: json }), 413, 'too large');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(65_536).fill(0x20));
        controller.close();
      },
    });
    const streamed = await h.emulator.fetch(
      new Request(`http://e${h.base}/session/${sessionId}/signal`, { method: 'POST', body: stream, headers: { ...json, 'X-OPENTOK-AUTH': await authToken(h.client) }, duplex: 'half' } as RequestInit),
    );
    await expectError(streamed, 413);
  });

  it('unknown routes are 404, unknown methods on known routes 405 with Allow', async () => {
    const h = harness();
    await expectError(await h.raw('GET', '/v2/project/10000001/nothing'), 404, 'no route');
    await expectError(await h.raw('GET', '/'), 404);
    const wrong = await h.raw('PUT', `${h.base}/archive`);
    await expectError(wrong.clone(), 405);
    expect(wrong.headers.get('allow')).toBe('POST, GET');
    await expectError(await h.raw('GET', '/session/create'), 405);
    await expectError(await h.raw('OPTIONS', `${h.base}/broadcast/x/stop`), 405);
  });

  it('invalid and unknown IDs are 404s', async () => {
    const h = harness();
    for (const path of [`${h.base}/archive/%00`, `${h.base}/archive/${'x'.repeat(5000)}`, `${h.base}/broadcast/..%2F..`, `${h.base}/session/%F0%9F%98%80/stream`, `${h.base}/render/'`]) {
      await expectError(await h.raw('GET', path), 404);
    }
  });
});

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const SEGMENTS = ['archive', 'broadcast', 'session', 'stream', 'connection', 'signal', 'mute', 'dial', 'render', 'connect', 'captions', 'callback', 'layout', 'streams', 'stop', 'play-dtmf', 'x', '', '%00', '..', 'null', '1_MX4', '%ZZ'];
const BODIES = ['', '{}', 'null', '[]', '{"sessionId":', '"str"', '1e999', '{"sessionId":null}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'garbage\u0000', '{"outputs":{"rtmp":[null]}}', '{"items":[null]}', '{"layout":[]}', '{"sip":"x"}', '{"digits":1}', '{"active":"yes"}'];
const VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', '1_MX4', 'sip:a@b', [], [null], {}, { type: 'custom' }, 'x'.repeat(300)];
const FIELDS = ['sessionId', 'name', 'outputMode', 'resolution', 'layout', 'hasAudio', 'hasVideo', 'streamMode', 'multiArchiveTag', 'maxBitrate', 'outputs', 'type', 'data', 'items', 'active', 'excludedStreamIds', 'digits', 'token', 'sip', 'websocket', 'url', 'addStream', 'removeStream', 'maxDuration', 'group', 'event'];

/** A tiny deterministic PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('fuzz', () => {
  it('thousands of random and mutated requests: only 2xx/4xx answers, JSON errors, consistent state', async () => {
    const h: Harness = harness();
    const { sessionId, connectionId, streamId } = await h.live();
    const archive = (await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, streamMode: 'manual' })).id;
    const token = await h.token(sessionId);
    const auth = await authToken(h.client);
    const bearer = rs256(vonageClaims());
    const authorizations = ['Bearer', 'Bearer x.y.z', `Bearer ${bearer}`, `Bearer ${bearer.slice(0, -3)}`, `bearer ${auth}`, 'Basic a2V5OnNlY3JldA==', `Bearer ${bearer}.x`];
    const random = prng(20_261_123);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const ids = [sessionId, connectionId, streamId, archive, 'nope'];
    const templates = [
      `${h.base}/archive`, `${h.base}/archive/${archive}`, `${h.base}/archive/${archive}/stop`, `${h.base}/archive/${archive}/layout`, `${h.base}/archive/${archive}/streams`,
      `${h.base}/broadcast`, `${h.base}/session/${sessionId}/signal`, `${h.base}/session/${sessionId}/connection/${connectionId}/signal`, `${h.base}/session/${sessionId}/stream`,
      `${h.base}/session/${sessionId}/stream/${streamId}/mute`, `${h.base}/session/${sessionId}/mute`, `${h.base}/dial`, `${h.base}/session/${sessionId}/play-dtmf`, `${h.base}/render`,
      `${h.base}/connect`, `${h.base}/captions`, `${h.base}/callback`, '/session/create', `${h.base}/session/${sessionId}/connection`,
    ];
    const statuses = new Map<number, number>();
    const count = 3000;
    for (let i = 0; i < count; i++) {
      const roll = random();
      let path: string;
      if (roll < 0.6) path = pick(templates);
      else if (roll < 0.8) path = `/v2/project/${pick(['10000001', '1', '', DEMO_APPLICATION.applicationId])}/${Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick([...SEGMENTS, ...ids])).join('/')}`;
      else path = `/${Array.from({ length: Math.floor(random() * 4) }, () => pick(SEGMENTS)).join('/')}`;
      if (random() < 0.2) path += `?offset=${pick(['', '-1', '5', 'x', '1e3'])}&count=${pick(['0', '1', '1001', 'NaN'])}&sessionId=${pick(ids)}`;
      let body: string;
      if (random() < 0.5) body = pick(BODIES);
      else {
        const object: Record<string, unknown> = {};
        for (let f = 0; f < 1 + random() * 5; f++) object[pick(FIELDS)] = random() < 0.3 ? pick(ids) : random() < 0.1 ? token : pick(VALUES);
        if (random() < 0.5) object['sessionId'] = sessionId;
        body = JSON.stringify(object);
        if (random() < 0.1) body = body.slice(0, Math.floor(random() * body.length));
      }
      const method = pick(METHODS);
      const headers: Record<string, string> = {};
      if (random() < 0.9) headers['X-OPENTOK-AUTH'] = random() < 0.95 ? auth : pick(['', 'x.y.z', auth.slice(0, -2), `${auth}x`]);
      if (random() < 0.7) headers['Content-Type'] = pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-8', '']);
      if (random() < 0.5) headers['Accept'] = pick(['application/json', '*/*', 'text/xml']);
      if (random() < 0.1) headers['Authorization'] = pick(authorizations);
      const init: RequestInit = { method, headers };
      if (method !== 'GET' && method !== 'HEAD' && body !== '') init.body = body;
      const response = await h.emulator.fetch(`http://opentok.emulator${path}`, init);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `${method} ${path} ${body}`).toBeLessThan(500);
      if (response.status >= 400 && method !== 'HEAD') {
        const type = response.headers.get('content-type');
        if (type === 'text/xml') expect(await response.text()).toContain('<error code=');
        else expect((await errorBody(response)).code).toBe(response.status);
      } else await response.arrayBuffer();
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    // State is still whole and consistent: every stream belongs to a live connection of its session.
    expect(h.emulator.requests.length).toBe(1000);
    for (const log of h.emulator.requests) expect(log.status).toBeLessThan(500);
    const snapshot = h.emulator.session(sessionId)!;
    const connectionIds = new Set(snapshot.connections.map((c) => c.connectionId));
    for (const stream of snapshot.streams) expect(connectionIds.has(stream.connectionId)).toBe(true);
    const list = await h.call<{ count: number; items: { sessionId: string; createdAt: number }[] }>('GET', `${h.base}/archive`);
    expect(list.count).toBe(list.items.length);
    for (const item of list.items) expect(Number.isInteger(item.createdAt)).toBe(true);
    await expect(h.call('GET', `${h.base}/session/${sessionId}/stream`)).resolves.toBeDefined();
  });
});

describe('scheduler', () => {
  it('runs due jobs in time order, including jobs scheduled by jobs', async () => {
    const { Scheduler } = await import('../src/state/scheduler.js');
    let now = 0;
    const ran: string[] = [];
    const scheduler = new Scheduler(() => now);
    scheduler.at(30, () => ran.push('c'));
    scheduler.at(10, () => {
      ran.push('a');
      scheduler.at(15, () => ran.push('a2'));
    });
    scheduler.at(10, () => ran.push('b'));
    now = 20;
    scheduler.tick();
    expect(ran).toEqual(['a', 'b', 'a2']);
    now = 30;
    scheduler.tick();
    expect(ran).toEqual(['a', 'b', 'a2', 'c']);
  });
});
