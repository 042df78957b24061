import { inspect } from 'node:util';
import { createEmulator } from '@opentok/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ArchiveModes,
  AuthenticationError,
  ConflictError,
  MediaModes,
  NotFoundError,
  OpenTok,
  OutputModes,
  Roles,
  ValidationError,
  verifyToken,
} from '../src/index.js';

const emulator = createEmulator({ clock: { frozen: true } });
const { apiKey, apiSecret } = emulator.project;
const settings = { apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 } as const;
const opentok = new OpenTok({ apiKey, apiSecret, ...settings });

afterEach(() => emulator.clearRequests());

async function routedSessionWithClient() {
  const session = await opentok.createSession({ mediaMode: 'routed' });
  const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token: await session.generateToken() });
  const { streamId } = emulator.publishStream({ sessionId: session.sessionId, connectionId });
  return { sessionId: session.sessionId, connectionId, streamId };
}

describe('new OpenTok(...)', () => {
  it('takes a config object or (apiKey, apiSecret, options) and builds the same client', async () => {
    const positional = new OpenTok(apiKey, apiSecret, { ...settings, timeout: 5_000, userAgent: 'my-app/1.0' });
    expect(positional.apiKey).toBe(apiKey);
    expect(positional.client).toMatchObject({ apiKey, apiUrl: emulator.url, timeout: 5_000, userAgent: expect.stringMatching(/ my-app\/1\.0$/) });
    expect(opentok.client).toMatchObject({ apiKey, apiUrl: emulator.url, timeout: 20_000 });
    const session = await positional.createSession();
    expect(emulator.requests.at(-1)?.headers['user-agent']).toMatch(/^OpenTok-TS-SDK\/\S+ .* my-app\/1\.0$/);
    expect(emulator.session(session.sessionId)).toBeDefined();
  });

  it('signs requests with the given secret (a wrong secret gets the API 403)', async () => {
    const wrong = new OpenTok(apiKey, 'not-the-secret', settings);
    await expect(wrong.createSession()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it.each([
    ['no secret', () => new OpenTok({ apiKey, apiUrl: emulator.url }), /^apiSecret must be a non-empty string/],
    ['an empty key', () => new OpenTok('', apiSecret), /^apiKey must be a non-empty string .*\(got ""\)$/],
    ['a string as options (the classic Node apiUrl argument)', () => new OpenTok(apiKey, apiSecret, 'https://api.opentok.com' as never), /^options must be an object of client settings .*\(got "https:\/\/api\.opentok\.com"\)$/],
    ['a bad apiUrl', () => new OpenTok(apiKey, apiSecret, { apiUrl: 'ftp://x' }), /^apiUrl must use http or https/],
  ])('refuses %s with a ValidationError', (_, make, message) => {
    const saved = process.env['OPENTOK_API_SECRET'];
    delete process.env['OPENTOK_API_SECRET'];
    try {
      expect(make).toThrow(ValidationError);
      expect(make).toThrow(message);
    } finally {
      if (saved !== undefined) process.env['OPENTOK_API_SECRET'] = saved;
    }
  });
});

describe('the secret never leaks', () => {
  it('not through JSON.stringify, util.inspect (even showHidden), String() or the keys of the facade', () => {
    const facade = new OpenTok(apiKey, apiSecret, settings);
    const views = [
      JSON.stringify(facade),
      inspect(facade, { showHidden: true, depth: Infinity, getters: true }),
      String(facade),
      JSON.stringify(Object.getOwnPropertyNames(facade).map((name) => [name, (facade as unknown as Record<string, unknown>)[name]])),
    ];
    for (const view of views) expect(view).not.toContain(apiSecret);
    expect(JSON.parse(views[0] as string)).toEqual({ client: opentok.client.toJSON(), apiKey });
  });

  it('not through the handles, their JSON or an error', async () => {
    const { sessionId } = await routedSessionWithClient();
    const session = await opentok.createSession();
    const archive = await opentok.startArchive(sessionId);
    const list = await opentok.listArchives({ sessionId });
    const error = await opentok.stopArchive('no-such-archive').catch((e: unknown) => e);
    for (const value of [session, archive, list, error]) {
      expect(JSON.stringify(value)).not.toContain(apiSecret);
      expect(inspect(value, { showHidden: true, depth: Infinity })).not.toContain(apiSecret);
    }
    await archive.stop();
  });
});

describe('handles', () => {
  it('a session is the Session data, frozen, with a non-enumerable generateToken bound to its ID', async () => {
    const session = await opentok.createSession({ mediaMode: MediaModes.routed, archiveMode: ArchiveModes.always, location: '10.1.1.1' });
    expect(Object.keys(session)).toEqual(['sessionId', 'mediaMode', 'archiveMode', 'e2ee', 'location']);
    expect(JSON.parse(JSON.stringify(session))).toEqual({ ...session });
    expect(Object.isFrozen(session)).toBe(true);
    const token = await session.generateToken({ role: Roles.subscriber });
    expect(await verifyToken(emulator.project, token)).toMatchObject({ sessionId: session.sessionId, role: 'subscriber' });
    const untyped = await session.generateToken({ sessionId: 'another-session' } as never);
    expect((await verifyToken(emulator.project, untyped)).sessionId).toBe(session.sessionId); // the handle's own ID wins
  });

  it('an archive is the Archive data plus stop() and delete(), which act on its ID', async () => {
    const { sessionId } = await routedSessionWithClient();
    const archive = await opentok.startArchive(sessionId, { name: 'handle', outputMode: OutputModes.composed });
    expect(Object.keys(archive)).not.toContain('stop');
    expect(Object.isFrozen(archive)).toBe(true);
    expect(JSON.parse(JSON.stringify(archive))).toEqual(JSON.parse(JSON.stringify({ ...archive })));
    const stopped = await archive.stop();
    expect(stopped).toMatchObject({ id: archive.id, status: 'stopped', name: 'handle' });
    expect(archive.status).toBe('started'); // the original is an immutable snapshot
    await expect(archive.stop()).rejects.toBeInstanceOf(ConflictError);
    await stopped.delete();
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v2/project/${apiKey}/archive/${archive.id}`, status: 204 });
    await expect(opentok.getArchive(archive.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('an archive list has items, total, is iterable, and its items are handles', async () => {
    const { sessionId } = await routedSessionWithClient();
    await (await opentok.startArchive(sessionId, { name: 'a' })).stop();
    const started = await opentok.startArchive(sessionId, { name: 'b' });
    const list = await opentok.listArchives({ sessionId });
    expect(list.total).toBe(2);
    expect(Object.keys(list)).toEqual(['items', 'total']);
    expect([...list].map((a) => a.name)).toEqual(['b', 'a']);
    expect(Object.isFrozen(list.items)).toBe(true);
    const [latest] = list.items;
    expect((await latest?.stop())?.id).toBe(started.id);
  });

  it('a broadcast is the Broadcast data plus stop(); listBroadcasts gives handles', async () => {
    const { sessionId } = await routedSessionWithClient();
    const broadcast = await opentok.startBroadcast(sessionId, { outputs: { hls: { lowLatency: true } } });
    const list = await opentok.listBroadcasts({ sessionId });
    expect(list.total).toBe(1);
    expect([...list].map((b) => b.id)).toEqual([broadcast.id]);
    expect(Object.keys(broadcast)).not.toContain('stop');
    const stopped = await list.items[0]?.stop();
    expect(stopped).toMatchObject({ id: broadcast.id, status: 'stopped' });
    await expect(broadcast.stop()).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('the remaining bindings send what the package functions send', () => {
  it('add/remove archive and broadcast streams in manual stream mode', async () => {
    const { sessionId, streamId } = await routedSessionWithClient();
    const archive = await opentok.startArchive(sessionId, { streamMode: 'manual' });
    await opentok.addArchiveStream(archive.id, streamId, { hasVideo: false });
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/v2/project/${apiKey}/archive/${archive.id}/streams`, status: 204 });
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ addStream: streamId, hasVideo: false });
    expect((await opentok.getArchive(archive.id)).streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
    await opentok.removeArchiveStream(archive.id, streamId);
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ removeStream: streamId });
    expect((await opentok.getArchive(archive.id)).streams).toEqual([]);

    const broadcast = await opentok.startBroadcast(sessionId, { outputs: { hls: {} }, streamMode: 'manual' });
    await opentok.addBroadcastStream(broadcast.id, streamId);
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ addStream: streamId });
    expect((await opentok.getBroadcast(broadcast.id)).streams).toEqual([{ streamId, hasAudio: true, hasVideo: true }]);
    await opentok.removeBroadcastStream(broadcast.id, streamId);
    expect((await opentok.getBroadcast(broadcast.id)).streams).toEqual([]);
    await broadcast.stop();
    await archive.stop();
  });

  it('listConnections and setBroadcastLayout', async () => {
    const { sessionId, connectionId } = await routedSessionWithClient();
    expect((await opentok.listConnections(sessionId)).items).toEqual([expect.objectContaining({ connectionId, connectionState: 'Connected' })]);
    const broadcast = await opentok.startBroadcast(sessionId, { outputs: { hls: {} } });
    await opentok.setBroadcastLayout(broadcast.id, 'bestFit', undefined, 'pip');
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ type: 'bestFit', screenshareType: 'pip' });
    await broadcast.stop();
  });
});

