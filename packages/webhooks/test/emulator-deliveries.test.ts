// End to end: the emulator delivers the callbacks of a whole session lifecycle (signed), and this package
// verifies and parses every one of them, once per kind of credentials.
import type { OpenTokClient } from '@opentok/core';
import { projectPath, request } from '@opentok/core/internal';
import { createEmulator } from '@opentok/emulator';
import { CREDENTIAL_KINDS, createSessionOverRest, emulatorClient, joinSession } from '@opentok/testing/emulator';
import { generateToken } from '@opentok/tokens';
import { describe, expect, it } from 'vitest';
import { type CallbackEvent, parseCallback, verifyCallback } from '../src/index.js';

const SECRET = 'e2e-signature-secret';

/** A REST call with core's raw request (this package does not depend on the capability packages). */
const call = <T>(client: OpenTokClient, operation: string, method: 'POST' | 'GET' | 'DELETE', suffix: string, json?: unknown) =>
  request<T>(client, { operation, method, path: projectPath(client, suffix), ...(json === undefined ? {} : { json }) });

describe.each(CREDENTIAL_KINDS)('every callback the emulator delivers verifies and parses, with %s credentials', (kind) => {
  it('a whole lifecycle: session, connections, streams, archive, broadcast, SIP, render, captions', async () => {
    const delivered: Request[] = [];
    const emulator = createEmulator({
      callbacks: [{ url: 'http://app.test/hooks' }],
      callbackSignatureSecret: SECRET,
      callbackFetch: async (url, init) => {
        delivered.push(new Request(url, init));
        return new Response(null, { status: 204 });
      },
    });
    const client = emulatorClient(emulator, kind);
    const sessionId = await createSessionOverRest(client);
    const alice = await joinSession(emulator, sessionId, client);
    emulator.publishStream({ sessionId, connectionId: alice, name: 'Alice' });
    const archive = await call<{ id: string }>(client, 'startArchive', 'POST', '/archive', { sessionId });
    await call(client, 'stopArchive', 'POST', `/archive/${archive.id}/stop`);
    emulator.clock.advance(10_000);
    const broadcast = await call<{ id: string }>(client, 'startBroadcast', 'POST', '/broadcast', { sessionId, outputs: { hls: {} } });
    emulator.clock.advance(3_000);
    await call(client, 'stopBroadcast', 'POST', `/broadcast/${broadcast.id}/stop`);
    const token = await generateToken(client, { sessionId, role: 'moderator' });
    await call(client, 'dial', 'POST', '/dial', { sessionId, token, sip: { uri: 'sip:desk@sip.example.com' } });
    const render = await call<{ id: string }>(client, 'startRender', 'POST', '/render', { sessionId, token, url: 'https://example.com/board' });
    await call(client, 'stopRender', 'DELETE', `/render/${render.id}`);
    const captions = await call<{ captionsId: string }>(client, 'startCaptions', 'POST', '/captions', { sessionId, token, languageCode: 'en-US' });
    await call(client, 'stopCaptions', 'POST', `/captions/${captions.captionsId}/stop`);
    emulator.disconnectClient({ sessionId, connectionId: alice });

    const deliveries = await emulator.flushCallbacks();
    expect(deliveries.length).toBeGreaterThan(10);
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
    expect(delivered).toHaveLength(deliveries.length);

    const events: CallbackEvent[] = [];
    for (const received of delivered) {
      const body = await received.clone().text();
      const event = await verifyCallback(received, { signatureSecret: SECRET, requirePayloadHash: true });
      expect(parseCallback(body)).toEqual(event);
      events.push(event);
    }
    const kinds = new Set(events.map((event) => event.kind));
    for (const expected of [
      'sessionCreated',
      'connectionCreated',
      'streamCreated',
      'streamDestroyed',
      'connectionDestroyed',
      'archive',
      'broadcast',
      'render',
      'captions',
    ]) {
      expect(kinds, expected).toContain(expected);
    }
    // SIP call events have no documented shape (spec §5): they come through as the typed "unknown" member, body intact.
    const unknown = events.filter((event) => event.kind === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    for (const event of unknown) expect(JSON.stringify(event)).toMatch(/"event":"sipCall\w+"/);
    for (const event of events) if ('sessionId' in event && typeof event.sessionId === 'string') expect(event.sessionId).toBe(sessionId);
  });

  it('a delivery signed with another secret, or whose body was changed, is refused', async () => {
    const delivered: Request[] = [];
    const emulator = createEmulator({
      callbacks: [{ url: 'http://app.test/hooks' }],
      callbackSignatureSecret: SECRET,
      callbackFetch: async (url, init) => {
        delivered.push(new Request(url, init));
        return new Response(null, { status: 204 });
      },
    });
    const client = emulatorClient(emulator, kind);
    await joinSession(emulator, await createSessionOverRest(client), client);
    await emulator.flushCallbacks();
    const [first] = delivered;
    if (!first) throw new Error('nothing was delivered');
    await expect(verifyCallback(first.clone(), { signatureSecret: 'another-secret' })).rejects.toMatchObject({ name: 'InvalidCallbackError' });
    const original = await first.clone().text();
    const body = original.replace('"event":"', '"event":"x');
    expect(body).not.toBe(original);
    await expect(verifyCallback({ headers: first.headers, body }, { signatureSecret: SECRET })).rejects.toMatchObject({ name: 'InvalidCallbackError' });
  });
});
