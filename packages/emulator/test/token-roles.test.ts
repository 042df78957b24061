/**
 * The role of the client token an operation carries: an Experience Composer publishes with it (publisher,
 * publisher-only or moderator), Live Captions need a moderator token (the official SDKs' documentation of
 * those parameters); SIP dial and Audio Connector take any role (nothing is documented). The connection the
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
    ['dial', 'subscriber', 200],
    ['dial', 'moderator', 200],
    ['connect', 'subscriber', 200],
    ['connect', 'publisher', 200],
  ] as const)('%s with a %s token: %i', async (operation, role, status) => {
    const { response } = await attempt(operation, role);
    expect(response.status).toBe(status);
    if (status !== 400) return;
    const needs = operation === 'render' ? 'an Experience Composer needs a token with the publisher (or moderator) role' : 'Live Captions need a token with the moderator role';
    expect(await response.json()).toEqual({ code: 400, message: `Invalid token: ${needs} (got a ${role} token).` });
  });

  it.each(['render', 'dial', 'connect'] as const)('the %s connection carries the token role and data', async (operation) => {
    const { h, sessionId, response } = await attempt(operation, 'moderator');
    const { connectionId } = (await response.json()) as { connectionId?: string };
    const connections = h.emulator.session(sessionId)!.connections;
    const added = connectionId === undefined ? connections.find((c) => c.kind === 'render') : connections.find((c) => c.connectionId === connectionId);
    expect(added).toMatchObject({ role: 'moderator', data: 'role=moderator' });
  });
});
