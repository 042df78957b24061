import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { request, type ErrorHints } from '@opentok/core/internal';
import { sessionPath } from './paths.js';
import { isObject, unexpected } from './response.js';

/**
 * `GET …/session/{sessionId}{suffix}` answered with a list (`{ count, items: [...] }`): the items mapped
 * with `toItem`, and the API's `count` as `total` (the item count when the API leaves it out).
 */
export async function getList<T>(
  client: OpenTokClient,
  spec: { readonly operation: string; readonly sessionId: string; readonly suffix: string; readonly hints: ErrorHints },
  toItem: (raw: unknown, operation: string) => T,
  options: RequestOptions | undefined,
): Promise<{ readonly items: readonly T[]; readonly total: number }> {
  const { operation, sessionId, suffix, hints } = spec;
  const body = await request<unknown>(client, { operation, method: 'GET', path: sessionPath(client, sessionId, suffix), hints }, options);
  if (!isObject(body) || !Array.isArray(body['items'])) unexpected(operation, 'an object with an "items" array');
  const { items, count } = body;
  return { items: items.map((item: unknown) => toItem(item, operation)), total: typeof count === 'number' ? count : items.length };
}
