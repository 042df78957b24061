import { ConflictError, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { generateToken } from '@opentok/tokens';
import { beforeEach, describe, expect, it } from 'vitest';
import { startCaptions, stopCaptions } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A session created over REST with one connected client, and a fresh moderator token for the captioner. */
async function setUp(mediaMode: 'routed' | 'relayed' = 'routed') {
  const { sessionId } = await startLiveSession(emulator, client, { mediaMode });
  return { sessionId, token: await generateToken(client, { sessionId, role: 'moderator' }) };
}

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('Live Captions against the emulator', () => {
    it('starts captions with every option, refuses a second start, stops them, refuses a second stop', async () => {
      const { sessionId, token } = await setUp();
      const { captionsId } = await startCaptions(client, {
        sessionId,
        token,
        languageCode: 'es-US',
        maxDuration: 600,
        partialCaptions: false,
        statusCallbackUrl: 'https://example.com/cb',
      });
      expect(emulator.captions(captionsId)).toEqual({
        id: captionsId,
        apiKey: client.projectId,
        sessionId,
        createdAt: expect.any(Number),
        updatedAt: expect.any(Number),
        languageCode: 'es-US',
        maxDuration: 600,
        partialCaptions: false,
        statusCallbackUrl: 'https://example.com/cb',
        status: 'started',
      });

      const twice = await failure(startCaptions(client, { sessionId, token }));
      expect(twice).toBeInstanceOf(ConflictError);
      expect(twice.message).toBe(
        'startCaptions failed: live captions are already running in this session (stop them first), or the session is not routed (HTTP 409: Live captions have already started for this OpenTok Session.)',
      );

      await stopCaptions(client, { captionsId });
      expect(emulator.captions(captionsId)).toMatchObject({ status: 'stopped', reason: 'Stopped by request' });
      const again = await failure(stopCaptions(client, { captionsId }));
      expect(again).toBeInstanceOf(ConflictError);
      expect(again.message).toBe('stopCaptions failed: the captions have already stopped (HTTP 409: Conflict. Live captions have already stopped.)');

      const restarted = await startCaptions(client, { sessionId, token });
      expect(emulator.captions(restarted.captionsId)).toMatchObject({ languageCode: 'en-US', maxDuration: 14_400, partialCaptions: true, status: 'started' });
    });

    it('stops captions by themselves after maxDuration', async () => {
      const { sessionId, token } = await setUp();
      const { captionsId } = await startCaptions(client, { sessionId, token, maxDuration: 300 });
      emulator.clock.advance(300_000);
      expect(emulator.captions(captionsId)).toMatchObject({ status: 'stopped', reason: 'Maximum duration exceeded' });
    });
  });

  describe('captions errors from the emulator', () => {
    it('409: a relayed session', async () => {
      const { sessionId, token } = await setUp('relayed');
      const error = await failure(startCaptions(client, { sessionId, token }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).apiMessage).toBe('Live captions need a routed session.');
    });

    it('404: an unknown captions job', async () => {
      const error = await failure(stopCaptions(client, { captionsId: 'nope' }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toBe('stopCaptions failed: there is no captions job with this ID (HTTP 404: No matching captionsId was found.)');
    });
  });

  describe('over loopback HTTP', () => {
    it('starts and stops captions through a real socket', async () => {
      const { sessionId, token } = await setUp();
      await overLoopback(emulator, kind, async (http) => {
        const { captionsId } = await startCaptions(http, { sessionId, token });
        await stopCaptions(http, { captionsId });
        expect(emulator.captions(captionsId)?.status).toBe('stopped');
      });
    });
  });
});
