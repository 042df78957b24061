import { NotFoundError } from '@opentok/core';
import { TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { iterateRenders } from '../src/index.js';

const recorder = useRecorder();
const path = `/v2/project/${TEST_CREDENTIALS.apiKey}/render`;
const item = (id: string) => ({
  id,
  sessionId: TEST_SESSION_ID,
  projectId: TEST_CREDENTIALS.apiKey,
  createdAt: 1,
  updatedAt: 2,
  url: 'https://x',
  resolution: '640x480',
  status: 'stopped',
});
const page = (total: number, ...ids: string[]) => ({ body: { count: total, items: ids.map(item) } });

async function collect(iterator: AsyncIterable<{ id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const render of iterator) ids.push(render.id);
  return ids;
}

describe('iterateRenders', () => {
  it('fetches page after page until the total is reached', async () => {
    recorder.reply(page(5, 'a', 'b'), page(5, 'c', 'd'), page(5, 'e'));
    expect(await collect(iterateRenders(recorder.client, { pageSize: 2 }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(recorder.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${path}?offset=0&count=2`,
      `GET ${path}?offset=2&count=2`,
      `GET ${path}?offset=4&count=2`,
    ]);
  });

  it('yields typed renders, in pages of 100 by default', async () => {
    recorder.reply(page(1, 'a'));
    const renders = [];
    for await (const render of iterateRenders(recorder.client)) renders.push(render);
    expect(renders).toEqual([
      {
        id: 'a',
        sessionId: TEST_SESSION_ID,
        projectId: TEST_CREDENTIALS.apiKey,
        createdAt: 1,
        updatedAt: 2,
        url: 'https://x',
        resolution: '640x480',
        status: 'stopped',
      },
    ]);
    expect(recorder.requests.map((r) => r.url)).toEqual([`${path}?offset=0&count=100`]);
  });

  it('starts at an offset', async () => {
    recorder.reply(page(5, 'd', 'e'));
    expect(await collect(iterateRenders(recorder.client, { offset: 3, pageSize: 2 }))).toEqual(['d', 'e']);
    expect(recorder.requests.map((r) => r.url)).toEqual([`${path}?offset=3&count=2`]);
  });

  it('refuses bad params from the first next(), not at the call, and sends nothing', async () => {
    const iterator = iterateRenders(recorder.client, { pageSize: 0 });
    await expect(iterator.next()).rejects.toThrow('pageSize must be from 1 to 1000 (got 0)');
    expect(recorder.requests).toHaveLength(0);
  });

  it('stops at an empty page even when the total says more', async () => {
    recorder.reply(page(10, 'a'), page(10));
    expect(await collect(iterateRenders(recorder.client, { pageSize: 1 }))).toEqual(['a']);
    expect(recorder.requests).toHaveLength(2);
  });

  it('fetches no further page when the loop breaks early', async () => {
    recorder.reply(page(4, 'a', 'b'));
    for await (const render of iterateRenders(recorder.client, { pageSize: 2 })) {
      expect(render.id).toBe('a');
      break;
    }
    expect(recorder.requests).toHaveLength(1);
  });

  it('sends nothing until the first next(), then passes the per-call options to every page', async () => {
    const iterator = iterateRenders(recorder.client, { pageSize: 1 }, { headers: { 'X-Trace': 't' } });
    expect(recorder.requests).toHaveLength(0);
    recorder.reply(page(2, 'a'), page(2, 'b'));
    expect(await collect(iterator)).toEqual(['a', 'b']);
    expect(recorder.requests.map((r) => r.headers['x-trace'])).toEqual(['t', 't']);
  });

  it('rejects with the typed error of a failed page', async () => {
    recorder.reply(page(3, 'a'), { status: 404, body: { message: 'Not found' } });
    const iterator = iterateRenders(recorder.client, { pageSize: 1 });
    expect((await iterator.next()).value).toMatchObject({ id: 'a' });
    await expect(iterator.next()).rejects.toBeInstanceOf(NotFoundError);
  });
});
