/**
 * Every callback family is delivered with the body spec/callbacks.md gives (field names, types, which IDs),
 * for an OpenTok project and a Vonage application: one scenario per kind drives each family through its
 * state changes on a frozen clock, and a table checks every body that was POSTed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallbackGroup } from '../src/index.js';
import { type Received, receiver } from './callback-receiver.js';
import { KINDS, type Kind, type KindHarness, kindHarness } from './kind-harness.js';

const T0 = 1_700_000_000_000;
const ALL = 'http://127.0.0.1:9/all';
const RENDER_STATUS = 'https://app.example.com/render-status';
const CAPTIONS_STATUS = 'https://app.example.com/captions-status';

type Json = Record<string, unknown>;

/** The spec's session-monitoring example (callbacks §3, `BLOGSM:`) with our IDs: same keys, same order, same types. */
function specConnectionCreated(sessionId: string, projectId: string, timestamp: number, connection: { id: string; createdAt: number; data: string }): string {
  return `{"sessionId":"${sessionId}","projectId":"${projectId}","event":"connectionCreated","timestamp":${timestamp},"connection":{"id":"${connection.id}","createdAt":${connection.createdAt},"data":"${connection.data}"}}`;
}

/** What one scenario produced: the deliveries, and the IDs and REST answers the expected bodies are built from. */
interface Run {
  readonly kind: Kind;
  readonly h: KindHarness;
  readonly received: Received[];
  readonly ids: Record<string, string>;
  /** REST JSON of a resource right after each of its changes (the body of its status callback, minus `event`). */
  readonly snapshots: Record<'archive' | 'broadcast' | 'render', Json[]>;
}

async function scenario(kind: Kind): Promise<Run> {
  const { fetch, received } = receiver();
  const h = kindHarness(kind, { callbacks: [{ url: ALL }], callbackFetch: fetch }, T0);
  const { emulator, base } = h;
  const at = (ms: number) => emulator.clock.advance(T0 + ms - emulator.clock.now());
  const ids: Record<string, string> = {};
  const snapshots: Run['snapshots'] = { archive: [], broadcast: [], render: [] };

  // Session monitoring: simulated clients of session A.
  const a = await h.session();
  ids['a'] = a;
  at(1000);
  ids['c1'] = (await emulator.connectClient({ sessionId: a, token: await h.token(a, 'publisher', 'name=Ana') })).connectionId;
  at(2000);
  ids['s1'] = emulator.publishStream({ sessionId: a, connectionId: ids['c1'], videoType: 'screen', name: 'Ana screen' }).streamId;
  at(3000);
  emulator.unpublishStream({ sessionId: a, streamId: ids['s1'] });
  at(4000);
  ids['s2'] = emulator.publishStream({ sessionId: a, connectionId: ids['c1'], name: 'Ana' }).streamId;
  at(5000);
  ids['c2'] = (await emulator.connectClient({ sessionId: a, token: await h.token(a, 'moderator') })).connectionId;
  at(6000);
  await h.call('DELETE', `${base}/session/${a}/connection/${ids['c1']}`);
  at(7000);
  emulator.disconnectClient({ sessionId: a, connectionId: ids['c2'], reason: 'networkDisconnected' });

  // Archive, broadcast, SIP, render and captions in session B.
  at(10_000);
  const b = await h.session();
  ids['b'] = b;
  const join = async () => (await emulator.connectClient({ sessionId: b, token: await h.token(b) })).connectionId;
  ids['c3'] = await join();
  emulator.publishStream({ sessionId: b, connectionId: ids['c3'], name: 'c3' });
  const archive = await h.call<Json & { id: string }>('POST', `${base}/archive`, { sessionId: b, name: 'Important Presentation' });
  ids['archive'] = archive.id;
  const snapArchive = async () => snapshots.archive.push(await h.call<Json>('GET', `${base}/archive/${archive.id}`));
  await snapArchive(); // started
  at(11_000);
  emulator.disconnectClient({ sessionId: b, connectionId: ids['c3'] });
  await snapArchive(); // paused
  at(12_000);
  ids['c4'] = await join();
  emulator.publishStream({ sessionId: b, connectionId: ids['c4'], name: 'c4' }); // somebody publishes again
  await snapArchive(); // started again
  at(20_000);
  await h.call('POST', `${base}/archive/${archive.id}/stop`);
  await snapArchive(); // stopped
  at(25_000);
  await snapArchive(); // available

  const broadcast = await h.call<{ id: string }>('POST', `${base}/broadcast`, {
    sessionId: b,
    outputs: { hls: {}, rtmp: [{ id: 'yt', serverUrl: 'rtmps://example.com/live', streamName: 'key' }] },
  });
  ids['broadcast'] = broadcast.id;
  const snapBroadcast = async () => snapshots.broadcast.push(await h.call<Json>('GET', `${base}/broadcast/${broadcast.id}`));
  await snapBroadcast(); // started, outputs connecting
  at(27_000);
  await snapBroadcast(); // outputs live
  at(30_000);
  await h.call('POST', `${base}/broadcast/${broadcast.id}/stop`);
  await snapBroadcast(); // stopped

  at(31_000);
  const sip = await h.call<{ id: string; connectionId: string; streamId: string }>('POST', `${base}/dial`, {
    sessionId: b,
    token: await h.token(b, 'publisher', 'sip=1'),
    sip: { uri: 'sip:alice@sip.example.com', observeForceMute: true },
  });
  Object.assign(ids, { sip: sip.id, sipConnection: sip.connectionId, sipStream: sip.streamId });
  at(32_000);
  await h.call('POST', `${base}/session/${b}/stream/${sip.streamId}/mute`);
  at(33_000);
  await h.call('DELETE', `${base}/session/${b}/connection/${sip.connectionId}`);

  at(40_000);
  const render = await h.call<Json & { id: string }>('POST', `${base}/render`, {
    sessionId: b,
    token: await h.token(b),
    url: 'https://example.com/composer',
    statusCallbackUrl: RENDER_STATUS,
  });
  ids['render'] = render.id;
  snapshots.render.push(await h.call<Json>('GET', `${base}/render/${render.id}`));
  at(45_000);
  await h.call('DELETE', `${base}/render/${render.id}`);
  snapshots.render.push(await h.call<Json>('GET', `${base}/render/${render.id}`));

  at(50_000);
  const { captionsId } = await h.call<{ captionsId: string }>('POST', `${base}/captions`, {
    sessionId: b,
    token: await h.token(b, 'moderator'),
    statusCallbackUrl: CAPTIONS_STATUS,
  });
  ids['captions'] = captionsId;
  at(53_000);
  await h.call('POST', `${base}/captions/${captionsId}/stop`);

  await emulator.flushCallbacks();
  return { kind, h, received, ids, snapshots };
}

