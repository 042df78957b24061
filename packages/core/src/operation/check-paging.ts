import { checkInteger } from '../validation/checks.js';

/** The paging params of a list operation, checked: `offset` from 0, `count` from 1 to 1000 (both left to the service when unset). */
export function checkPaging(params: { readonly offset?: unknown; readonly count?: unknown }): { offset: number | undefined; count: number | undefined } {
  return { offset: checkInteger(params.offset, 'offset', 0, Number.MAX_SAFE_INTEGER), count: checkInteger(params.count, 'count', 1, 1000) };
}
