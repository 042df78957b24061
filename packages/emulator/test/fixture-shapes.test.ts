/** The emulator's JSON carries the fields of the real service's recorded responses (test/fixtures). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const keys = (value: unknown) => Object.keys(value as object).sort();

/** Asserts `ours` has every field of the fixture (minus `omitted`), with the same JSON type. */
function expectShape(ours: unknown, name: string, omitted: readonly string[] = []): void {
  const recorded = fixture(name) as Record<string, unknown>;
  const mine = ours as Record<string, unknown>;
  for (const key of Object.keys(recorded).filter((k) => !omitted.includes(k))) {
    expect(mine, `${name}: ${key}`).toHaveProperty(key);
    const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    if (recorded[key] !== null && mine[key] !== null && !['projectId', 'partnerId'].includes(key))
      expect(kind(mine[key]), `${name}: ${key}`).toBe(kind(recorded[key]));
  }
}

describe('response shapes match the recorded fixtures', () => {
  it('session, archive, broadcast, streams', async () => {
    const h = harness();
    const created = await h.call<unknown[]>('POST', '/session/create');
    expect(keys(created[0])).toEqual(keys((fixture('session_create.node.json') as unknown[])[0]));
    const { sessionId, streamId } = await h.live();
    const started = await h.call('POST', `${h.base}/archive`, { sessionId });
    expectShape(started, 'archive_start.py210.json');
    const { id } = started as { id: string };
    await h.call('POST', `${h.base}/archive/${id}/stop`);
    h.emulator.clock.advance(5000);
    // sha256sum and password are not produced (no real media is recorded).
    expectShape(await h.call('GET', `${h.base}/archive/${id}`), 'archive_get_available.node.json', ['sha256sum', 'password']);
    const broadcast = await h.call<{ id: string }>('POST', `${h.base}/broadcast`, {
      sessionId,
      outputs: { hls: {} },
      maxBitrate: 1_000_000,
      maxDuration: 5400,
    });
    expectShape(broadcast, 'broadcast_start.py3130.json');
    h.emulator.clock.advance(2000);
    const live = await h.call<{ broadcastUrls: unknown }>('GET', `${h.base}/broadcast/${broadcast.id}`);
    expectShape(live, 'broadcast_get.py3130.json');
    expect(keys(live.broadcastUrls)).toEqual(['hls', 'hlsStatus']);
    expect(keys(await h.call('GET', `${h.base}/session/${sessionId}/stream/${streamId}`))).toEqual(keys(fixture('stream_get.py210.json')));
    const list = await h.call<{ items: unknown[] }>('GET', `${h.base}/session/${sessionId}/stream`);
    expect(keys(list)).toEqual(keys(fixture('stream_list.py210.json')));
    expect(keys(list.items[0])).toEqual(keys((fixture('stream_list.py210.json') as { items: unknown[] }).items[0]));
  });

  it('SIP, render, captions, Audio Connector', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const token = await h.token(sessionId);
    expect(keys(await h.call('POST', `${h.base}/dial`, { sessionId, token, sip: { uri: 'sip:a@b.c' } }))).toEqual(keys(fixture('sip_dial.py210.json')));
    const render = await h.call('POST', `${h.base}/render`, { sessionId, token, url: 'https://example.com', properties: { name: 'composer' } });
    expect(keys(render)).toEqual(keys(fixture('render_start.py3130.json')));
    const renders = await h.call<{ items: unknown[] }>('GET', `${h.base}/render`);
    expect(keys(renders)).toEqual(keys(fixture('render_list.py3130.json')));
    expect(keys(renders.items[0])).toEqual(keys((fixture('render_list.py3130.json') as { items: unknown[] }).items[0]));
    expect(keys(await h.call('POST', `${h.base}/captions`, { sessionId, token: await h.token(sessionId, 'moderator') }))).toEqual(
      keys(fixture('captions_start.py3130.json')),
    );
    const link = await h.call('POST', `${h.base}/connect`, { sessionId, token, websocket: { uri: 'wss://example.com' } });
    expect(keys(link)).toEqual(keys(fixture('audio_connector_connect.py3130.json')));
    expect(keys(link)).toEqual(keys(fixture('websocket_connect.node.json')));
  });
});
