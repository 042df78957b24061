import { BadRequestError, encodeSessionId, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator } from '@opentok/emulator';
import { CREDENTIAL_KINDS, emulatorClient, joinSession, overLoopback } from '@opentok/testing/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  disableForceMute,
  forceDisconnect,
  getStream,
  listConnections,
  listStreams,
  muteAll,
  muteStream,
  setStreamClassLists,
} from '../src/index.js';

const emulator = createEmulator();

const snapshot = (sessionId: string) => {
  const session = emulator.session(sessionId);
  if (!session) throw new Error(`the emulator has no session ${sessionId}`);
  return session;
};

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  const client: OpenTokClient = emulatorClient(emulator, kind);
  const join = (sessionId: string) => joinSession(emulator, sessionId, client);

  describe('createSession against the emulator', () => {
    it('creates a relayed, manually archived session by default', async () => {
      const session = await createSession(client);
      expect(session).toStrictEqual({ sessionId: expect.stringMatching(/^[12]_/), mediaMode: 'relayed', archiveMode: 'manual', e2ee: false });
      expect(snapshot(session.sessionId)).toMatchObject({
        sessionId: session.sessionId,
        mediaMode: 'relayed',
        archiveMode: 'manual',
        location: '',
        e2ee: false,
      });
    });

    it('creates a routed, always-archived session with a location hint', async () => {
      const session = await createSession(client, {
        mediaMode: 'routed',
        archiveMode: 'always',
        location: '10.1.1.1',
        archiveName: 'auto',
        archiveResolution: '1280x720',
      });
      expect(session).toMatchObject({ mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1' });
      expect(snapshot(session.sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1' });
    });

    it('creates a routed end-to-end encrypted session', async () => {
      const session = await createSession(client, { mediaMode: 'routed', e2ee: true });
      expect(session.e2ee).toBe(true);
      expect(snapshot(session.sessionId)).toMatchObject({ mediaMode: 'routed', e2ee: true });
    });

    it('maps the API refusing e2ee in a relayed session to BadRequestError (400)', async () => {
      const error = await createSession(client, { e2ee: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error).toMatchObject({
        status: 400,
        message: expect.stringMatching(/^createSession failed: the API refused the session settings \(HTTP 400: .+\)$/),
      });
    });

    it('works over loopback HTTP as well', async () => {
      await overLoopback(emulator, kind, async (overHttp) => {
        const { sessionId } = await createSession(overHttp, { mediaMode: 'routed' });
        expect(snapshot(sessionId).mediaMode).toBe('routed');
        await expect(listStreams(overHttp, { sessionId })).resolves.toStrictEqual({ items: [], total: 0 });
      });
    });
  });

  describe('streams, connections and moderation against the emulator', () => {
    let sessionId: string;
    let alice: string;
    let bob: string;
    let camera: string;
    let screen: string;

    beforeAll(async () => {
      ({ sessionId } = await createSession(client, { mediaMode: 'routed' }));
      alice = await join(sessionId);
      bob = await join(sessionId);
      ({ streamId: camera } = emulator.publishStream({ sessionId, connectionId: alice, videoType: 'camera', name: 'Alice' }));
      ({ streamId: screen } = emulator.publishStream({ sessionId, connectionId: bob, videoType: 'screen' }));
    });
    afterAll(() => emulator.reset());

    it('lists the published streams', async () => {
      const { items, total } = await listStreams(client, { sessionId });
      expect(total).toBe(2);
      expect([...items].sort((a, b) => a.videoType.localeCompare(b.videoType))).toStrictEqual([
        { id: camera, videoType: 'camera', name: 'Alice', layoutClassList: [] },
        { id: screen, videoType: 'screen', name: '', layoutClassList: [] },
      ]);
    });

    it('gets one stream', async () => {
      await expect(getStream(client, { sessionId, streamId: camera })).resolves.toStrictEqual({
        id: camera,
        videoType: 'camera',
        name: 'Alice',
        layoutClassList: [],
      });
    });

    it('sets layout class lists, seen by getStream and in the emulator state', async () => {
      await setStreamClassLists(client, {
        sessionId,
        items: [
          { id: camera, layoutClassList: ['focus', 'big'] },
          { id: screen, layoutClassList: ['full'] },
        ],
      });
      expect((await getStream(client, { sessionId, streamId: camera })).layoutClassList).toStrictEqual(['focus', 'big']);
      expect((await getStream(client, { sessionId, streamId: screen })).layoutClassList).toStrictEqual(['full']);
      const streams = snapshot(sessionId).streams;
      expect(streams.find((s) => s.streamId === camera)).toMatchObject({ layoutClassList: ['focus', 'big'] });
      await setStreamClassLists(client, { sessionId, items: [{ id: camera, layoutClassList: [] }] });
      expect((await getStream(client, { sessionId, streamId: camera })).layoutClassList).toStrictEqual([]);
    });

    it('lists the connections', async () => {
      const { items, total } = await listConnections(client, { sessionId });
      expect(total).toBe(2);
      expect(items.map((c) => c.connectionId).sort()).toStrictEqual([alice, bob].sort());
      for (const connection of items) {
        expect(connection.connectionState).toBe('Connected');
        expect(Number.isInteger(connection.createdAt)).toBe(true);
      }
    });

    it('mutes one stream', async () => {
      await muteStream(client, { sessionId, streamId: camera });
      const streams = snapshot(sessionId).streams;
      expect(streams.find((s) => s.streamId === camera)).toMatchObject({ audioMuted: true });
      expect(streams.find((s) => s.streamId === screen)).toMatchObject({ audioMuted: false });
    });

    it('mutes all streams except the excluded ones, then disables force mute', async () => {
      const carol = await join(sessionId);
      const { streamId: third } = emulator.publishStream({ sessionId, connectionId: carol });
      await muteAll(client, { sessionId, excludedStreamIds: [screen] });
      let state = snapshot(sessionId);
      expect(state.streams.find((s) => s.streamId === third)).toMatchObject({ audioMuted: true });
      expect(state.streams.find((s) => s.streamId === screen)).toMatchObject({ audioMuted: false });
      expect(state).toMatchObject({ forceMute: { active: true, excludedStreamIds: [screen] } });
      await disableForceMute(client, { sessionId });
      state = snapshot(sessionId);
      expect(state).toMatchObject({ forceMute: { active: false } });
      await forceDisconnect(client, { sessionId, connectionId: carol });
    });

    it('force-disconnects a client: it is gone from the session, and a second attempt is a 404', async () => {
      await forceDisconnect(client, { sessionId, connectionId: bob });
      expect(snapshot(sessionId).connections.map((c) => c.connectionId)).toStrictEqual([alice]);
      expect((await listConnections(client, { sessionId })).items.map((c) => c.connectionId)).toStrictEqual([alice]);
      const error = await forceDisconnect(client, { sessionId, connectionId: bob }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({
        status: 404,
        message: expect.stringMatching(
          /^forceDisconnect failed: the client is not connected to the session \(unknown session or connection ID\) \(HTTP 404: .+\)$/,
        ),
      });
    });

    it('answers 404 for an unknown stream or session', async () => {
      await expect(getStream(client, { sessionId, streamId: 'no-such-stream' })).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
      await expect(muteStream(client, { sessionId, streamId: 'no-such-stream' })).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
      const unknownSession = encodeSessionId({ apiKey: client.projectId });
      await expect(listStreams(client, { sessionId: unknownSession })).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
      await expect(listConnections(client, { sessionId: unknownSession })).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
    });
  });
});