describe('bad input from untyped callers gets a ValidationError before any request', () => {
  const sessionId = '1_MX4xMDAwMDAwMX5-MTcwMDAwMDAwMDAwMH5hYmN-fg';
  it.each([
    ['generateToken options that are a string', () => opentok.generateToken(sessionId, 'moderator' as never), /^options must be an object \(got "moderator"\)$/],
    ['startArchive options that are null', () => opentok.startArchive(sessionId, null as never), /^options must be an object \(got null\)$/],
    ['a signal payload that is a string', () => opentok.signal(sessionId, 'hello' as never), /^payload must be an object \(got "hello"\)$/],
    ['dial options that are an array', () => opentok.dial(sessionId, 'token', 'sip:a@b.c', [] as never), /^options must be an object \(got an array of 0\)$/],
    ['an unknown layout type', () => opentok.setArchiveLayout('archive-id', 'grid' as never), /^layout\.type must be one of /],
    ['a stylesheet without custom', () => opentok.setBroadcastLayout('broadcast-id', 'pip', 'a {}'), /^layout\.stylesheet is only allowed with type "custom"/],
    ['a missing archive ID', () => opentok.getArchive(undefined as never), /^archiveId must be a string \(got undefined\)$/],
    ['a path in a connection ID', () => opentok.forceDisconnect(sessionId, '../x'), /^connectionId must be an ID/],
    ['an excluded stream list that is a string', () => opentok.muteAll(sessionId, 'abc' as never), /^excludedStreamIds must be an array of strings/],
  ])('%s', async (_, call, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect(emulator.requests).toEqual([]);
  });
});

describe('constants', () => {
  it('name the API strings, frozen', () => {
    expect(Roles).toEqual({ publisher: 'publisher', subscriber: 'subscriber', moderator: 'moderator', publisherOnly: 'publisheronly' });
    expect(MediaModes).toEqual({ relayed: 'relayed', routed: 'routed' });
    expect(ArchiveModes).toEqual({ manual: 'manual', always: 'always' });
    expect(OutputModes).toEqual({ composed: 'composed', individual: 'individual' });
    for (const constant of [Roles, MediaModes, ArchiveModes, OutputModes]) expect(Object.isFrozen(constant)).toBe(true);
  });
});
