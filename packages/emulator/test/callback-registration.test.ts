/**
 * Who receives what: registrations by `createEmulator({ callbacks })`, `registerCallback()`, the control API
 * and the REST API (`/v2/project/{id}/callback`), filtered by group, event and owner, for both kinds; and the
 * `{code, message}` / EmulatorError refusals of bad registrations.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, EmulatorError, type RegisterCallbackOptions } from '../src/index.js';
import { receiver } from './callback-receiver.js';
import { KINDS, type KindHarness, kindHarness } from './kind-harness.js';

/** Connect, publish, unpublish, disconnect: two events of each session-monitoring group. */
async function monitor(h: KindHarness): Promise<void> {
  const sessionId = await h.session();
  const { connectionId } = await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
  const { streamId } = h.emulator.publishStream({ sessionId, connectionId });
  h.emulator.unpublishStream({ sessionId, streamId });
  h.emulator.disconnectClient({ sessionId, connectionId });
}

const names = (h: KindHarness, url: string) =>
  h.emulator
    .callbackDeliveries()
    .filter((d) => d.url === url)
    .map((d) => (JSON.parse(d.body) as { event: string }).event);

function refusal(run: () => unknown): EmulatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof EmulatorError) return error;
    throw error;
  }
  throw new Error('expected an EmulatorError');
}

