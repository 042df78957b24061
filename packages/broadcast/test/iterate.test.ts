import { NotFoundError } from '@opentok/core';
import { TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { iterateBroadcasts } from '../src/index.js';

const recorder = useRecorder();
const path = `/v2/project/${TEST_CREDENTIALS.apiKey}/broadcast`;
const item = (id: string) => ({ id, sessionId: TEST_SESSION_ID, projectId: TEST_CREDENTIALS.apiKey, createdAt: 1, updatedAt: 1, status: 'stopped' });
const page = (total: number, ...ids: string[]) => ({ body: { count: total, items: ids.map(item) } });

async function collect(iterator: AsyncIterable<{ id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const broadcast of iterator) ids.push(broadcast.id);
  return ids;
}

describe('iterateBroadcasts', () => {
  it('fetches page after page until the total is reached', async () => {
    recorder.reply(page(5, 'a', 'b'), page(5, 'c', 'd'), page(5, 'e'));
    expect(await collect(iterateBroadcasts(recorder.client, { pageSize: 2 }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(recorder.requests.map((r) => r.url)).toEqual([`${path}?offset=0&count=2`, `${path}?offset=2&count=2`, `${path}?offset=4&count=2`]);
  });

  it('passes the session filter and start offset, default page size 100', async () => {
    recorder.reply(page(3, 'c'));
    expect(await collect(iterateBroadcasts(recorder.client, { sessionId: TEST_SESSION_ID, offset: 2 }))).toEqual(['c']);
    expect(recorder.requests.map((r) => r.url)).toEqual([`${path}?offset=2&count=100&sessionId=${TEST_SESSION_ID}`]);
  });

  it('stops at an empty page even when the total says more', async () => {
    recorder.reply(page(10, 'a'), page(10));
    expect(await collect(iterateBroadcasts(recorder.client, { pageSize: 1 }))).toEqual(['a']);
    expect(recorder.requests).toHaveLength(2);
  });

  it('fetches no further page when the loop breaks early', async () => {
    recorder.reply(page(4, 'a', 'b'));
    for await (const broadcast of iterateBroadcasts(recorder.client, { pageSize: 2 })) {
      expect(broadcast.id).toBe('a');
      break;
    }
    expect(recorder.requests).toHaveLength(1);
  });

  it('sends nothing until the first next()', async () => {
    const iterator = iterateBroadcasts(recorder.client);
    expect(recorder.requests).toHaveLength(0);
    recorder.reply(page(0));
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(recorder.requests).toHaveLength(1);
  });

  it('rejects with the typed error of a failed page', async () => {
    recorder.reply(page(3, 'a'), { status: 404, body: { message: 'Not found' } });
    const iterator = iterateBroadcasts(recorder.client, { pageSize: 1 });
    expect((await iterator.next()).value).toMatchObject({ id: 'a' });
    await expect(iterator.next()).rejects.toBeInstanceOf(NotFoundError);
  });
});
