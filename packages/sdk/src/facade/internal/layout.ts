import type { Layout, LayoutType, ScreenshareType } from '@opentok/core';

/** The layout object of the classic `setArchiveLayout(id, type, stylesheet, screenshareType)` arguments; the package checks it. */
export function toLayout(type: LayoutType, stylesheet: string | undefined, screenshareType: ScreenshareType | undefined): Layout {
  return {
    type,
    ...(stylesheet === undefined ? {} : { stylesheet }),
    ...(screenshareType === undefined ? {} : { screenshareType }),
  } as Layout;
}
