/**
 * The official `@vonage/video` SDK with the demo Vonage application against the emulator over loopback
 * HTTP, for every operation it offers: REST calls with RS256 `Authorization: Bearer` JWTs, and its RS256
 * client tokens for simulated clients. Two versions: 1.28.0, the newest that supports Node 20, on every
 * Node; 1.31.1, which declares Node >= 22, only there (skipped on Node 20 with the reason printed).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.js';
import { answerCallbacks } from './helpers.js';

const require = createRequire(import.meta.url);
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

type VideoClient = Record<string, (...args: unknown[]) => Promise<unknown>> & { generateClientToken(sessionId: string, options?: object): string };
type VideoModule = { Video: new (credentials: { applicationId: string; privateKey: string }, options: { videoHost: string }) => VideoClient };

const VERSIONS = [
  { version: '1.28.0', module: '@vonage/video', minNode: 20 },
  { version: '1.31.1', module: 'vonage-video-1.31.1', minNode: 22 },
] as const;

for (const { version, minNode } of VERSIONS) {
  if (NODE_MAJOR < minNode)
    console.warn(`compat-vonage-video: skipping @vonage/video ${version}: it declares engines node >= ${minNode}, this is Node ${process.versions.node}`);
}

describe.each(VERSIONS)('@vonage/video $version against the emulator over HTTP', ({ version, module, minNode }) => {
  describe.skipIf(NODE_MAJOR < minNode)(`(needs Node >= ${minNode})`, () => {
    let emulator: Emulator;
    let video: VideoClient;
    let sessionId: string;
    let connectionId: string;
    let streamId: string;

    beforeAll(async () => {
      emulator = createEmulator({ callbackFetch: answerCallbacks });
      const { url } = await emulator.listen({ port: 0 });
      const { Video } = require(module) as VideoModule;
      const { applicationId, privateKey } = emulator.application;
      video = new Video({ applicationId, privateKey: privateKey! }, { videoHost: url });
      ({ sessionId } = (await video['createSession']!({ mediaMode: 'disabled' })) as { sessionId: string });
      const token = video.generateClientToken(sessionId, { role: 'moderator', data: 'name=Ana', initialLayoutClassList: ['focus'] });
      ({ connectionId } = await emulator.connectClient({ sessionId, token }));
      ({ streamId } = emulator.publishStream({ sessionId, connectionId, name: 'Ana' }));
    });
    afterAll(() => emulator.close());

    it('createSession (routed by default, always with location, relayed) and client tokens that clients join with', async () => {
      expect(emulator.session(sessionId)).toMatchObject({
        apiKey: emulator.application.applicationId,
        mediaMode: 'routed',
        archiveMode: 'manual',
        location: '',
      });
      expect(emulator.session(sessionId)?.connections[0]).toMatchObject({ role: 'moderator', data: 'name=Ana' });
      expect(emulator.session(sessionId)?.streams[0]?.layoutClassList).toEqual(['focus']);
      const always = (await video['createSession']!({ mediaMode: 'disabled', archiveMode: 'always', location: '10.1.1.1' })) as { sessionId: string };
      expect(emulator.session(always.sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1' });
      const relayed = (await video['createSession']!({ mediaMode: 'enabled' })) as { sessionId: string };
      expect(emulator.session(relayed.sessionId)?.mediaMode).toBe('relayed');
      await emulator.connectClient({ sessionId: relayed.sessionId, token: video.generateClientToken(relayed.sessionId, { role: 'subscriber' }) });
      expect(emulator.session(relayed.sessionId)?.connections.map((c) => c.role)).toEqual(['subscriber']);
      await expect(emulator.connectClient({ sessionId: relayed.sessionId, token: video.generateClientToken(sessionId) })).rejects.toThrow(/minted for session/);
    });

    it('archives: start, get, search, layout, add/remove stream, stop, delete', async () => {
      const archive = (await video['startArchive']!(sessionId, {
        name: 'n',
        streamMode: 'manual',
        resolution: '1280x720',
        layout: { type: 'bestFit', screenshareType: 'pip' },
      })) as { id: string; status: string };
      expect(archive.status).toBe('started');
      await video['addArchiveStream']!(archive.id, streamId, true, false);
      expect(emulator.archive(archive.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      await video['removeArchiveStream']!(archive.id, streamId);
      expect(emulator.archive(archive.id)?.streams).toEqual([]);
      await video['updateArchiveLayout']!(archive.id, { type: 'custom', stylesheet: 'stream{}' });
      expect(emulator.archive(archive.id)?.layout).toEqual({ type: 'custom', stylesheet: 'stream{}' });
      expect(((await video['getArchive']!(archive.id)) as { id: string }).id).toBe(archive.id);
      expect(((await video['searchArchives']!()) as { count: number }).count).toBe(1);
      expect(((await video['searchArchives']!({ offset: 0, count: 5, sessionId })) as { items: { id: string }[] }).items.map((a) => a.id)).toEqual([
        archive.id,
      ]);
      expect(((await video['stopArchive']!(archive.id)) as { status: string }).status).toBe('stopped');
      emulator.clock.advance(5000);
      await video['deleteArchive']!(archive.id);
      await expect(video['getArchive']!(archive.id)).rejects.toThrow(/404/);
    });

    it('broadcasts: start (trailing slash), get, search, add/remove stream, update, stop', async () => {
      const broadcast = (await video['startBroadcast']!(sessionId, {
        outputs: { hls: {}, rtmp: [{ serverUrl: 'rtmp://x/app', streamName: 'k' }] },
        streamMode: 'manual',
      })) as { id: string; status: string };
      expect(broadcast.status).toBe('started');
      await video['addStreamToBroadcast']!(broadcast.id, streamId);
      expect(emulator.broadcast(broadcast.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
      await video['removeStreamFromBroadcast']!(broadcast.id, streamId);
      await video['updateBroadcast']!({ broadcastId: broadcast.id, addStream: streamId, hasAudio: true, hasVideo: false });
      expect(emulator.broadcast(broadcast.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
      expect(((await video['getBroadcast']!(broadcast.id)) as { id: string }).id).toBe(broadcast.id);
      expect(((await video['searchBroadcasts']!({ sessionId })) as { count: number }).count).toBe(1);
      expect(((await video['stopBroadcast']!(broadcast.id)) as { status: string }).status).toBe('stopped');
    });

    it('signals, stream info, class lists, moderation, DTMF', async () => {
      await video['sendSignal']!({ type: 'chat', data: 'all' }, sessionId);
      await video['sendSignal']!({ type: 'chat', data: 'one' }, sessionId, connectionId);
      expect(emulator.signals({ sessionId, connectionId }).map((s) => s.data)).toEqual(['all', 'one']);
      expect(((await video['getStreamInfo']!(sessionId)) as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([streamId]);
      expect(((await video['getStreamInfo']!(sessionId, streamId)) as { id: string }).id).toBe(streamId);
      await video['setStreamClassLists']!(sessionId, [{ id: streamId, layoutClassList: ['full'] }]);
      expect(emulator.session(sessionId)?.streams[0]?.layoutClassList).toEqual(['full']);
      await video['muteStream']!(sessionId, streamId);
      expect(emulator.session(sessionId)?.streams[0]?.audioMuted).toBe(true);
      const details = {
        id: emulator.application.applicationId,
        status: 'ACTIVE',
        name: `OpenTok emulator ${emulator.application.applicationId}`,
        environment: 'standard',
        createdAt: expect.any(Number),
      };
      expect(await video['forceMuteAll']!(sessionId, [streamId])).toEqual(details);
      expect(emulator.session(sessionId)?.forceMute).toEqual({ active: true, excludedStreamIds: [streamId] });
      await video['muteAllStreams']!(sessionId, true);
      expect(await video['disableForceMute']!(sessionId)).toEqual(details);
      expect(emulator.session(sessionId)?.forceMute.active).toBe(false);
      await video['playDTMF']!(sessionId, '1p2');
      await video['playDTMF']!(sessionId, '#', connectionId);
      expect(emulator.session(sessionId)?.dtmf.map((d) => d.digits)).toEqual(['1p2', '#']);
    });

    it('SIP (both spellings), Audio Connector, captions, Experience Composer, disconnect', async () => {
      const token = () => video.generateClientToken(sessionId);
      const sip = (await video['initiateSIPCall']!(sessionId, {
        token: token(),
        sip: { uri: 'sip:u@example.com', from: '', secure: true, headers: { 'X-a': 'b' }, auth: { username: 'u', password: 'p' } },
      })) as { id: string; connectionId: string };
      expect(emulator.sipCall(sip.id)).toMatchObject({ uri: 'sip:u@example.com', secure: true, hasAuth: true });
      expect(emulator.sipCall(sip.id)?.from).toBeUndefined();
      const typo = (await video['intiateSIPCall']!(sessionId, { token: token(), sip: { uri: 'sip:v@example.com' } })) as { id: string };
      expect(emulator.sipCall(typo.id)?.status).toBe('started');
      const ws = (await video['connectToWebsocket']!(sessionId, token(), {
        uri: 'wss://example.com/ws',
        streams: [streamId],
        headers: { h: 'v' },
        audioRate: 16000,
      })) as { id: string };
      expect(emulator.audioConnection(ws.id)?.status).toBe('connected');
      await video['disconnectWebsocket']!(ws.id);
      expect(emulator.audioConnection(ws.id)?.status).toBe('stopped');
      const moderator = video.generateClientToken(sessionId, { role: 'moderator' });
      // Typed as the string 'true' | 'false' by @vonage/video, and sent as given.
      const { captionsId } = (await video['enableCaptions']!(sessionId, moderator, { languageCode: 'en-US', partialCaptions: 'false' })) as {
        captionsId: string;
      };
      expect(emulator.captions(captionsId)?.partialCaptions).toBe(false);
      // The service never served GET …/captions/{id} (the SDK deprecated getCaptionStatus for it): 404 here too.
      await expect(video['getCaptionStatus']!(captionsId)).rejects.toThrow();
      expect(emulator.captions(captionsId)?.status).toBe('started');
      await video['disableCaptions']!(captionsId);
      expect(emulator.captions(captionsId)?.status).toBe('stopped');
      const render = (await video['startExperienceComposerRender']!(sessionId, token(), {
        url: 'https://example.com',
        maxDuration: 1800,
        resolution: '1280x720',
        properties: { name: 'r' },
      })) as { id: string };
      expect(((await video['getExperienceComposerRender']!(render.id)) as { id: string }).id).toBe(render.id);
      expect(((await video['listExperienceComposerRenders']!({ count: 5 })) as { count: number }).count).toBe(1);
      await video['stopExperienceComposerRender']!(render.id);
      expect(emulator.render(render.id)?.status).toBe('stopped');
      await video['disconnectClient']!(sessionId, sip.connectionId);
      expect(emulator.sipCall(sip.id)?.status).toBe('ended');
    });

    it('maps refusals to errors: unknown IDs 404, a foreign key 403', async () => {
      await expect(video['stopArchive']!('nope')).rejects.toThrow(/404/);
      const { Video } = require(module) as VideoModule;
      const { generateKeyPairSync } = await import('node:crypto');
      const { privateKey } = generateKeyPairSync('rsa', {
        modulusLength: 2048,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
      });
      const stranger = new Video({ applicationId: emulator.application.applicationId, privateKey }, { videoHost: emulator.url });
      await expect(stranger['createSession']!()).rejects.toThrow(/403/);
      expect(emulator.requests.every((r) => r.headers['authorization'] === '[redacted]')).toBe(true);
      expect(version).toMatch(/^1\.(28|31)\./);
    });
  });
});
