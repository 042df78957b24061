/** Snapshots: export the whole state and import it; export → import → export is byte-identical (manual clock). */
import { describe, expect, it } from 'vitest';
import { createEmulator, EmulatorError } from '../src/index.js';
import { answerCallbacks, harness } from './helpers.js';

async function busy() {
  const h = harness({ clock: { frozen: true, start: 1_700_000_000_000 }, callbackFetch: answerCallbacks });
  const { sessionId, connectionId, streamId } = await h.live();
  await h.call('POST', `${h.base}/session/${sessionId}/signal`, { type: 'chat', data: 'hi' });
  const archive = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, name: 'kept' });
  const stopped = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, multiArchiveTag: 'b' });
  await h.call('POST', `${h.base}/archive/${stopped.id}/stop`);
  await h.call('POST', `${h.base}/broadcast`, { sessionId, outputs: { hls: {} } });
  await h.call('POST', `${h.base}/dial`, { sessionId, token: await h.token(sessionId), sip: { uri: 'sip:a@b.example.com' } });
  await h.call('POST', `${h.base}/render`, { sessionId, token: await h.token(sessionId), url: 'https://example.com/page' });
  await h.call('POST', `${h.base}/captions`, { sessionId, token: await h.token(sessionId, 'moderator') });
  await h.call('POST', `${h.base}/callback`, { group: 'archive', event: 'status', url: 'http://127.0.0.1:9/hook' });
  h.emulator.registerCallback({ url: 'http://127.0.0.1:9/all', secret: 'whsec' });
  const relayed = h.emulator.createSession({ mediaMode: 'relayed', location: '10.0.0.1' });
  h.emulator.clock.advance(1000);
  return { h, sessionId, connectionId, streamId, archiveId: archive.id, stoppedId: stopped.id, relayed: relayed.sessionId };
}

describe('snapshots', () => {
  it('export → import → export is byte-identical', async () => {
    const { h } = await busy();
    const first = JSON.stringify(h.emulator.exportState());
    const copy = createEmulator({ state: JSON.parse(first), callbackFetch: answerCallbacks });
    expect(JSON.stringify(copy.exportState())).toBe(first);
    const again = createEmulator({ clock: { frozen: true }, callbackFetch: answerCallbacks }); // importState keeps the emulator's clock mode
    again.importState(JSON.parse(first));
    expect(JSON.stringify(again.exportState())).toBe(first);
  });

  it('the imported state works: sessions, clients, lifecycles, registrations, the clock', async () => {
    const { h, sessionId, connectionId, archiveId, stoppedId } = await busy();
    const state = h.emulator.exportState();
    expect(state).toMatchObject({ format: 'opentok-emulator-state', version: 1, clock: { now: 1_700_000_001_000, frozen: true } });
    const copy = createEmulator({ state, callbackFetch: answerCallbacks });
    expect(copy.clock.now()).toBe(1_700_000_001_000);
    expect(copy.session(sessionId)?.connections.map((c) => c.connectionId)).toContain(connectionId);
    expect(copy.archive(archiveId)?.status).toBe('started');
    expect(copy.signals({ sessionId })).toHaveLength(h.emulator.signals({ sessionId }).length);
    expect(copy.callbacks.map((c) => c.url)).toEqual(h.emulator.callbacks.map((c) => c.url));
    copy.clock.advance(5000); // the stopped archive's processing was rescheduled
    expect(copy.archive(stoppedId)?.status).toBe('available');
    // One recording per session still holds after import (the active index was rebuilt).
    const client = (await import('@opentok/core')).createClient({ ...copy.project, apiUrl: copy.url, fetch: copy.fetch, retry: 0 });
    const { request } = await import('@opentok/core/internal');
    await expect(
      request(client, { operation: 'startArchive', method: 'POST', path: `/v2/project/${copy.project.apiKey}/archive`, json: { sessionId } }),
    ).rejects.toMatchObject({ status: 409 });
    const list = await request<{ count: number }>(client, { operation: 'listArchives', method: 'GET', path: `/v2/project/${copy.project.apiKey}/archive` });
    expect(list.count).toBe(2);
  });

  it('GET and PUT /_emulator/state', async () => {
    const { h } = await busy();
    const exported = await (await h.emulator.fetch('http://e/_emulator/state')).text();
    expect(JSON.parse(exported)).toEqual(JSON.parse(JSON.stringify(h.emulator.exportState())));
    const other = createEmulator({ clock: { frozen: true }, callbackFetch: answerCallbacks });
    const put = await other.fetch('http://e/_emulator/state', { method: 'PUT', body: exported, headers: { 'content-type': 'application/json' } });
    expect(put.status).toBe(204);
    expect(JSON.stringify(other.exportState())).toBe(JSON.stringify(h.emulator.exportState()));
    const bad = await other.fetch('http://e/_emulator/state', { method: 'PUT', body: '{"format":"nope"}', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
  });

  it('refuses what is not a state, with an EmulatorError', () => {
    for (const state of [
      {},
      { format: 'opentok-emulator-state', version: 2 },
      {
        format: 'opentok-emulator-state',
        version: 1,
        clock: { now: 1, frozen: true },
        projects: [],
        applications: [],
        sessions: [],
        archives: [],
        broadcasts: [],
        sipCalls: [],
        renders: [],
        audioConnections: [],
        captions: [],
        callbacks: [],
      },
    ]) {
      expect(() => createEmulator({ state: state as never })).toThrow(EmulatorError);
    }
  });
});

describe('read-after-write lag (readAfterWriteLagMs)', () => {
  it('is off by default', async () => {
    const h = harness();
    const { sessionId } = await h.live();
    await expect(h.call('POST', `${h.base}/archive`, { sessionId })).resolves.toMatchObject({ status: 'started' });
  });

  it('a session created a moment ago answers 404 to a start until the lag has passed', async () => {
    const h = harness({ clock: { frozen: true }, readAfterWriteLagMs: 500 });
    const sessionId = await h.session('routed');
    const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    h.emulator.publishStream({ sessionId, connectionId });
    await expect(h.call('POST', `${h.base}/archive`, { sessionId })).rejects.toMatchObject({ status: 404 });
    h.emulator.clock.advance(499);
    await expect(h.call('POST', `${h.base}/session/${sessionId}/signal`, { data: 'x' })).rejects.toMatchObject({ status: 404 });
    h.emulator.clock.advance(1);
    await expect(h.call('POST', `${h.base}/archive`, { sessionId })).resolves.toMatchObject({ status: 'started' });
  });
});
