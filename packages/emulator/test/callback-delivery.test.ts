/**
 * How callbacks travel: in process through `callbackFetch` and over loopback HTTP to a node:http server with
 * the global fetch; in the background (a receiver that hangs does not delay the API call); retried with
 * back-off after a 500 or a refused connection; in order per URL; listed in a bounded log; awaited with
 * `flushCallbacks`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@opentok/core';
import { request } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';
import { afterEach, describe, expect, it } from 'vitest';
import { type CallbackDelivery, createEmulator } from '../src/index.js';
import { receiver, verifySignedCallback } from './callback-receiver.js';
import { KINDS, type KindHarness, kindHarness } from './kind-harness.js';

interface Hit {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

/** A node:http receiver on 127.0.0.1; `answer` decides each response (never calling `res.end` hangs it). */
async function listen(
  answer: (res: ServerResponse, hit: Hit) => void = (res) => res.writeHead(200).end(),
  port = 0,
): Promise<{ url: string; hits: Hit[]; port: number }> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const hit = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      hits.push(hit);
      answer(res, hit);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, hits, port: bound };
}

/** A port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Connects a client to a fresh session of `h`: `sessionCreated` and `connectionCreated` for the callbacks. */
async function join(h: KindHarness): Promise<{ sessionId: string; connectionId: string }> {
  const sessionId = await h.session();
  const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
  return { sessionId, connectionId };
}

/**
 * Waits until `check` holds. The events come within milliseconds (the outputs-live one 2 s after the start, on the
 * wall clock): the bound, well under the test timeout, only lets a failure name what never came, so a loaded machine
 * cannot fail a test by being slow.
 */
async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