/** The owner as status callbacks of archives and broadcasts name it (spec: callbacks §4, §5, gotcha 2). */
function asStatusCallback(run: Run, json: Json, event: string): Json {
  const { projectId, partnerId, ...rest } = json;
  if (run.kind === 'application') return { ...rest, applicationId: run.h.ownerId, event };
  return { ...rest, projectId, ...(partnerId === undefined ? {} : { partnerId: Number(partnerId) }), event };
}

const envelope = (run: Run, sessionId: string, event: string, timestamp: number) => ({ sessionId, projectId: run.h.ownerId, event, timestamp });

/** One row per family: the bodies expected, in order, for the session they concern. */
const ROWS: readonly { group: CallbackGroup; session: 'a' | 'b'; expected: (run: Run) => Json[] }[] = [
  {
    group: 'session',
    session: 'a',
    expected: (run) => [envelope(run, run.ids['a']!, 'sessionCreated', T0 + 1000), envelope(run, run.ids['a']!, 'sessionDestroyed', T0 + 7000)],
  },
  {
    group: 'connection',
    session: 'a',
    expected: (run) => {
      const c1 = { id: run.ids['c1'], createdAt: T0 + 1000, data: 'name=Ana' };
      const c2 = { id: run.ids['c2'], createdAt: T0 + 5000, data: '' };
      const a = run.ids['a']!;
      return [
        { ...envelope(run, a, 'connectionCreated', T0 + 1000), connection: c1 },
        { ...envelope(run, a, 'connectionCreated', T0 + 5000), connection: c2 },
        { ...envelope(run, a, 'connectionDestroyed', T0 + 6000), connection: c1, reason: 'forceDisconnected' },
        { ...envelope(run, a, 'connectionDestroyed', T0 + 7000), connection: c2, reason: 'networkDisconnected' },
      ];
    },
  },
  {
    group: 'stream',
    session: 'a',
    expected: (run) => {
      const connection = { id: run.ids['c1'], createdAt: T0 + 1000, data: 'name=Ana' };
      const s1 = { id: run.ids['s1'], connection, createdAt: T0 + 2000, name: 'Ana screen', videoType: 'screen' };
      const s2 = { id: run.ids['s2'], connection, createdAt: T0 + 4000, name: 'Ana', videoType: 'camera' };
      const a = run.ids['a']!;
      return [
        { ...envelope(run, a, 'streamCreated', T0 + 2000), stream: s1 },
        { ...envelope(run, a, 'streamDestroyed', T0 + 3000), stream: s1, reason: 'clientDisconnected' },
        { ...envelope(run, a, 'streamCreated', T0 + 4000), stream: s2 },
        { ...envelope(run, a, 'streamDestroyed', T0 + 6000), stream: s2, reason: 'forceDisconnected' },
      ];
    },
  },
  { group: 'archive', session: 'b', expected: (run) => run.snapshots.archive.map((json) => asStatusCallback(run, json, 'archive')) },
  { group: 'broadcast', session: 'b', expected: (run) => run.snapshots.broadcast.map((json) => asStatusCallback(run, json, 'broadcast')) },
  {
    group: 'sip',
    session: 'b',
    expected: (run) => {
      const call = { id: run.ids['sip'], connectionId: run.ids['sipConnection'], streamId: run.ids['sipStream'], createdAt: T0 + 31_000 };
      const b = run.ids['b']!;
      return [
        { ...envelope(run, b, 'sipCallCreated', T0 + 31_000), call },
        { ...envelope(run, b, 'sipCallMuteForced', T0 + 32_000), call },
        { ...envelope(run, b, 'sipCallDestroyed', T0 + 33_000), call },
      ];
    },
  },
  { group: 'render', session: 'b', expected: (run) => run.snapshots.render.map((json) => ({ ...json, event: 'render' })) },
  {
    group: 'captions',
    session: 'b',
    expected: (run) => {
      const owner = run.kind === 'application' ? { applicationId: run.h.ownerId } : { projectId: run.h.ownerId };
      const common = {
        captionId: run.ids['captions'],
        ...owner,
        sessionId: run.ids['b'],
        createdAt: T0 + 50_000,
        languageCode: 'en-US',
        provider: 'aws-transcribe',
      };
      return [
        { ...common, status: 'started', updatedAt: T0 + 50_000, duration: 0 },
        { ...common, status: 'stopped', updatedAt: T0 + 53_000, duration: 3, reason: 'Stopped by request' },
      ];
    },
  },
];

