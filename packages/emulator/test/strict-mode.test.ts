/**
 * Fields the service does not know. It ignores them, so a client's misspelt field goes unnoticed (the Python SDK
 * 3.13 sends `excludedStreams` for `excludedStreamIds` when muting all, and in production mutes the streams it meant
 * to spare). By default the emulator answers as the service does and names each such field in an
 * `X-Emulator-Warning` header and the request log; with `strict: true` the request is a 400 naming it.
 * JSON bodies, form bodies and query parameters alike.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, EmulatorError } from '../src/index.js';
import { authToken, type Harness, harness } from './helpers.js';

const MUTE = 'POST /v2/project/{apiKey}/session/{sessionId}/mute';

async function json(h: Harness, method: string, path: string, body: unknown): Promise<Response> {
  return h.raw(method, path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

/** A live session with two streams: the first is the one a caller means to spare. */
async function twoStreams(h: Harness) {
  const { sessionId, connectionId, streamId } = await h.live();
  const other = h.emulator.publishStream({ sessionId, connectionId });
  return { sessionId, spared: streamId, other: other.streamId };
}

describe('by default: the service’s answer, and a warning', () => {
  it('mute all with excludedStreams mutes every stream, as the service does, and says why in a header and the log', async () => {
    const h = harness();
    const { sessionId, spared } = await twoStreams(h);
    const response = await json(h, 'POST', `${h.base}/session/${sessionId}/mute`, { active: true, excludedStreams: [spared] });
    expect(response.status).toBe(200);
    const warning = `unknown field "excludedStreams" in ${MUTE}`;
    expect(response.headers.get('x-emulator-warning')).toBe(warning);
    expect(h.emulator.session(sessionId)?.streams.map((s) => s.audioMuted)).toEqual([true, true]);
    expect(h.emulator.session(sessionId)?.forceMute).toEqual({ active: true, excludedStreamIds: [] });
    expect(h.emulator.requests.at(-1)).toMatchObject({ operation: 'muteAll', status: 200, warnings: [warning] });
    const viaHttp = (await (await h.emulator.fetch('http://e/_emulator/requests')).json()) as { warnings?: string[] }[];
    expect(viaHttp.at(-1)?.warnings).toEqual([warning]);
  });

  it('names nested fields by path, in JSON bodies', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const token = await h.token(sessionId);
    const broadcast = await json(h, 'POST', `${h.base}/broadcast`, {
      sessionId,
      outputs: { hls: { lowLatency: true, latency: 'low' }, rtmp: [{ serverUrl: 'rtmp://example.com/a', streamName: 'k', streamKey: 'x' }] },
      layout: { type: 'bestFit', sheet: '' },
      resolutions: '1280x720',
    });
    expect(broadcast.status).toBe(200);
    const where = 'POST /v2/project/{apiKey}/broadcast';
    expect(broadcast.headers.get('x-emulator-warning')).toBe(
      [
        `unknown field "outputs.hls.latency" in ${where}`,
        `unknown field "outputs.rtmp[0].streamKey" in ${where}`,
        `unknown field "layout.sheet" in ${where}`,
        `unknown field "resolutions" in ${where}`,
      ].join(', '),
    );
    const dial = await json(h, 'POST', `${h.base}/dial`, { sessionId, token, sip: { uri: 'sip:a@example.com', headers: { 'X-Any': 'fine' }, observe: true } });
    expect(dial.status).toBe(200);
    expect(dial.headers.get('x-emulator-warning')).toBe('unknown field "sip.observe" in POST /v2/project/{apiKey}/dial');
  });

  it('does not warn about what it knows: explicit nulls, free-form maps (custom headers, static fields), fields of bodiless routes sent empty', async () => {
    const h = harness();
    const { sessionId, streamId } = await h.live();
    const token = await h.token(sessionId);
    const responses = [
      await json(h, 'POST', `${h.base}/archive`, { sessionId, name: null, layout: null, hasTranscription: null }),
      await json(h, 'POST', `${h.base}/dial`, {
        sessionId,
        token,
        sip: { uri: 'sip:a@example.com', headers: { 'X-A': 'b', 'X-C': 'd' }, auth: { username: 'u', password: 'p' } },
      }),
      await json(h, 'POST', `${h.base}/connect`, {
        sessionId,
        token,
        websocket: {
          uri: 'wss://example.com',
          streams: [streamId],
          headers: { anything: 'goes' },
          audioTransport: { transport: 'json', encoding: 'base64', static_fields: { room: 'r' } },
        },
      }),
      await json(h, 'POST', `${h.base}/session/${sessionId}/stream/${streamId}/mute`, {}),
      await h.raw('GET', `${h.base}/archive?offset=0&count=10&sessionId=${sessionId}`),
    ];
    for (const response of responses) {
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      expect(response.headers.get('x-emulator-warning')).toBeNull();
    }
    expect(h.emulator.requests.every((r) => r.warnings === undefined)).toBe(true);
  });

  it('warns about query parameters, form fields, and the body of a route that takes none', async () => {
    const h = harness();
    const list = await h.raw('GET', `${h.base}/archive?offset=0&sesionId=x`);
    expect(list.status).toBe(200);
    expect(list.headers.get('x-emulator-warning')).toBe('unknown query parameter "sesionId" in GET /v2/project/{apiKey}/archive');
    const created = await h.raw('POST', '/session/create', {
      body: 'p2p.preference=disabled&archivemode=always',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('x-emulator-warning')).toBe('unknown field "archivemode" in POST /session/create');
    const { sessionId } = await h.live();
    const archive = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId });
    const stopped = await json(h, 'POST', `${h.base}/archive/${archive.id}/stop`, { reason: 'done' });
    expect(stopped.status).toBe(200);
    expect(stopped.headers.get('x-emulator-warning')).toBe('unknown field "reason" in POST /v2/project/{apiKey}/archive/{archiveId}/stop');
  });

  it('quotes names so that a header can carry them, cuts long ones, and names at most ten per request', async () => {
    const h = harness();
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`x${i}`, i]));
    const response = await json(h, 'DELETE', `${h.base}/archive/nope`, { ...many, 'émoji☃': 1, ['y'.repeat(100)]: 1 });
    expect(response.status).toBe(404);
    const warnings = h.emulator.requests.at(-1)?.warnings ?? [];
    expect(warnings).toHaveLength(11);
    expect(warnings.at(-1)).toBe('4 more unknown fields in DELETE /v2/project/{apiKey}/archive/{archiveId}');
    expect(response.headers.get('x-emulator-warning')).toContain('unknown field "x0" in DELETE /v2/project/{apiKey}/archive/{archiveId}');
    const quoted = await json(h, 'POST', `${h.base}/archive/nope/stop`, { 'émoji☃': 1, ['y'.repeat(100)]: 1 });
    expect(quoted.status).toBe(404);
    expect(h.emulator.requests.at(-1)?.warnings).toEqual([
      'unknown field "\\u00e9moji\\u2603" in POST /v2/project/{apiKey}/archive/{archiveId}/stop',
      `unknown field "${'y'.repeat(64)}..." in POST /v2/project/{apiKey}/archive/{archiveId}/stop`,
    ]);
  });
});

