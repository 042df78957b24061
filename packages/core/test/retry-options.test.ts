// The retry policy in ky's own terms, driven through ky itself with a fetch that fails on demand:
// the same cases the hand-written policy was pinned with (which failures repeat, for which methods,
// how long the waits are), now checked as ky runs them.
import ky from 'ky';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type HttpMethod, ValidationError } from '../src/index.js';
import { local } from '../src/transport/local-failure.js';
import { retryOptions } from '../src/transport/retry-options.js';

const retry = { retries: 1, baseDelay: 0, maxDelay: 1_000 };

afterEach(() => {
  vi.restoreAllMocks();
});

type Failure = () => Promise<Response>;
const status =
  (code: number, headers: Record<string, string> = {}): Failure =>
  async () =>
    new Response(null, { status: code, headers });
const dropped: Failure = async () => {
  throw new TypeError('fetch failed');
};
const hangs: Failure = () => new Promise<Response>(() => undefined);

/** How many times ky called fetch for one request that fails with `failure` first, then succeeds. */
async function attempts(failure: Failure, method: HttpMethod, options: { retries?: number; signal?: AbortSignal } = {}): Promise<number> {
  let calls = 0;
  const fetch = async () => (++calls === 1 ? failure() : new Response('{}'));
  await ky('http://api.test/x', {
    method,
    fetch,
    timeout: 50,
    ...(options.signal ? { signal: options.signal } : {}),
    retry: retryOptions({ ...retry, retries: options.retries ?? retry.retries }, method, options.signal),
  }).catch(() => undefined);
  return calls;
}

describe('which failures are repeated', () => {
  const all: HttpMethod[] = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'];
  const idempotent: HttpMethod[] = ['GET', 'PUT', 'DELETE'];
  const cases: [string, Failure, HttpMethod[]][] = [
    ['a network error', dropped, idempotent],
    ['408', status(408), idempotent],
    ['429', status(429), all],
    ['500', status(500), idempotent],
    ['502', status(502), idempotent],
    ['503', status(503), idempotent],
    ['504', status(504), idempotent],
    ['501', status(501), []],
    ['400', status(400), []],
    ['404', status(404), []],
    ['409', status(409), []],
    ['413', status(413), []],
    ['a timeout', hangs, []],
  ];
  for (const [what, failure, repeated] of cases) {
    it(`${what}: repeats ${repeated.join(', ') || 'nothing'}`, async () => {
      for (const method of all) expect(await attempts(failure, method), method).toBe(repeated.includes(method) ? 2 : 1);
    });
  }

  it("the request path's own failure (signing, logging) is never repeated, for any method", async () => {
    for (const method of all) {
      let signed = 0;
      const sign = local(() => {
        signed += 1;
        throw new ValidationError({ parameter: 'privateKey', rule: 'could not be imported', redact: true });
      });
      const fetch = async () => new Response('{}');
      await ky('http://api.test/x', {
        method,
        fetch,
        hooks: { beforeRequest: [sign] },
        retry: retryOptions({ ...retry, retries: 2 }, method, undefined),
      }).catch(() => undefined);
      expect(signed, method).toBe(1);
    }
  });

  it('an abort is never repeated', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await attempts(dropped, 'GET', { signal: controller.signal })).toBeLessThanOrEqual(1);
  });

  it('stops after the configured number of retries', async () => {
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return new Response(null, { status: 503 });
    };
    await ky('http://api.test/x', { fetch, retry: retryOptions({ ...retry, retries: 3 }, 'GET', undefined) }).catch(() => undefined);
    expect(calls).toBe(4);
    expect(await attempts(status(429), 'POST', { retries: 0 })).toBe(1);
  });
});

/**
 * The waits ky takes between the attempts of one request, read on a fake clock (no wall time passes):
 * `failures` answer the first attempts, then a 200.
 */
