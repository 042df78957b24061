import { describe, expect, it } from 'vitest';
import { paginate, ValidationError } from '../src/index.js';

function pages(total: number) {
  const calls: Array<[number, number]> = [];
  const all = Array.from({ length: total }, (_, i) => `a${i}`);
  const fetchPage = async (offset: number, count: number) => {
    calls.push([offset, count]);
    return { items: all.slice(offset, offset + count), total };
  };
  return { calls, fetchPage };
}

describe('paginate', () => {
  it('walks every page until the total is reached', async () => {
    const { calls, fetchPage } = pages(7);
    const seen: string[] = [];
    for await (const item of paginate(fetchPage, { pageSize: 3 })) seen.push(item);
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(calls).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
    ]);
  });

  it('starts at an offset, defaults to 100 per page and stops on an empty page', async () => {
    const { calls, fetchPage } = pages(5);
    const seen: string[] = [];
    for await (const item of paginate(fetchPage, { offset: 2 })) seen.push(item);
    expect(seen).toEqual(['a2', 'a3', 'a4']);
    expect(calls).toEqual([[2, 100]]);
    let asked = 0;
    const liar = async () => ({ items: asked++ === 0 ? ['x'] : [], total: 50 });
    const got: string[] = [];
    for await (const item of paginate(liar, { pageSize: 1 })) got.push(item);
    expect(got).toEqual(['x']);
  });

  it('stops early when the caller breaks', async () => {
    const { calls, fetchPage } = pages(10);
    for await (const item of paginate(fetchPage, { pageSize: 2 })) if (item === 'a1') break;
    expect(calls).toHaveLength(1);
  });

  it('validates pageSize and offset', async () => {
    const { fetchPage } = pages(1);
    await expect(paginate(fetchPage, { pageSize: 0 }).next()).rejects.toThrow(
      new ValidationError({ parameter: 'pageSize', rule: 'must be from 1 to 1000', value: 0 }).message,
    );
    await expect(paginate(fetchPage, { pageSize: 1001 }).next()).rejects.toThrow('pageSize must be from 1 to 1000 (got 1001)');
    await expect(paginate(fetchPage, { offset: -1 }).next()).rejects.toThrow('offset must be from 0 to');
    await expect(paginate(fetchPage, { offset: 1.5 }).next()).rejects.toThrow('offset must be an integer (got 1.5)');
  });
});
