import { BadRequestError, ConflictError, encodeSessionId, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { type ErrorRow, errorRows, failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, emulatorClient, overLoopback, startLiveSession } from '@opentok/testing/emulator';
import { generateToken } from '@opentok/tokens';
import { beforeEach, describe, expect, it } from 'vitest';
import { getRender, iterateRenders, listRenders, type Render, startRender, stopRender } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

/** A routed session created over REST with one connected client, and a fresh token for the render. */
async function setUp() {
  const { sessionId } = await startLiveSession(emulator, client);
  return { sessionId, token: await generateToken(client, { sessionId, role: 'publisher' }) };
}

describe.each(CREDENTIAL_KINDS)('with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator();
    client = emulatorClient(emulator, kind);
  });

  describe('Experience Composer against the emulator', () => {
    it('starts a render that publishes into the session, reads, lists, iterates and stops it', async () => {
      const { sessionId, token } = await setUp();
      const render = await startRender(client, {
        sessionId,
        token,
        url: 'https://example.com/scoreboard',
        maxDuration: 600,
        resolution: '1920x1080',
        properties: { name: 'Scoreboard' },
        statusCallbackUrl: 'https://example.com/hooks/render',
      });
      expect(render).toEqual({
        id: expect.any(String),
        sessionId,
        projectId: client.projectId,
        createdAt: expect.any(Number),
        updatedAt: render.createdAt,
        url: 'https://example.com/scoreboard',
        resolution: '1920x1080',
        status: 'started',
        streamId: expect.any(String),
      } satisfies Render);
      expect(emulator.render(render.id)).toMatchObject({
        sessionId,
        url: 'https://example.com/scoreboard',
        resolution: '1920x1080',
        maxDuration: 600,
        name: 'Scoreboard',
        statusCallbackUrl: 'https://example.com/hooks/render',
        status: 'started',
        streamId: render.streamId,
      });
      const session = emulator.session(sessionId);
      expect(session?.connections.map((c) => c.kind)).toEqual(['client', 'render']);
      expect(session?.streams.find((s) => s.streamId === render.streamId)).toMatchObject({ name: 'Scoreboard' });

      expect(await getRender(client, { renderId: render.id })).toEqual(render);

      const second = await startRender(client, { sessionId, token, url: 'https://example.com/other' });
      expect(second).toMatchObject({ resolution: '1280x720', status: 'started' });
      expect(emulator.render(second.id)?.maxDuration).toBe(7200);
      const all = await listRenders(client);
      expect(all.total).toBe(2);
      expect(all.items.map((r) => r.id).sort()).toEqual([render.id, second.id].sort());
      expect(await listRenders(client, { offset: 1, count: 1 })).toMatchObject({ total: 2, items: [expect.objectContaining({ id: expect.any(String) })] });
      const iterated: string[] = [];
      for await (const r of iterateRenders(client, { pageSize: 1 })) iterated.push(r.id);
      expect(iterated.sort()).toEqual([render.id, second.id].sort());
      expect(emulator.requests.filter((r) => r.operation === 'listRenders').map((r) => r.query)).toEqual([
        '',
        'offset=1&count=1',
        'offset=0&count=1',
        'offset=1&count=1',
      ]);

      await stopRender(client, { renderId: render.id });
      expect(emulator.render(render.id)).toMatchObject({ status: 'stopped', reason: 'Stopped by request' });
      expect(emulator.session(sessionId)?.connections.map((c) => c.kind)).toEqual(['client', 'render']); // the second render's
      expect(await getRender(client, { renderId: render.id })).toMatchObject({ id: render.id, status: 'stopped', reason: 'Stopped by request' });

      const again = await failure(stopRender(client, { renderId: render.id }));
      expect(again).toBeInstanceOf(ConflictError);
      expect(again.message).toBe(
        'stopRender failed: the render is not running (it has already stopped or failed) (HTTP 409: Conflict. The render is not running.)',
      );
    });

    it('stops a render by itself after maxDuration', async () => {
      const { sessionId, token } = await setUp();
      const render = await startRender(client, { sessionId, token, url: 'https://example.com', maxDuration: 60 });
      emulator.clock.advance(59_000);
      expect((await getRender(client, { renderId: render.id })).status).toBe('started');
      emulator.clock.advance(1_000);
      expect(await getRender(client, { renderId: render.id })).toMatchObject({ status: 'stopped', reason: 'Maximum duration exceeded' });
    });
  });

  describe('render errors from the emulator', () => {
    it('400: a token minted for another session', async () => {
      const { sessionId } = await setUp();
      const other = await setUp();
      const error = await failure(startRender(client, { sessionId, token: other.token, url: 'https://example.com' }));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toMatch(
        /^startRender failed: the render request was refused \(check the session ID, the token, the URL and the options\) \(HTTP 400: Invalid token: it was minted for session /,
      );
      expect(error.message).not.toContain(other.token);
      expect((await listRenders(client)).total).toBe(0);
    });

    it('404: a session that does not exist', async () => {
      const sessionId = encodeSessionId({ apiKey: client.projectId });
      const token = await generateToken(client, { sessionId });
      const error = await failure(startRender(client, { sessionId, token, url: 'https://example.com' }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toMatch(/^startRender failed: the session does not exist \(HTTP 404: Session not found/);
    });

    describe('404: an unknown render', () => {
      errorRows(
        (['getRender', 'stopRender'] as const).map(
          (operation): ErrorRow => [
            operation,
            () => (operation === 'getRender' ? getRender : stopRender)(client, { renderId: 'nope' }),
            NotFoundError,
            `${operation} failed: there is no render with this ID (HTTP 404: No render matching the specified render ID was found.)`,
          ],
        ),
      );
    });
  });

  describe('over loopback HTTP', () => {
    it('starts, reads and stops a render through a real socket', async () => {
      const { sessionId, token } = await setUp();
      await overLoopback(emulator, kind, async (http) => {
        const render = await startRender(http, { sessionId, token, url: 'https://example.com' });
        expect((await getRender(http, { renderId: render.id })).status).toBe('started');
        await stopRender(http, { renderId: render.id });
        expect(emulator.render(render.id)?.status).toBe('stopped');
      });
    });
  });
});
