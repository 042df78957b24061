/**
 * Runs the bundled Worker (dist/worker.js, made by scripts/bundle.mjs) in workerd, Cloudflare's runtime,
 * asks it for tokens over HTTP and checks them with verifyToken.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { encodeSessionId } from '@opentok/core';
import { verifyToken } from '@opentok/tokens';
import workerd, { compatibilityDate } from 'workerd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const credentials = { apiKey: '47000001', apiSecret: 'edge-token-test-secret-0123456789abcdef' };
const sessionId = encodeSessionId({ apiKey: credentials.apiKey, location: '127.0.0.1', createdAt: Date.now(), random: 'edge' });
const otherProjectSession = encodeSessionId({ apiKey: '47000002', location: '127.0.0.1', createdAt: Date.now(), random: 'edge' });

const capnp = (text: string) => JSON.stringify(text);
const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = ${capnp(compatibilityDate)},
  bindings = [
    (name = "OPENTOK_API_KEY", text = ${capnp(credentials.apiKey)}),
    (name = "OPENTOK_API_SECRET", text = ${capnp(credentials.apiSecret)}),
  ],
);
`;

let dir = '';
let child: ChildProcess | undefined;
let origin = '';
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'edge-token-'));
  copyFileSync(fileURLToPath(new URL('../dist/worker.js', import.meta.url)), join(dir, 'worker.js'));
  writeFileSync(join(dir, 'config.capnp'), config);
  const process = spawn(workerd, ['serve', join(dir, 'config.capnp'), '--control-fd=3'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  child = process;
  process.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // workerd reports each socket's port on the control descriptor: {"event":"listen","socket":"http","port":NNNNN}
  const port = await new Promise<number>((resolve, reject) => {
    process.once('exit', (code) => reject(new Error(`workerd exited with ${code}: ${stderr}`)));
    createInterface({ input: process.stdio[3] as Readable }).on('line', (line) => {
      const message = JSON.parse(line) as { event?: string; socket?: string; port?: number };
      if (message.event === 'listen' && message.socket === 'http' && message.port) resolve(message.port);
    });
  });
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
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
