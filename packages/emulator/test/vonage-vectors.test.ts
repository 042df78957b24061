/**
 * Replays every request @vonage/video 1.31.1 sent (captured in ../shared/vectors/requests, copied to
 * test/vectors): body, headers and query byte for byte, with a fresh RS256 `Authorization: Bearer` JWT of
 * the captured claim set (fresh iat, exp and jti) and the placeholder IDs swapped for live ones. Each
 * gets the status the emulator must answer with: the service's success status, the 400 of the two
 * calls the recording made with arguments the service refuses, or the 404 of the route the service never served.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_APPLICATION, type Emulator } from '../src/index.js';
import { applicationCall, clientToken, nowS, rs256 } from './bearer.js';

interface Captured {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly auth: { readonly scheme: string; readonly headerJson: string; readonly claimsJson: string };
}

const { calls } = JSON.parse(readFileSync(new URL('./vectors/vonage-video-1.31.1.json', import.meta.url), 'utf8')) as {
  calls: { call: string; requests: Captured[] }[];
};

/** The application ID of the recording: the emulator serves it with the demo key pair. */
const APP = '29f760f8-7ce1-46c9-ade3-f2dedee4ed5f';
const application = { applicationId: APP, privateKey: DEMO_APPLICATION.privateKey };
const VECTOR_SESSION = '1_MX4yOWY3NjBmOC03Y2UxLTQ2YzktYWRlMy1mMmRlZGVlNGVkNWZ-fjE2OTk5OTk5OTUwMDB-QWJDZEVmR2hJaktsTW5PcFFyU3RVdld4fn5-';
const PLACEHOLDERS = {
  archive: 'b40ef09b-3811-4726-b508-e41a0f96c68f',
  broadcast: '1748b7070a81464c9759c46ad10d3734',
  stream: '8b732909-0a06-46a2-8ea8-074e64d43422',
  connection: 'C1',
  websocket: 'w1',
  captions: 'c1',
  render: 'r1',
};

/** The status each call must get (what @vonage/video's 2xx check needs; 400 where the service refuses the recorded arguments). */
const EXPECTED: Record<string, number> = {
  'createSession()': 200,
  'createSession(routed,always,location)': 200,
  'createSession(relayed)': 200,
  'startArchive(S)': 200,
  'startArchive(S,{name,outputMode})': 200,
  stopArchive: 200,
  getArchive: 200,
  'searchArchives()': 200,
  'searchArchives({offset:0,count:5,sessionId})': 200,
  deleteArchive: 204,
  updateArchiveLayout: 200,
  addArchiveStream: 204,
  // hasAudio and hasVideo both false: a stream with no media (the service errors on it at start too).
  'addArchiveStream(false,false)': 400,
  removeArchiveStream: 204,
  startBroadcast: 200,
  stopBroadcast: 200,
  getBroadcast: 200,
  'searchBroadcasts()': 200,
  // `{broadcastId, hasAudio}` names no stream to add or remove (the SDK's own doc example).
  'updateBroadcast({hasAudio})': 400,
  addStreamToBroadcast: 204,
  removeStreamFromBroadcast: 204,
  'sendSignal(session)': 204,
  'sendSignal(connection)': 204,
  disconnectClient: 204,
  muteStream: 200,
  'forceMuteAll()': 200,
  'forceMuteAll([x])': 200,
  'disableForceMute()': 200,
  'getStreamInfo(list)': 200,
  'getStreamInfo(one)': 200,
  setStreamClassLists: 200,
  initiateSIPCall: 200,
  'playDTMF(session)': 200,
  'playDTMF(connection)': 200,
  connectToWebsocket: 200,
  disconnectWebsocket: 200,
  enableCaptions: 202,
  disableCaptions: 202,
  // The service never served GET …/captions/{id} (@vonage/video deprecated getCaptionStatus for it): an unknown route.
  getCaptionStatus: 404,
  startExperienceComposerRender: 202,
  stopExperienceComposerRender: 200,
  getExperienceComposerRender: 200,
  'listExperienceComposerRenders({})': 200,
};

/** Why the refused calls are refused. */
const REFUSED: Record<string, string> = {
  'addArchiveStream(false,false)': '"hasAudio" and "hasVideo" cannot both be false',
  'updateBroadcast({hasAudio})': 'send exactly one of "addStream" and "removeStream"',
};

