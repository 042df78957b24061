/**
 * Secure callbacks: with a signature secret, every delivery carries `Authorization: Bearer <JWT>` that an
 * independent implementation of spec/callbacks.md §6 (node:crypto, in callback-receiver.ts) verifies; secrets
 * never show up anywhere.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createEmulator, EmulatorError } from '../src/index.js';
import { receiver, verifySignedCallback } from './callback-receiver.js';
import { KINDS, kindHarness } from './kind-harness.js';

const SECRET = 'emulator-callback-secret';
const OWN_SECRET = 'x';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(KINDS)('signed callbacks of an OpenTok %s', (kind) => {
  it('signs every delivery with the default secret: HS256, iss Vonage, fresh iat and jti, payload_hash of the exact body, the owner claim', async () => {
    const { fetch, received } = receiver();
    const h = kindHarness(kind, { callbacks: [{ url: 'https://hooks.example.com/all' }], callbackSignatureSecret: SECRET, callbackFetch: fetch });
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId, 'moderator') });
    await h.call('POST', `${h.base}/captions`, {
      sessionId,
      token: await h.token(sessionId, 'moderator'),
      statusCallbackUrl: 'https://hooks.example.com/captions',
    });
    const deliveries = await h.emulator.flushCallbacks();
    expect(deliveries.map((d) => [d.group, d.signed])).toEqual([
      ['session', true],
      ['connection', true],
      ['captions', true],
      ['captions', true],
    ]);
    expect(received).toHaveLength(4);
    const before = Math.floor(Date.now() / 1000);
    const claims = received.map((r) => verifySignedCallback(r.headers.get('authorization'), r.body, SECRET));
    for (const claim of claims) {
      expect(Object.keys(claim)).toEqual(['iat', 'jti', 'iss', 'payload_hash', kind === 'project' ? 'api_key' : 'application_id']);
      expect(claim).toMatchObject({ iss: 'Vonage', jti: expect.stringMatching(UUID), payload_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(claim[kind === 'project' ? 'api_key' : 'application_id']).toBe(h.ownerId);
      expect(Math.abs((claim['iat'] as number) - before)).toBeLessThanOrEqual(5);
      expect(claim).not.toHaveProperty('exp');
    }
    expect(new Set(claims.map((c) => c['jti'])).size).toBe(4);
    // The body bytes are the logged ones (in order per URL; URLs are served concurrently); another secret does not verify.
    for (const url of new Set(deliveries.map((d) => d.url)))
      expect(received.filter((r) => r.url === url).map((r) => r.body)).toEqual(deliveries.filter((d) => d.url === url).map((d) => d.body));
    expect(() => verifySignedCallback(received[0]!.headers.get('authorization'), received[0]!.body, 'not-the-secret')).toThrow('bad signature');
    expect(() => verifySignedCallback(received[0]!.headers.get('authorization'), `${received[0]!.body} `, SECRET)).toThrow('payload_hash');
  });

  it("a registration's own secret wins over the default one; without any secret nothing is signed", async () => {
    const { fetch, received } = receiver();
    const h = kindHarness(kind, { callbackSignatureSecret: SECRET, callbackFetch: fetch });
    h.emulator.registerCallback({ url: 'https://hooks.example.com/own', group: 'connection', secret: OWN_SECRET });
    h.emulator.registerCallback({ url: 'https://hooks.example.com/default', group: 'connection' });
    const unsigned = receiver();
    const plain = kindHarness(kind, { callbacks: [{ url: 'https://hooks.example.com/plain', group: 'connection' }], callbackFetch: unsigned.fetch });
    for (const harness of [h, plain]) {
      const sessionId = await harness.session();
      await harness.emulator.connectClient({ sessionId, token: await harness.token(sessionId) });
      await harness.emulator.flushCallbacks();
    }
    // Deliveries to different URLs run in parallel: find each by its URL, not by arrival order.
    const own = received.find((r) => r.url.endsWith('/own'));
    const byDefault = received.find((r) => r.url.endsWith('/default'));
    expect(verifySignedCallback(own!.headers.get('authorization'), own!.body, OWN_SECRET)).toMatchObject({ iss: 'Vonage' });
    expect(() => verifySignedCallback(own!.headers.get('authorization'), own!.body, SECRET)).toThrow('bad signature');
    expect(verifySignedCallback(byDefault!.headers.get('authorization'), byDefault!.body, SECRET)).toMatchObject({ iss: 'Vonage' });
    expect(h.emulator.callbacks.map((c) => c.signed)).toEqual([true, true]);
    expect(unsigned.received[0]!.headers.has('authorization')).toBe(false);
    expect(plain.emulator.callbackDeliveries()[0]!.signed).toBe(false);
    expect(plain.emulator.callbacks[0]!.signed).toBe(false);
  });

  it('a retry is signed afresh (new jti) over the same body', async () => {
    const { fetch, received } = receiver([503]);
    const h = kindHarness(kind, {
      callbacks: [{ url: 'https://hooks.example.com/all', group: 'session' }],
      callbackSignatureSecret: SECRET,
      callbackFetch: fetch,
      callbackDelivery: { retryDelayMs: 1 },
    });
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const [delivery] = await h.emulator.flushCallbacks();
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200 });
    const [first, second] = received.map((r) => verifySignedCallback(r.headers.get('authorization'), r.body, SECRET));
    expect(received[0]!.body).toBe(received[1]!.body);
    expect(first!['jti']).not.toBe(second!['jti']);
  });
});

describe('secrets stay secret', () => {
  it('appear in no listing, log, JSON.stringify, util.inspect or control-API answer', async () => {
    const { fetch } = receiver();
    const h = kindHarness('project', {
      callbacks: [{ url: 'https://hooks.example.com/a', secret: 'initial-secret-1' }],
      callbackSignatureSecret: 'default-secret-2',
      callbackFetch: fetch,
    });
    h.emulator.registerCallback({ url: 'https://user:password-3@hooks.example.com/b', secret: 'library-secret-4' });
    const control = await h.emulator.fetch('http://e/_emulator/callbacks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.example.com/c', secret: 'control-secret-5' }),
    });
    expect(control.status).toBe(201);
    const registered = await control.text();
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    await h.emulator.flushCallbacks();
    const texts = [
      registered,
      JSON.stringify(h.emulator),
      inspect(h.emulator, { depth: 10, showHidden: true }),
      JSON.stringify(h.emulator.callbacks),
      JSON.stringify(h.emulator.callbackDeliveries()),
      JSON.stringify(h.emulator.requests),
      await (await h.emulator.fetch('http://e/_emulator/callbacks')).text(),
      await (await h.emulator.fetch('http://e/_emulator/callbacks/registrations')).text(),
    ];
    for (const text of texts) expect(text).not.toMatch(/secret-\d|password-3/);
    expect(h.emulator.callbackDeliveries().find((d) => d.url.includes('/b'))?.url).toBe('https://[redacted]@hooks.example.com/b');
    expect(JSON.stringify(h.emulator.callbackDeliveries())).not.toMatch(/Bearer|eyJ/);
  });

  it('bad secrets are refused without being echoed', () => {
    for (const secret of ['', 'y'.repeat(51), 42]) {
      const error = (() => {
        try {
          createEmulator({ callbackSignatureSecret: secret as string });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(EmulatorError);
      expect((error as EmulatorError).status).toBe(400);
      expect((error as Error).message).toBe('Invalid callback: "callbackSignatureSecret" must be a string of 1 to 50 characters.');
    }
    expect(() => createEmulator().registerCallback({ url: 'https://example.com/x', secret: 'z'.repeat(51) })).toThrow(
      '"secret" must be a string of 1 to 50 characters',
    );
  });
});
