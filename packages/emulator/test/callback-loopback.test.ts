/**
 * The default `callbackFetch` (the global fetch) posts only to loopback URLs: anything else is a failed
 * delivery at once, with no retry and no network traffic. A `callbackFetch` of the user's delivers anywhere.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLoopbackUrl, NOT_LOOPBACK } from '../src/callbacks/dispatcher.js';
import { kindHarness } from './kind-harness.js';

afterEach(() => {
  vi.restoreAllMocks();
});

async function connect(h: ReturnType<typeof kindHarness>): Promise<void> {
  const sessionId = await h.session();
  await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
}

describe('the default callbackFetch', () => {
  it.each(['https://example.com/hooks', 'http://10.0.0.1/x', 'http://[2001:db8::1]/x', 'http://localhost.example.com/x', 'http://127.0.0.1.nip.io/x'])(
    'never posts to %s: the delivery fails at once with no socket opened',
    async (url) => {
      const spy = vi.spyOn(globalThis, 'fetch');
      const h = kindHarness('project', { callbacks: [{ url, group: 'connection' }], callbackDelivery: { retries: 3, retryDelayMs: 1000 } });
      const started = Date.now();
      await connect(h);
      const deliveries = await h.emulator.flushCallbacks();
      expect(Date.now() - started).toBeLessThan(900);
      expect(deliveries).toHaveLength(1);
      expect(deliveries[0]).toMatchObject({ status: 'failed', attempts: 1, error: NOT_LOOPBACK });
      expect(deliveries[0]).not.toHaveProperty('responseStatus');
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('the statusCallbackUrl of a render at https://example.com is not delivered either', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const h = kindHarness('project');
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    await h.call('POST', `${h.base}/render`, {
      sessionId,
      token: await h.token(sessionId),
      url: 'https://example.com/page',
      statusCallbackUrl: 'https://example.com/hooks/render',
    });
    const deliveries = await h.emulator.flushCallbacks();
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries) expect(delivery).toMatchObject({ status: 'failed', error: NOT_LOOPBACK });
    expect(spy).not.toHaveBeenCalled();
  });

  it('the error names what to do', () => {
    expect(NOT_LOOPBACK).toBe('not delivered: the default callbackFetch delivers only to loopback URLs; pass callbackFetch to deliver elsewhere');
  });

  it('treats 127.0.0.0/8, ::1 and localhost as loopback, and nothing else', () => {
    for (const url of [
      'http://127.0.0.1:3000/x',
      'http://127.1.2.3/x',
      'https://localhost/x',
      'http://LOCALHOST:80/',
      'http://[::1]:8080/x',
      'http://2130706433/x',
    ])
      expect(isLoopbackUrl(url), url).toBe(true);
    for (const url of [
      'https://example.com',
      'http://128.0.0.1/',
      'http://[::2]/',
      'http://0.0.0.0/',
      'http://localhost.evil.com/',
      'not a url',
      'http://[::ffff:8.8.8.8]/',
    ])
      expect(isLoopbackUrl(url), url).toBe(false);
  });
});

describe('a callbackFetch given by the user', () => {
  it('delivers anywhere (their choice)', async () => {
    const seen: string[] = [];
    const h = kindHarness('project', {
      callbacks: [{ url: 'https://example.com/hooks', group: 'connection' }],
      callbackFetch: async (url) => {
        seen.push(url);
        return new Response(null, { status: 204 });
      },
    });
    await connect(h);
    const [delivery] = await h.emulator.flushCallbacks();
    expect(delivery).toMatchObject({ status: 'delivered', responseStatus: 204 });
    expect(seen).toEqual(['https://example.com/hooks']);
  });
});
