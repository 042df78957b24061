import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkString, HTTP_URL, invalid, projectPath, request } from '@opentok/core/internal';
import type { CallbackRegistration, CallbackSubscription } from './callback-registration.js';
import { toRegistration } from './internal/to-registration.js';

/** Parameters of {@link registerCallback}: the group and event, and the URL that receives them. */
export type RegisterCallbackParams = CallbackSubscription & {
  /** An absolute `http://` or `https://` URL, at most 2048 characters. */
  readonly url: string;
};

const EVENTS: Readonly<Record<string, readonly string[]>> = { archive: ['status'], connection: ['created', 'destroyed'], stream: ['created', 'destroyed'] };
const list = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

/**
 * Registers the URL that receives one group and event of callbacks for the project (legacy REST registration,
 * which only opentok-node offered; the account portal sets the same URLs). Registering a group and event again
 * replaces its URL.
 *
 * @param client - The client from `createClient`.
 * @param params - `group` and `event` (`archive`/`status`, `connection` or `stream` with `created`/`destroyed`) and `url`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The registration, with its `id`.
 * @throws {ValidationError} when `group`, `event` or `url` is invalid (before any request is sent).
 * @throws {BadRequestError} (400) when the service refuses the registration.
 * @throws {InvalidResponseError} when the answer is not a callback object.
 * @example
 * ```ts
 * import { registerCallback } from '@opentok/webhooks';
 * const { id } = await registerCallback(client, { group: 'archive', event: 'status', url: 'https://example.com/archive-status' });
 * ```
 */
export async function registerCallback(client: OpenTokClient, params: RegisterCallbackParams, options?: RequestOptions): Promise<CallbackRegistration> {
  const { group, event, url } = checkCall(client, params, ['group', 'event', 'url']);
  const events = Object.hasOwn(EVENTS, group) ? EVENTS[group]! : invalid('group', `must be one of ${list(Object.keys(EVENTS))}`, group);
  if (!events.includes(event)) invalid('event', `must be ${events.length === 1 ? '' : 'one of '}${list(events)} for group "${group}"`, event);
  // Built here, not in the module: a spread at the top would stay in every bundle of the package (verifyCallback's too).
  checkString(url, 'url', { ...HTTP_URL, maxLength: 2048, patternRule: 'must be an absolute http:// or https:// URL' });
  const json = { group, event, url };
  const answer = await request(
    client,
    {
      operation: 'registerCallback',
      method: 'POST',
      path: projectPath(client, '/callback'),
      json,
      hints: { 400: 'the callback was refused (check the group, the event and the URL)' },
    },
    options,
  );
  return toRegistration(answer, 'registerCallback');
}
