import { encodeSessionId, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator } from '@opentok/emulator';
import { CREDENTIAL_KINDS, createSessionOverRest, emulatorClient, joinSession } from '@opentok/testing/emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendSignal } from '../src/index.js';

const emulator = createEmulator();

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  const client: OpenTokClient = emulatorClient(emulator, kind);

  describe('sendSignal against the emulator', () => {
    let sessionId: string;
    let alice: string;
    let bob: string;

    beforeAll(async () => {
      // a routed session made with core's raw request (this package does not depend on @opentok/session)
      sessionId = await createSessionOverRest(client);
      alice = await joinSession(emulator, sessionId, client);
      bob = await joinSession(emulator, sessionId, client);
    });

    it('signals every connection of the session', async () => {
      await sendSignal(client, { sessionId, type: 'chat', data: 'hello everyone' });
      const delivered = emulator.signals({ sessionId });
      expect(
        delivered.map((s) => ({ type: s.type, data: s.data, connectionId: s.connectionId })).sort((a, b) => a.connectionId.localeCompare(b.connectionId)),
      ).toStrictEqual([alice, bob].sort().map((connectionId) => ({ type: 'chat', data: 'hello everyone', connectionId })));
    });

    it('signals one connection only', async () => {
      await sendSignal(client, { sessionId, connectionId: bob, type: 'private', data: 'just for bob ✓' });
      expect(emulator.signals({ sessionId, connectionId: bob }).at(-1)).toMatchObject({ type: 'private', data: 'just for bob ✓', connectionId: bob });
      expect(emulator.signals({ sessionId, connectionId: alice }).map((s) => s.type)).toStrictEqual(['chat']);
    });

    it('sends a signal without a type and with data of exactly 8 kB', async () => {
      const data = 'ü'.repeat(4096);
      await sendSignal(client, { sessionId, connectionId: alice, data });
      expect(emulator.signals({ sessionId, connectionId: alice }).at(-1)).toMatchObject({ data, connectionId: alice });
    });

    it('maps an unknown connection to NotFoundError (404) with the connection hint', async () => {
      const error = await sendSignal(client, { sessionId, connectionId: 'no-such-connection', type: 'x', data: 'y' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({
        status: 404,
        message: expect.stringMatching(
          /^sendSignal failed: the client specified by the connection ID is not connected to the session \(unknown session or connection ID\) \(HTTP 404: .+\)$/,
        ),
      });
    });

    it('maps an unknown session to NotFoundError (404)', async () => {
      const unknown = encodeSessionId({ apiKey: client.projectId });
      await expect(sendSignal(client, { sessionId: unknown, data: 'y' })).rejects.toMatchObject({
        name: 'NotFoundError',
        status: 404,
        message: expect.stringMatching(/^sendSignal failed: the session was not found/),
      });
    });
  });
});
