import { NotFoundError } from '@opentok/core';
import { TEST_SESSION_ID, useRecorder } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { iterateArchives } from '../src/index.js';

const recorder = useRecorder();
const archiveJson = (n: number) => ({
  id: `archive-${n}`,
  status: 'available',
  sessionId: TEST_SESSION_ID,
  projectId: 12345678,
  createdAt: 1_700_000_000_000 - n,
  duration: n,
  size: n * 100,
  url: `https://example.com/${n}.mp4`,
});
const page = (total: number, ...ns: number[]) => ({ body: { count: total, items: ns.map(archiveJson) } });

async function collect(iterator: AsyncIterable<{ id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const archive of iterator) ids.push(archive.id);
  return ids;
}

describe('iterateArchives', () => {
  it('walks every page in order, then stops at the total', async () => {
    recorder.reply(page(5, 0, 1), page(5, 2, 3), page(5, 4));
    const ids = await collect(iterateArchives(recorder.client, { sessionId: TEST_SESSION_ID, pageSize: 2 }));
    expect(ids).toEqual(['archive-0', 'archive-1', 'archive-2', 'archive-3', 'archive-4']);
    expect(recorder.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /v2/project/12345678/archive?offset=0&count=2&sessionId=${TEST_SESSION_ID}`,
      `GET /v2/project/12345678/archive?offset=2&count=2&sessionId=${TEST_SESSION_ID}`,
      `GET /v2/project/12345678/archive?offset=4&count=2&sessionId=${TEST_SESSION_ID}`,
    ]);
  });

  it('starts at an offset, with the session filter', async () => {
    recorder.reply(page(5, 3, 4));
    expect(await collect(iterateArchives(recorder.client, { sessionId: TEST_SESSION_ID, offset: 3, pageSize: 2 }))).toEqual(['archive-3', 'archive-4']);
    expect(recorder.requests.map((r) => r.url)).toEqual([`/v2/project/12345678/archive?offset=3&count=2&sessionId=${TEST_SESSION_ID}`]);
  });

  it('yields typed archives and defaults to pages of 100 without a session filter', async () => {
    recorder.reply(page(1, 7));
    const archives = [];
    for await (const archive of iterateArchives(recorder.client)) archives.push(archive);
    expect(archives).toEqual([
      {
        id: 'archive-7',
        status: 'available',
        name: null,
        reason: '',
        sessionId: TEST_SESSION_ID,
        projectId: '12345678',
        createdAt: 1_699_999_999_993,
        size: 700,
        duration: 7,
        hasAudio: true,
        hasVideo: true,
        outputMode: 'composed',
        streamMode: 'auto',
        streams: [],
        resolution: null,
        url: 'https://example.com/7.mp4',
      },
    ]);
    expect(recorder.requests.map((r) => r.url)).toEqual(['/v2/project/12345678/archive?offset=0&count=100']);
  });

  it('stops on an empty page even if the total promised more (archives deleted meanwhile)', async () => {
    recorder.reply(page(10, 0, 1, 2), page(10));
    expect(await collect(iterateArchives(recorder.client, { pageSize: 3 }))).toEqual(['archive-0', 'archive-1', 'archive-2']);
    expect(recorder.requests).toHaveLength(2);
  });

  it('sends nothing until iterated, and only as far as the caller reads', async () => {
    recorder.reply(page(6, 0, 1), page(6, 2, 3));
    const iterator = iterateArchives(recorder.client, { pageSize: 2 });
    expect(recorder.requests).toHaveLength(0);
    for await (const archive of iterator) if (archive.id === 'archive-2') break;
    expect(recorder.requests.map((r) => r.url)).toEqual(['/v2/project/12345678/archive?offset=0&count=2', '/v2/project/12345678/archive?offset=2&count=2']);
  });

  it('surfaces a failing page as the typed API error', async () => {
    recorder.reply(page(4, 0, 1), { status: 404, body: { message: 'Not found.' } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const archive of iterateArchives(recorder.client, { pageSize: 2 })) seen.push(archive.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['archive-0', 'archive-1']);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('listArchives failed: not found (HTTP 404: Not found.)');
  });
});
