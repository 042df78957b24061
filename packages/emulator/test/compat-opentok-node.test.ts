/**
 * The official opentok-node SDK (npm `opentok` 2.23.2) against the emulator over loopback HTTP, for
 * every operation it offers, in both of its modes: an OpenTok project (API key + secret: HS256
 * `X-OPENTOK-AUTH`, T1 and HS256 client tokens) and a Vonage application (UUID + PKCS#8 PEM as the
 * "secret": RS256 `Authorization: Bearer`, RS256 client tokens). Its only failure is its own documented
 * bug: `getStream` cannot parse a JSON body (wire contract §1.5).
 */
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.js';
import { answerCallbacks } from './helpers.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenTok = require('opentok') as new (key: string, secret: string, env: string | { apiUrl: string }) => Record<string, (...args: unknown[]) => unknown>;

type Sdk = Record<string, (...args: unknown[]) => unknown>;

/** Calls a callback-style SDK method; resolves with the values after `err`. */
function call(sdk: Sdk, method: string, ...args: unknown[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    sdk[method]!.call(sdk, ...args, (error: unknown, ...values: unknown[]) => (error ? reject(error as Error) : resolve(values)));
  });
}

/** How the SDK is constructed in each mode, and what differs between them. */
const MODES = [
  {
    mode: 'OpenTok project',
    credentials: (emulator: Emulator): [string, string] => [emulator.project.apiKey, emulator.project.apiSecret],
    wrongSecret: () => 'wrong-secret',
    authHeader: 'x-opentok-auth',
    // What `generateToken(…, true)` makes: T1 tokens exist for projects only (in Vonage mode it signs an RS256 JWT).
    t1Format: 'T1',
  },
  {
    mode: 'Vonage application',
    credentials: (emulator: Emulator): [string, string] => [emulator.application.applicationId, emulator.application.privateKey!],
    wrongSecret: () =>
      generateKeyPairSync('rsa', {
        modulusLength: 2048,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
      }).privateKey,
    authHeader: 'authorization',
    t1Format: 'JWT',
  },
] as const;

