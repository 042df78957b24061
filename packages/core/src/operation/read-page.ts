import type { Page } from '../pagination/paginate.js';
import { readAnswer } from './read-answer.js';

/**
 * Reads a list answer, `{ count, items: [...] }`, into the one list shape: the items mapped with `toItem` (each by
 * the one response rule) and the service's `count` as `total` (the number of items when the service leaves it out).
 * An answer without an `items` array is an `InvalidResponseError` that says `detail`.
 */
export function readPage<T>(answer: unknown, operation: string, toItem: (item: unknown, operation: string) => T, detail = 'without an "items" list'): Page<T> {
  const field = readAnswer(answer, operation, detail);
  const items = field('items', 'array').map((item) => toItem(item, operation));
  return { items, total: field('count', 'number', items.length) };
}
