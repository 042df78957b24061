import { fail } from '../../kernel/errors.js';
import type { Params } from '../params.js';

/** A page of a list: where it starts and how many items it holds. */
export interface PageRequest {
  readonly offset: number;
  readonly count: number;
}

/** `offset` and `count` of list operations: offset ≥ 0 (default 0), count 1–1000 (default 50). */
export function readPage(query: Params): PageRequest {
  const read = (name: string, fallback: number, min: number, max: number): number => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max) fail(400, `Invalid request: "${name}" must be an integer from ${min} to ${max}.`);
    return Number(raw);
  };
  return { offset: read('offset', 0, 0, 1_000_000_000), count: read('count', 50, 1, 1000) };
}

/**
 * The page `{count: total, items}` of a list answer (`count` is the total, not the page size), most recent first,
 * from `items` kept oldest first: it costs the page's size, not the list's.
 */
export function page<T>(items: readonly T[], { offset, count }: PageRequest, view: (item: T) => unknown): { count: number; items: unknown[] } {
  const out: unknown[] = [];
  for (let i = items.length - 1 - offset; i >= 0 && out.length < count; i--) out.push(view(items[i]!));
  return { count: items.length, items: out };
}

/** The optional `sessionId` filter of list operations. */
export function sessionFilter(query: Params): string | undefined {
  const sessionId = query.get('sessionId');
  return sessionId === null || sessionId === '' ? undefined : sessionId;
}