describe.each(MODES)('opentok-node 2.23.2 against the emulator over HTTP, as an $mode', ({ credentials, wrongSecret, authHeader, t1Format }) => {
  let emulator: Emulator;
  let sdk: Sdk;
  let sessionId: string;
  let connectionId: string;
  let streamId: string;

  beforeAll(async () => {
    emulator = createEmulator({ callbackFetch: answerCallbacks });
    const { url } = await emulator.listen({ port: 0 });
    sdk = new OpenTok(...credentials(emulator), url);
    const [session] = (await call(sdk, 'createSession', { mediaMode: 'routed' })) as [{ sessionId: string }];
    sessionId = session.sessionId;
    const token = sdk['generateToken']!.call(sdk, sessionId, { role: 'moderator', data: 'name=Ana' }) as string;
    ({ connectionId } = await emulator.connectClient({ sessionId, token }));
    ({ streamId } = emulator.publishStream({ sessionId, connectionId, name: 'Ana' }));
  });
  afterAll(() => emulator.close());

  it('createSession (routed, always, relayed with location) and tokens of both formats that clients can join with', async () => {
    const [always] = (await call(sdk, 'createSession', { mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1' })) as [{ sessionId: string }];
    expect(emulator.session(always.sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1' });
    const [relayed] = (await call(sdk, 'createSession', {})) as [{ sessionId: string }];
    expect(emulator.session(relayed.sessionId)?.mediaMode).toBe('relayed');
    const jwt = sdk['generateToken']!.call(sdk, relayed.sessionId, { role: 'subscriber', initialLayoutClassList: ['focus'] }) as string;
    const t1 = sdk['generateToken']!.call(sdk, relayed.sessionId, { role: 'publisher', data: 'x=1' }, true) as string;
    expect(t1.startsWith('T1==') ? 'T1' : 'JWT').toBe(t1Format);
    await emulator.connectClient({ sessionId: relayed.sessionId, token: jwt });
    await emulator.connectClient({ sessionId: relayed.sessionId, token: t1 });
    expect(emulator.session(relayed.sessionId)?.connections.map((c) => [c.role, c.data])).toEqual([
      ['subscriber', ''],
      ['publisher', 'x=1'],
    ]);
  });

  it('archives: start, get, list, layout, add/remove stream, stop, delete', async () => {
    const [archive] = (await call(sdk, 'startArchive', sessionId, {
      name: 'n',
      resolution: '1280x720',
      streamMode: 'manual',
      multiArchiveTag: 't',
      layout: { type: 'bestFit', screenshareType: 'pip' },
    })) as [{ id: string; status: string }];
    expect(archive.status).toBe('started');
    await call(sdk, 'addArchiveStream', archive.id, streamId, { hasAudio: true, hasVideo: false });
    expect(emulator.archive(archive.id)?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
    await call(sdk, 'removeArchiveStream', archive.id, streamId);
    await call(sdk, 'setArchiveLayout', archive.id, 'custom', 'stream{}', undefined);
    expect(emulator.archive(archive.id)?.layout).toEqual({ type: 'custom', stylesheet: 'stream{}' });
    const [got] = (await call(sdk, 'getArchive', archive.id)) as [{ id: string; createdAt: number }];
    expect(got.id).toBe(archive.id);
    const [items, total] = (await call(sdk, 'listArchives', { sessionId })) as [{ id: string }[], number];
    expect(total).toBe(1);
    expect(items[0]!.id).toBe(archive.id);
    const [stopped] = (await call(sdk, 'stopArchive', archive.id)) as [{ status: string }];
    expect(stopped.status).toBe('stopped');
    emulator.clock.advance(5000);
    const [available] = (await call(sdk, 'getArchive', archive.id)) as [{ status: string; url: string }];
    expect(available.status).toBe('available');
    expect((await fetch(available.url)).status).toBe(200);
    await call(sdk, 'deleteArchive', archive.id);
    await expect(call(sdk, 'getArchive', archive.id)).rejects.toThrow('Archive not found');
  });

  it('broadcasts: start, get, list, layout, add/remove stream, stop', async () => {
    const [broadcast] = (await call(sdk, 'startBroadcast', sessionId, {
      outputs: { hls: { lowLatency: true }, rtmp: [{ id: 'foo', serverUrl: 'rtmp://x/app', streamName: 'k' }] },
      maxDuration: 5400,
      resolution: '1280x720',
      streamMode: 'manual',
    })) as [{ id: string; status: string }];
    expect(broadcast.status).toBe('started');
    await call(sdk, 'addBroadcastStream', broadcast.id, streamId, { hasAudio: true, hasVideo: true });
    expect(emulator.broadcast(broadcast.id)?.streams).toHaveLength(1);
    await call(sdk, 'removeBroadcastStream', broadcast.id, streamId);
    await call(sdk, 'setBroadcastLayout', broadcast.id, 'bestFit', null, 'pip');
    expect(emulator.broadcast(broadcast.id)?.layout).toEqual({ type: 'bestFit', screenshareType: 'pip' });
    const [got] = (await call(sdk, 'getBroadcast', broadcast.id)) as [{ id: string }];
    expect(got.id).toBe(broadcast.id);
    const [list, total] = (await call(sdk, 'listBroadcasts', { sessionId })) as [{ id: string }[], number];
    expect([list.length, total]).toEqual([1, 1]);
    const [stopped] = (await call(sdk, 'stopBroadcast', broadcast.id)) as [{ status: string }];
    expect(stopped.status).toBe('stopped');
  });

  it('signals, streams, class lists, moderation, DTMF', async () => {
    await call(sdk, 'signal', sessionId, null, { type: 'chat', data: 'all' });
    await call(sdk, 'signal', sessionId, connectionId, { type: 'chat', data: 'one' });
    expect(emulator.signals({ sessionId, connectionId }).map((s) => s.data)).toEqual(['all', 'one']);
    const [streams] = (await call(sdk, 'listStreams', sessionId)) as [{ id: string }[]];
    expect(streams.map((s) => s.id)).toEqual([streamId]);
    // SDK bug (wire contract §1.5): getStream JSON.parses an already-parsed body.
    await expect(call(sdk, 'getStream', sessionId, streamId)).rejects.toThrow(/is not valid JSON/);
    await call(sdk, 'setStreamClassLists', sessionId, [{ id: streamId, layoutClassList: ['focus'] }]);
    expect(emulator.session(sessionId)?.streams[0]?.layoutClassList).toEqual(['focus']);
    await call(sdk, 'forceMuteStream', sessionId, streamId);
    await call(sdk, 'forceMuteAll', sessionId, { excludedStreamIds: [streamId] });
    expect(emulator.session(sessionId)?.forceMute).toEqual({ active: true, excludedStreamIds: [streamId] });
    await call(sdk, 'disableForceMute', sessionId);
    expect(emulator.session(sessionId)?.forceMute.active).toBe(false);
    await call(sdk, 'playDTMF', sessionId, null, '1p2');
    await call(sdk, 'playDTMF', sessionId, connectionId, '#');
    expect(emulator.session(sessionId)?.dtmf.map((d) => d.digits)).toEqual(['1p2', '#']);
    await expect(call(sdk, 'signal', sessionId, 'nope', { type: 't', data: 'd' })).rejects.toThrow();
  });

  it('SIP dial, Audio Connector, renders, captions, callbacks, force disconnect', async () => {
    const token = sdk['generateToken']!.call(sdk, sessionId) as string;
    const [sip] = (await call(sdk, 'dial', sessionId, token, 'sip:u@example.com', {
      headers: { 'X-a': 'b' },
      auth: { username: 'u', password: 'p' },
      secure: true,
      from: 'me',
      video: true,
      observeForceMute: true,
    })) as [{ id: string; connectionId: string }];
    expect(emulator.sipCall(sip.id)).toMatchObject({ uri: 'sip:u@example.com', secure: true, video: true, observeForceMute: true });
    const [ws] = (await call(sdk, 'websocketConnect', sessionId, token, 'wss://example.com/ws', { streams: [streamId], headers: { h: 'v' } })) as [
      { id: string; connectionId: string },
    ];
    expect(emulator.audioConnection(ws.id)?.status).toBe('connected');
    const [render] = (await call(sdk, 'startRender', { sessionId, token, url: 'https://example.com', statusCallbackUrl: 'https://example.com/cb' })) as [
      { id: string; status: string },
    ];
    expect(render.status).toBe('started');
    const [got] = (await call(sdk, 'getRender', render.id)) as [{ id: string }];
    expect(got.id).toBe(render.id);
    const [renders] = (await call(sdk, 'listRenders', { count: 5 })) as [{ count: number }];
    expect(renders.count).toBe(1);
    await call(sdk, 'stopRender', render.id);
    expect(emulator.render(render.id)?.status).toBe('stopped');
    const statuses = (await emulator.flushCallbacks())
      .filter((d) => d.group === 'render' && d.url === 'https://example.com/cb')
      .map((d) => JSON.parse(d.body) as { id: string; status: string });
    expect(statuses).toEqual([expect.objectContaining({ id: render.id, status: 'started' }), expect.objectContaining({ id: render.id, status: 'stopped' })]);
    const moderator = sdk['generateToken']!.call(sdk, sessionId, { role: 'moderator' }) as string;
    const [captionsId] = (await call(sdk, 'startCaptions', sessionId, moderator, {})) as [string];
    expect(emulator.captions(captionsId)?.status).toBe('started');
    await call(sdk, 'stopCaptions', captionsId);
    expect(emulator.captions(captionsId)?.status).toBe('stopped');
    const [callback] = (await call(sdk, 'registerCallback', { group: 'connection', event: 'created', url: 'https://example.com/cb' })) as [{ id: string }];
    const [callbacks] = (await call(sdk, 'listCallbacks', {})) as [{ id: string }[]];
    expect(callbacks.map((c) => c.id)).toEqual([callback.id]);
    await call(sdk, 'unregisterCallback', callback.id);
    await call(sdk, 'forceDisconnect', sessionId, sip.connectionId);
    expect(emulator.sipCall(sip.id)?.status).toBe('ended');
  });

  it('maps the emulator errors the way the SDK expects (404 archive, 409 stop, 403 bad secret)', async () => {
    await expect(call(sdk, 'stopArchive', 'nope')).rejects.toThrow('Archive not found');
    const [archive] = (await call(sdk, 'startArchive', sessionId, {})) as [{ id: string }];
    await call(sdk, 'stopArchive', archive.id);
    await expect(call(sdk, 'stopArchive', archive.id)).rejects.toThrow('Conflict. You are trying to stop an archive that is not recording.');
    const wrong = new OpenTok(credentials(emulator)[0], wrongSecret(), emulator.url);
    await expect(call(wrong, 'createSession', {})).rejects.toThrow('Failed to createSession. Error: Invalid API key or secret');
  });

  it(`authenticated every call with ${authHeader} (logged as [redacted]) and owns its sessions by ${authHeader === 'authorization' ? 'application ID' : 'API key'}`, () => {
    expect(emulator.requests.length).toBeGreaterThan(30);
    expect(emulator.requests.filter((r) => r.headers[authHeader] !== '[redacted]')).toEqual([]);
    expect(emulator.session(sessionId)?.apiKey).toBe(credentials(emulator)[0]);
  });
});
