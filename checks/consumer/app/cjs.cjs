// A CommonJS app: require() of the ESM-only packages (Node >= 20.19), the facade and the functions.
const assert = require('node:assert/strict');
const { createEmulator } = require('@opentok/emulator');
const { OpenTok, createClient: createClientFromSdk } = require('@opentok/sdk');
const { createClient } = require('@opentok/core');
const { createSession } = require('@opentok/session');
const { generateToken } = require('@opentok/tokens');
const { startArchive, stopArchive, getArchive } = require('@opentok/archive');

async function main() {
  assert.equal(createClientFromSdk, createClient, 'one copy of core behind the sdk and the packages');
  const emulator = createEmulator();
  const opentok = new OpenTok(emulator.project.apiKey, emulator.project.apiSecret, { apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
  const session = await opentok.createSession({ mediaMode: 'routed' });
  const token = await opentok.generateToken(session.sessionId, { role: 'publisher' });
  const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token });
  emulator.publishStream({ sessionId: session.sessionId, connectionId });
  const archive = await opentok.startArchive(session.sessionId);
  await opentok.stopArchive(archive.id);
  emulator.clock.advance(5_000);
  assert.equal((await opentok.getArchive(archive.id)).status, 'available');
  console.log('cjs facade: session, token, client, archive started, stopped, available');

  const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
  const { sessionId } = await createSession(client, { mediaMode: 'routed' });
  const joined = await emulator.connectClient({ sessionId, token: await generateToken(client, { sessionId }) });
  emulator.publishStream({ sessionId, connectionId: joined.connectionId });
  const started = await startArchive(client, { sessionId });
  await stopArchive(client, { archiveId: started.id });
  emulator.clock.advance(5_000);
  assert.equal((await getArchive(client, { archiveId: started.id })).status, 'available');
  console.log('cjs functions: createSession, generateToken, startArchive, stopArchive, getArchive');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