describe.each(KINDS)('callback registrations of an OpenTok %s', (kind) => {
  it('filter by group and event; no group means every family', async () => {
    const h = kindHarness(kind, { callbackFetch: receiver().fetch });
    const table: [RegisterCallbackOptions, string[]][] = [
      [
        { url: 'https://h.example.com/all' },
        ['sessionCreated', 'connectionCreated', 'streamCreated', 'streamDestroyed', 'connectionDestroyed', 'sessionDestroyed'],
      ],
      [{ url: 'https://h.example.com/streams', group: 'stream' }, ['streamCreated', 'streamDestroyed']],
      [{ url: 'https://h.example.com/gone', group: 'connection', event: 'destroyed' }, ['connectionDestroyed']],
      [{ url: 'https://h.example.com/session', group: 'session', event: 'created' }, ['sessionCreated']],
      [{ url: 'https://h.example.com/archives', group: 'archive' }, []],
    ];
    for (const [options] of table) h.emulator.registerCallback(options);
    await monitor(h);
    await h.emulator.flushCallbacks();
    for (const [options, expected] of table) expect(names(h, options.url), options.url).toEqual(expected);
  });

  it("filter by owner: a registration naming a project or an application hears only that owner's events", async () => {
    const h = kindHarness(kind, { callbackFetch: receiver().fetch });
    const mine = h.emulator.registerCallback({
      url: 'https://h.example.com/mine',
      ...(kind === 'project' ? { apiKey: h.ownerId } : { applicationId: h.ownerId.toUpperCase() }),
    });
    const theirs = h.emulator.registerCallback({
      url: 'https://h.example.com/theirs',
      ...(kind === 'project' ? { applicationId: h.emulator.application.applicationId } : { apiKey: h.emulator.project.apiKey }),
    });
    expect(mine).toMatchObject(kind === 'project' ? { apiKey: h.ownerId } : { applicationId: h.ownerId });
    expect(theirs).not.toHaveProperty(kind === 'project' ? 'apiKey' : 'applicationId');
    await monitor(h);
    await h.emulator.flushCallbacks();
    expect(names(h, 'https://h.example.com/mine')).toHaveLength(6);
    expect(names(h, 'https://h.example.com/theirs')).toEqual([]);
  });

  it('REST registration (POST …/callback): the documented groups and events, one URL per group and event, listed and removed over REST', async () => {
    const h = kindHarness(kind, { callbackFetch: receiver().fetch });
    const first = await h.call<{ id: string }>('POST', `${h.base}/callback`, { group: 'connection', event: 'created', url: 'https://h.example.com/v1' });
    const replaced = await h.call<{ id: string; url: string }>('POST', `${h.base}/callback`, {
      group: 'connection',
      event: 'created',
      url: 'https://h.example.com/v2',
    });
    const archive = await h.call<{ id: string }>('POST', `${h.base}/callback`, { group: 'archive', event: 'status', url: 'https://h.example.com/archive' });
    h.emulator.registerCallback({ url: 'https://h.example.com/emulator', group: 'stream' });
    expect(await h.call('GET', `${h.base}/callback`)).toEqual([replaced, archive]);
    expect(replaced.id).not.toBe(first.id);
    expect(h.emulator.callbacks.map((c) => [c.url, c.source])).toEqual([
      ['https://h.example.com/v2', 'rest'],
      ['https://h.example.com/archive', 'rest'],
      ['https://h.example.com/emulator', 'emulator'],
    ]);
    await monitor(h);
    await h.emulator.flushCallbacks();
    expect(names(h, 'https://h.example.com/v1')).toEqual([]);
    expect(names(h, 'https://h.example.com/v2')).toEqual(['connectionCreated']);
    await h.call('DELETE', `${h.base}/callback/${replaced.id}`);
    await monitor(h);
    await h.emulator.flushCallbacks();
    expect(names(h, 'https://h.example.com/v2')).toEqual(['connectionCreated']);
    const emulatorOnly = h.emulator.callbacks.find((c) => c.source === 'emulator')!;
    await expect(h.call('DELETE', `${h.base}/callback/${emulatorOnly.id}`)).rejects.toThrow('No callback matches the specified ID');
    for (const [body, message] of [
      [{ group: 'render', event: 'status', url: 'https://h.example.com/x' }, '"group" must be one of archive, connection, stream'],
      [{ group: 'connection', event: 'connectionCreated', url: 'https://h.example.com/x' }, '"event" must be one of created, destroyed for group "connection"'],
      [{ group: 'archive', event: 'created', url: 'https://h.example.com/x' }, '"event" must be status for group "archive"'],
      [{ group: 'archive', event: 'status', url: 'ftp://h.example.com/x' }, '"url" must be an http:// or https:// URL'],
      [{ group: 'archive', url: 'https://h.example.com/x' }, '"event" is required'],
    ] as const) {
      await expect(h.call('POST', `${h.base}/callback`, body)).rejects.toThrow(message);
    }
  });

  it('the control API registers (201), lists and removes (204) registrations', async () => {
    const h = kindHarness(kind, { callbackFetch: receiver().fetch });
    const control = (method: string, path: string, body?: unknown) =>
      h.emulator.fetch(`http://e/_emulator${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    const owner = kind === 'project' ? { apiKey: h.ownerId } : { applicationId: h.ownerId };
    const created = await control('POST', '/callbacks', { url: 'https://h.example.com/c', group: 'session', ...owner });
    expect(created.status).toBe(201);
    const registration = (await created.json()) as { id: string };
    expect(registration).toEqual({
      id: expect.any(String),
      url: 'https://h.example.com/c',
      group: 'session',
      ...owner,
      source: 'emulator',
      signed: false,
      createdAt: 1_700_000_000_000,
    });
    expect(await (await control('GET', '/callbacks/registrations')).json()).toEqual([registration]);
    await monitor(h);
    expect(names(h, 'https://h.example.com/c')).toEqual(['sessionCreated', 'sessionDestroyed']);
    expect((await control('DELETE', `/callbacks/registrations/${registration.id}`)).status).toBe(204);
    const again = await control('DELETE', `/callbacks/registrations/${registration.id}`);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ code: 404, message: `Not found: no callback registration ${registration.id}.` });
    const bad = await control('POST', '/callbacks', { url: 'https://h.example.com/c', group: 'sip', event: 'status' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      code: 400,
      message: 'Invalid callback: "event" must be one of created, updated, destroyed, muteForced for group "sip".',
    });
  });
});

describe('bad registrations and options are EmulatorErrors naming the problem', () => {
  const emulator = createEmulator();
  it.each([
    [{ url: 'nope' }, 400, '"url" must be an http:// or https:// URL of at most 2048 characters'],
    [{ url: `https://example.com/${'x'.repeat(2048)}` }, 400, 'at most 2048 characters'],
    [{ url: 'https://example.com', group: 'archives' }, 400, '"group" must be one of session, connection, stream, archive, broadcast, sip, render, captions'],
    [{ url: 'https://example.com', event: 'created' }, 400, '"event" needs a "group"'],
    [{ url: 'https://example.com', group: 'render', event: 'created' }, 400, '"event" must be status for group "render"'],
    [{ url: 'https://example.com', events: ['x'] }, 400, '"events" is not an option'],
    [{ url: 'https://example.com', apiKey: '999' }, 404, 'No project 999'],
    [{ url: 'https://example.com', applicationId: '12345678-1234-4234-8234-123456789abc' }, 404, 'No application'],
    [{ url: 'https://example.com', apiKey: '10000001', applicationId: '00000000-0000-4000-8000-000010000001' }, 400, 'not both'],
    [null, 400, 'must be an object'],
  ])('%j', (options, status, message) => {
    const error = refusal(() => emulator.registerCallback(options as RegisterCallbackOptions));
    expect(error.status).toBe(status);
    expect(error.message).toContain(message);
  });

  it('at creation: callbacks, callbackFetch, callbackDelivery', () => {
    expect(refusal(() => createEmulator({ callbacks: {} as never })).message).toContain('"callbacks" must be an array');
    expect(refusal(() => createEmulator({ callbacks: [{ url: 'x' }] })).message).toContain('"url" must be');
    expect(refusal(() => createEmulator({ callbackFetch: 'fetch' as never })).message).toBe('"callbackFetch" must be a fetch function.');
    expect(refusal(() => createEmulator({ callbackDelivery: { retries: 11 } })).message).toBe('"callbackDelivery.retries" must be an integer from 0 to 10.');
    expect(refusal(() => createEmulator({ callbackDelivery: { timeoutMs: 0 } })).message).toBe(
      '"callbackDelivery.timeoutMs" must be an integer from 1 to 120000.',
    );
    expect(refusal(() => createEmulator({ callbackDelivery: { backoff: 2 } as never })).message).toContain('"callbackDelivery.backoff" is not an option');
    expect(refusal(() => emulator.unregisterCallback('nope')).status).toBe(404);
  });
});
