import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { checkCall, checkId, checkParams, checkStringArray, invalid, request, sessionPath } from '@opentok/core/internal';

/** The layout classes to give one stream. */
export interface StreamClassListUpdate {
  /** The stream ID. */
  readonly id: string;
  /** The new layout classes; an empty list clears them. */
  readonly layoutClassList: readonly string[];
}

/** What {@link setStreamClassLists} changes. */
export interface SetStreamClassListsParams {
  /** The session ID. */
  readonly sessionId: string;
  /** One entry per stream to change (at least one). */
  readonly items: readonly StreamClassListUpdate[];
}

/**
 * Replaces the layout class lists of one or more streams of a session, in one request. Archive and
 * broadcast layouts use these classes to place streams.
 *
 * @param client - The client made by `createClient`.
 * @param params - The session ID and, per stream, its new class list.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @throws {@link @opentok/core!ValidationError} when an ID, the item list or a class name is invalid (before any request is sent).
 * @throws {@link @opentok/core!BadRequestError} when the API refuses the class lists (400).
 * @throws {@link @opentok/core!NotFoundError} when the session or a stream is unknown (404).
 * @throws {@link @opentok/core!AuthenticationError} when the API key or secret is refused (403).
 *
 * @example
 * ```ts
 * import { setStreamClassLists } from '@opentok/session';
 * await setStreamClassLists(client, { sessionId, items: [{ id: streamId, layoutClassList: ['focus'] }] });
 * ```
 */
export async function setStreamClassLists(client: OpenTokClient, params: SetStreamClassListsParams, options?: RequestOptions): Promise<void> {
  const p = checkCall(client, params, ['sessionId', 'items']);
  const path = sessionPath(client, checkId(p.sessionId, 'sessionId'), '/stream');
  const { items } = p as { items: unknown };
  if (!Array.isArray(items) || items.length === 0) invalid('items', 'must be a non-empty array of { id, layoutClassList }', items);
  const json = {
    items: items.map((item: unknown, index) => {
      const { id, layoutClassList } = checkParams(item as StreamClassListUpdate, `items[${index}]`, ['id', 'layoutClassList']);
      return {
        id: checkId(id, `items[${index}].id`),
        layoutClassList:
          checkStringArray(layoutClassList, `items[${index}].layoutClassList`) ??
          invalid(`items[${index}].layoutClassList`, 'is required (use [] to clear the classes)', layoutClassList),
      };
    }),
  };
  const hints = {
    400: 'the API refused the layout class lists (invalid JSON or invalid layout options)',
    404: 'the session or one of the streams was not found',
  };
  await request(client, { operation: 'setStreamClassLists', method: 'PUT', path, json, hints }, options);
}
