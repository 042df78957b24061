/**
 * Replays the exact requests the official SDKs sent (captured in ../shared/vectors/requests, copied to
 * test/vectors): Python 2.10, Python 3.13 and opentok-node 2.23.1, byte for byte (body, headers, query),
 * with a fresh X-OPENTOK-AUTH and the placeholder IDs swapped for live ones. Each must get the exact
 * success status that SDK requires (wire contract §11.10).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { authToken, type Harness, harness } from './helpers.js';

interface Captured {
  readonly method: string;
  readonly url?: string;
  readonly path?: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const VECTOR_SESSION = '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg';
const load = (name: string) => JSON.parse(readFileSync(new URL(`./vectors/${name}.json`, import.meta.url), 'utf8')) as { requests: Record<string, Captured> };

/** The status each operation must answer with (what the SDK that sent it checks for). */
const EXPECTED: Record<string, number> = {
  create_session: 200,
  createSession: 200,
  start_archive: 200,
  start_archive_full: 200,
  startArchive: 200,
  stop_archive: 200,
  stopArchive: 200,
  get_archive: 200,
  getArchive: 200,
  get_archives: 200,
  listArchives: 200,
  delete_archive: 204,
  deleteArchive: 204,
  add_archive_stream: 204,
  remove_archive_stream: 204,
  addArchiveStream: 204,
  removeArchiveStream: 204,
  set_archive_layout: 200,
  setArchiveLayout: 200,
  start_broadcast: 200,
  startBroadcast: 200,
  stop_broadcast: 200,
  stopBroadcast: 200,
  get_broadcast: 200,
  getBroadcast: 200,
  listBroadcasts: 200,
  set_broadcast_layout: 200,
  setBroadcastLayout: 200,
  add_broadcast_stream: 204,
  addBroadcastStream: 204,
  removeBroadcastStream: 204,
  signal: 204,
  signal_connection: 204,
  send_signal: 204,
  signalSession: 204,
  signalConnection: 204,
  force_disconnect: 204,
  forceDisconnect: 204,
  get_stream: 200,
  getStream: 200,
  list_streams: 200,
  listStreams: 200,
  set_stream_class_lists: 200,
  setStreamClassLists: 200,
  mute_all: 200,
  disable_force_mute: 200,
  mute_stream: 200,
  forceMuteStream: 200,
  forceMuteAll: 200,
  disableForceMute: 200,
  dial: 200,
  play_dtmf: 200,
  playDTMFSession: 200,
  playDTMFConnection: 200,
  start_render: 202,
  startRender: 202,
  getRender: 200,
  list_renders: 200,
  listRenders: 200,
  stop_render: 200,
  stopRender: 200,
  connect_audio_to_websocket: 200,
  websocketConnect: 200,
  start_captions: 202,
  startCaptions: 202,
  stop_captions: 202,
  stopCaptions: 202,
};

/**
 * The fields the official SDKs send that the service does not know (it ignores them; the emulator warns, and
 * refuses them in strict mode): the Python SDK 3.13's mute all spells `excludedStreamIds` as `excludedStreams`, so
 * the streams it means to spare are muted too. Every other captured request is clean.
 */
const UNKNOWN: Record<string, string> = {
  'python-3.13.0 mute_all': 'unknown field "excludedStreams" in POST /v2/project/{apiKey}/session/{sessionId}/mute',
};

