import type { OpenTokClient } from '../client/create-client.js';
import { type Page, type PaginateOptions, paginate } from '../pagination/paginate.js';
import type { RequestOptions } from '../transport/request-options.js';
import { checkCall } from './check-call.js';

/** A list operation: one page of records from `offset`, at most `count` of them, with the list's filters. */
export type ListOperation<T, F extends object> = (
  client: OpenTokClient,
  params: F & { readonly offset?: number; readonly count?: number },
  options?: RequestOptions,
) => Promise<Page<T>>;

/**
 * The body of every `iterate*` operation: an async generator over every record `list` returns, one page at a time.
 * It takes the list's `filters` plus `pageSize` (default 100) and `offset` (default 0), and checks everything
 * lazily: a bad client or param is a `ValidationError` from the first `next()`, before any request.
 */
export async function* iterateList<T, F extends object>(
  list: ListOperation<T, F>,
  client: OpenTokClient,
  params: F & PaginateOptions,
  options: RequestOptions | undefined,
  filters: readonly (keyof F & string)[],
): AsyncGenerator<T, void, undefined> {
  const { pageSize, offset, ...filter } = checkCall(client, params, [...filters, 'pageSize', 'offset']);
  yield* paginate((start, count) => list(client, { ...(filter as F), offset: start, count }, options), { pageSize, offset } as PaginateOptions);
}
