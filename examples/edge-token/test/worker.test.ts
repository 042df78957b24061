/**
 * Runs the bundled Worker (dist/worker.js, made by scripts/bundle.mjs) in workerd, Cloudflare's runtime,
 * asks it for tokens over HTTP and checks them with verifyToken.
 */
import { readFileSync } from 'node:fs';
import { encodeSessionId } from '@opentok/core';
import { serveWorker, type WorkerdServer } from '@opentok/testing/workerd';
import { verifyToken } from '@opentok/tokens';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const credentials = { apiKey: '47000001', apiSecret: 'edge-token-test-secret-0123456789abcdef' };
const sessionId = encodeSessionId({ apiKey: credentials.apiKey, location: '127.0.0.1', createdAt: Date.now(), random: 'edge' });
const otherProjectSession = encodeSessionId({ apiKey: '47000002', location: '127.0.0.1', createdAt: Date.now(), random: 'edge' });

let server: WorkerdServer | undefined;
let origin = '';

beforeAll(async () => {
  server = await serveWorker({
    script: readFileSync(new URL('../dist/worker.js', import.meta.url)),
    bindings: { OPENTOK_API_KEY: credentials.apiKey, OPENTOK_API_SECRET: credentials.apiSecret },
  });
  origin = server.url;
});

afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the edge-token Worker in workerd', () => {
  it('mints a JWT token that verifyToken accepts, with the role, data and a one-hour expiry', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, body } = await get(`/token?sessionId=${sessionId}&role=moderator&data=${encodeURIComponent('name=Ada')}`);
    expect(status).toBe(200);
    expect(body).toEqual({ token: expect.stringMatching(/^eyJ/), sessionId, role: 'moderator', expireTime: expect.any(Number) });
    expect(body['expireTime']).toBeGreaterThanOrEqual(before + 3600);
    expect(body['expireTime']).toBeLessThanOrEqual(before + 3602);
    const grant = await verifyToken(credentials, body['token'] as string);
    expect(grant).toMatchObject({ sessionId, role: 'moderator', data: 'name=Ada', expireTime: body['expireTime'] });
  });

  it('defaults to a publisher token', async () => {
    const { body } = await get(`/token?sessionId=${sessionId}`);
    expect(await verifyToken(credentials, body['token'] as string)).toMatchObject({ sessionId, role: 'publisher' });
  });

  it('answers 400 with the validation message for bad input, never showing the secret', async () => {
    for (const [query, message] of [
      [`sessionId=${sessionId}&role=admin`, /^role must be one of /],
      [`sessionId=${otherProjectSession}`, /sessionId/],
      ['sessionId=', /sessionId/],
    ] as const) {
      const { status, body } = await get(`/token?${query}`);
      expect(status).toBe(400);
      expect(body['error']).toMatch(message);
      expect(JSON.stringify(body)).not.toContain(credentials.apiSecret);
    }
  });

  it('answers 404 and 405 outside GET /token', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await fetch(`${origin}/token`, { method: 'POST' })).status).toBe(405);
  });
});
