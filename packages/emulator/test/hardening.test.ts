/**
 * Found by fuzzing: a deeply nested JSON body is a 400, not a 500; the request log keeps bounded excerpts
 * (whatever the auth outcome) and no SIP password; the emulator's own options and methods refuse bad input
 * with an EmulatorError naming it, never a raw TypeError.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEmulator, EmulatorError } from '../src/index.js';
import { errorBody, harness } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function refusal(run: () => unknown): EmulatorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EmulatorError);
    return error as EmulatorError;
  }
  throw new Error('expected an EmulatorError');
}

describe('a JSON body nested 50,000 levels deep', () => {
  it('is a 400 on every JSON route, API and control alike', async () => {
    const h = harness();
    const { sessionId, connectionId } = await h.live();
    const body = nested(50_000);
    const routes: [string, string][] = [
      ['POST', `${h.base}/archive`],
      ['POST', `${h.base}/broadcast`],
      ['POST', `${h.base}/session/${sessionId}/signal`],
      ['POST', `${h.base}/session/${sessionId}/connection/${connectionId}/signal`],
      ['POST', `${h.base}/dial`],
      ['POST', `${h.base}/render`],
      ['POST', `${h.base}/connect`],
      ['POST', `${h.base}/captions`],
      ['POST', `${h.base}/callback`],
      ['PUT', `${h.base}/session/${sessionId}/stream`],
      ['POST', `${h.base}/session/${sessionId}/mute`],
    ];
    for (const [method, path] of routes) {
      const response = await h.raw(method, path, { body, headers: { 'content-type': 'application/json' } });
      expect(response.status, `${method} ${path}`).toBe(400);
      expect((await errorBody(response)).message).toMatch(/nested more than 64 levels/);
    }
    for (const path of ['/_emulator/projects', `/_emulator/sessions/${sessionId}/streams`, '/_emulator/faults', '/_emulator/clock/advance']) {
      const response = await h.emulator.fetch(`http://e${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(response.status, path).toBe(400);
    }
  });

  it('a body of ordinary depth (64 levels) is still read', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    const response = await h.raw('POST', `${h.base}/session/${sessionId}/signal`, {
      body: JSON.stringify({ data: 'd', extra: JSON.parse(nested(60)) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(204);
  });
});

describe('the request log', () => {
  it('keeps a bounded excerpt of bodies that failed auth, and its total stays capped', async () => {
    const emulator = createEmulator({ logs: { requestLogBytes: 1_000_000 } });
    const big = 'x'.repeat(1_048_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 120; i++) {
      const response = await emulator.fetch(`http://e/v2/project/${emulator.project.apiKey}/archive`, {
        method: 'POST',
        body: `{"sessionId":"${big}"}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(403);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    const log = emulator.requests;
    expect(log.length).toBeLessThan(120); // the byte cap dropped the oldest
    expect(log.at(-1)).toMatchObject({ method: 'POST', status: 403, operation: 'startArchive', bodyLength: 1_048_016 });
    expect(log.at(-1)!.body).toHaveLength(8192);
    expect(log.reduce((sum, entry) => sum + entry.body.length, 0)).toBeLessThanOrEqual(1_000_000);
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });

  it('shows method, path, status and redacted headers; body excerpts are configurable', async () => {
    const h = harness({ logs: { requestBodyBytes: 10 } });
    const { sessionId } = await h.live();
    await h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 'chat', data: 'hello there' });
    const [entry] = h.emulator.requests.filter((r) => r.operation === 'sendSignal');
    expect(entry).toMatchObject({ method: 'POST', path: `${h.base}/session/${sessionId}/signal`, status: 204, body: '{"type":"c', bodyLength: 36 });
    expect(entry!.headers['x-opentok-auth']).toBe('[redacted]');
  });

  it('never keeps a SIP password from a dial body', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await h.call('POST', `${h.base}/dial`, {
      sessionId,
      token: await h.token(sessionId),
      sip: { uri: 'sip:a@b.example.com', auth: { username: 'u', password: 'hunter2-secret' } },
    });
    const entry = h.emulator.requests.find((r) => r.operation === 'dialSip')!;
    expect(entry.body).not.toContain('hunter2-secret');
    expect(JSON.parse(entry.body)).toMatchObject({ sip: { auth: { username: 'u', password: '[redacted]' } } });
    const viaHttp = await (await h.emulator.fetch('http://e/_emulator/requests')).text();
    expect(viaHttp).not.toContain('hunter2-secret');
    // A body that is not JSON (refused with 400) is redacted all the same.
    await h.raw('POST', `${h.base}/dial`, { body: '{"sip":{"auth":{"password":"hunter3-secret"', headers: { 'content-type': 'application/json' } });
    expect(JSON.stringify(h.emulator.requests)).not.toContain('hunter3-secret');
  });
});

describe('the emulator validates what it accepts itself', () => {
  it('createSession refuses what the service refuses, with a 400', () => {
    const emulator = createEmulator();
    for (const bad of [
      { mediaMode: 'bogus' },
      { location: 'x' },
      { e2ee: 'yes' },
      { archiveMode: 'sometimes' },
      { archiveMode: 'always', mediaMode: 'relayed' },
      { e2ee: true },
      { nope: 1 },
    ]) {
      const error = refusal(() => emulator.createSession(bad as never));
      expect(error.status, JSON.stringify(bad)).toBe(400);
    }
    expect(refusal(() => emulator.createSession({ mediaMode: 'bogus' } as never)).message).toBe(
      'Invalid request: "mediaMode" must be routed or relayed (got "bogus").',
    );
    expect(emulator.createSession({ mediaMode: 'routed', location: '10.1.1.1', e2ee: true }).sessionId).toMatch(/^[12]_MX4/);
  });

  it('createEmulator options: a clear EmulatorError for each bad one', () => {
    const cases: [unknown, RegExp][] = [
      [{ projects: 'abc' }, /"projects" must be an array/],
      [{ applications: {} }, /"applications" must be an array/],
      [{ requestLogLimit: Number.NaN }, /"requestLogLimit" must be an integer from 0 to 1000000 \(got NaN\)/],
      [{ requestLogLimit: -1 }, /"requestLogLimit"/],
      [{ clock: 'manual' }, /"clock" must be an object/],
      [{ clock: { start: 'now' } }, /"clock.start"/],
      [{ logs: { signalsPerSession: 0 } }, /"logs.signalsPerSession"/],
      [{ logs: { nope: 1 } }, /"logs.nope" is not an option/],
      [{ readAfterWriteLagMs: 1.5 }, /"readAfterWriteLagMs"/],
      [{ projekts: [] }, /"projekts" is not an option/],
      ['abc', /needs an options object/],
      [{ projects: [null] }, /apiKey/],
    ];
    for (const [options, message] of cases) expect(refusal(() => createEmulator(options as never)).message).toMatch(message);
  });

  it('library methods: signals(null), clock.advance(NaN) and friends throw EmulatorError', () => {
    const emulator = createEmulator();
    expect(refusal(() => emulator.signals(null as never)).message).toMatch(/signals\(params\) needs \{sessionId/);
    expect(refusal(() => emulator.signals({ sessionId: 1 } as never)).message).toMatch(/sessionId string/);
    expect(refusal(() => emulator.clock.advance(Number.NaN)).status).toBe(400);
    expect(refusal(() => emulator.publishStream(null as never)).status).toBe(400);
    expect(refusal(() => emulator.disconnectClient(undefined as never)).status).toBe(400);
    expect(refusal(() => emulator.unpublishStream('x' as never)).status).toBe(400);
  });
});
