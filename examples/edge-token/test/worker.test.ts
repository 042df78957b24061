/**
 * Runs the bundled Worker (dist/worker.js, made by scripts/bundle.mjs) in workerd, Cloudflare's runtime,
 * with each kind of credentials bound, asks it for tokens over HTTP and checks them with verifyToken.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { encodeSessionId } from '@opentok/core';
import { serveWorker, type WorkerdServer } from '@opentok/testing/workerd';
import { verifyToken } from '@opentok/tokens';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = readFileSync(new URL('../dist/worker.js', import.meta.url));
const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const application = { applicationId: '6f1e2a8c-4c1b-4f7e-9d51-3a0b2c7d9e10', privateKey };
const project = { apiKey: '47000001', apiSecret: 'edge-token-test-secret-0123456789abcdef' };
const session = (id: string) => encodeSessionId({ apiKey: id, location: '127.0.0.1', createdAt: Date.now(), random: 'edge' });

const servers: WorkerdServer[] = [];
async function serve(bindings: Record<string, string>): Promise<string> {
  const server = await serveWorker({ script, bindings });
  servers.push(server);
  return server.url;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function get(origin: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each([
  {
    kind: 'a Vonage application (VONAGE_APPLICATION_ID, VONAGE_PRIVATE_KEY)',
    bindings: { VONAGE_APPLICATION_ID: application.applicationId, VONAGE_PRIVATE_KEY: privateKey },
    sessionId: session(application.applicationId),
    otherSession: session('0d9c4a51-7b3e-4c2a-8f60-1e2d3c4b5a69'),
    verifyWith: { applicationId: application.applicationId, publicKey },
    algorithm: 'RS256',
    secret: privateKey.split('\n')[2] ?? '',
  },
  {
    kind: 'an OpenTok project (OPENTOK_API_KEY, OPENTOK_API_SECRET)',
    bindings: { OPENTOK_API_KEY: project.apiKey, OPENTOK_API_SECRET: project.apiSecret },
    sessionId: session(project.apiKey),
    otherSession: session('47000002'),
    verifyWith: project,
    algorithm: 'HS256',
    secret: project.apiSecret,
  },
])('the edge-token Worker in workerd with $kind', ({ bindings, sessionId, otherSession, verifyWith, algorithm, secret }) => {
  let origin = '';
  beforeAll(async () => {
    origin = await serve(bindings);
  });

  it('mints a JWT token that verifyToken accepts, with the role, data and a one-hour expiry', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, body } = await get(origin, `/token?sessionId=${sessionId}&role=moderator&data=${encodeURIComponent('name=Ada')}`);
    expect(status).toBe(200);
    expect(body).toEqual({ token: expect.stringMatching(/^eyJ/), sessionId, role: 'moderator', expireTime: expect.any(Number) });
    expect(JSON.parse(atob((body['token'] as string).split('.')[0] ?? ''))).toMatchObject({ alg: algorithm });
    expect(body['expireTime']).toBeGreaterThanOrEqual(before + 3600);
    expect(body['expireTime']).toBeLessThanOrEqual(before + 3602);
    const grant = await verifyToken(verifyWith, body['token'] as string);
    expect(grant).toMatchObject({ sessionId, role: 'moderator', data: 'name=Ada', expireTime: body['expireTime'] });
  });

  it('defaults to a publisher token', async () => {
    const { body } = await get(origin, `/token?sessionId=${sessionId}`);
    expect(await verifyToken(verifyWith, body['token'] as string)).toMatchObject({ sessionId, role: 'publisher' });
  });

  it('answers 400 with the validation message for bad input, never showing the secret or key', async () => {
    for (const [query, message] of [
      [`sessionId=${sessionId}&role=admin`, /^role must be one of /],
      [`sessionId=${otherSession}`, /sessionId/],
      ['sessionId=', /sessionId/],
    ] as const) {
      const { status, body } = await get(origin, `/token?${query}`);
      expect(status).toBe(400);
      expect(body['error']).toMatch(message);
      expect(JSON.stringify(body)).not.toContain(secret);
    }
  });

  it('answers 404 and 405 outside GET /token', async () => {
    expect((await get(origin, '/')).status).toBe(404);
    expect((await fetch(`${origin}/token`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the edge-token Worker in workerd, bindings', () => {
  it('uses the Vonage application when both kinds are bound', async () => {
    const origin = await serve({
      VONAGE_APPLICATION_ID: application.applicationId,
      VONAGE_PRIVATE_KEY: privateKey,
      OPENTOK_API_KEY: project.apiKey,
      OPENTOK_API_SECRET: project.apiSecret,
    });
    const sessionId = session(application.applicationId);
    const { status, body } = await get(origin, `/token?sessionId=${sessionId}`);
    expect(status).toBe(200);
    expect(await verifyToken({ applicationId: application.applicationId, publicKey }, body['token'] as string)).toMatchObject({ sessionId });
  });

  it('answers 500 naming the bindings to set when neither pair is complete', async () => {
    const origin = await serve({ VONAGE_APPLICATION_ID: application.applicationId, OPENTOK_API_KEY: project.apiKey });
    const { status, body } = await get(origin, `/token?sessionId=${session(project.apiKey)}`);
    expect(status).toBe(500);
    expect(body).toEqual({
      error:
        'The Worker has no credentials: bind VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (a Vonage application), or OPENTOK_API_KEY and OPENTOK_API_SECRET (an OpenTok project)',
    });
  });
});
