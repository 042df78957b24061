/**
 * `startArchive` with `hasTranscription` / `transcriptionProperties` (wire contract §4.1, §4.2): only an
 * individual archive with audio is transcribed, the properties need `hasTranscription: true`, and the archive
 * JSON echoes both; anything else is a 400 `{code, message}`.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, kindHarness } from './kind-harness.js';

describe.each(KINDS)('archive transcription for an OpenTok %s', (kind) => {
  async function live() {
    const h = kindHarness(kind);
    const sessionId = await h.session();
    await h.emulator.connectClient({ sessionId, token: await h.token(sessionId) });
    return { h, sessionId };
  }

  it('transcribes individual archives with audio and echoes hasTranscription and the properties in start, get and list', async () => {
    const { h, sessionId } = await live();
    const started = await h.call<{ id: string }>('POST', `${h.base}/archive`, {
      sessionId,
      outputMode: 'individual',
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'es-ES', hasSummary: true },
      multiArchiveTag: 'a',
    });
    expect(started).toMatchObject({
      outputMode: 'individual',
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'es-ES', hasSummary: true },
    });
    expect(await h.call('GET', `${h.base}/archive/${started.id}`)).toMatchObject({
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'es-ES', hasSummary: true },
    });
    const defaults = await h.call<{ id: string }>('POST', `${h.base}/archive`, {
      sessionId,
      outputMode: 'individual',
      hasTranscription: true,
      multiArchiveTag: 'b',
    });
    expect(defaults).toMatchObject({ hasTranscription: true, transcriptionProperties: { primaryLanguageCode: 'en-US', hasSummary: false } });
    const list = await h.call<{ items: { id: string; hasTranscription: boolean }[] }>('GET', `${h.base}/archive`);
    expect(list.items.map((a) => a.hasTranscription)).toEqual([true, true]);
    expect(h.emulator.archive(started.id)).toMatchObject({
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'es-ES', hasSummary: true },
    });
  });

  it('a transcribed archive carries a transcription object through its lifecycle: requested, then available with its url', async () => {
    const { h, sessionId } = await live();
    const { connectionId } = h.emulator.session(sessionId)!.connections[0]!;
    h.emulator.publishStream({ sessionId, connectionId });
    const properties = { primaryLanguageCode: 'es-ES', hasSummary: true };
    const started = await h.call<{ id: string; transcription: unknown }>('POST', `${h.base}/archive`, {
      sessionId,
      outputMode: 'individual',
      hasTranscription: true,
      transcriptionProperties: properties,
    });
    expect(started.transcription).toEqual({ status: 'requested', ...properties });
    const stopped = await h.call<{ transcription: unknown }>('POST', `${h.base}/archive/${started.id}/stop`);
    expect(stopped.transcription).toEqual({ status: 'requested', ...properties });
    h.emulator.clock.advance(5000);
    const available = await h.call<{ status: string; transcription: { url: string } }>('GET', `${h.base}/archive/${started.id}`);
    expect(available.status).toBe('available');
    const url = `${h.emulator.url}/_emulator/archives/${started.id}/transcription`;
    expect(available.transcription).toEqual({ status: 'available', url, ...properties });
    expect(Object.keys(available.transcription)).toEqual(['status', 'url', 'primaryLanguageCode', 'hasSummary']);
    const file = await h.emulator.fetch(url);
    expect(file.status).toBe(200);
    expect(await file.json()).toMatchObject({ archiveId: started.id, ...properties });
    const listed = await h.call<{ items: { transcription?: { status: string } }[] }>('GET', `${h.base}/archive`);
    expect(listed.items[0]?.transcription?.status).toBe('available');
  });

  it('the transcription of an archive in which nobody published fails, with its reason; the archive itself becomes available', async () => {
    const { h, sessionId } = await live();
    const started = await h.call<{ id: string }>('POST', `${h.base}/archive`, { sessionId, outputMode: 'individual', hasTranscription: true });
    await h.call('POST', `${h.base}/archive/${started.id}/stop`);
    h.emulator.clock.advance(5000);
    const archive = await h.call<{ status: string; transcription: unknown }>('GET', `${h.base}/archive/${started.id}`);
    expect(archive.status).toBe('available');
    expect(archive.transcription).toEqual({
      status: 'failed',
      reason: 'no audio was recorded (nobody published while the archive recorded)',
      primaryLanguageCode: 'en-US',
      hasSummary: false,
    });
    expect((await h.emulator.fetch(`${h.emulator.url}/_emulator/archives/${started.id}/transcription`)).status).toBe(404);
  });

  it('an archive without transcription says hasTranscription: false and has no properties; JSON nulls are absent', async () => {
    const { h, sessionId } = await live();
    const archive = await h.call<Record<string, unknown>>('POST', `${h.base}/archive`, { sessionId, hasTranscription: null, transcriptionProperties: null });
    expect(archive['hasTranscription']).toBe(false);
    expect(archive).not.toHaveProperty('transcriptionProperties');
    expect(archive).not.toHaveProperty('transcription');
  });

  it.each([
    [{ hasTranscription: true }, 'Invalid request: "hasTranscription" is only allowed for archives with outputMode "individual".'],
    [{ outputMode: 'composed', hasTranscription: true }, 'Invalid request: "hasTranscription" is only allowed for archives with outputMode "individual".'],
    [
      { outputMode: 'individual', hasAudio: false, hasTranscription: true },
      'Invalid request: an archive with "hasTranscription" must record audio ("hasAudio" cannot be false).',
    ],
    [{ outputMode: 'individual', transcriptionProperties: { hasSummary: true } }, 'Invalid request: "transcriptionProperties" needs "hasTranscription": true.'],
    [
      { outputMode: 'individual', hasTranscription: false, transcriptionProperties: {} },
      'Invalid request: "transcriptionProperties" needs "hasTranscription": true.',
    ],
    [{ outputMode: 'individual', hasTranscription: 'yes' }, 'Invalid request: "hasTranscription" must be true or false.'],
    [{ outputMode: 'individual', hasTranscription: true, transcriptionProperties: 'en-US' }, 'Invalid request: "transcriptionProperties" must be an object.'],
    [
      { outputMode: 'individual', hasTranscription: true, transcriptionProperties: { primaryLanguageCode: 'english' } },
      'Invalid request: "transcriptionProperties.primaryLanguageCode" must be a BCP-47 language code such as en-US.',
    ],
    [
      { outputMode: 'individual', hasTranscription: true, transcriptionProperties: { hasSummary: 1 } },
      'Invalid request: "transcriptionProperties.hasSummary" must be true or false.',
    ],
  ])('%j is a 400', async (options, message) => {
    const { h, sessionId } = await live();
    const response = await h.raw('POST', `${h.base}/archive`, { sessionId, ...options });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 400, message });
  });
});
