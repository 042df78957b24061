/**
 * Every code sample of the classic Python SDK's README (Opentok-Python-SDK, "Usage" section), translated
 * line by line to the OpenTok facade and run against the emulator with simulated clients connected.
 * The Python sample is quoted above each translation. Each test checks what went over the wire (the
 * emulator's request log), what the facade returned and what the emulator's state became.
 * The whole file runs twice: with the OpenTok project's API key and secret, and with the Vonage
 * application's ID and private key; only what names the credentials (paths, token verifiers, the token
 * format) differs between the two runs.
 */
import { createEmulator, type LoggedRequest } from '@opentok/emulator';
import { CREDENTIAL_KINDS } from '@opentok/testing/emulator';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArchiveHandle, ArchiveModes, decodeSessionId, MediaModes, OpenTok, OutputModes, Roles, type SessionHandle, verifyToken } from '../src/index.js';

/** The client tokens of each kind: HS256 JWTs signed with the API secret, RS256 JWTs signed with the private key (header {"alg":"RS256","typ":"JWT"}). */
const tokenFormats = {
  project: /^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[\w-]+\.[\w-]+$/,
  application: /^eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9\.[\w-]+\.[\w-]+$/,
} as const;

for (const kind of CREDENTIAL_KINDS) {
  describe(`with ${kind} credentials`, () => {
    // One emulator per kind, so that neither run sees the other's state or clock advances.
    const emulator = createEmulator({ clock: { frozen: true } });
    const { apiKey, apiSecret } = emulator.project;
    const { applicationId, privateKey, publicKey } = emulator.application;
    if (privateKey === undefined) throw new Error("the emulator's demo application has no private key");
    const settings = { apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 };

    // opentok = OpenTok(api_key, api_secret), or for a Vonage application opentok = OpenTok(application_id, private_key)
    const opentok = kind === 'project' ? new OpenTok(apiKey, apiSecret, settings) : new OpenTok(applicationId, privateKey, settings);
    /** What verifies its tokens: the project's key and secret; the application's ID and public key (no private key needed). */
    const verifier = kind === 'project' ? emulator.project : { applicationId, publicKey };
    const project = `/v2/project/${opentok.client.projectId}`;

    /** The one request the last facade call made: method, path, query and parsed JSON (or form) body. */
    function lastRequest(): { method: string; path: string; query: string; body: unknown } {
      const request: LoggedRequest | undefined = emulator.requests.at(-1);
      if (!request) throw new Error('the emulator received no request');
      const type = request.headers['content-type'] ?? '';
      const body =
        request.body === ''
          ? undefined
          : type.startsWith('application/json')
            ? JSON.parse(request.body)
            : Object.fromEntries(new URLSearchParams(request.body));
      return { method: request.method, path: request.path, query: request.query, body };
    }

    /** A routed session with two simulated clients connected, each publishing a camera stream. */
    async function liveSession(options: Parameters<OpenTok['createSession']>[0] = { mediaMode: MediaModes.routed }) {
      const session = await opentok.createSession(options);
      const clients = [];
      for (const name of ['Alice', 'Bob']) {
        const token = await session.generateToken({ role: Roles.publisher, data: `name=${name}` });
        const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token });
        const { streamId } = emulator.publishStream({ sessionId: session.sessionId, connectionId, name });
        clients.push({ connectionId, streamId });
      }
      return { session, sessionId: session.sessionId, clients: clients as [(typeof clients)[0], (typeof clients)[0]] };
    }

    beforeEach(() => emulator.clearRequests());

    it(`opentok = OpenTok(${kind === 'project' ? 'api_key, api_secret' : 'application_id, private_key'})  → a client of that kind, authenticating with its header`, async () => {
      expect(opentok.client).toMatchObject({ credentialKind: kind, projectId: kind === 'project' ? apiKey : applicationId });
      expect([opentok.apiKey, opentok.applicationId]).toEqual(kind === 'project' ? [apiKey, undefined] : [undefined, applicationId]);
      const { sessionId } = await opentok.createSession();
      expect(emulator.requests.at(-1)?.headers).toEqual({
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': opentok.client.userAgent,
        [kind === 'project' ? 'x-opentok-auth' : 'authorization']: '[redacted]',
      });
      expect(decodeSessionId(sessionId).apiKey).toBe(opentok.client.projectId); // the session belongs to the project or application
    });

    describe('Creating sessions', () => {
      it('session = opentok.create_session()  → a relayed session', async () => {
        const session = await opentok.createSession();
        expect(lastRequest()).toEqual({ method: 'POST', path: '/session/create', query: '', body: { 'p2p.preference': 'enabled', archiveMode: 'manual' } });
        expect({ ...session }).toEqual({ sessionId: expect.stringMatching(/^[12]_MX4/), mediaMode: 'relayed', archiveMode: 'manual', e2ee: false });
        expect(emulator.session(session.sessionId)).toMatchObject({ mediaMode: 'relayed', archiveMode: 'manual' });
      });

      it('opentok.create_session(media_mode=MediaModes.routed)  → a routed session', async () => {
        const session = await opentok.createSession({ mediaMode: MediaModes.routed });
        expect(lastRequest().body).toEqual({ 'p2p.preference': 'disabled', archiveMode: 'manual' });
        expect(session.mediaMode).toBe('routed');
        expect(emulator.session(session.sessionId)?.mediaMode).toBe('routed');
      });

      it("opentok.create_session(location=u'12.34.56.78')  → a location hint", async () => {
        const session = await opentok.createSession({ location: '12.34.56.78' });
        expect(lastRequest().body).toEqual({ 'p2p.preference': 'enabled', archiveMode: 'manual', location: '12.34.56.78' });
        expect(session.location).toBe('12.34.56.78');
        expect(emulator.session(session.sessionId)?.location).toBe('12.34.56.78');
      });

      it('opentok.create_session(media_mode=MediaModes.routed, archive_mode=ArchiveModes.always)  → archived automatically', async () => {
        const session = await opentok.createSession({ mediaMode: MediaModes.routed, archiveMode: ArchiveModes.always });
        expect(lastRequest().body).toEqual({ 'p2p.preference': 'disabled', archiveMode: 'always' });
        expect(session).toMatchObject({ mediaMode: 'routed', archiveMode: 'always' });
        // The first client to connect starts the automatic archive.
        const token = await session.generateToken();
        const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token });
        emulator.publishStream({ sessionId: session.sessionId, connectionId });
        const list = await opentok.listArchives({ sessionId: session.sessionId });
        expect(list.items.map((archive) => archive.status)).toEqual(['started']);
      });

      it('session_id = session.session_id', async () => {
        const session = await opentok.createSession();
        const sessionId: string = session.sessionId;
        expect(emulator.session(sessionId)?.sessionId).toBe(sessionId);
      });
    });

    describe('Generating tokens', () => {
      let session: SessionHandle;
      beforeAll(async () => {
        session = await opentok.createSession({ mediaMode: MediaModes.routed });
      });

      it('token = opentok.generate_token(session_id)  → a publisher token for 24 hours', async () => {
        const token = await opentok.generateToken(session.sessionId);
        const now = Math.floor(Date.now() / 1000);
        expect(token).toMatch(tokenFormats[kind]);
        const grant = await verifyToken(verifier, token);
        expect(grant).toMatchObject({
          sessionId: session.sessionId,
          role: 'publisher',
          format: 'jwt',
          credentialKind: kind,
          projectId: opentok.client.projectId,
        });
        expect(grant.expireTime).toBeGreaterThanOrEqual(now + 86_400 - 5);
        expect(grant.expireTime).toBeLessThanOrEqual(now + 86_400 + 5);
        await expect(emulator.connectClient({ sessionId: session.sessionId, token })).resolves.toEqual({ connectionId: expect.any(String) });
        expect(emulator.requests).toEqual([]); // minted offline
      });

      it('token = session.generate_token()', async () => {
        const token = await session.generateToken();
        expect(token).toMatch(tokenFormats[kind]);
        expect(await verifyToken(verifier, token)).toMatchObject({ sessionId: session.sessionId, role: 'publisher', credentialKind: kind });
      });

      it("session.generate_token(role=Roles.moderator, expire_time=int(time.time()) + 10, data=u'name=Johnny', initial_layout_class_list=[u'focus'])", async () => {
        const expireTime = Math.floor(Date.now() / 1000) + 10;
        const token = await session.generateToken({ role: Roles.moderator, expireTime, data: 'name=Johnny', initialLayoutClassList: ['focus'] });
        expect(await verifyToken(verifier, token)).toMatchObject({
          sessionId: session.sessionId,
          role: 'moderator',
          expireTime,
          data: 'name=Johnny',
          initialLayoutClassList: ['focus'],
        });
        const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token });
        expect(emulator.session(session.sessionId)?.connections.find((c) => c.connectionId === connectionId)).toMatchObject({
          role: 'moderator',
          data: 'name=Johnny',
        });
      });

      it('the same through opentok.generate_token(session_id, role=..., ...) and with Roles.publisher_only', async () => {
        const token = await opentok.generateToken(session.sessionId, { role: Roles.publisherOnly, data: 'name=Ana' });
        expect(await verifyToken(verifier, token)).toMatchObject({ role: 'publisheronly', data: 'name=Ana' });
      });
    });

    describe('Working with archives', () => {
      it("archive = opentok.start_archive(session_id, name=u'Important Presentation')  → then archive.id", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation' });
        expect(lastRequest()).toEqual({ method: 'POST', path: `${project}/archive`, query: '', body: { sessionId, name: 'Important Presentation' } });
        expect(archive).toMatchObject({
          id: expect.any(String),
          sessionId,
          name: 'Important Presentation',
          status: 'started',
          outputMode: 'composed',
          hasAudio: true,
          hasVideo: true,
        });
        expect(emulator.archive(archive.id)).toMatchObject({ status: 'started', name: 'Important Presentation' });
        await archive.stop();
      });

      it("opentok.start_archive(session_id, name=u'Important Presentation', has_video=False)  → audio only", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', hasVideo: false });
        expect(lastRequest().body).toEqual({ sessionId, name: 'Important Presentation', hasVideo: false });
        expect(archive).toMatchObject({ hasAudio: true, hasVideo: false });
        await archive.stop();
      });

      it("opentok.start_archive(session_id, name=u'Important Presentation', output_mode=OutputModes.individual)", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', outputMode: OutputModes.individual });
        expect(lastRequest().body).toEqual({ sessionId, name: 'Important Presentation', outputMode: 'individual' });
        expect(archive.outputMode).toBe('individual');
        await archive.stop();
      });

      it("opentok.start_archive(session_id, name=u'Important Presentation', resolution='1280x720')", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', resolution: '1280x720' });
        expect(lastRequest().body).toEqual({ sessionId, name: 'Important Presentation', resolution: '1280x720' });
        expect(archive.resolution).toBe('1280x720');
        await archive.stop();
      });

      it("opentok.start_archive(session_id, name=u'Important Presentation', layout={'type': 'pip'})", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId, { name: 'Important Presentation', layout: { type: 'pip' } });
        expect(lastRequest().body).toEqual({ sessionId, name: 'Important Presentation', layout: { type: 'pip' } });
        expect(emulator.archive(archive.id)).toMatchObject({ layout: { type: 'pip' } });
        await archive.stop();
      });

      it('opentok.stop_archive(archive_id) and archive.stop()', async () => {
        const first = await liveSession();
        const archive = await opentok.startArchive(first.sessionId);
        const stopped = await opentok.stopArchive(archive.id);
        expect(lastRequest()).toMatchObject({ method: 'POST', path: `${project}/archive/${archive.id}/stop` });
        expect(stopped).toMatchObject({ id: archive.id, status: 'stopped' });

        const second = await liveSession();
        const other = await opentok.startArchive(second.sessionId);
        const alsoStopped = await other.stop();
        expect(lastRequest()).toMatchObject({ method: 'POST', path: `${project}/archive/${other.id}/stop` });
        expect(alsoStopped).toMatchObject({ id: other.id, status: 'stopped' });
        expect(emulator.archive(other.id)?.status).toBe('stopped');
      });

      it('archive = opentok.get_archive(archive_id)  → available with a URL once processed', async () => {
        const { sessionId } = await liveSession();
        const { id } = await (await opentok.startArchive(sessionId, { name: 'get me' })).stop();
        emulator.clock.advance(10_000);
        const archive = await opentok.getArchive(id);
        expect(lastRequest()).toEqual({ method: 'GET', path: `${project}/archive/${id}`, query: '', body: undefined });
        expect(archive).toMatchObject({ id, name: 'get me', status: 'available', url: expect.stringMatching(/^https?:\/\//) });
      });

      it('opentok.delete_archive(archive_id) and archive.delete()', async () => {
        const { sessionId } = await liveSession();
        const first = await (await opentok.startArchive(sessionId)).stop();
        await opentok.deleteArchive(first.id);
        expect(lastRequest()).toEqual({ method: 'DELETE', path: `${project}/archive/${first.id}`, query: '', body: undefined });
        expect(emulator.archive(first.id)).toBeUndefined();

        const second = await (await opentok.startArchive(sessionId)).stop();
        await second.delete();
        expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${project}/archive/${second.id}` });
        await expect(opentok.getArchive(second.id)).rejects.toMatchObject({ status: 404 });
      });

      it('archive_list = opentok.list_archives(); archive_list.total; archive_list.items; offset/count; session_id', async () => {
        const { sessionId } = await liveSession();
        const started: ArchiveHandle[] = [];
        for (const name of ['one', 'two', 'three']) started.push(await (await opentok.startArchive(sessionId, { name })).stop());

        const all = await opentok.listArchives();
        expect(lastRequest()).toMatchObject({ method: 'GET', path: `${project}/archive`, query: '' });
        expect(all.total).toBeGreaterThanOrEqual(3);
        expect(all.items.length).toBe(Math.min(all.total, 50));

        const page = await opentok.listArchives({ offset: 1, count: 2 });
        expect(lastRequest().query).toBe('offset=1&count=2');
        expect(page.items.map((a) => a.id)).toEqual(all.items.slice(1, 3).map((a) => a.id));

        const ofSession = await opentok.listArchives({ sessionId });
        expect(lastRequest().query).toBe(`sessionId=${sessionId}`);
        expect(ofSession.total).toBe(3);
        expect([...ofSession].map((archive) => archive.name)).toEqual(['three', 'two', 'one']);
        expect(ofSession.items.map((archive) => archive.id)).toEqual(started.map((archive) => archive.id).reverse());
      });

      it("opentok.set_archive_layout(archive_id, 'horizontalPresentation') and 'custom' with a stylesheet", async () => {
        const { sessionId } = await liveSession();
        const archive = await opentok.startArchive(sessionId);
        await opentok.setArchiveLayout(archive.id, 'horizontalPresentation');
        expect(lastRequest()).toEqual({ method: 'PUT', path: `${project}/archive/${archive.id}/layout`, query: '', body: { type: 'horizontalPresentation' } });
        expect(emulator.archive(archive.id)).toMatchObject({ layout: { type: 'horizontalPresentation' } });

        const stylesheet = 'stream.instructor {position: absolute; width: 100%;  height:50%;}';
        await opentok.setArchiveLayout(archive.id, 'custom', stylesheet);
        expect(lastRequest().body).toEqual({ type: 'custom', stylesheet });
        expect(emulator.archive(archive.id)).toMatchObject({ layout: { type: 'custom', stylesheet } });

        await opentok.setArchiveLayout(archive.id, 'bestFit', undefined, 'verticalPresentation');
        expect(lastRequest().body).toEqual({ type: 'bestFit', screenshareType: 'verticalPresentation' });
        await archive.stop();
      });
    });

    describe('Sending signals', () => {
      it("payload = {'type': 'type', 'data': 'data'}; opentok.signal(session_id, payload) and to one connection", async () => {
        const { sessionId, clients } = await liveSession();
        const payload = { type: 'type', data: 'data' };
        await opentok.signal(sessionId, payload);
        expect(lastRequest()).toEqual({ method: 'POST', path: `${project}/session/${sessionId}/signal`, query: '', body: payload });
        for (const { connectionId } of clients) {
          expect(emulator.signals({ sessionId, connectionId })).toEqual([
            { type: 'type', data: 'data', connectionId, target: 'session', at: emulator.clock.now() },
          ]);
        }

        await opentok.signal(sessionId, { type: 'chat', data: 'just you' }, clients[1].connectionId);
        expect(lastRequest().path).toBe(`${project}/session/${sessionId}/connection/${clients[1].connectionId}/signal`);
        expect(emulator.signals({ sessionId, connectionId: clients[1].connectionId }).map((s) => s.data)).toEqual(['data', 'just you']);
        expect(emulator.signals({ sessionId, connectionId: clients[0].connectionId }).map((s) => s.data)).toEqual(['data']);
      });
    });

    describe('Working with streams', () => {
      it('stream = opentok.get_stream(session_id, stream_id); stream.id, stream.videoType, stream.name, stream.layoutClassList', async () => {
        const { sessionId, clients } = await liveSession();
        const stream = await opentok.getStream(sessionId, clients[0].streamId);
        expect(lastRequest()).toEqual({ method: 'GET', path: `${project}/session/${sessionId}/stream/${clients[0].streamId}`, query: '', body: undefined });
        expect(stream).toEqual({ id: clients[0].streamId, videoType: 'camera', name: 'Alice', layoutClassList: [] });
      });

      it('stream_list = opentok.list_streams(session_id); stream_list.count', async () => {
        const { sessionId, clients } = await liveSession();
        const streamList = await opentok.listStreams(sessionId);
        expect(lastRequest()).toMatchObject({ method: 'GET', path: `${project}/session/${sessionId}/stream` });
        expect(streamList.total).toBe(2);
        expect(streamList.items.map((s) => s.id).sort()).toEqual(clients.map((c) => c.streamId).sort());
      });

      it("opentok.set_stream_class_lists(session_id, [{'id': stream_id, 'layoutClassList': ['focus']}])", async () => {
        const { sessionId, clients } = await liveSession();
        const payload = [
          { id: clients[0].streamId, layoutClassList: ['focus'] },
          { id: clients[1].streamId, layoutClassList: ['small', 'right'] },
        ];
        await opentok.setStreamClassLists(sessionId, payload);
        expect(lastRequest()).toEqual({ method: 'PUT', path: `${project}/session/${sessionId}/stream`, query: '', body: { items: payload } });
        expect((await opentok.getStream(sessionId, clients[1].streamId)).layoutClassList).toEqual(['small', 'right']);
      });
    });

    describe('Force disconnect', () => {
      it('opentok.force_disconnect(session_id, connection_id)', async () => {
        const { sessionId, clients } = await liveSession();
        await opentok.forceDisconnect(sessionId, clients[0].connectionId);
        expect(lastRequest()).toEqual({
          method: 'DELETE',
          path: `${project}/session/${sessionId}/connection/${clients[0].connectionId}`,
          query: '',
          body: undefined,
        });
        expect(emulator.session(sessionId)?.connections.map((c) => c.connectionId)).toEqual([clients[1].connectionId]);
        await expect(opentok.forceDisconnect(sessionId, clients[0].connectionId)).rejects.toMatchObject({ status: 404 });
      });
    });

    describe('Moderation (newer README sections)', () => {
      it('opentok.mute_stream(session_id, stream_id); mute_all(session_id, excluded_stream_ids); disable_force_mute(session_id)', async () => {
        const { sessionId, clients } = await liveSession();
        await opentok.muteStream(sessionId, clients[0].streamId);
        expect(lastRequest()).toMatchObject({ method: 'POST', path: `${project}/session/${sessionId}/stream/${clients[0].streamId}/mute` });
        expect(emulator.session(sessionId)?.streams.find((s) => s.streamId === clients[0].streamId)?.audioMuted).toBe(true);

        await opentok.muteAll(sessionId, [clients[1].streamId]);
        expect(lastRequest()).toEqual({
          method: 'POST',
          path: `${project}/session/${sessionId}/mute`,
          query: '',
          body: { active: true, excludedStreamIds: [clients[1].streamId] },
        });
        expect(emulator.session(sessionId)?.forceMute).toEqual({ active: true, excludedStreamIds: [clients[1].streamId] });

        await opentok.disableForceMute(sessionId);
        expect(lastRequest().body).toEqual({ active: false });
        expect(emulator.session(sessionId)?.forceMute.active).toBe(false);
      });
    });

    describe('SIP', () => {
      it('sip_call = opentok.dial(session_id, token, sip_uri, options) with every option', async () => {
        const { session, sessionId, clients } = await liveSession();
        const token = await session.generateToken();
        const sipUri = 'sip:user@sip.partner.com;transport=tls';
        const options = {
          from: 'from@example.com',
          // The Python README uses {'headerKey': 'headerValue'}; the API only takes custom headers named X-...
          headers: { 'X-headerKey': 'headerValue' },
          auth: { username: 'username', password: 'password' },
          secure: true,
          video: true,
          observeForceMute: true,
          streams: [clients[0].streamId, clients[1].streamId],
        };
        const sipCall = await opentok.dial(sessionId, token, sipUri, options);
        expect(lastRequest()).toEqual({
          method: 'POST',
          path: `${project}/dial`,
          query: '',
          body: { sessionId, token, sip: { uri: sipUri, ...options, auth: { username: 'username', password: '[redacted]' } } },
        });
        expect(sipCall).toEqual({ id: expect.any(String), connectionId: expect.any(String), streamId: expect.any(String) });
        expect(emulator.sipCall(sipCall.id)).toMatchObject({ sessionId, connectionId: sipCall.connectionId });
        expect(emulator.session(sessionId)?.connections.map((c) => c.connectionId)).toContain(sipCall.connectionId);
      });

      it('opentok.play_dtmf(session_id, digits) and to one connection', async () => {
        const { sessionId, clients } = await liveSession();
        await opentok.playDtmf(sessionId, '1713p#');
        expect(lastRequest()).toEqual({ method: 'POST', path: `${project}/session/${sessionId}/play-dtmf`, query: '', body: { digits: '1713p#' } });
        await opentok.playDtmf(sessionId, '9', clients[0].connectionId);
        expect(lastRequest().path).toBe(`${project}/session/${sessionId}/connection/${clients[0].connectionId}/play-dtmf`);
        expect(emulator.session(sessionId)?.dtmf.map(({ connectionId, digits }) => ({ connectionId, digits }))).toEqual([
          { connectionId: undefined, digits: '1713p#' },
          { connectionId: clients[0].connectionId, digits: '9' },
        ]);
      });
    });

    describe('Working with broadcasts', () => {
      it('broadcast = opentok.start_broadcast(session_id, options) with HLS and two RTMP outputs; get; set layout; stop', async () => {
        const { sessionId } = await liveSession();
        const options = {
          layout: { type: 'custom', stylesheet: 'the layout stylesheet (only used with type == custom)' },
          maxDuration: 5400,
          hasAudio: true,
          hasVideo: true,
          outputs: {
            hls: {},
            rtmp: [
              { id: 'foo', serverUrl: 'rtmp://myfooserver/myfooapp', streamName: 'myfoostream' },
              { id: 'bar', serverUrl: 'rtmp://mybarserver/mybarapp', streamName: 'mybarstream' },
            ],
          },
          resolution: '640x480',
        } as const;
        const broadcast = await opentok.startBroadcast(sessionId, options);
        expect(lastRequest()).toEqual({ method: 'POST', path: `${project}/broadcast`, query: '', body: { sessionId, ...options } });
        expect(broadcast).toMatchObject({ id: expect.any(String), sessionId, status: 'started', maxDuration: 5400, resolution: '640x480' });
        expect(broadcast.broadcastUrls.hls).toMatch(/^https?:\/\//);
        expect(broadcast.broadcastUrls.rtmp.map(({ id, serverUrl, streamName }) => ({ id, serverUrl, streamName }))).toEqual(options.outputs.rtmp);

        // broadcast = opentok.get_broadcast(broadcast_id), after the outputs went live
        emulator.clock.advance(5_000);
        const live = await opentok.getBroadcast(broadcast.id);
        expect(lastRequest()).toEqual({ method: 'GET', path: `${project}/broadcast/${broadcast.id}`, query: '', body: undefined });
        expect(live.broadcastUrls).toMatchObject({
          hlsStatus: 'live',
          rtmp: [
            { id: 'foo', status: 'live' },
            { id: 'bar', status: 'live' },
          ],
        });

        // opentok.set_broadcast_layout(broadcast_id, 'custom', 'stream.instructor {position: absolute; width: 100%;  height:50%;}')
        const stylesheet = 'stream.instructor {position: absolute; width: 100%;  height:50%;}';
        await opentok.setBroadcastLayout(broadcast.id, 'custom', stylesheet);
        expect(lastRequest()).toEqual({ method: 'PUT', path: `${project}/broadcast/${broadcast.id}/layout`, query: '', body: { type: 'custom', stylesheet } });
        expect(emulator.broadcast(broadcast.id)).toMatchObject({ layout: { type: 'custom', stylesheet } });

        // broadcast = opentok.stop_broadcast(broadcast_id)
        const stopped = await opentok.stopBroadcast(broadcast.id);
        expect(lastRequest()).toMatchObject({ method: 'POST', path: `${project}/broadcast/${broadcast.id}/stop` });
        expect(stopped).toMatchObject({ id: broadcast.id, status: 'stopped' });
        expect(emulator.broadcast(broadcast.id)?.status).toBe('stopped');
      });
    });
  });
}
