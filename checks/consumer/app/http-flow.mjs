// Against the emulator CLI started from the installed tarball (its URL in argv[2]): session → token →
// simulated client (POST /_emulator/sessions/{id}/connections with the token) → archive start/stop →
// emulator clock advanced (POST /_emulator/clock/advance) → available, all over HTTP.
import assert from 'node:assert/strict';
import { getArchive, startArchive, stopArchive } from '@opentok/archive';
import { createClient } from '@opentok/core';
import { createSession } from '@opentok/session';
import { generateToken } from '@opentok/tokens';

const [url, apiKey, apiSecret] = process.argv.slice(2);
const control = async (path, body) => {
  const response = await fetch(`${url}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.ok(response.ok, `POST /_emulator/${path}: HTTP ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? undefined : response.json();
};

const client = createClient({ apiKey, apiSecret, apiUrl: url, retry: 0 });
const { sessionId } = await createSession(client, { mediaMode: 'routed' });
const token = await generateToken(client, { sessionId, role: 'publisher' });
const { connectionId } = await control(`sessions/${encodeURIComponent(sessionId)}/connections`, { token });
await control(`sessions/${encodeURIComponent(sessionId)}/streams`, { connectionId });
const archive = await startArchive(client, { sessionId, name: 'over HTTP' });
assert.equal(archive.status, 'started');
assert.equal((await stopArchive(client, { archiveId: archive.id })).status, 'stopped');
await control('clock/advance', { ms: 5_000 });
const available = await getArchive(client, { archiveId: archive.id });
assert.equal(available.status, 'available');
assert.ok(available.url?.startsWith(url), `download URL ${available.url} on the emulator`);
const download = await fetch(available.url);
assert.equal(download.status, 200);
console.log(
  `http flow: session, token, client ${connectionId.slice(0, 8)}…, archive started, stopped, available (${available.size} bytes at ${new URL(available.url).pathname.slice(0, 24)}…)`,
);
