// The fuzz run of robustness.test.ts, moved unchanged: thousands of random and mutated requests. The stress
// project runs it once in CI.
import { describe, expect, it } from 'vitest';
import { DEMO_APPLICATION } from '../src/index.js';
import { rs256, vonageClaims } from './bearer.js';
import { authToken, errorBody, type Harness, harness } from './helpers.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const SEGMENTS = [
  'archive',
  'broadcast',
  'session',
  'stream',
  'connection',
  'signal',
  'mute',
  'dial',
  'render',
  'connect',
  'captions',
  'callback',
  'layout',
  'streams',
  'stop',
  'play-dtmf',
  'x',
  '',
  '%00',
  '..',
  'null',
  '1_MX4',
  '%ZZ',
];
const BODIES = [
  '',
  '{}',
  'null',
  '[]',
  '{"sessionId":',
  '"str"',
  '1e999',
  '{"sessionId":null}',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{}}}',
  'garbage\u0000',
  '{"outputs":{"rtmp":[null]}}',
  '{"items":[null]}',
  '{"layout":[]}',
  '{"sip":"x"}',
  '{"digits":1}',
  '{"active":"yes"}',
];
const VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', '1_MX4', 'sip:a@b', [], [null], {}, { type: 'custom' }, 'x'.repeat(300)];
const FIELDS = [
  'sessionId',
  'name',
  'outputMode',
  'resolution',
  'layout',
  'hasAudio',
  'hasVideo',
  'streamMode',
  'multiArchiveTag',
  'maxBitrate',
  'outputs',
  'type',
  'data',
  'items',
  'active',
  'excludedStreamIds',
  'digits',
  'token',
  'sip',
  'websocket',
  'url',
  'addStream',
  'removeStream',
  'maxDuration',
  'group',
  'event',
];

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
    const authorizations = [
      'Bearer',
      'Bearer x.y.z',
      `Bearer ${bearer}`,
      `Bearer ${bearer.slice(0, -3)}`,
      `bearer ${auth}`,
      'Basic a2V5OnNlY3JldA==',
      `Bearer ${bearer}.x`,
    ];
    const random = prng(20_261_123);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const ids = [sessionId, connectionId, streamId, archive, 'nope'];
    const templates = [
      `${h.base}/archive`,
      `${h.base}/archive/${archive}`,
      `${h.base}/archive/${archive}/stop`,
      `${h.base}/archive/${archive}/layout`,
      `${h.base}/archive/${archive}/streams`,
      `${h.base}/broadcast`,
      `${h.base}/session/${sessionId}/signal`,
      `${h.base}/session/${sessionId}/connection/${connectionId}/signal`,
      `${h.base}/session/${sessionId}/stream`,
      `${h.base}/session/${sessionId}/stream/${streamId}/mute`,
      `${h.base}/session/${sessionId}/mute`,
      `${h.base}/dial`,
      `${h.base}/session/${sessionId}/play-dtmf`,
      `${h.base}/render`,
      `${h.base}/connect`,
      `${h.base}/captions`,
      `${h.base}/callback`,
      '/session/create',
      `${h.base}/session/${sessionId}/connection`,
    ];
    const statuses = new Map<number, number>();
    const count = 3000;
    for (let i = 0; i < count; i++) {
      const roll = random();
      let path: string;
      if (roll < 0.6) path = pick(templates);
      else if (roll < 0.8)
        path = `/v2/project/${pick(['10000001', '1', '', DEMO_APPLICATION.applicationId])}/${Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick([...SEGMENTS, ...ids])).join('/')}`;
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
      if (random() < 0.7)
        headers['Content-Type'] = pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-8', '']);
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
