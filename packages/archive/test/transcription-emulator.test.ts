import type { OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { CREDENTIAL_KINDS, emulatorClient, startLiveSession } from '@opentok/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { startArchive, stopArchive } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('a transcribed archive against the emulator', () => {
    it('records an individual archive with the transcription options on the wire', async () => {
      const { sessionId } = await startLiveSession(emulator, client, { streams: [{}] });
      const archive = await startArchive(client, {
        sessionId,
        outputMode: 'individual',
        hasTranscription: true,
        transcriptionProperties: { primaryLanguageCode: 'en-GB', hasSummary: true },
      });
      expect(archive).toMatchObject({ sessionId, status: 'started', outputMode: 'individual', hasAudio: true });
      expect(emulator.archive(archive.id)).toMatchObject({ outputMode: 'individual', status: 'started' });
      // The emulator keeps no transcription state (see the package README): its request log shows what arrived.
      const [logged] = emulator.requests.filter((r) => r.operation === 'startArchive');
      expect(JSON.parse(logged?.body ?? '{}')).toEqual({
        sessionId,
        outputMode: 'individual',
        hasTranscription: true,
        transcriptionProperties: { primaryLanguageCode: 'en-GB', hasSummary: true },
      });
      expect((await stopArchive(client, { archiveId: archive.id })).status).toBe('stopped');
    });
  });
});
