import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_APPLICATION, EmulatorError } from '../src/index.js';
import { clientToken, hs256, nowS, rsaKeyPair } from './bearer.js';

const APP = DEMO_APPLICATION.applicationId;

describe('simulated clients of application sessions (RS256 client tokens)', () => {
  it('connect with the token, carrying its role, data and layout classes, in process and over the control API', async () => {
    const emulator = createEmulator({ clock: { frozen: true } });
    const { sessionId } = emulator.createSession({ applicationId: APP, mediaMode: 'routed' });
    const { connectionId } = await emulator.connectClient({
      sessionId,
      token: clientToken(sessionId, { role: 'moderator', data: 'name=Ana', classes: ['focus', 'full'] }),
    });
    const { streamId } = emulator.publishStream({ sessionId, connectionId });
    expect(emulator.session(sessionId)).toMatchObject({
      connections: [{ connectionId, role: 'moderator', data: 'name=Ana' }],
      streams: [{ streamId, layoutClassList: ['focus', 'full'] }],
    });
    const response = await emulator.fetch(`http://e/_emulator/sessions/${sessionId}/connections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: clientToken(sessionId, { applicationId: APP.toUpperCase() }) }),
    });
    expect(response.status).toBe(201);
  });

  it('refuses project tokens, other keys, other applications, other sessions and expired tokens with the reason', async () => {
    const emulator = createEmulator({ clock: { frozen: true } });
    const other = rsaKeyPair();
    const otherId = '12345678-9abc-4def-8123-456789abcdef';
    emulator.addApplication({ applicationId: otherId, privateKey: other.privateKey });
    const { sessionId } = emulator.createSession({ applicationId: APP });
    const { sessionId: foreign } = emulator.createSession({ applicationId: otherId });
    const refuse = async (token: string, reason: RegExp) => {
      const error = await emulator.connectClient({ sessionId, token }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmulatorError);
      expect((error as EmulatorError).status).toBe(403);
      expect((error as Error).message).toMatch(reason);
    };
    await refuse(
      hs256({ iss: APP, ist: 'project', session_id: sessionId, role: 'publisher', nonce: 1, iat: nowS(), exp: nowS() + 60 }, DEMO_APPLICATION.publicKey),
      /alg "HS256" is not RS256/,
    );
    await refuse(clientToken(sessionId, { privateKey: other.privateKey }), /signature/);
    await refuse(clientToken(sessionId, { applicationId: otherId, privateKey: other.privateKey }), /application_id/);
    await refuse(clientToken(foreign, { applicationId: otherId, privateKey: other.privateKey }), /application_id/);
    await refuse(clientToken(foreign), /belongs to/);
    const short = clientToken(sessionId, { exp: nowS() + 60 });
    await emulator.connectClient({ sessionId, token: short });
    emulator.clock.advance(61_000);
    await refuse(short, /expired/);
  });
});
