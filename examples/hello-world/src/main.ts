/**
 * Hello World: one session, tokens from GET /token, and a page that starts and stops archives.
 * Runs against the in-process emulator unless OPENTOK_API_KEY and OPENTOK_API_SECRET are set.
 * PORT sets the port (default 3000; 0 picks a free one).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '@opentok/emulator';
import { OpenTok } from '@opentok/sdk';
import { createApp, type AppOptions } from './app.js';

/** Emulator time added on each archive list: archives finish processing after a few refreshes instead of 5 s. */
const EMULATOR_STEP_MS = 1_000;

async function emulatorMode(): Promise<AppOptions> {
  const emulator = createEmulator();
  const opentok = new OpenTok({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch });
  const session = await opentok.createSession({ mediaMode: 'routed' });
  // Archives need someone in the session: a simulated participant, publishing a camera stream.
  const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token: await session.generateToken({ data: 'name=Host' }) });
  emulator.publishStream({ sessionId: session.sessionId, connectionId, name: 'Host' });
  return { opentok, sessionId: session.sessionId, backend: 'the in-process OpenTok emulator, with one simulated participant', onListArchives: () => void emulator.clock.advance(EMULATOR_STEP_MS) };
}

async function realMode(): Promise<AppOptions> {
  const opentok = new OpenTok();
  const session = await opentok.createSession({ mediaMode: 'routed' });
  return { opentok, sessionId: session.sessionId, backend: `${opentok.client.apiUrl}; connect a client (OpenTok.js with a token from /token) before archiving` };
}

const options = process.env['OPENTOK_API_KEY'] && process.env['OPENTOK_API_SECRET'] ? await realMode() : await emulatorMode();
const port = Number(process.env['PORT'] ?? 3000);
const server = createServer(createApp(options)).listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`Hello World on http://127.0.0.1:${bound} (session ${options.sessionId}; API: ${options.backend})`);
});
