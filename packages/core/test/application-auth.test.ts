import { inspect } from 'node:util';
import { importSPKI, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Core sits below @opentok/testing (which builds on core), so its tests take the helpers from source.
import { type Recorder, startRecorder } from '../../testing/src/recorder.js';
import { TEST_APPLICATION, TEST_APPLICATION_PUBLIC_KEY } from '../../testing/src/test-application.js';
import { AuthenticationError, type ClientSettings, createClient } from '../src/index.js';
import { projectPath, request } from '../src/internal.js';

const { applicationId } = TEST_APPLICATION;
const appClient = (apiUrl: string, settings: ClientSettings = {}) => createClient({ ...TEST_APPLICATION, apiUrl, retry: 0, timeout: 5_000, ...settings });

let recorder: Recorder;
beforeEach(async () => {
  recorder = await startRecorder();
});
afterEach(() => recorder.close());

async function bearerClaims(header: unknown) {
  expect(String(header)).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  return jwtVerify(String(header).slice('Bearer '.length), await importSPKI(TEST_APPLICATION_PUBLIC_KEY, 'RS256'));
}

describe('REST auth with Vonage application credentials', () => {
  it('sends Authorization: Bearer with an RS256 JWT of the application, and no X-OPENTOK-AUTH', async () => {
    const client = appClient(recorder.url);
    await request(client, { operation: 'listArchives', method: 'GET', path: projectPath(client, '/archive') });
    const [sent] = recorder.requests;
    expect(sent?.url).toBe(`/v2/project/${applicationId}/archive`);
    expect(sent?.headers['x-opentok-auth']).toBeUndefined();
    const { payload, protectedHeader } = await bearerClaims(sent?.headers['authorization']);
    expect(protectedHeader).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(Object.keys(payload)).toEqual(['application_id', 'iat', 'exp', 'jti']);
    expect(payload.application_id).toBe(applicationId);
    expect(payload.exp! - payload.iat!).toBe(180);
    expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(5);
    expect(payload.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('signs every attempt afresh (a new jti per retry)', async () => {
    recorder.reply({ status: 503, body: { code: 503, message: 'busy' } }, { status: 200, body: { ok: true } });
    const client = appClient(recorder.url, { retry: { retries: 1, baseDelay: 1, maxDelay: 5 } });
    expect(await request(client, { operation: 'getArchive', method: 'GET', path: '/a' })).toEqual({ ok: true });
    const [first, second] = await Promise.all(recorder.requests.map((r) => bearerClaims(r.headers['authorization'])));
    expect(first?.payload.jti).not.toBe(second?.payload.jti);
  });

  it('refuses to let per-call headers replace Authorization', async () => {
    const client = appClient(recorder.url);
    await expect(request(client, { operation: 'x', method: 'GET', path: '/a' }, { headers: { authorization: 'Bearer forged' } })).rejects.toThrow(
      'options.headers.authorization cannot be set: the client authenticates every request itself',
    );
    expect(recorder.requests).toHaveLength(0);
  });

  it('refuses a spread copy of a client (it lost the credentials) before any I/O', async () => {
    const copy = { ...appClient(recorder.url) };
    await expect(request(copy as never, { operation: 'x', method: 'GET', path: '/a' })).rejects.toThrow(
      'client must be a client made by createClient() (got an object)',
    );
    expect(() => projectPath(copy as never, '/a')).toThrow('client must be a client made by createClient()');
    expect(recorder.requests).toHaveLength(0);
  });

  it('keeps the private key and the Bearer token out of errors at any depth', async () => {
    recorder.reply({ status: 403, body: { code: 403, message: 'You passed in an invalid Vonage JWT token.' } });
    const error = await request(appClient(recorder.url), { operation: 'getArchive', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const bearer = String(recorder.requests[0]?.headers['authorization']).slice('Bearer '.length);
    const keyBody = TEST_APPLICATION.privateKey.split('\n')[5]!;
    for (const text of [JSON.stringify(error), inspect(error, { showHidden: true, depth: Infinity }), String(error), (error as Error).stack ?? '']) {
      expect(text).not.toContain(bearer);
      expect(text).not.toContain(keyBody);
    }
  });
});