/** A project with the vectors' API key, a live routed session and whatever the request refers to. */
async function stage(name: string, captured: Captured, strict = false): Promise<{ h: Harness; swap: (text: string) => string }> {
  const h = harness({ projects: [{ apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' }], clock: { frozen: true }, strict });
  const text = `${captured.url ?? captured.path} ${captured.body}`;
  const { sessionId, connectionId, streamId } = await h.live();
  const ids: Record<string, string> = {
    STID: streamId,
    SID1: streamId,
    S: streamId,
    S1: streamId,
    CID: connectionId,
    TOKEN: await h.token(sessionId, 'moderator'),
  };
  ids['S2'] = h.emulator.publishStream({ sessionId, connectionId }).streamId;
  if (/\bAID\b/.test(text)) {
    const { id } = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, streamMode: 'manual' });
    if (/delete/i.test(name)) {
      await h.call('POST', `${h.base}/archive/${id}/stop`);
      h.emulator.clock.advance(5000);
    }
    if (/remove/i.test(name)) await h.call('PATCH', `${h.base}/archive/${id}/streams`, { addStream: streamId });
    ids['AID'] = id;
  }
  if (/\bBID\b/.test(text)) {
    const { id } = await h.call<{ id: string }>('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} }, streamMode: 'manual' });
    if (/remove/i.test(name)) await h.call('PATCH', `${h.base}/broadcast/${id}/streams`, { addStream: streamId });
    ids['BID'] = id;
  }
  if (/\bRID\b/.test(text))
    ids['RID'] = (await h.call<{ id: string }>('POST', `${h.base}/render`, { sessionId, token: ids['TOKEN'], url: 'https://example.com' })).id;
  if (/\bCAP(ID)?\b/.test(text)) {
    const { captionsId } = await h.call<{ captionsId: string }>('POST', `${h.base}/captions`, { sessionId, token: ids['TOKEN'] });
    ids['CAP'] = captionsId;
    ids['CAPID'] = captionsId;
  }
  const swap = (value: string) =>
    value
      .split(VECTOR_SESSION)
      .join(sessionId)
      .replace(/\b(AID|BID|STID|SID1|S1|S2|S|CID|TOKEN|RID|CAPID|CAP)\b/g, (id) => ids[id] ?? id);
  return { h, swap };
}

/** Replays a captured request against a staged emulator (strict or not). */
async function replay(name: string, captured: Captured, strict = false): Promise<{ h: Harness; response: Response; text: string; path: string }> {
  const { h, swap } = await stage(name, captured, strict);
  const headers = new Headers();
  for (const [key, value] of Object.entries(captured.headers)) {
    if (/^(host|content-length|connection|accept-encoding)$/i.test(key)) continue;
    headers.set(key, value);
  }
  headers.set('X-OPENTOK-AUTH', await authToken(h.client));
  const path = swap(captured.url ?? captured.path ?? '');
  const body = captured.body === '' ? undefined : new TextEncoder().encode(swap(captured.body));
  const response = await h.emulator.fetch(`http://127.0.0.1${path}`, { method: captured.method, headers, ...(body === undefined ? {} : { body }) });
  return { h, response, text: await response.text(), path };
}

describe.each(['python-2.10.0', 'python-3.13.0', 'opentok-node-2.23.1'])('requests captured from %s', (sdk) => {
  const { requests } = load(sdk);
  it.each(Object.entries(requests))('%s gets its exact success status', async (name, captured) => {
    const { h, response, text, path } = await replay(name, captured);
    expect(response.status, `${captured.method} ${path} -> ${text}`).toBe(EXPECTED[name]);
    if (response.status !== 204 && text !== '') {
      const type = response.headers.get('content-type');
      expect(type === 'application/json' || (name === 'create_session' && sdk === 'python-2.10.0' && type === 'text/xml')).toBe(true);
    }
    const unknown = UNKNOWN[`${sdk} ${name}`];
    expect(response.headers.get('x-emulator-warning')).toBe(unknown ?? null);
    expect(h.emulator.requests.at(-1)?.warnings).toEqual(unknown === undefined ? undefined : [unknown]);
  });

  it.each(Object.entries(requests))('%s passes strict mode unless it sends a field the service does not know', async (name, captured) => {
    const { response, text } = await replay(name, captured, true);
    const unknown = UNKNOWN[`${sdk} ${name}`];
    if (unknown === undefined) expect(response.status, text).toBe(EXPECTED[name]);
    else expect([response.status, JSON.parse(text)]).toEqual([400, { code: 400, message: expect.stringContaining(unknown) as unknown }]);
  });
});

describe('vectors are complete', () => {
  it('every captured operation has an expected status', () => {
    const names = ['python-2.10.0', 'python-3.13.0', 'opentok-node-2.23.1'].flatMap((sdk) => Object.keys(load(sdk).requests));
    expect(names.filter((n) => EXPECTED[n] === undefined)).toEqual([]);
    expect(createEmulator().project.apiKey).toBe('10000001');
  });
});
