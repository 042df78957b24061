import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Core sits below @opentok/testing (which builds on core), so its tests take the recorder from source.
import { type Recorder, startRecorder } from '../../testing/src/recorder.js';
import { TEST_APPLICATION } from '../../testing/src/test-application.js';
import {
  AbortError,
  AuthenticationError,
  type ClientSettings,
  ConflictError,
  createClient,
  InvalidResponseError,
  type Logger,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import { request } from '../src/internal.js';

const TEST_CREDENTIALS = { apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' } as const;

/** A client of this package's own source. */
const testClient = (apiUrl: string, overrides: ClientSettings = {}) => createClient({ ...TEST_CREDENTIALS, apiUrl, retry: 0, timeout: 5_000, ...overrides });

let recorder: Recorder;
beforeEach(async () => {
  recorder = await startRecorder();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await recorder.close();
});

const fastRetry = { retries: 2, baseDelay: 1, maxDelay: 50 };

describe('request: what goes on the wire', () => {
  it('sends a GET with query, Accept, User-Agent and a fresh X-OPENTOK-AUTH JWT', async () => {
    recorder.reply({ body: { count: 0, items: [] } });
    const client = testClient(recorder.url);
    const result = await request(client, {
      operation: 'listArchives',
      method: 'GET',
      path: '/v2/project/12345678/archive',
      query: { offset: 0, count: 10, sessionId: undefined },
    });
    expect(result).toEqual({ count: 0, items: [] });
    const [sent] = recorder.requests;
    expect(sent?.method).toBe('GET');
    expect(sent?.url).toBe('/v2/project/12345678/archive?offset=0&count=10');
    expect(sent?.headers['accept']).toBe('application/json');
    expect(sent?.headers['content-type']).toBeUndefined();
    expect(sent?.headers['user-agent']).toBe(client.userAgent);
    expect(client.userAgent).toMatch(/^OpenTok-TS-SDK\/\d+\.\d+\.\d+\S* node\/20|^OpenTok-TS-SDK\/\S+ node\/\d+/);
    expect(sent?.body).toBe('');
    const token = String(sent?.headers['x-opentok-auth']);
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(TEST_CREDENTIALS.apiSecret));
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(payload)).toEqual(['iss', 'ist', 'iat', 'exp', 'jti']);
    expect(payload.iss).toBe('12345678');
    expect(payload.ist).toBe('project');
    expect(payload.exp! - payload.iat!).toBe(180);
    expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(5);
    expect(payload.jti).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('sends JSON bodies with their content type and a new jti on every request', async () => {
    const client = testClient(recorder.url);
    await request(client, { operation: 'a', method: 'POST', path: '/x', json: { sessionId: 's', hasVideo: false } });
    await request(client, { operation: 'b', method: 'POST', path: '/x', json: { sessionId: 's' } });
    const [first, second] = recorder.requests;
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.body).toBe('{"sessionId":"s","hasVideo":false}');
    expect(first?.headers['x-opentok-auth']).not.toBe(second?.headers['x-opentok-auth']);
  });

  it('sends form bodies without undefined fields', async () => {
    recorder.reply({ body: [{ session_id: 'x' }] });
    await request(testClient(recorder.url), {
      operation: 'createSession',
      method: 'POST',
      path: '/session/create',
      form: { archiveMode: 'always', location: undefined, 'p2p.preference': 'disabled' },
    });
    expect(recorder.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(recorder.requests[0]?.body).toBe('archiveMode=always&p2p.preference=disabled');
  });

  it('adds caller headers and honours a derived client', async () => {
    await request(testClient(recorder.url).with({ userAgent: 'demo/2' }), { operation: 'x', method: 'GET', path: '/h' }, { headers: { 'X-Trace': 't1' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('t1');
    expect(recorder.requests[0]?.headers['user-agent']).toMatch(/ demo\/2$/);
  });

  it('returns undefined for 204 and empty bodies', async () => {
    recorder.reply({ status: 204 }, { status: 200, body: '' });
    const client = testClient(recorder.url);
    expect(await request(client, { operation: 'x', method: 'DELETE', path: '/a' })).toBeUndefined();
    expect(await request(client, { operation: 'x', method: 'POST', path: '/b' })).toBeUndefined();
  });
});

describe('request: failures become typed errors', () => {
  it('maps an error status, keeping the API body, the request ID and the operation hint', async () => {
    recorder.reply({
      status: 409,
      body: { message: 'Conflict. You are trying to stop an archive that is not recording.' },
      headers: { 'x-request-id': 'req-1' },
    });
    const error = await request(testClient(recorder.url), {
      operation: 'stopArchive',
      method: 'POST',
      path: '/v2/project/12345678/archive/a/stop',
      hints: { 409: 'the archive is not recording' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      status: 409,
      method: 'POST',
      operation: 'stopArchive',
      url: `${recorder.url}/v2/project/12345678/archive/a/stop`,
      requestId: 'req-1',
      retryable: false,
      body: { message: 'Conflict. You are trying to stop an archive that is not recording.' },
      message: 'stopArchive failed: the archive is not recording (HTTP 409: Conflict. You are trying to stop an archive that is not recording.)',
    });
  });

  it('maps 403 to AuthenticationError and never leaks the secret or the auth header', async () => {
    recorder.reply({ status: 403, body: { code: -1, message: 'No suitable authentication found' } });
    const error = await request(testClient(recorder.url), { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const auth = String(recorder.requests[0]?.headers['x-opentok-auth']);
    for (const text of [JSON.stringify(error), inspect(error, { showHidden: true, depth: 10 }), String(error), (error as Error).stack ?? '']) {
      expect(text).not.toContain(TEST_CREDENTIALS.apiSecret);
      expect(text).not.toContain(auth);
    }
  });

  it.each([
    ['project credentials (X-OPENTOK-AUTH)', TEST_CREDENTIALS],
    ['application credentials (Authorization: Bearer)', TEST_APPLICATION],
  ])("keeps the live auth header out of a failed fetch's error and its cause chain, with %s", async (_, credentials) => {
    const sent: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      const header = request.headers.get('x-opentok-auth') ?? String(request.headers.get('authorization'));
      sent.push(header, header.replace(/^Bearer /, ''));
      const socket = Object.assign(new Error(`connect ECONNREFUSED, sent ${header}`, { cause: new Error(`deeper still: ${header}`) }), {
        code: 'ECONNREFUSED',
      });
      throw new TypeError(`fetch failed with ${header}`, { cause: socket });
    };
    const client = createClient({ ...credentials, apiUrl: 'http://127.0.0.1:1', retry: fastRetry, fetch });
    const error = await request(client, { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(sent).toHaveLength(6);
    const chain: unknown[] = [];
    for (let link: unknown = error; link !== undefined; link = (link as Error).cause) chain.push(link);
    const texts = [inspect(error, { depth: Infinity, showHidden: true }), String((error as Error).stack), ...chain.map((link) => JSON.stringify(link))];
    for (const text of texts) for (const secret of sent) expect(text).not.toContain(secret);
    const redacted = credentials === TEST_APPLICATION ? 'Bearer [redacted]' : '[redacted]';
    expect(chain.map((link) => (link as Error).message)).toEqual([
      `getArchive could not reach OpenTok at http://127.0.0.1:1/a: fetch failed with ${redacted}`,
      `fetch failed with ${redacted}`,
      `connect ECONNREFUSED, sent ${redacted}`,
      `deeper still: ${redacted}`,
    ]);
    expect((chain[2] as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('rejects a success answer that is not JSON', async () => {
    recorder.reply(
      { status: 200, body: '<xml/>', headers: { 'content-type': 'text/xml' } },
      { status: 200, body: '{oops', headers: { 'content-type': 'application/json' } },
    );
    const client = testClient(recorder.url);
    await expect(request(client, { operation: 'createSession', method: 'POST', path: '/s' })).rejects.toThrow(InvalidResponseError);
    await expect(request(client, { operation: 'createSession', method: 'POST', path: '/s' })).rejects.toThrow(
      'createSession failed: OpenTok answered with malformed JSON (HTTP 200)',
    );
  });

  it('reports an unreachable API as NetworkError', async () => {
    const url = recorder.url;
    await recorder.close();
    recorder = await startRecorder();
    const error = await request(testClient(url), { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain(`getArchive could not reach OpenTok at ${url}/a`);
  });

  it('checks per-call options before any I/O', async () => {
    const client = testClient(recorder.url);
    await expect(request(client, { operation: 'x', method: 'GET', path: '/a' }, { timeout: 0 })).rejects.toThrow(
      'options.timeout must be from 1 to 2147483647 (got 0)',
    );
    await expect(request(client, { operation: 'x', method: 'GET', path: '/a' }, { headers: { 'X-OPENTOK-AUTH': 'forged' } })).rejects.toThrow(ValidationError);
    await expect(request(client, { operation: 'x', method: 'GET', path: '/a' }, { signal: 'no' as never })).rejects.toThrow(
      'options.signal must be an AbortSignal',
    );
    await expect(request(client, { operation: 'x', method: 'GET', path: '/a' }, 5 as never)).rejects.toThrow('options must be an object');
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('request: retries', () => {
  it('retries an idempotent GET on 503 and 500, then succeeds', async () => {
    recorder.reply({ status: 503, body: {} }, { status: 500, body: {} }, { status: 200, body: { ok: true } });
    const result = await request(testClient(recorder.url, { retry: fastRetry }), { operation: 'getArchive', method: 'GET', path: '/a' });
    expect(result).toEqual({ ok: true });
    expect(recorder.requests).toHaveLength(3);
    expect(new Set(recorder.requests.map((r) => r.headers['x-opentok-auth'])).size).toBe(3);
  });

  it('gives up after the configured retries with a retryable ServerError', async () => {
    recorder.reply({ status: 502 }, { status: 502 }, { status: 502 });
    const error = await request(testClient(recorder.url, { retry: fastRetry }), { operation: 'getArchive', method: 'GET', path: '/a' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).retryable).toBe(true);
    expect(recorder.requests).toHaveLength(3);
  });

  it('never repeats a POST that failed with a 5xx', async () => {
    recorder.reply({ status: 500, body: { message: 'boom' } });
    await expect(request(testClient(recorder.url, { retry: fastRetry }), { operation: 'startArchive', method: 'POST', path: '/a' })).rejects.toThrow(
      ServerError,
    );
    expect(recorder.requests).toHaveLength(1);
  });

  it('does not retry a 4xx other than 408 and 429', async () => {
    recorder.reply({ status: 404 });
    await expect(request(testClient(recorder.url, { retry: fastRetry }), { operation: 'getArchive', method: 'GET', path: '/a' })).rejects.toThrow(
      'getArchive failed: not found (HTTP 404)',
    );
    expect(recorder.requests).toHaveLength(1);
  });

  it('repeats any method on 429, honouring Retry-After in seconds', async () => {
    recorder.reply({ status: 429, headers: { 'retry-after': '0' } }, { status: 200, body: { id: 'a' } });
    const result = await request(testClient(recorder.url, { retry: fastRetry }), {
      operation: 'startArchive',
      method: 'POST',
      path: '/a',
      json: { sessionId: 's' },
    });
    expect(result).toEqual({ id: 'a' });
    expect(recorder.requests.map((r) => r.body)).toEqual(['{"sessionId":"s"}', '{"sessionId":"s"}']);
  });

  it('repeats GET, PUT and DELETE after a dropped connection or a 408, with a fresh JWT each time', async () => {
    const client = testClient(recorder.url, { retry: fastRetry });
    recorder.reply({ drop: true }, { status: 200, body: { ok: 1 } });
    await expect(request(client, { operation: 'getArchive', method: 'GET', path: '/a' })).resolves.toEqual({ ok: 1 });
    recorder.reply({ status: 408 }, { status: 200, body: { ok: 2 } });
    await expect(request(client, { operation: 'setArchiveLayout', method: 'PUT', path: '/a', json: { type: 'pip' } })).resolves.toEqual({ ok: 2 });
    recorder.reply({ drop: true }, { status: 204 });
    await expect(request(client, { operation: 'deleteArchive', method: 'DELETE', path: '/a' })).resolves.toBeUndefined();
    // The recorder logs a dropped request too, so each operation shows up twice.
    expect(recorder.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PUT', 'PUT', 'DELETE', 'DELETE']);
    expect(recorder.requests[2]?.body).toBe('{"type":"pip"}');
    expect(recorder.requests[3]?.body).toBe('{"type":"pip"}');
    expect(new Set(recorder.requests.map((r) => r.headers['x-opentok-auth'])).size).toBe(6);
  });

  it('never repeats a POST or PATCH after a dropped connection, a 408 or a 503', async () => {
    const client = testClient(recorder.url, { retry: fastRetry });
    recorder.reply({ drop: true });
    await expect(request(client, { operation: 'startArchive', method: 'POST', path: '/a', json: {} })).rejects.toThrow(NetworkError);
    recorder.reply({ status: 408 });
    await expect(request(client, { operation: 'startArchive', method: 'POST', path: '/a', json: {} })).rejects.toMatchObject({ status: 408, retryable: true });
    recorder.reply({ status: 503 });
    await expect(request(client, { operation: 'patch', method: 'PATCH', path: '/a', json: {} })).rejects.toThrow(ServerError);
    expect(recorder.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it('honours Retry-After on a 503 of a GET', async () => {
    recorder.reply({ status: 503, headers: { 'retry-after': '0' } }, { status: 200, body: { ok: true } });
    await expect(
      request(testClient(recorder.url, { retry: { retries: 1, baseDelay: 60_000, maxDelay: 60_000 } }), { operation: 'x', method: 'GET', path: '/a' }),
    ).resolves.toEqual({ ok: true });
    expect(recorder.requests).toHaveLength(2);
  });

  it('stops waiting for a retry as soon as the caller aborts', async () => {
    recorder.reply({ status: 503 });
    const controller = new AbortController();
    const client = testClient(recorder.url, { retry: { retries: 2, baseDelay: 60_000, maxDelay: 60_000 } });
    // The jitter draws its number as the backoff (about a minute) is computed; the next task runs once the wait has begun.
    vi.spyOn(Math, 'random').mockImplementation(() => {
      setTimeout(() => controller.abort(), 0);
      return 0.99;
    });
    const error = await request(client, { operation: 'getArchive', method: 'GET', path: '/a' }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(recorder.requests).toHaveLength(1);
  });

  /** A logger that keeps its lines. */
  const keeping = (lines: string[]): Logger => {
    const record = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
    return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  };

  it('never repeats a failure of its own work (the key cannot be imported): no request, no retry, the ValidationError as is', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(new DOMException('bad key data', 'DataError'));
    const lines: string[] = [];
    const client = createClient({ ...TEST_APPLICATION, apiUrl: recorder.url, retry: fastRetry, logger: keeping(lines) });
    const error = await request(client, { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe('privateKey could not be imported as an RSA private key: its data is corrupt');
    expect(importKey).toHaveBeenCalledTimes(1);
    expect(recorder.requests).toHaveLength(0);
    expect(lines.filter((line) => line.includes('retry'))).toEqual([]);
  });

  it("never repeats nor calls a network error a failure of its own signing: the runtime's error as is", async () => {
    const failure = new DOMException('the key cannot sign', 'OperationError');
    const sign = vi.spyOn(crypto.subtle, 'sign').mockRejectedValue(failure);
    const lines: string[] = [];
    const client = testClient(recorder.url, { retry: fastRetry, logger: keeping(lines) });
    const error = await request(client, { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(sign).toHaveBeenCalledTimes(1);
    expect(recorder.requests).toHaveLength(0);
    expect(lines.filter((line) => /retry|network/.test(line))).toEqual([]);
  });

  it('surfaces the last 429 as RateLimitError with retryAfter when retries are disabled', async () => {
    recorder.reply({ status: 429, headers: { 'retry-after': '3' } });
    const error = await request(testClient(recorder.url), { operation: 'x', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3000);
    expect(recorder.requests).toHaveLength(1);
  });
});

describe('request: timeouts, aborts and logging', () => {
  /** A loopback server that takes requests and never answers: each one is a `request` event of `server`. */
  const silentServer = async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.closeAllConnections() ?? server.close() };
  };

  it('times out with TimeoutError once the server holds the request (client timeout, per-call timeout, never retried)', async () => {
    const silent = await silentServer();
    let sent = 0;
    const fetch = (input: Request, init?: RequestInit) => {
      sent += 1;
      return globalThis.fetch(input, init);
    };
    // The attempt's timer runs on a fake clock, moved on only once the server has the request.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const expire = async (client: ReturnType<typeof testClient>, timeout: number, options?: { timeout: number }) => {
      const held = once(silent.server, 'request');
      const error = request(client, { operation: 'getArchive', method: 'GET', path: '/a' }, options).catch((e: unknown) => e);
      await held;
      await vi.advanceTimersByTimeAsync(timeout);
      return error;
    };
    try {
      const error = await expire(testClient(silent.url, { timeout: 100, fetch }), 100);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeout).toBe(100);
      expect((error as Error).message).toBe(`getArchive timed out after 100 ms (GET ${silent.url}/a); raise the client's or the call's timeout`);
      const perCall = await expire(testClient(silent.url, { fetch }), 50, { timeout: 50 });
      expect(perCall).toBeInstanceOf(TimeoutError);
      expect((perCall as TimeoutError).timeout).toBe(50);
      const retried = await expire(testClient(silent.url, { retry: fastRetry, fetch }), 50, { timeout: 50 });
      expect(retried).toBeInstanceOf(TimeoutError);
      expect(sent).toBe(3);
    } finally {
      vi.useRealTimers();
      silent.close();
    }
  });

  it('aborts with AbortError (or TimeoutError for a timeout signal) when the caller aborts after the server has the request', async () => {
    const silent = await silentServer();
    const abortOnceHeld = async (operation: string, reason?: unknown) => {
      const controller = new AbortController();
      void once(silent.server, 'request').then(() => controller.abort(reason));
      return request(testClient(silent.url), { operation, method: 'POST', path: '/a' }, { signal: controller.signal }).catch((e: unknown) => e);
    };
    try {
      const error = await abortOnceHeld('stopArchive');
      expect(error).toBeInstanceOf(AbortError);
      expect((error as Error).message).toBe('stopArchive was aborted by the caller');
      const timedOut = await abortOnceHeld('x', new DOMException('The operation timed out.', 'TimeoutError'));
      expect(timedOut).toBeInstanceOf(TimeoutError);
      expect((timedOut as Error).message).toBe("x timed out: the caller's AbortSignal fired");
    } finally {
      silent.close();
    }
  });

  it('logs each request and retry through the injected logger, never the secret', async () => {
    const lines: string[] = [];
    const record = (level: string) => (message: string, details?: Record<string, unknown>) =>
      void lines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
    const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
    recorder.reply({ status: 503 }, { status: 200, body: {} });
    await request(testClient(recorder.url, { logger, retry: fastRetry }), { operation: 'getArchive', method: 'GET', path: '/a' });
    expect(lines[0]).toBe(`debug getArchive: GET ${recorder.url}/a {}`);
    expect(lines.some((l) => l.startsWith('warn getArchive: retry 1 of 2'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^debug getArchive: HTTP 200 in \d+ ms/);
    const auth = String(recorder.requests[0]?.headers['x-opentok-auth']);
    expect(lines.join('\n')).not.toContain(TEST_CREDENTIALS.apiSecret);
    expect(lines.join('\n')).not.toContain(auth);
  });
});
