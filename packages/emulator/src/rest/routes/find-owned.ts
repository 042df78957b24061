import { fail } from '../../kernel/errors.js';
import type { ApiContext } from '../router.js';

/**
 * The record that the route parameter `param` names, when it belongs to the calling project;
 * otherwise the service's 404 with `notFound` as its message (another project's IDs look unknown).
 */
export function findOwned<T extends { readonly apiKey: string }>(
  ctx: ApiContext,
  records: { get(id: string): T | undefined },
  param: string,
  notFound: string,
): T {
  const record = records.get(ctx.params[param] ?? '');
  if (record === undefined || record.apiKey !== ctx.project.apiKey) fail(404, notFound);
  return record;
}
