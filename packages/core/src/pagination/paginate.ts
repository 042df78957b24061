import { checkInteger, checkParams, invalid } from '../validation/checks.js';

/** One page of a list endpoint: the items and the total number of matching records. */
export interface Page<T> {
  readonly items: readonly T[];
  /** All matching records on the server, not the length of this page. */
  readonly total: number;
}

/** Options of the async iterators built on {@link paginate}. */
export interface PaginateOptions {
  /** Records fetched per request, 1 to 1000 (default 100). */
  readonly pageSize?: number;
  /** Index of the first record (0 = most recent; default 0). */
  readonly offset?: number;
}

/**
 * Turns an offset/count list endpoint into an async iterator over every record, fetching one page
 * at a time until the total is reached or a page comes back empty.
 *
 * @throws {ValidationError} when `fetchPage` is not a function, or `options` is not an object, has an unknown key, or a
 * `pageSize` or `offset` out of range (on the first `next()`).
 * @example
 * ```ts
 * import { paginate } from '@opentok/core';
 * for await (const archive of paginate((offset, count) => listArchives(client, { offset, count }))) console.log(archive.id);
 * ```
 */
export async function* paginate<T>(
  fetchPage: (offset: number, count: number) => Promise<Page<T>>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  if (typeof fetchPage !== 'function') invalid('fetchPage', 'must be a function', fetchPage);
  checkParams(options, 'options', ['pageSize', 'offset']);
  const count = checkInteger(options.pageSize, 'pageSize', 1, 1000) ?? 100;
  let offset = checkInteger(options.offset, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0;
  for (;;) {
    const page = await fetchPage(offset, count);
    yield* page.items;
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return;
  }
}
