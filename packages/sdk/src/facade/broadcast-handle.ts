import { type Broadcast, stopBroadcast } from '@opentok/broadcast';
import type { OpenTokClient, Page } from '@opentok/core';
import { iterablePage, withMethods } from './internal/bind.js';

/**
 * A broadcast as the facade returns it: every field of `Broadcast` from `@opentok/broadcast` plus
 * `stop()`, as the classic SDKs' `Broadcast` object. Frozen; `JSON.stringify` shows only the data.
 */
export interface BroadcastHandle extends Broadcast {
  /**
   * Stops this broadcast and returns it as the API now reports it.
   *
   * @throws {ConflictError} (from `@opentok/core`) when the broadcast has already stopped; `OpenTokApiError` for other refusals.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const stopped = await broadcast.stop();
   * ```
   */
  stop(): Promise<BroadcastHandle>;
}

/** One page of {@link OpenTok.listBroadcasts}: `items` (broadcast handles), `total` (on the server), and iterable over `items`. */
export interface BroadcastHandleList extends Page<Broadcast>, Iterable<BroadcastHandle> {
  readonly items: readonly BroadcastHandle[];
}

/** Wraps a broadcast result. */
export function broadcastHandle(client: OpenTokClient, broadcast: Broadcast): BroadcastHandle {
  return withMethods(broadcast, {
    stop: async () => broadcastHandle(client, await stopBroadcast(client, { broadcastId: broadcast.id })),
  });
}

/** Wraps a page of broadcasts. */
export function broadcastHandleList(client: OpenTokClient, page: Page<Broadcast>): BroadcastHandleList {
  return iterablePage(
    page.items.map((item) => broadcastHandle(client, item)),
    page.total,
  );
}
