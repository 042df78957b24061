import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { projectPath, request, unreadable } from '@opentok/core/internal';
import type { CallbackRegistration } from './callback-registration.js';
import { toRegistration } from './internal/to-registration.js';

/**
 * Lists the callbacks registered over REST for the project. An answer that is not a JSON array is an
 * `InvalidResponseError` (opentok-node crashes with a `TypeError` there).
 *
 * @param client - The client from `createClient`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Every registration of the project.
 * @throws {ValidationError} when `client` is not a client (before any request is sent).
 * @throws {InvalidResponseError} when the answer is not an array of callback objects.
 * @example
 * ```ts
 * import { listCallbacks } from '@opentok/webhooks';
 * for (const { group, event, url } of await listCallbacks(client)) console.log(group, event, url);
 * ```
 */
export async function listCallbacks(client: OpenTokClient, options?: RequestOptions): Promise<CallbackRegistration[]> {
  const answer = await request(client, { operation: 'listCallbacks', method: 'GET', path: projectPath(client, '/callback') }, options);
  if (!Array.isArray(answer)) unreadable('listCallbacks', 'without a list of callbacks (expected a JSON array)');
  return answer.map((item) => toRegistration(item, 'listCallbacks'));
}