/** An emulator serving the recording's application, a live routed session, and whatever the request refers to. */
async function stage(call: string, captured: Captured): Promise<{ emulator: Emulator; swap: (text: string) => string }> {
  const emulator = createEmulator({ applications: [application], clock: { frozen: true } });
  const base = `/v2/project/${APP}`;
  const rest = <T>(method: string, path: string, body?: unknown) => applicationCall<T>(emulator, method, `${base}${path}`, body, application);
  const { sessionId } = emulator.createSession({ applicationId: APP, mediaMode: 'routed' });
  // Moderator: Live Captions need that role, and every other operation taking a token accepts it.
  const token = () => clientToken(sessionId, { applicationId: APP, privateKey: application.privateKey, role: 'moderator' });
  const { connectionId } = await emulator.connectClient({ sessionId, token: token() });
  const { streamId } = emulator.publishStream({ sessionId, connectionId });
  const ids = new Map<string, string>([
    [VECTOR_SESSION, sessionId],
    [PLACEHOLDERS.stream, streamId],
    [`/connection/${PLACEHOLDERS.connection}`, `/connection/${connectionId}`],
    ['"token":"T"', `"token":"${token()}"`],
  ]);
  const text = `${captured.url} ${captured.body}`;
  if (text.includes(PLACEHOLDERS.archive)) {
    const { id } = await rest<{ id: string }>('POST', '/archive', { sessionId, streamMode: 'manual' });
    if (call === 'deleteArchive') {
      await rest('POST', `/archive/${id}/stop`);
      emulator.clock.advance(5000);
    }
    if (call === 'removeArchiveStream') await rest('PATCH', `/archive/${id}/streams`, { addStream: streamId });
    ids.set(PLACEHOLDERS.archive, id);
  }
  if (text.includes(PLACEHOLDERS.broadcast)) {
    const { id } = await rest<{ id: string }>('POST', '/broadcast', { sessionId, outputs: { hls: {} }, streamMode: 'manual' });
    if (call === 'removeStreamFromBroadcast') await rest('PATCH', `/broadcast/${id}/streams`, { addStream: streamId });
    ids.set(PLACEHOLDERS.broadcast, id);
  }
  if (text.includes(`/connect/${PLACEHOLDERS.websocket}/`)) {
    ids.set(
      `/connect/${PLACEHOLDERS.websocket}/`,
      `/connect/${(await rest<{ id: string }>('POST', '/connect', { sessionId, token: token(), websocket: { uri: 'wss://x' } })).id}/`,
    );
  }
  if (text.includes(`/captions/${PLACEHOLDERS.captions}`)) {
    ids.set(
      `/captions/${PLACEHOLDERS.captions}`,
      `/captions/${(await rest<{ captionsId: string }>('POST', '/captions', { sessionId, token: token() })).captionsId}`,
    );
  }
  if (text.includes(`/render/${PLACEHOLDERS.render}`)) {
    ids.set(
      `/render/${PLACEHOLDERS.render}`,
      `/render/${(await rest<{ id: string }>('POST', '/render', { sessionId, token: token(), url: 'https://example.com' })).id}`,
    );
  }
  // One pass, so that a placeholder is never looked for inside a live ID already swapped in.
  const pattern = new RegExp([...ids.keys()].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const swap = (value: string) => value.replace(pattern, (placeholder) => ids.get(placeholder)!);
  return { emulator, swap };
}

/** A fresh JWT with the captured header and claim set: same claims in the same order, fresh iat, exp (same lifetime) and jti. */
function freshBearer(captured: Captured): string {
  const claims = JSON.parse(captured.auth.claimsJson) as { iat: number; exp: number; jti: string };
  const iat = nowS();
  return `${captured.auth.scheme} ${rs256({ ...claims, jti: crypto.randomUUID(), iat, exp: iat + (claims.exp - claims.iat) }, application.privateKey, JSON.parse(captured.auth.headerJson) as Record<string, unknown>)}`;
}

describe('requests captured from @vonage/video 1.31.1 (Authorization: Bearer, RS256)', () => {
  it.each(calls.map(({ call, requests }) => [call, requests[0]!] as const))('%s gets its exact status', async (call, captured) => {
    const { emulator, swap } = await stage(call, captured);
    const headers = new Headers();
    for (const [key, value] of Object.entries(captured.headers)) {
      if (!/^(host|content-length|connection|accept-encoding|authorization)$/i.test(key)) headers.set(key, value);
    }
    headers.set('Authorization', freshBearer(captured));
    const path = swap(captured.url);
    const body = captured.method === 'GET' || captured.method === 'DELETE' ? undefined : new TextEncoder().encode(swap(captured.body));
    const response = await emulator.fetch(`http://127.0.0.1${path}`, { method: captured.method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    expect(response.status, `${captured.method} ${path} -> ${text}`).toBe(EXPECTED[call]);
    if (text !== '') expect(response.headers.get('content-type')).toBe('application/json');
    if (response.status === 400) expect((JSON.parse(text) as { message: string }).message).toContain(REFUSED[call]);
    if (call.startsWith('createSession')) expect((JSON.parse(text) as [{ session_id: string }])[0].session_id).toMatch(/^1_MX4yOWY3NjBm/);
    expect(emulator.requests.at(-1)?.headers['authorization']).toBe('[redacted]');
    // @vonage/video sends no field the service does not know.
    expect(response.headers.get('x-emulator-warning')).toBeNull();
    expect(emulator.requests.at(-1)?.warnings).toBeUndefined();
  });

  it('every captured call has an expected status, and each carries the @vonage/jwt claim set', () => {
    expect(calls.map((c) => c.call).filter((name) => EXPECTED[name] === undefined)).toEqual([]);
    expect(calls).toHaveLength(Object.keys(EXPECTED).length);
    for (const { requests } of calls) expect(Object.keys(JSON.parse(requests[0]!.auth.claimsJson) as object)).toEqual(['jti', 'iat', 'exp', 'application_id']);
  });
});
