/**
 * Pause semantics, token roles and the read-after-write lag through the official `opentok` 2.23.2 over loopback
 * HTTP (the same behaviours are tested through this SDK's core in archives, token-roles and state tests).
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.js';
import { answerCallbacks } from './helpers.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenTok = require('opentok') as new (key: string, secret: string, env: string) => Sdk;
type Sdk = Record<string, (...args: unknown[]) => unknown>;

function call<T = unknown>(sdk: Sdk, method: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    sdk[method]!.call(sdk, ...args, (error: unknown, value: T) => (error ? reject(error as Error) : resolve(value)));
  });
}

const running: Emulator[] = [];
afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
});

async function start(options: Parameters<typeof createEmulator>[0] = {}): Promise<{ emulator: Emulator; sdk: Sdk }> {
  const emulator = createEmulator({ callbackFetch: answerCallbacks, clock: { frozen: true }, ...options });
  running.push(emulator);
  const { url } = await emulator.listen({ port: 0 });
  return { emulator, sdk: new OpenTok(emulator.project.apiKey, emulator.project.apiSecret, url) };
}

describe('opentok-node 2.23.2 sees', () => {
  it('an archive paused while nobody publishes, started again when somebody does', async () => {
    const { emulator, sdk } = await start();
    const { sessionId } = await call<{ sessionId: string }>(sdk, 'createSession', { mediaMode: 'routed' });
    const token = sdk['generateToken']!.call(sdk, sessionId) as string;
    const { connectionId } = await emulator.connectClient({ sessionId, token });
    const { streamId } = emulator.publishStream({ sessionId, connectionId });
    const archive = await call<{ id: string; status: string }>(sdk, 'startArchive', sessionId, { name: 'pause' });
    expect(archive.status).toBe('started');
    emulator.unpublishStream({ sessionId, streamId });
    expect((await call<{ status: string }>(sdk, 'getArchive', archive.id)).status).toBe('paused');
    emulator.publishStream({ sessionId, connectionId });
    expect((await call<{ status: string }>(sdk, 'getArchive', archive.id)).status).toBe('started');
    expect((await call<{ status: string }>(sdk, 'stopArchive', archive.id)).status).toBe('stopped');
  });

  it('a SIP dial with a subscriber token refused, with a publisher token accepted', async () => {
    const { emulator, sdk } = await start();
    const { sessionId } = await call<{ sessionId: string }>(sdk, 'createSession', { mediaMode: 'routed' });
    await emulator.connectClient({ sessionId, token: sdk['generateToken']!.call(sdk, sessionId) as string });
    const subscriber = sdk['generateToken']!.call(sdk, sessionId, { role: 'subscriber' }) as string;
    await expect(call(sdk, 'dial', sessionId, subscriber, 'sip:alice@sip.example.com', {})).rejects.toThrow();
    const publisher = sdk['generateToken']!.call(sdk, sessionId, { role: 'publisher' }) as string;
    await expect(call(sdk, 'dial', sessionId, publisher, 'sip:alice@sip.example.com', {})).resolves.toMatchObject({ connectionId: expect.any(String) });
  });

  it('the read-after-write lag: a start on a session created a moment ago is "not found", then works', async () => {
    const { emulator, sdk } = await start({ readAfterWriteLagMs: 1000 });
    const { sessionId } = await call<{ sessionId: string }>(sdk, 'createSession', { mediaMode: 'routed' });
    const { connectionId } = await emulator.connectClient({ sessionId, token: sdk['generateToken']!.call(sdk, sessionId) as string });
    emulator.publishStream({ sessionId, connectionId });
    await expect(call(sdk, 'startArchive', sessionId, {})).rejects.toThrow(/not found|404|Session/i);
    emulator.clock.advance(1000);
    await expect(call(sdk, 'startArchive', sessionId, {})).resolves.toMatchObject({ status: 'started' });
  });
});