async function waits(failures: Failure[], method: HttpMethod, options: { retries?: number; baseDelay?: number; maxDelay?: number } = {}): Promise<number[]> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  try {
    const at: number[] = [];
    const fetch = async () => {
      at.push(Date.now());
      return (failures[at.length - 1] ?? (async () => new Response('{}')))();
    };
    const policy = { ...retry, retries: failures.length, ...options };
    const sent = ky('http://api.test/x', { method, fetch, timeout: false, retry: retryOptions(policy, method, undefined) });
    await vi.runAllTimersAsync();
    await sent;
    return at.slice(1).map((time, i) => time - at[i]!);
  } finally {
    vi.useRealTimers();
  }
}

describe('how long to wait', () => {
  it('doubles from baseDelay with full jitter, capped by maxDelay', () => {
    const { delay, jitter } = retryOptions({ retries: 5, baseDelay: 100, maxDelay: 1_000 }, 'GET', undefined) as {
      delay: (n: number) => number;
      jitter: (d: number) => number;
    };
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([1, 2, 3, 4, 5].map((attempt) => jitter(delay(attempt)))).toEqual([99, 199, 399, 799, 999]);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(jitter(delay(3))).toBe(0);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(jitter(delay(2))).toBe(100);
  });

  it('an unreadable Retry-After (say "soon") gets the computed backoff with jitter, not the longest wait', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const soon = status(503, { 'Retry-After': 'soon' });
    expect(await waits([soon, soon], 'GET', { baseDelay: 1_000, maxDelay: 60_000 })).toEqual([500, 1_000]);
    expect(await waits([status(429, { 'Retry-After': 'in a while' })], 'POST', { baseDelay: 1_000, maxDelay: 60_000 })).toEqual([500]);
  });

  it('reads the rate-limit headers ky reads in place of a missing Retry-After, the first one present', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const policy = { retries: 1, baseDelay: 1_000, maxDelay: 60_000 };
    const wait = (headers: Record<string, string>) => waits([status(503, headers)], 'GET', policy);
    for (const name of ['RateLimit-Reset', 'X-RateLimit-Retry-After', 'X-RateLimit-Reset', 'X-Rate-Limit-Reset']) {
      expect(await wait({ [name]: '2' }), name).toEqual([2_000]);
      expect(await wait({ [name]: 'soon' }), name).toEqual([500]);
    }
    expect(await wait({ 'Retry-After': '3', 'RateLimit-Reset': 'soon' })).toEqual([3_000]);
    expect(await wait({ 'Retry-After': 'soon', 'RateLimit-Reset': '3' })).toEqual([500]);
    expect(await wait({ 'X-RateLimit-Reset': 'soon', 'X-Rate-Limit-Reset': '3' })).toEqual([500]);
    expect(await wait({ 'X-RateLimit-Retry-After': '4', 'X-RateLimit-Reset': 'soon' })).toEqual([4_000]);
  });

  it("takes the server's Retry-After as is (seconds or a date), capped by maxDelay", async () => {
    const after = (value: string) => waits([status(429, { 'Retry-After': value })], 'POST', { retries: 1, baseDelay: 100, maxDelay: 1_000 });
    expect(await after('0.2')).toEqual([200]);
    expect(await after('0')).toEqual([0]);
    expect(await after('60')).toEqual([1_000]); // capped at maxDelay, not a minute
    expect(await after(new Date(Date.now() + 60_000).toUTCString())).toEqual([1_000]);
    expect(await waits([status(503, { 'Retry-After': '0.5' })], 'GET', { retries: 1, baseDelay: 100, maxDelay: 1_000 })).toEqual([500]);
  });

  it('an abort during the wait ends it at once, and nothing is repeated', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99); // a wait of 59 400 ms
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const controller = new AbortController();
      let calls = 0;
      const fetch = async () => {
        calls += 1;
        return new Response(null, { status: 503 });
      };
      const sent = ky('http://api.test/x', {
        fetch,
        timeout: false,
        signal: controller.signal,
        retry: retryOptions({ retries: 2, baseDelay: 60_000, maxDelay: 60_000 }, 'GET', controller.signal),
      }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls).toBe(1);
      controller.abort();
      expect(await sent).toBeInstanceOf(DOMException);
      expect(calls).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
