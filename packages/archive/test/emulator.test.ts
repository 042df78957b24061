import { BadRequestError, ConflictError, MethodNotAllowedError, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { type ErrorRow, errorRows, failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Archive,
  addArchiveStream,
  deleteArchive,
  getArchive,
  iterateArchives,
  listArchives,
  removeArchiveStream,
  setArchiveLayout,
  startArchive,
  stopArchive,
} from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A session created over the REST API, with one client connected with a real token, publishing one stream. */
async function liveSession(mediaMode: 'routed' | 'relayed' = 'routed') {
  const { sessionId, connectionIds, streamIds } = await startLiveSession(emulator, client, { mediaMode, streams: [{ name: 'presenter' }] });
  return { sessionId, connectionId: connectionIds[0]!, streamId: streamIds[0]! };
}

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator({ clock: { start: Date.now(), frozen: true } });
    client = emulatorClient(emulator, kind);
  });
  afterEach(() => emulator.close());

  describe('archives against the emulator', () => {
    it('runs the whole lifecycle: start, manual streams, layout, stop, available, get, list, iterate, delete', async () => {
      const { sessionId, streamId } = await liveSession();
      expect(emulator.session(sessionId)).toMatchObject({ mediaMode: 'routed', streams: [expect.objectContaining({ streamId })] });
      const t0 = emulator.clock.now();

      // start: a named, individual, manual stream-mode archive
      const individual = await startArchive(client, { sessionId, name: 'Important Presentation', outputMode: 'individual', streamMode: 'manual' });
      expect(individual).toStrictEqual<Archive>({
        id: individual.id,
        status: 'started',
        name: 'Important Presentation',
        reason: '',
        sessionId,
        projectId: client.projectId,
        createdAt: t0,
        updatedAt: t0,
        size: 0,
        duration: 0,
        hasAudio: true,
        hasVideo: true,
        outputMode: 'individual',
        streamMode: 'manual',
        streams: [],
        resolution: null,
        url: null,
      });
      expect(emulator.archive(individual.id)).toMatchObject({
        status: 'started',
        name: 'Important Presentation',
        outputMode: 'individual',
        streamMode: 'manual',
        streams: [],
      });

      // manual streams: add (video off), toggle, remove
      await addArchiveStream(client, { archiveId: individual.id, streamId, hasVideo: false });
      expect(emulator.archive(individual.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      expect((await getArchive(client, { archiveId: individual.id })).streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      await addArchiveStream(client, { archiveId: individual.id, streamId });
      expect(emulator.archive(individual.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
      await removeArchiveStream(client, { archiveId: individual.id, streamId });
      expect(emulator.archive(individual.id)?.streams).toEqual([]);
      const notInArchive = await failure(removeArchiveStream(client, { archiveId: individual.id, streamId }));
      expect(notInArchive).toBeInstanceOf(NotFoundError);
      expect(notInArchive.message).toMatch(/^removeArchiveStream failed: no archive with this ID, or no stream with this ID in its session \(HTTP 404: /);

      // a second, composed archive of the same session needs its own multiArchiveTag
      const alreadyRecording = await failure(startArchive(client, { sessionId }));
      expect(alreadyRecording).toBeInstanceOf(ConflictError);
      expect(alreadyRecording.message).toMatch(
        /^startArchive failed: the session is already being recorded .*\(HTTP 409: Conflict\. The session is already being recorded/,
      );
      const composed = await startArchive(client, {
        sessionId,
        multiArchiveTag: 'composed',
        resolution: '1280x720',
        layout: { type: 'bestFit', screenshareType: 'pip' },
        maxBitrate: 2_000_000,
      });
      expect(composed).toMatchObject({
        status: 'started',
        outputMode: 'composed',
        streamMode: 'auto',
        resolution: '1280x720',
        maxBitrate: 2_000_000,
        multiArchiveTag: 'composed',
      });
      expect(emulator.archive(composed.id)).toMatchObject({
        layout: { type: 'bestFit', screenshareType: 'pip' },
        multiArchiveTag: 'composed',
        maxBitrate: 2_000_000,
      });

      // layout change of the composed archive; refused for the individual one
      await setArchiveLayout(client, { archiveId: composed.id, layout: { type: 'custom', stylesheet: 'stream.instructor { width: 100%; }' } });
      expect(emulator.archive(composed.id)?.layout).toEqual({ type: 'custom', stylesheet: 'stream.instructor { width: 100%; }' });
      const individualLayout = await failure(setArchiveLayout(client, { archiveId: individual.id, layout: { type: 'pip' } }));
      expect(individualLayout).toBeInstanceOf(BadRequestError);
      expect(individualLayout.message).toMatch(/^setArchiveLayout failed: the layout was refused \(layouts apply to composed archives only\) \(HTTP 400: /);

      // streams of an auto stream-mode archive cannot be picked by hand
      const autoMode = await failure(addArchiveStream(client, { archiveId: composed.id, streamId }));
      expect(autoMode).toBeInstanceOf(MethodNotAllowedError);
      expect(autoMode.message).toMatch(/^addArchiveStream failed: the archive is not in manual stream mode \(start it with streamMode "manual"\) \(HTTP 405: /);

      // a recording archive cannot be deleted
      const deleteRecording = await failure(deleteArchive(client, { archiveId: composed.id }));
      expect(deleteRecording).toBeInstanceOf(ConflictError);
      expect(emulator.archive(composed.id)?.status).toBe('started');

      // stop after 30 s; stopping twice is a conflict
      emulator.clock.advance(30_000);
      const stopped = await stopArchive(client, { archiveId: individual.id });
      expect(stopped).toMatchObject({ id: individual.id, status: 'stopped', reason: 'user initiated', duration: 30, url: null, streams: [] });
      expect(emulator.archive(individual.id)).toMatchObject({ status: 'stopped', reason: 'user initiated', duration: 30 });
      const stopAgain = await failure(stopArchive(client, { archiveId: individual.id }));
      expect(stopAgain).toBeInstanceOf(ConflictError);
      expect(stopAgain.message).toBe(
        'stopArchive failed: the archive is not recording (only a started archive can be stopped) (HTTP 409: Conflict. You are trying to stop an archive that is not recording.)',
      );
      await stopArchive(client, { archiveId: composed.id });

      // processing: available once the emulator clock has moved on
      expect((await getArchive(client, { archiveId: individual.id })).status).toBe('stopped');
      emulator.clock.advance(5_000);
      expect(emulator.archive(individual.id)?.status).toBe('available');
      const available = await getArchive(client, { archiveId: individual.id });
      expect(available).toMatchObject({ status: 'available', duration: 30, updatedAt: t0 + 35_000 });
      expect(available.url).toMatch(/^http:\/\/opentok\.emulator\/_emulator\/archives\/.+\/download$/);
      expect(available.size).toBeGreaterThan(0);
      expect(available.size).toBe(emulator.archive(individual.id)?.size);

      // list and iterate: most recent first, total = the API's count
      const list = await listArchives(client, { sessionId });
      expect(list.total).toBe(2);
      expect(list.items.map((a) => a.id)).toEqual([composed.id, individual.id]);
      const second = await listArchives(client, { sessionId, offset: 1, count: 1 });
      expect(second).toEqual({ total: 2, items: [available] });
      const iterated: string[] = [];
      emulator.clearRequests();
      for await (const archive of iterateArchives(client, { sessionId, pageSize: 1 })) iterated.push(archive.id);
      expect(iterated).toEqual([composed.id, individual.id]);
      expect(emulator.requests.map((r) => r.method)).toEqual(['GET', 'GET']);

      // delete: gone from the emulator, then 404
      await deleteArchive(client, { archiveId: individual.id });
      expect(emulator.archive(individual.id)).toBeUndefined();
      const gone = await failure(getArchive(client, { archiveId: individual.id }));
      expect(gone).toBeInstanceOf(NotFoundError);
      expect((await listArchives(client, { sessionId })).items.map((a) => a.id)).toEqual([composed.id]);
    });

    describe('404 for an unknown archive ID on every archive operation', () => {
      const archiveId = '00000000-0000-4000-8000-000000000000';
      const notFound = (operation: string, call: () => Promise<unknown>): ErrorRow => [
        operation,
        call,
        NotFoundError,
        new RegExp(`^${operation} failed: no archive with this ID.* \\(HTTP 404: Not found\\. You passed in an invalid archive ID\\.\\)$`),
        { status: 404, operation },
      ];
      errorRows([
        notFound('getArchive', () => getArchive(client, { archiveId })),
        notFound('stopArchive', () => stopArchive(client, { archiveId })),
        notFound('deleteArchive', () => deleteArchive(client, { archiveId })),
        notFound('setArchiveLayout', () => setArchiveLayout(client, { archiveId, layout: { type: 'pip' } })),
        notFound('addArchiveStream', () => addArchiveStream(client, { archiveId, streamId: 'S' })),
      ]);
    });

    it('refuses to record a relayed session (409)', async () => {
      const { sessionId } = await liveSession('relayed');
      expect(emulator.session(sessionId)?.mediaMode).toBe('relayed');
      const error = await failure(startArchive(client, { sessionId }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe(
        'startArchive failed: the session is already being recorded (give simultaneous archives distinct multiArchiveTag values) or is not routed (archives need mediaMode "routed") (HTTP 409: Only routed sessions are allowed to initiate archives.)',
      );
      expect((await listArchives(client, { sessionId })).total).toBe(0);
    });

    it('answers 404 when no client is connected to the session', async () => {
      const { sessionId, connectionId } = await liveSession();
      emulator.disconnectClient({ sessionId, connectionId });
      const error = await failure(startArchive(client, { sessionId }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toMatch(
        /^startArchive failed: the session does not exist in this project or has no connected clients .*\(HTTP 404: No clients are actively connected/,
      );
    });

    it('works over loopback HTTP too (no custom fetch)', async () => {
      const { sessionId } = await liveSession();
      await overLoopback(emulator, kind, async (http) => {
        const archive = await startArchive(http, { sessionId, name: 'over http', hasVideo: false });
        expect(emulator.archive(archive.id)).toMatchObject({ status: 'started', name: 'over http', hasAudio: true, hasVideo: false });
        expect(await stopArchive(http, { archiveId: archive.id })).toMatchObject({ status: 'stopped', hasVideo: false });
      });
    });
  });
});