describe('strict: true: a 400 naming the field and the route', () => {
  it('refuses mute all with excludedStreams, and mutes nothing', async () => {
    const h = harness({ clock: { frozen: true }, strict: true });
    const { sessionId, spared } = await twoStreams(h);
    const response = await json(h, 'POST', `${h.base}/session/${sessionId}/mute`, { active: true, excludedStreams: [spared] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 400,
      message: `Invalid request (strict mode): unknown field "excludedStreams" in ${MUTE}. The service ignores fields it does not know; this emulator runs with strict: true.`,
    });
    expect(h.emulator.session(sessionId)?.streams.map((s) => s.audioMuted)).toEqual([false, false]);
    expect(h.emulator.requests.at(-1)).toMatchObject({ status: 400, warnings: [`unknown field "excludedStreams" in ${MUTE}`] });
    const spelledRight = await json(h, 'POST', `${h.base}/session/${sessionId}/mute`, { active: true, excludedStreamIds: [spared] });
    expect(spelledRight.status).toBe(200);
    expect(h.emulator.session(sessionId)?.streams.map((s) => s.audioMuted)).toEqual([false, true]);
  });

  it('refuses unknown query parameters and form fields; an XML client of /session/create gets the XML error', async () => {
    const h = harness({ clock: { frozen: true }, strict: true });
    const list = await h.raw('GET', `${h.base}/render?count=5&page=2`);
    expect(list.status).toBe(400);
    expect(((await list.json()) as { message: string }).message).toContain('unknown query parameter "page" in GET /v2/project/{apiKey}/render');
    const form = { body: 'p2p.preference=disabled&mediamode=routed', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
    const asJson = await h.raw('POST', '/session/create', { ...form, headers: { ...form.headers, Accept: 'application/json' } });
    expect([asJson.status, ((await asJson.json()) as { message: string }).message]).toEqual([
      400,
      expect.stringContaining('unknown field "mediamode" in POST /session/create'),
    ]);
    const asXml = await h.raw('POST', '/session/create', form);
    expect(asXml.status).toBe(400);
    expect(asXml.headers.get('content-type')).toBe('text/xml');
    expect(await asXml.text()).toContain('unknown field &quot;mediamode&quot; in POST /session/create');
    expect(h.emulator.exportState().sessions).toEqual([]);
  });

  it('checks the fields first: a bad value is refused for what it is, before unknown fields', async () => {
    const h = harness({ clock: { frozen: true }, strict: true });
    const { sessionId } = await h.live();
    const response = await json(h, 'POST', `${h.base}/session/${sessionId}/signal`, { data: 7, tpye: 'chat' });
    expect(await response.json()).toEqual({ code: 400, message: 'Invalid request: "data" must be a string.' });
    const unknown = await json(h, 'POST', `${h.base}/session/${sessionId}/signal`, { data: 'd', tpye: 'chat' });
    expect(unknown.status).toBe(400);
    expect(h.emulator.signals({ sessionId })).toEqual([]);
  });

  it('is an option of createEmulator: true or false', async () => {
    expect(() => createEmulator({ strict: 'yes' as unknown as boolean })).toThrow(EmulatorError);
    expect(() => createEmulator({ strict: 'yes' as unknown as boolean })).toThrow('"strict" must be true or false (got "yes").');
    const relaxed = harness({ clock: { frozen: true }, strict: false });
    const response = await relaxed.emulator.fetch(`http://e${relaxed.base}/archive?x=1`, { headers: { 'X-OPENTOK-AUTH': await authToken(relaxed.client) } });
    expect(response.status).toBe(200);
  });
});
