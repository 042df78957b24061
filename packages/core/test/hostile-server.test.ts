// Core's request path against servers that misbehave on purpose: stalls, drips, endless bodies, huge
// error bodies and redirects. Every case ends in a typed error (a server that never finishes: a TimeoutError),
// reads a bounded amount, and leaks no credential anywhere in the error, at any depth.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_APPLICATION } from '../../testing/src/test-application.js';
import { AbortError, type ClientSettings, createClient, InvalidResponseError, type OpenTokError, ServerError, TimeoutError } from '../src/index.js';
import { request } from '../src/internal.js';

const TEST_CREDENTIALS = { apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' } as const;

interface Hostile {
  readonly url: string;
  /** The auth header values the server received (to prove none of them leaks). */
  readonly auth: string[];
  readonly bodies: string[];
  close(): void;
}

const servers: Hostile[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function hostile(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Hostile> {
  const auth: string[] = [];
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    auth.push(String(req.headers['x-opentok-auth'] ?? req.headers['authorization'] ?? ''));
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => bodies.push(body));
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const result = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    auth,
    bodies,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
  servers.push(result);
  return result;
}

// A timeout far above any answer's time, so that only the servers that never finish reach it; the cases about
// timeouts pass their own (300 ms), which such a server always reaches, however loaded the machine.
const client = (url: string, settings: ClientSettings = {}) => createClient({ ...TEST_CREDENTIALS, apiUrl: url, retry: 0, timeout: 30_000, ...settings });
const appClient = (url: string, settings: ClientSettings = {}) => createClient({ ...TEST_APPLICATION, apiUrl: url, retry: 0, timeout: 30_000, ...settings });
const SHORT = { timeout: 300 };

/** Everything a user could print of an error: JSON, inspect at any depth (hidden fields too), String, stack. */
function printed(error: unknown): string {
  return [JSON.stringify(error), inspect(error, { showHidden: true, depth: Infinity, getters: true }), String(error), (error as Error).stack ?? ''].join('\n');
}

function expectNoCredential(error: unknown, server: Hostile): void {
  const text = printed(error);
  for (const value of server.auth) {
    expect(value.length).toBeGreaterThan(20);
    expect(text).not.toContain(value.replace(/^Bearer /, ''));
  }
  expect(text).not.toContain(TEST_CREDENTIALS.apiSecret);
  expect(text).not.toContain(TEST_APPLICATION.privateKey.split('\n')[3]);
}

async function failure(promise: Promise<unknown>): Promise<OpenTokError> {
  return (await promise.then(
    () => {
      throw new Error('the request succeeded');
    },
    (e: unknown) => e,
  )) as OpenTokError;
}

describe('timeouts cover the whole exchange', () => {
  it('a server that never answers: TimeoutError, and neither the JWT nor the secret in the error at any depth', async () => {
    for (const make of [client, appClient]) {
      const server = await hostile(() => undefined);
      const error = await failure(request(make(server.url, SHORT), { operation: 'getArchive', method: 'GET', path: '/a' }));
      expect(error).toBeInstanceOf(TimeoutError);
      expectNoCredential(error, server);
    }
  });

  it.each([
    ['headers, then a stalled body', 200],
    ['headers, then a stalled body on a 500', 500],
  ])('%s: TimeoutError (the timeout covers the body; without that the call would never end)', async (_, status) => {
    const server = await hostile((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    const error = await failure(request(client(server.url, SHORT), { operation: 'getArchive', method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/^getArchive timed out after 300 ms/);
    expectNoCredential(error, server);
  });

  it('a body that drips a byte at a time: TimeoutError at the deadline, not when the drip ends', async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(request(client(server.url, SHORT), { operation: 'listArchives', method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(TimeoutError);
  });
});

describe('bounded reads', () => {
  it('a body that never ends is cut at the cap (InvalidResponseError), not read forever', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const server = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    });
    const error = await failure(request(client(server.url, { maxResponseBytes: 1024 * 1024 }), { operation: 'listArchives', method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe(
      "listArchives failed: the answer is larger than maxResponseBytes (1048576 bytes); raise the client's maxResponseBytes if this is expected",
    );
  });

  it('a huge error body is kept truncated, and the message quotes a few hundred characters of it', async () => {
    const message = 'x'.repeat(1_000_000);
    const server = await hostile((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 500, message }));
    });
    const error = await failure(request(client(server.url), { operation: 'getArchive', method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toMatch(/^getArchive failed: the OpenTok service failed; try again later \(HTTP 500: \{"code":500,"message":"x+…\)$/);
    expect(String((error as ServerError).body).length).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('redirects are never followed', () => {
  it.each([302, 307, 308])('a %i to another origin: the other origin receives nothing, and the error names its origin only', async (status) => {
    const elsewhere = await hostile((_req, res) => res.end('{}'));
    const server = await hostile((_req, res) => {
      res.writeHead(status, { location: `${elsewhere.url}/steal?token=abc` });
      res.end();
    });
    const error = await failure(request(client(server.url), { operation: 'startArchive', method: 'POST', path: '/a', json: { sessionId: 's' } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe(
      `startArchive failed: the API answered with a redirect (HTTP ${status}) to ${elsewhere.url}; the OpenTok API never redirects, so it was not followed`,
    );
    expect(elsewhere.auth).toEqual([]);
    expect(server.bodies).toEqual(['{"sessionId":"s"}']);
    expectNoCredential(error, server);
  });
});

describe('aborts', () => {
  it('an abort while the body stalls ends the call at once, even after a garbage collection', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const server = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
    });
    for (let run = 0; run < 3; run++) {
      const controller = new AbortController();
      let answered!: () => void;
      const headers = new Promise<void>((resolve) => (answered = resolve));
      // The answer's headers are in: from here on the call reads the stalled body (without the abort, for a minute).
      const fetch = (input: Request, init?: RequestInit) =>
        globalThis.fetch(input, init).then((response) => {
          answered();
          return response;
        });
      const pending = failure(
        request(client(server.url, { timeout: 60_000, fetch }), { operation: 'listArchives', method: 'GET', path: '/a' }, { signal: controller.signal }),
      );
      await headers;
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      controller.abort();
      expect(await pending).toBeInstanceOf(AbortError);
    }
  });
});

describe('no credential in any error, at any depth', () => {
  const PASSWORD = 'sip-password-that-must-not-leak';
  type Scenario = readonly [string, (req: IncomingMessage, res: ServerResponse) => void, string];
  const scenarios: Scenario[] = [
    ['NetworkError (a dropped connection)', (req) => req.socket.destroy(), 'NetworkError'],
    ['InvalidResponseError (malformed JSON)', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{oops'), 'InvalidResponseError'],
    [
      'InvalidResponseError (a redirect)',
      (_req, res) => res.writeHead(308, { location: 'https://elsewhere.example/x?secret=1' }).end(),
      'InvalidResponseError',
    ],
    ['ServerError', (_req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"code":500,"message":"boom"}'), 'ServerError'],
    [
      'AuthenticationError',
      (_req, res) => res.writeHead(403, { 'content-type': 'application/json' }).end('{"code":-1,"message":"Invalid signature"}'),
      'AuthenticationError',
    ],
    ['RateLimitError', (_req, res) => res.writeHead(429, { 'retry-after': '1' }).end(), 'RateLimitError'],
    ['NotFoundError', (_req, res) => res.writeHead(404).end(), 'NotFoundError'],
    ['TimeoutError', () => undefined, 'TimeoutError'],
  ];
  for (const [kind, make] of [
    ['project', client],
    ['application', appClient],
  ] as const) {
    it.each(scenarios)(`%s with ${kind} credentials and a SIP password in the body`, async (_, handle, name) => {
      const server = await hostile(handle);
      const error = await failure(
        request(make(server.url, name === 'TimeoutError' ? SHORT : {}), {
          operation: 'dialSip',
          method: 'POST',
          path: '/dial',
          json: { sip: { uri: 'sip:a@b', auth: { username: 'u', password: PASSWORD } } },
        }),
      );
      expect(error.name).toBe(name);
      expectNoCredential(error, server);
      expect(printed(error)).not.toContain(PASSWORD);
      expect(printed(error)).not.toContain('secret=1');
    });
  }
});
