/**
 * Hello World: one session, tokens from GET /token, and a page that starts and stops archives.
 * Runs against the real API when VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (or OPENTOK_API_KEY and
 * OPENTOK_API_SECRET) are set, else against the in-process emulator with its demo Vonage application.
 * PORT sets the port (default 3000; 0 picks a free one).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '@opentok/emulator';
import { OpenTok } from '@opentok/sdk';
import { type AppOptions, createApp } from './app.js';

/** Emulator time added on each archive list: archives finish processing after a few refreshes instead of 5 s. */
const EMULATOR_STEP_MS = 1_000;

async function emulatorMode(): Promise<AppOptions> {
  const emulator = createEmulator();
  const { applicationId, privateKey } = emulator.application;
  const opentok = new OpenTok({ applicationId, privateKey, apiUrl: emulator.url, fetch: emulator.fetch });
  const session = await opentok.createSession({ mediaMode: 'routed' });
  // Archives need someone in the session: a simulated participant, publishing a camera stream.
  const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token: await session.generateToken({ data: 'name=Host' }) });
  emulator.publishStream({ sessionId: session.sessionId, connectionId, name: 'Host' });
  return {
    opentok,
    sessionId: session.sessionId,
    backend: 'the in-process emulator with its demo Vonage application, and one simulated participant',
    onListArchives: () => void emulator.clock.advance(EMULATOR_STEP_MS),
    // The archives' URLs name the in-process emulator, which only this process can reach.
    fetchArchiveFile: (url) => emulator.fetch(new Request(url)),
  };
}

async function realMode(): Promise<AppOptions> {
  // VONAGE_APPLICATION_ID + VONAGE_PRIVATE_KEY, else OPENTOK_API_KEY + OPENTOK_API_SECRET; OPENTOK_API_URL overrides the URL.
  const opentok = new OpenTok();
  const session = await opentok.createSession({ mediaMode: 'routed' });
  const who = opentok.applicationId === undefined ? `OpenTok project ${opentok.apiKey}` : `Vonage application ${opentok.applicationId}`;
  return { opentok, sessionId: session.sessionId, backend: `${opentok.client.apiUrl} (${who}); connect a client with a token from /token before archiving` };
}

const env = process.env;
const real = Boolean((env['VONAGE_APPLICATION_ID'] && env['VONAGE_PRIVATE_KEY']) || (env['OPENTOK_API_KEY'] && env['OPENTOK_API_SECRET']));
const options = real ? await realMode() : await emulatorMode();
const port = Number(env['PORT'] ?? 3000);
const server = createServer(createApp(options)).listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`Hello World on http://127.0.0.1:${bound} (session ${options.sessionId}; API: ${options.backend})`);
});
