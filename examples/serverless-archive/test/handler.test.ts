import { createClient } from '@opentok/core';
import { createEmulator } from '@opentok/emulator';
import { createSession } from '@opentok/session';
import { generateToken } from '@opentok/tokens';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandler, type HttpEvent } from '../src/handler.js';

const emulator = createEmulator({ clock: { frozen: true } });
const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
const handle = createHandler(client);

const post = (rawPath: string, body?: unknown, base64 = false): HttpEvent => {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return { rawPath, requestContext: { http: { method: 'POST' } }, body: base64 && text ? btoa(text) : text, isBase64Encoded: base64 };
};
const parse = (result: { statusCode: number; body: string }) => ({ status: result.statusCode, body: JSON.parse(result.body) as Record<string, unknown> });

/** A routed session with one simulated client connected (archives need one), made with `owner`'s credentials. */
async function liveSession(mediaMode: 'routed' | 'relayed' = 'routed', owner = client): Promise<string> {
  const { sessionId } = await createSession(owner, { mediaMode });
  const { connectionId } = await emulator.connectClient({ sessionId, token: await generateToken(owner, { sessionId }) });
  emulator.publishStream({ sessionId, connectionId });
  return sessionId;
}

describe('the serverless-archive handler against the in-process emulator', () => {
  it('starts an archive (201) and stops it (200)', async () => {
    const sessionId = await liveSession();
    const started = parse(await handle(post('/archives', { sessionId, name: 'Lambda archive' })));
    expect(started).toEqual({
      status: 201,
      body: { id: expect.any(String), sessionId, name: 'Lambda archive', status: 'started', createdAt: emulator.clock.now(), duration: 0 },
    });
    const id = started.body['id'] as string;
    expect(emulator.archive(id)).toMatchObject({ status: 'started', name: 'Lambda archive' });
    expect(emulator.requests.at(-1)).toMatchObject({ method: 'POST', path: `/v2/project/${emulator.project.apiKey}/archive`, status: 200 });
    expect(JSON.parse(emulator.requests.at(-1)?.body ?? '')).toEqual({ sessionId, name: 'Lambda archive' });

    const stopped = parse(await handle(post(`/archives/${id}/stop`)));
    expect(stopped).toMatchObject({ status: 200, body: { id, status: 'stopped' } });
    expect(emulator.archive(id)?.status).toBe('stopped');
  });

  it('reads a base64-encoded body, as API Gateway sends binary payloads', async () => {
    const sessionId = await liveSession();
    const started = parse(await handle(post('/archives', { sessionId }, true)));
    expect(started).toMatchObject({ status: 201, body: { sessionId, status: 'started' } });
    await handle(post(`/archives/${started.body['id'] as string}/stop`));
  });

  it.each([
    ['a body that is not JSON', () => post('/archives', 'sessionId='), 400, /^body must be JSON/],
    ['a missing sessionId', () => post('/archives', {}), 400, /^sessionId must be a string \(got undefined\)$/],
    ['a path in the archive ID', () => post('/archives/..%2Fx/stop'), 400, /^archiveId must be an ID/],
    ['an unknown route', () => ({ ...post('/archives'), requestContext: { http: { method: 'GET' } } }), 404, /^Not found/],
  ])('answers %s with %i before calling OpenTok', async (_, event, status, message) => {
    emulator.clearRequests();
    const result = parse(await handle(event()));
    expect(result.status).toBe(status);
    expect(result.body['error']).toMatch(message);
    expect(emulator.requests).toEqual([]);
  });

  it("passes OpenTok's refusals on with their status and message", async () => {
    const relayed = await liveSession('relayed');
    expect(parse(await handle(post('/archives', { sessionId: relayed })))).toMatchObject({
      status: 409,
      body: { error: expect.stringMatching(/^startArchive failed: .*\(HTTP 409: .+\)$/) },
    });
    const { sessionId: empty } = await createSession(client, { mediaMode: 'routed' });
    expect(parse(await handle(post('/archives', { sessionId: empty })))).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/^startArchive failed: .*\(HTTP 404: .+\)$/) },
    });
    expect(parse(await handle(post('/archives/5f2d1e8e-0000-4000-8000-000000000000/stop')))).toMatchObject({ status: 404 });
  });
});

describe('the Lambda entry point, configured from the environment', () => {
  let url = '';
  beforeAll(async () => {
    ({ url } = await emulator.listen({ port: 0, host: '127.0.0.1' }));
  });
  afterAll(() => emulator.close());
  const { applicationId, privateKey = '' } = emulator.application;
  const appClient = createClient({ applicationId, privateKey, apiUrl: emulator.url, fetch: emulator.fetch });

  it.each([
    {
      kind: 'VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (named first; with \\n escapes, as .env files hold it)',
      env: {
        VONAGE_APPLICATION_ID: applicationId,
        VONAGE_PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'),
        OPENTOK_API_KEY: emulator.project.apiKey,
        OPENTOK_API_SECRET: 'unused',
      },
      owner: appClient,
      auth: 'authorization',
      path: `/v2/project/${applicationId}/archive`,
    },
    {
      kind: 'OPENTOK_API_KEY and OPENTOK_API_SECRET',
      env: { OPENTOK_API_KEY: emulator.project.apiKey, OPENTOK_API_SECRET: emulator.project.apiSecret },
      owner: client,
      auth: 'x-opentok-auth',
      path: `/v2/project/${emulator.project.apiKey}/archive`,
    },
  ])('makes its client from $kind and OPENTOK_API_URL (the emulator over HTTP here)', async ({ env, owner, auth, path }) => {
    const saved = { ...process.env };
    Object.assign(process.env, { ...env, OPENTOK_API_URL: url });
    try {
      // A fresh module: the entry point keeps its client while the execution environment is warm.
      vi.resetModules();
      const { handler } = await import('../src/lambda.js');
      const sessionId = await liveSession('routed', owner);
      const started = parse(await handler(post('/archives', { sessionId, name: 'from env' })));
      expect(started).toMatchObject({ status: 201, body: { sessionId, name: 'from env', status: 'started' } });
      const request = emulator.requests.at(-1);
      expect(request?.path).toBe(path);
      expect(request?.headers[auth]).toBeDefined();
      expect(request?.headers['user-agent']).toMatch(/^OpenTok-TS-SDK\//);
      expect(parse(await handler(post(`/archives/${started.body['id'] as string}/stop`)))).toMatchObject({ status: 200, body: { status: 'stopped' } });
    } finally {
      process.env = saved;
    }
  });
});
