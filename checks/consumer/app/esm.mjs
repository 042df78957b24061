// An ESM app as a user writes it, run from the scratch project where npm installed the packed tarballs:
// the OpenTok facade and the package functions against the in-process emulator. Prints one line per check.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getArchive, iterateArchives, startArchive, stopArchive } from '@opentok/archive';
import { createClient, OpenTokError } from '@opentok/core';
import { createEmulator } from '@opentok/emulator';
import { NotFoundError, OpenTok, Roles } from '@opentok/sdk';
import { createSession } from '@opentok/session';
import { sendSignal } from '@opentok/signal';
import { generateToken, verifyToken } from '@opentok/tokens';
import { parseCallback } from '@opentok/webhooks';

const coreVersion = JSON.parse(readFileSync(new URL('./node_modules/@opentok/core/package.json', import.meta.url), 'utf8')).version;
const emulator = createEmulator();

// The facade, classic shape.
const opentok = new OpenTok({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
const session = await opentok.createSession({ mediaMode: 'routed' });
const token = await session.generateToken({ role: Roles.moderator, data: 'name=esm' });
const { connectionId } = await emulator.connectClient({ sessionId: session.sessionId, token });
emulator.publishStream({ sessionId: session.sessionId, connectionId, name: 'esm' });
const archive = await opentok.startArchive(session.sessionId, { name: 'consumer esm' });
await archive.stop();
emulator.clock.advance(5_000);
assert.equal((await opentok.getArchive(archive.id)).status, 'available');
await assert.rejects(opentok.getArchive('00000000-0000-4000-8000-000000000000'), NotFoundError);
console.log('esm facade: session, token, client, archive started, stopped, available');

// The functions, one package each.
const client = createClient({ ...emulator.project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
const { sessionId } = await createSession(client, { mediaMode: 'routed' });
const fnToken = await generateToken(client, { sessionId, role: 'publisher' });
assert.equal((await verifyToken(client, fnToken)).role, 'publisher');
const joined = await emulator.connectClient({ sessionId, token: fnToken });
emulator.publishStream({ sessionId, connectionId: joined.connectionId });
const started = await startArchive(client, { sessionId, name: 'consumer functions' });
await stopArchive(client, { archiveId: started.id });
emulator.clock.advance(5_000);
assert.equal((await getArchive(client, { archiveId: started.id })).status, 'available');
const ids = [];
for await (const a of iterateArchives(client, { sessionId })) ids.push(a.id);
assert.deepEqual(ids, [started.id]);
await sendSignal(client, { sessionId, type: 'chat', data: 'hello' });
assert.ok(OpenTokError, 'core exports its error root');
assert.equal(typeof parseCallback, 'function');
console.log('esm functions: createSession, generateToken, verifyToken, startArchive, stopArchive, getArchive, iterateArchives, sendSignal');

// What went over the wire: the released version in the user agent.
const agents = new Set(emulator.requests.map((r) => r.headers['user-agent']));
assert.equal(agents.size, 1, `one user agent, got ${[...agents].join(' | ')}`);
const [agent] = agents;
assert.match(agent, new RegExp(`^OpenTok-TS-SDK/${coreVersion.replaceAll('.', '\\.')} `));
console.log(`esm user agent: ${agent}`);