describe.each(KINDS)('callback delivery for an OpenTok %s', (kind) => {
  it('POSTs over loopback HTTP to a node:http server with the global fetch, signed', async () => {
    const target = await listen();
    const h = kindHarness(kind, { callbacks: [{ url: `${target.url}/hooks/connections`, group: 'connection' }], callbackSignatureSecret: 'loopback' });
    const { connectionId } = await join(h);
    const [delivery] = await h.emulator.flushCallbacks();
    expect(delivery).toMatchObject({
      group: 'connection',
      event: 'created',
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
      url: `${target.url}/hooks/connections`,
    });
    expect(target.hits).toHaveLength(1);
    const [hit] = target.hits;
    expect(hit).toMatchObject({ method: 'POST', url: '/hooks/connections', body: delivery!.body });
    expect(hit!.headers['content-type']).toBe('application/json');
    expect(verifySignedCallback(hit!.headers.authorization ?? null, hit!.body, 'loopback')).toMatchObject({ iss: 'Vonage' });
    expect(JSON.parse(hit!.body)).toMatchObject({ event: 'connectionCreated', connection: { id: connectionId } });
  });

  it('retries after a 500 with back-off, and gives up after the configured retries', async () => {
    const { fetch, received } = receiver([500, 500]);
    const h = kindHarness(kind, {
      callbacks: [{ url: 'https://hooks.example.com/s', group: 'session' }],
      callbackFetch: fetch,
      callbackDelivery: { retries: 3, retryDelayMs: 20 },
    });
    const started = Date.now();
    await join(h);
    const [delivered] = await h.emulator.flushCallbacks();
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 200 });
    expect(delivered).not.toHaveProperty('error');
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);

    const failing = receiver([500, 502, 503]);
    const g = kindHarness(kind, {
      callbacks: [{ url: 'https://hooks.example.com/s', group: 'session' }],
      callbackFetch: failing.fetch,
      callbackDelivery: { retries: 2, retryDelayMs: 1 },
    });
    await join(g);
    expect(await g.emulator.flushCallbacks()).toEqual([expect.objectContaining({ status: 'failed', attempts: 3, responseStatus: 503, error: 'HTTP 503' })]);
    expect(failing.received).toHaveLength(3);
  });

  it('retries after a refused connection: fails while nothing listens, delivers once the receiver is up', async () => {
    const port = await closedPort();
    const h = kindHarness(kind, {
      callbacks: [{ url: `http://127.0.0.1:${port}/late`, group: 'session' }],
      callbackDelivery: { retries: 5, retryDelayMs: 300 },
    });
    await join(h);
    await until(() => h.emulator.callbackDeliveries()[0]?.error !== undefined, 'the first refused attempt');
    expect(h.emulator.callbackDeliveries()[0]).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringContaining('ECONNREFUSED') });
    expect(h.emulator.callbackDeliveries()[0]).not.toHaveProperty('responseStatus');
    const late = await listen(undefined, port);
    const [delivery] = await h.emulator.flushCallbacks();
    expect(delivery).toMatchObject({ status: 'delivered', responseStatus: 200 });
    expect(delivery!.attempts).toBeGreaterThanOrEqual(2);
    expect(late.hits.map((hit) => hit.url)).toEqual(['/late']);

    const refused = receiver(['refuse', 'refuse']);
    const g = kindHarness(kind, {
      callbacks: [{ url: 'https://hooks.example.com/r', group: 'session' }],
      callbackFetch: refused.fetch,
      callbackDelivery: { retries: 1, retryDelayMs: 1 },
    });
    await join(g);
    expect(await g.emulator.flushCallbacks()).toEqual([expect.objectContaining({ status: 'failed', attempts: 2, error: 'fetch failed (ECONNREFUSED)' })]);
  });

  it('never blocks the API call: a receiver that hangs does not delay the answer, times out in the background, and holds up only its own URL', async () => {
    const hanging = await listen(() => undefined);
    const fast = await listen();
    const h = kindHarness(kind, {
      callbacks: [
        { url: `${hanging.url}/hang`, group: 'connection' },
        { url: `${fast.url}/fast`, group: 'connection' },
      ],
      callbackDelivery: { retries: 0, timeoutMs: 1000 },
    });
    const sessionId = await h.session();
    const token = await h.token(sessionId);
    const started = Date.now();
    await h.emulator.connectClient({ sessionId, token });
    await h.call('DELETE', `${h.base}/session/${sessionId}/connection/${h.emulator.session(sessionId)!.connections[0]!.connectionId}`);
    // Well under the 1 s the hanging receiver holds each attempt.
    expect(Date.now() - started).toBeLessThan(700);
    const byUrl = (url: string) => h.emulator.callbackDeliveries().filter((d) => d.url.endsWith(url));
    await until(() => byUrl('/fast').every((d) => d.status === 'delivered'), 'the fast receiver');
    expect(fast.hits).toHaveLength(2);
    expect(byUrl('/hang').map((d) => d.status)).toEqual(['pending', 'pending']);
    await h.emulator.flushCallbacks();
    expect(byUrl('/hang')).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1, error: 'timed out after 1000 ms' }),
      expect.objectContaining({ status: 'failed', attempts: 1 }),
    ]);
    expect(hanging.hits).toHaveLength(2);
  });

  it('keeps the order of events per URL, also across retries', async () => {
    const { fetch, received } = receiver([500]);
    const h = kindHarness(kind, { callbacks: [{ url: 'https://hooks.example.com/ordered' }], callbackFetch: fetch, callbackDelivery: { retryDelayMs: 30 } });
    const { sessionId, connectionId } = await join(h);
    h.emulator.publishStream({ sessionId, connectionId });
    h.emulator.disconnectClient({ sessionId, connectionId });
    const deliveries = await h.emulator.flushCallbacks();
    const events = (bodies: string[]) => bodies.map((body) => (JSON.parse(body) as { event: string }).event);
    const expected = ['sessionCreated', 'connectionCreated', 'streamCreated', 'streamDestroyed', 'connectionDestroyed', 'sessionDestroyed'];
    expect(events(deliveries.map((d) => d.body))).toEqual(expected);
    expect(events(received.map((r) => r.body))).toEqual(['sessionCreated', ...expected]);
  });

  it('a callbackFetch that throws fails the delivery, never the API call', async () => {
    const h = kindHarness(kind, {
      callbacks: [{ url: 'https://hooks.example.com/x', group: 'session' }],
      callbackFetch: () => {
        throw new Error('receiver exploded');
      },
      callbackDelivery: { retries: 0 },
    });
    await join(h);
    expect(await h.emulator.flushCallbacks()).toEqual([expect.objectContaining({ status: 'failed', attempts: 1, error: 'receiver exploded' })]);
  });
});

