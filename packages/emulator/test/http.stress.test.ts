// The stress cases of http.test.ts, moved unchanged: a 3 s load run over loopback, and a SIGTERM the moment the
// CLI's banner appears, 15 times running (it caught a race once: keep it). The stress project runs them once in CI.
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createClient } from '@opentok/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('listen', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = createEmulator();
    const { url } = await emulator.listen({ port: 0 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  afterAll(() => emulator.close());

  it('load: 50 concurrent keep-alive connections for 3 s over loopback, zero errors, zero 5xx', async () => {
    const { createRestAuthToken } = await import('@opentok/core/internal');
    const client = createClient({ ...emulator.project, apiUrl: emulator.url, retry: 0 });
    const { sessionId } = emulator.createSession({ mediaMode: 'routed' });
    const { generateToken } = await import('@opentok/tokens');
    const { connectionId } = await emulator.connectClient({ sessionId, token: await generateToken(emulator.project, { sessionId }) });
    emulator.publishStream({ sessionId, connectionId });
    const auth = await createRestAuthToken(client);
    const url = new URL(emulator.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const paths = [
      ['GET', `/v2/project/${emulator.project.apiKey}/session/${sessionId}/stream`, ''],
      ['POST', `/v2/project/${emulator.project.apiKey}/session/${sessionId}/signal`, '{"type":"t","data":"d"}'],
      ['GET', `/v2/project/${emulator.project.apiKey}/archive`, ''],
    ] as const;
    const one = (i: number) =>
      new Promise<number>((resolve, reject) => {
        const [method, path, body] = paths[i % paths.length]!;
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            method,
            path,
            agent,
            headers: { 'X-OPENTOK-AUTH': auth, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const deadline = Date.now() + 3000;
    const statuses = new Map<number, number>();
    let errors = 0;
    let sent = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (Date.now() < deadline && sent < 200_000) {
          const i = sent++;
          try {
            const status = await one(i);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          } catch {
            errors++;
          }
        }
      }),
    );
    agent.destroy();
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`load: ${total} requests in 3 s (${Math.round(total / 3)}/s), statuses ${JSON.stringify(Object.fromEntries(statuses))}, errors ${errors}`);
    expect(errors).toBe(0);
    expect([...statuses.keys()].sort()).toEqual([200, 204]);
    expect(total).toBeGreaterThan(500);
    expect(emulator.signals({ sessionId }).length).toBe(Math.min(statuses.get(204)!, 1000)); // the last 1000 are kept
  });
});

describe('opentok-emulator CLI (built dist)', () => {
  const cli = `${root}bin/opentok-emulator.js`;

  it('exits 0 on a SIGTERM sent the moment the banner appears (its listeners exist before the banner), 15 times running', async () => {
    const codes: (number | string | null)[] = [];
    for (let i = 0; i < 15; i++) {
      // Without the relaunch (NODE_OPTIONS sets the size), so the process that prints the banner is the one signalled.
      const child = spawn(process.execPath, [cli, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, NODE_OPTIONS: '--max-semi-space-size=2' },
      });
      codes.push(
        await new Promise((resolve) => {
          child.stdout!.once('data', () => child.kill('SIGTERM'));
          child.on('exit', (code, signal) => resolve(code ?? signal));
        }),
      );
    }
    expect(codes).toEqual(new Array(15).fill(0));
  });
});
