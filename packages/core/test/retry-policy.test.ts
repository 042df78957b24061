import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortError, InvalidResponseError, NetworkError, OpenTokApiError, TimeoutError, type HttpMethod } from '../src/index.js';
import { errorFromResponse } from '../src/errors/error-from-response.js';
import { pause, retryDelay } from '../src/transport/retry-policy.js';

const retry = { retries: 3, baseDelay: 100, maxDelay: 1_000 };
const apiError = (status: number, retryAfter?: number): OpenTokApiError =>
  errorFromResponse({ operation: 'op', status, method: 'GET', url: 'http://x/a', retryable: true, retryAfter });
const network = new NetworkError('op could not reach OpenTok');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('retryDelay: which failures are repeated', () => {
  const cases: [string, () => Error, HttpMethod[], HttpMethod[]][] = [
    ['a network error', () => network, ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['408', () => apiError(408), ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['429', () => apiError(429), ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'], []],
    ['500', () => apiError(500), ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['502', () => apiError(502), ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['503', () => apiError(503), ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['504', () => apiError(504), ['GET', 'PUT', 'DELETE'], ['POST', 'PATCH']],
    ['501', () => apiError(501), [], ['GET', 'POST']],
    ['400', () => apiError(400), [], ['GET', 'POST']],
    ['404', () => apiError(404), [], ['GET', 'DELETE']],
    ['409', () => apiError(409), [], ['GET', 'POST']],
    ['a timeout', () => new TimeoutError('op timed out', 10), [], ['GET', 'POST']],
    ['an abort', () => new AbortError('op was aborted'), [], ['GET', 'POST']],
    ['an unreadable answer', () => new InvalidResponseError('op failed'), [], ['GET', 'POST']],
  ];
  for (const [what, make, repeated, final] of cases) {
    it(`${what}: repeats ${repeated.join(', ') || 'nothing'}${final.length ? `, not ${final.join(', ')}` : ''}`, () => {
      for (const method of repeated) expect(retryDelay(make() as never, method, 1, retry), method).toBeTypeOf('number');
      for (const method of final) expect(retryDelay(make() as never, method, 1, retry), method).toBeUndefined();
    });
  }

  it('stops after the configured number of retries', () => {
    expect(retryDelay(network, 'GET', 3, retry)).toBeTypeOf('number');
    expect(retryDelay(network, 'GET', 4, retry)).toBeUndefined();
    expect(retryDelay(apiError(429), 'POST', 1, { ...retry, retries: 0 })).toBeUndefined();
  });
});

describe('retryDelay: how long to wait', () => {
  it('doubles from baseDelay with full jitter, capped by maxDelay', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(network, 'GET', attempt, { ...retry, retries: 5 }))).toEqual([99, 199, 399, 799, 999]);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(retryDelay(network, 'GET', 3, retry)).toBe(0);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(retryDelay(apiError(503), 'GET', 2, retry)).toBe(100);
  });

  it("takes the server's Retry-After as is, capped by maxDelay", () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(retryDelay(apiError(429, 250), 'POST', 1, retry)).toBe(250);
    expect(retryDelay(apiError(503, 0), 'GET', 2, retry)).toBe(0);
    expect(retryDelay(apiError(429, 60_000), 'GET', 1, retry)).toBe(1_000);
  });
});

describe('pause', () => {
  it('waits the given time', async () => {
    const started = Date.now();
    await pause(60, undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('ends early when the signal aborts, and leaves no listener behind', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    await pause(60_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