describe('the delivery log', () => {
  it('keeps the last logLimit deliveries; clearCallbackDeliveries empties it; reset forgets deliveries and added registrations', async () => {
    const { fetch } = receiver();
    const h = kindHarness('project', {
      callbacks: [{ url: 'https://hooks.example.com/kept', group: 'connection' }],
      callbackFetch: fetch,
      callbackDelivery: { logLimit: 3 },
    });
    h.emulator.registerCallback({ url: 'https://hooks.example.com/added', group: 'stream' });
    const sessionId = await h.session();
    for (let i = 0; i < 5; i++) await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const kept = await h.emulator.flushCallbacks();
    expect(kept.map((d: CallbackDelivery) => d.id)).toEqual([3, 4, 5]);
    expect(kept.every((d) => Object.isFrozen(d))).toBe(true);
    h.emulator.clearCallbackDeliveries();
    expect(h.emulator.callbackDeliveries()).toEqual([]);
    h.emulator.reset();
    expect(h.emulator.callbacks.map((c) => c.url)).toEqual(['https://hooks.example.com/kept']);
    const again = await h.session();
    await h.emulator.connectClient({ sessionId: again, token: await h.token(again) });
    expect((await h.emulator.flushCallbacks()).map((d) => [d.id, d.url])).toEqual([[6, 'https://hooks.example.com/kept']]);
  });

  it('is served by GET /_emulator/callbacks; POST /_emulator/callbacks/flush waits for it; DELETE empties it', async () => {
    const { fetch } = receiver([500]);
    const h = kindHarness('application', {
      callbacks: [{ url: 'https://hooks.example.com/x', group: 'session' }],
      callbackFetch: fetch,
      callbackDelivery: { retryDelayMs: 50 },
    });
    await join(h);
    const pending = (await (await h.emulator.fetch('http://e/_emulator/callbacks')).json()) as CallbackDelivery[];
    expect(pending).toEqual([expect.objectContaining({ status: 'pending', group: 'session', event: 'created', projectId: h.ownerId })]);
    const flushed = await h.emulator.fetch('http://e/_emulator/callbacks/flush', { method: 'POST' });
    expect(flushed.status).toBe(200);
    expect(await flushed.json()).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2, responseStatus: 200 })]);
    expect((await h.emulator.fetch('http://e/_emulator/callbacks', { method: 'DELETE' })).status).toBe(204);
    expect(await (await h.emulator.fetch('http://e/_emulator/callbacks')).json()).toEqual([]);
  });
});

describe('over HTTP', () => {
  it('a listening emulator runs due lifecycle steps by itself, so their callbacks go out without another request', async () => {
    const target = await listen();
    // The wall clock (a frozen one would never reach the next step); the global fetch.
    const emulator = createEmulator({ callbacks: [{ url: `${target.url}/broadcasts`, group: 'broadcast' }] });
    const { url } = await emulator.listen();
    try {
      const client = createClient({ ...emulator.project, apiUrl: url, retry: 0 });
      const [created] = await request<[{ session_id: string }]>(client, {
        operation: 'createSession',
        method: 'POST',
        path: '/session/create',
        form: { 'p2p.preference': 'disabled' },
      });
      const sessionId = created.session_id;
      await emulator.connectClient({ sessionId, token: await generateToken(client, { sessionId }) });
      await request(client, {
        operation: 'startBroadcast',
        method: 'POST',
        path: `/v2/project/${emulator.project.apiKey}/broadcast`,
        json: { sessionId, outputs: { hls: {} } },
      });
      await until(() => target.hits.length === 2, 'the outputs-live callback');
      const hls = target.hits.map((hit) => (JSON.parse(hit.body) as { broadcastUrls: { hlsStatus: string } }).broadcastUrls.hlsStatus);
      expect(hls).toEqual(['connecting', 'live']);
    } finally {
      await emulator.close();
    }
  });
});
