/**
 * Memory stays bounded: after a short loopback load run (20 keep-alive connections, signals, lists, archives,
 * all with a fresh auth JWT) and `reset()`, the heap returns to within a few MB of where it started; during the
 * run the logs hold no more than their caps.
 */
import { Agent, request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createClient } from '@opentok/core';
import { createRestAuthToken } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';
import { expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { answerCallbacks } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

it('a 2.5 s, 20-connection load run leaves the heap where it was once the emulator is reset', async () => {
  const emulator = createEmulator({ callbackFetch: answerCallbacks, logs: { signalsPerSession: 200 } });
  const { url } = await emulator.listen({ port: 0 });
  const client = createClient({ ...emulator.project, apiUrl: url, retry: 0 });
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 20 });
  const send = (method: string, path: string, body = '', type = 'application/json') =>
    createRestAuthToken(client).then(
      (auth) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = httpRequest(
            {
              host: target.hostname,
              port: target.port,
              method,
              path,
              agent,
              headers: { 'x-opentok-auth': auth, 'content-type': type, accept: 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              let text = '';
              res.on('data', (chunk: Buffer) => (text += chunk.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            },
          );
          req.on('error', reject);
          req.end(body);
        }),
    );
  const project = `/v2/project/${emulator.project.apiKey}`;
  await send('GET', `${project}/archive`);
  const before = heap();
  const deadline = Date.now() + 2500;
  let requests = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (Date.now() < deadline) {
        const created = await send('POST', '/session/create', 'p2p.preference=disabled', 'application/x-www-form-urlencoded');
        const [{ session_id: sessionId }] = JSON.parse(created.text) as [{ session_id: string }];
        const { connectionId } = await emulator.connectClient({ sessionId, token: await generateToken(emulator.project, { sessionId }) });
        emulator.publishStream({ sessionId, connectionId });
        const archive = JSON.parse((await send('POST', `${project}/archive`, JSON.stringify({ sessionId }))).text) as { id: string };
        for (let i = 0; i < 30 && Date.now() < deadline; i++) {
          expect((await send('POST', `${project}/session/${sessionId}/signal`, JSON.stringify({ type: 't', data: 'x'.repeat(500) }))).status).toBe(204);
          expect((await send('GET', `${project}/archive?count=10`)).status).toBe(200);
          requests += 2;
        }
        await send('POST', `${project}/archive/${archive.id}/stop`);
        expect(emulator.signals({ sessionId }).length).toBeLessThanOrEqual(200);
        requests += 3;
      }
    }),
  );
  agent.destroy();
  expect(requests).toBeGreaterThan(200);
  expect(emulator.requests.length).toBeLessThanOrEqual(1000);
  await emulator.close();
  emulator.reset();
  const after = heap();
  console.log(`memory: ${requests} requests; heap ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after reset`);
  expect(after - before).toBeLessThan(5 * 1024 * 1024);
});