describe.each(KINDS)('callback bodies for an OpenTok %s', (kind) => {
  let run: Run;
  beforeAll(async () => {
    run = await scenario(kind);
  });

  it.each(ROWS)('$group: every state change, with the body the spec gives', ({ group, session, expected }) => {
    const deliveries = run.h.emulator.callbackDeliveries().filter((d) => d.group === group && d.url === ALL);
    const sent = deliveries.map((d) => JSON.parse(d.body) as Json).filter((body) => body['sessionId'] === run.ids[session]);
    expect(sent).toEqual(expected(run));
    // Delivered as logged: same bytes, JSON, in order.
    const posted = run.received.filter((r) => r.url === ALL && deliveries.some((d) => d.body === r.body));
    expect(posted.map((r) => r.body)).toEqual(deliveries.map((d) => d.body));
    for (const r of posted) expect(r.headers.get('content-type')).toBe('application/json');
    expect(
      deliveries.every((d) => d.status === 'delivered' && d.attempts === 1 && d.responseStatus === 200 && d.projectId === run.h.ownerId && !d.signed),
    ).toBe(true);
  });

  it('connectionCreated has exactly the shape of the spec example (key order and types)', () => {
    const body = run.h.emulator.callbackDeliveries().find((d) => d.group === 'connection' && d.event === 'created')!.body;
    expect(body).toBe(specConnectionCreated(run.ids['a']!, run.h.ownerId, T0 + 1000, { id: run.ids['c1']!, createdAt: T0 + 1000, data: 'name=Ana' }));
  });

  it('status callbacks carry the documented fields and types', () => {
    const [archive] = run.h.emulator
      .callbackDeliveries()
      .filter((d) => d.group === 'archive')
      .map((d) => JSON.parse(d.body) as Json);
    expect(archive).toMatchObject({
      id: run.ids['archive'],
      event: 'archive',
      status: 'started',
      sessionId: run.ids['b'],
      name: 'Important Presentation',
      reason: '',
      url: null,
    });
    for (const field of ['createdAt', 'updatedAt', 'duration', 'size']) expect(Number.isInteger(archive![field]), field).toBe(true);
    if (kind === 'project') expect(archive).toMatchObject({ partnerId: Number(run.h.ownerId), projectId: run.h.ownerId });
    else expect(archive).not.toHaveProperty('partnerId');
    const statuses = (group: string) =>
      run.h.emulator
        .callbackDeliveries()
        .filter((d) => d.group === group && d.url === ALL)
        .map((d) => (JSON.parse(d.body) as Json)['status']);
    expect(statuses('archive')).toEqual(['started', 'paused', 'started', 'stopped', 'available']);
    expect(statuses('broadcast')).toEqual(['started', 'started', 'stopped']);
    expect(statuses('render')).toEqual(['started', 'stopped']);
    expect(statuses('captions')).toEqual(['started', 'stopped']);
  });

  it('renders and captions also POST every status to their statusCallbackUrl', () => {
    for (const [group, url] of [
      ['render', RENDER_STATUS],
      ['captions', CAPTIONS_STATUS],
    ] as const) {
      const own = run.h.emulator.callbackDeliveries().filter((d) => d.url === url);
      expect(own.map((d) => d.group)).toEqual([group, group]);
      expect(own.every((d) => d.registrationId === undefined && d.status === 'delivered')).toBe(true);
      const registered = run.h.emulator.callbackDeliveries().filter((d) => d.group === group && d.url === ALL);
      expect(own.map((d) => d.body)).toEqual(registered.map((d) => d.body));
      expect(run.received.filter((r) => r.url === url)).toHaveLength(2);
    }
  });

  it('server-side participants (SIP, render) join and leave like clients, with their token data', () => {
    const b = run.ids['b'];
    const created = run.h.emulator
      .callbackDeliveries()
      .filter((d) => d.group === 'connection' && d.event === 'created')
      .map((d) => JSON.parse(d.body) as Json & { connection: Json });
    expect(created.find((body) => body.sessionId === b && body.connection['id'] === run.ids['sipConnection'])?.connection['data']).toBe('sip=1');
  });
});
