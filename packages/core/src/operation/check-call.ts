import type { OpenTokClient } from '../client/create-client.js';
import { checkClient } from '../project-path.js';
import { checkParams } from '../validation/checks.js';

/**
 * The first step of every operation: the client is one from `createClient`, then the params are an object whose
 * keys are all `known` (a misspelt option is refused, its value never shown). With `secret` (params that hold a
 * token), a value that is not an object is not shown either. Returns the params, their values not checked yet.
 */
export function checkCall<T extends object>(client: OpenTokClient, params: T, known: readonly string[], secret?: boolean): T {
  checkClient(client);
  return checkParams(params, 'params', known, secret);
}
