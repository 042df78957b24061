import { describe, expect, it } from 'vitest';
import { authToken, errorBody, harness } from './helpers.js';

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
    await expectError(
      await h.raw('POST', `${h.base}/archive`, { body: `sessionId=${sessionId}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }),
      415,
    );
    const bytes = await h.emulator.fetch(`http://e${h.base}/archive`, {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
      headers: { ...json, 'X-OPENTOK-AUTH': await authToken(h.client) },
    });
    await expectError(bytes, 400, 'UTF-8');
  });

  it('accepts what the SDKs send: no content type with JSON, Content-Type on GET and bodiless POSTs, the junk header, nulls', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const bytes = new TextEncoder().encode(JSON.stringify({ sessionId, name: null, resolution: null, multiArchiveTag: null, maxBitrate: null }));
    const untyped = await h.emulator.fetch(`http://e${h.base}/archive`, {
      method: 'POST',
      body: bytes,
      headers: { 'X-OPENTOK-AUTH': await authToken(h.client) },
    });
    expect(untyped.status).toBe(200);
    await expectError(await h.raw('POST', `${h.base}/archive`, { body: '{}', headers: { 'Content-Type': 'text/plain' } }), 415);
    expect((await h.raw('GET', `${h.base}/archive`, { headers: { ...json, headers: '[object Object]' } })).status).toBe(200);
    const { items } = (await (await h.raw('GET', `${h.base}/archive`)).json()) as { items: { id: string }[] };
    expect((await h.raw('POST', `${h.base}/archive/${items[0]!.id}/stop`, { headers: json })).status).toBe(200);
    expect(
      (
        await h.raw('POST', `${h.base}/session/${sessionId}/signal`, {
          body: '{"type": "t", "data": "d"}',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
        })
      ).status,
    ).toBe(204);
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
      new Request(`http://e${h.base}/session/${sessionId}/signal`, {
        method: 'POST',
        body: stream,
        headers: { ...json, 'X-OPENTOK-AUTH': await authToken(h.client) },
        duplex: 'half',
      } as RequestInit),
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
    for (const path of [
      `${h.base}/archive/%00`,
      `${h.base}/archive/${'x'.repeat(5000)}`,
      `${h.base}/broadcast/..%2F..`,
      `${h.base}/session/%F0%9F%98%80/stream`,
      `${h.base}/render/'`,
    ]) {
      await expectError(await h.raw('GET', path), 404);
    }
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
