/**
 * `websocket.audioTransport` of Audio Connector (wire contract §8): `@vonage/video` sends it with snake_case
 * keys (`transport`, `encoding`, `audio_field`, `receive_audio_field`, `static_fields`); the emulator checks it
 * and keeps it (`emulator.audioConnection(id).audioTransport`).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, kindHarness } from './kind-harness.js';

describe.each(KINDS)('Audio Connector audioTransport for an OpenTok %s', (kind) => {
  async function connect(audioTransport: unknown, extra: Record<string, unknown> = {}) {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    const response = await h.raw('POST', `${h.base}/connect`, {
      sessionId,
      token: await h.token(sessionId),
      websocket: { uri: 'wss://example.com/audio', ...extra, audioTransport },
    });
    return { h, response };
  }

  it.each([
    [{ transport: 'binary' }],
    [{ transport: 'json', encoding: 'base64' }],
    // What @vonage/video 1.31.1 sends for { transport: JSON, encoding, audioField, receiveAudioField, staticFields }.
    [{ transport: 'json', encoding: 'base64', audio_field: 'payload', receive_audio_field: 'reply', static_fields: { call: 'c-1', seq: 3, test: true } }],
  ])('keeps %j', async (audioTransport) => {
    const { h, response } = await connect(audioTransport, { bidirectional: true });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    expect(h.emulator.audioConnection(id)?.audioTransport).toEqual(audioTransport);
  });

  it('without audioTransport the link has none (binary frames)', async () => {
    const { h, response } = await connect(undefined);
    const { id } = (await response.json()) as { id: string };
    expect(h.emulator.audioConnection(id)).not.toHaveProperty('audioTransport');
  });

  it.each([
    ['a string', 'json', 'Invalid request: "websocket.audioTransport" must be an object.'],
    ['an unknown transport', { transport: 'text' }, 'Invalid request: "websocket.audioTransport.transport" must be one of binary, json.'],
    ['json without encoding', { transport: 'json' }, 'Invalid request: "websocket.audioTransport.encoding" must be "base64" with transport "json".'],
    ['another encoding', { transport: 'json', encoding: 'hex' }, 'Invalid request: "websocket.audioTransport.encoding" must be one of base64.'],
    [
      'JSON fields with binary',
      { transport: 'binary', audio_field: 'a' },
      'Invalid request: "websocket.audioTransport.audio_field" is only allowed with transport "json".',
    ],
    [
      'camelCase keys',
      { transport: 'json', encoding: 'base64', audioField: 'a' },
      'Invalid request: "websocket.audioTransport.audioField" is not a field (expected transport, encoding, audio_field, receive_audio_field, static_fields).',
    ],
    [
      'an empty field name',
      { transport: 'json', encoding: 'base64', receive_audio_field: '' },
      'Invalid request: "websocket.audioTransport.receive_audio_field" must not be empty.',
    ],
    [
      'a nested static field',
      { transport: 'json', encoding: 'base64', static_fields: { meta: { a: 1 } } },
      'Invalid request: "websocket.audioTransport.static_fields.meta" must be a string, a number or a boolean.',
    ],
  ])('refuses %s with a 400', async (_what, audioTransport, message) => {
    const { response } = await connect(audioTransport);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 400, message });
  });
});
