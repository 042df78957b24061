import { type Archive, type ArchiveList, deleteArchive, stopArchive } from '@opentok/archive';
import type { OpenTokClient } from '@opentok/core';
import { iterablePage, withMethods } from './internal/bind.js';

/**
 * An archive as the facade returns it: every field of `Archive` from `@opentok/archive` plus
 * `stop()` and `delete()`, as the classic SDKs' `Archive` object. Frozen; `JSON.stringify` shows
 * only the data.
 */
export interface ArchiveHandle extends Archive {
  /**
   * Stops this archive (it must be recording) and returns it as the API now reports it.
   *
   * @throws {ConflictError} (from `@opentok/core`) when the archive is not recording; `OpenTokApiError` for other refusals.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * const stopped = await archive.stop();
   * ```
   */
  stop(): Promise<ArchiveHandle>;
  /**
   * Deletes this archive's recording (a recording archive must be stopped first).
   *
   * @throws {ConflictError} (from `@opentok/core`) when the archive cannot be deleted in its state; `OpenTokApiError` for other refusals.
   * @example
   * ```ts
   * import { OpenTok } from '@opentok/sdk';
   * await archive.delete();
   * ```
   */
  delete(): Promise<void>;
}

/** One page of {@link OpenTok.listArchives}: `items` (archive handles), `total` (on the server), and iterable over `items`. */
export interface ArchiveHandleList extends ArchiveList, Iterable<ArchiveHandle> {
  readonly items: readonly ArchiveHandle[];
}

/** Wraps an archive result. */
export function archiveHandle(client: OpenTokClient, archive: Archive): ArchiveHandle {
  return withMethods(archive, {
    stop: async () => archiveHandle(client, await stopArchive(client, { archiveId: archive.id })),
    delete: () => deleteArchive(client, { archiveId: archive.id }),
  });
}

/** Wraps a page of archives. */
export function archiveHandleList(client: OpenTokClient, list: ArchiveList): ArchiveHandleList {
  return iterablePage(
    list.items.map((item) => archiveHandle(client, item)),
    list.total,
  );
}
