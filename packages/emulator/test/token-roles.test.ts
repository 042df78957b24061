/**
 * The role of the client token an operation carries: an Experience Composer publishes with it (publisher,
 * publisher-only or moderator), Live Captions need a moderator token (the official SDKs' documentation of
 * those parameters); a SIP call and an Audio Connector link publish into the session, so they need a token that can
 * publish (publisher, publisheronly or moderator), as a simulated client does to publish. The connection the
 * operation adds to the session carries the token's role and connection data.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, kindHarness } from './kind-harness.js';

type Role = 'publisher' | 'subscriber' | 'moderator' | 'publisheronly';

describe.each(KINDS)('token roles for an OpenTok %s', (kind) => {
  async function attempt(operation: 'render' | 'captions' | 'dial' | 'connect', role: Role) {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const token = await h.token(sessionId, role, `role=${role}`);
    const bodies = {
      render: { sessionId, token, url: 'https://example.com/page' },
      captions: { sessionId, token },
      dial: { sessionId, token, sip: { uri: 'sip:alice@example.com' } },
      connect: { sessionId, token, websocket: { uri: 'wss://example.com/audio' } },
    };
    const response = await h.raw('POST', `${h.base}/${operation}`, bodies[operation]);
    return { h, sessionId, response };
  }

  it.each([
    ['render', 'publisher', 202],
    ['render', 'publisheronly', 202],
    ['render', 'moderator', 202],
    ['render', 'subscriber', 400],
    ['captions', 'moderator', 202],
    ['captions', 'publisher', 400],
    ['captions', 'subscriber', 400],
    ['dial', 'subscriber', 400],
    ['dial', 'publisher', 200],
    ['dial', 'publisheronly', 200],
    ['dial', 'moderator', 200],
    ['connect', 'subscriber', 400],
    ['connect', 'publisher', 200],
    ['connect', 'publisheronly', 200],
    ['connect', 'moderator', 200],
  ] as const)('%s with a %s token: %i', async (operation, role, status) => {
    const { response } = await attempt(operation, role);
    expect(response.status).toBe(status);
    if (status !== 400) return;
    const needs = {
      render: 'an Experience Composer needs a token with the publisher (or moderator) role',
      captions: 'Live Captions need a token with the moderator role',
      dial: 'a SIP call publishes its audio into the session, so it needs a token that can publish (publisher, publisheronly or moderator)',
      connect: 'an Audio Connector link needs a token with the publisher role (publisher, publisheronly or moderator)',
    }[operation];
    expect(await response.json()).toEqual({ code: 400, message: `Invalid token: ${needs} (got a ${role} token).` });
  });

  it('the control API keeps the same rule: a subscriber connection cannot publish (403)', async () => {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId, 'subscriber') });
    const response = await h.emulator.fetch(`http://e/_emulator/sessions/${sessionId}/streams`, {
      method: 'POST',
      body: JSON.stringify({ connectionId }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(403);
    const { connectionId: publisher } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId, 'publisheronly') });
    expect(h.emulator.publishStream({ sessionId, connectionId: publisher }).streamId).toEqual(expect.any(String));
  });

  it.each(['render', 'dial', 'connect'] as const)('the %s connection carries the token role and data', async (operation) => {
    const { h, sessionId, response } = await attempt(operation, 'moderator');
    const { connectionId } = (await response.json()) as { connectionId?: string };
    const connections = h.emulator.session(sessionId)!.connections;
    const added = connectionId === undefined ? connections.find((c) => c.kind === 'render') : connections.find((c) => c.connectionId === connectionId);
    expect(added).toMatchObject({ role: 'moderator', data: 'role=moderator' });
  });
});
