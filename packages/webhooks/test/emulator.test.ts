import { createClient, NotFoundError, type OpenTokClient } from '@opentok/core';
import { createEmulator, type Emulator } from '@opentok/emulator';
import { failure } from '@opentok/testing';
import { CREDENTIAL_KINDS, emulatorClient } from '@opentok/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CallbackRegistration, listCallbacks, registerCallback, unregisterCallback } from '../src/index.js';

let emulator: Emulator;
let client: OpenTokClient;

describe.each(CREDENTIAL_KINDS)('callback registration against the emulator with %s credentials', (kind) => {
  beforeEach(() => {
    emulator = createEmulator({ clock: { start: 1_700_000_000_000, frozen: true } });
    client = emulatorClient(emulator, kind);
  });

  it('registers, lists and unregisters', async () => {
    const archive = await registerCallback(client, { group: 'archive', event: 'status', url: 'https://example.com/archive' });
    expect(archive).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      group: 'archive',
      event: 'status',
      url: 'https://example.com/archive',
      createdAt: 1_700_000_000_000,
    } satisfies CallbackRegistration);
    emulator.clock.advance(1000);
    const stream = await registerCallback(client, { group: 'stream', event: 'destroyed', url: 'http://127.0.0.1:9000/streams' });
    expect(stream.createdAt).toBe(1_700_000_001_000);

    expect(await listCallbacks(client)).toEqual([archive, stream]);
    await unregisterCallback(client, { callbackId: archive.id });
    expect(await listCallbacks(client)).toEqual([stream]);
    await unregisterCallback(client, { callbackId: stream.id });
    expect(await listCallbacks(client)).toEqual([]);
  });

  it('unregistering twice is a NotFoundError with the emulator’s message', async () => {
    const { id } = await registerCallback(client, { group: 'connection', event: 'created', url: 'https://example.com/c' });
    await unregisterCallback(client, { callbackId: id });
    const error = await failure(unregisterCallback(client, { callbackId: id }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      'unregisterCallback failed: there is no registered callback with this ID (HTTP 404: Not found. No callback matches the specified ID.)',
    );
  });

  it('another project neither sees nor removes them', async () => {
    const { id } = await registerCallback(client, { group: 'archive', event: 'status', url: 'https://example.com/archive' });
    const project = emulator.addProject({ apiKey: '87654321', apiSecret: 'another-project-secret-0123456789abcdef' });
    const other = createClient({ ...project, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
    expect(await listCallbacks(other)).toEqual([]);
    expect(await failure(unregisterCallback(other, { callbackId: id }))).toBeInstanceOf(NotFoundError);
    expect((await listCallbacks(client)).map((registration) => registration.id)).toEqual([id]);
  });
});
