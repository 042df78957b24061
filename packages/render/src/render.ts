import type { Resolution } from '@opentok/core';

/**
 * Where an Experience Composer render is: `starting` (connecting to your page), `started` (publishing
 * it into the session), `stopped`, or `failed` (the page could not be loaded or published).
 */
export type RenderStatus = 'starting' | 'started' | 'stopped' | 'failed';

/**
 * An Experience Composer render, as the API describes it: a headless browser that loads a web page
 * and publishes what it shows into a session as a stream.
 */
export interface Render {
  /** The render's ID. */
  readonly id: string;
  /** The session the page is published into. */
  readonly sessionId: string;
  /** The project's API key (or Vonage application ID), as a string. */
  readonly projectId: string;
  /** Creation time, ms since the epoch. */
  readonly createdAt: number;
  /** Last status change, ms since the epoch. */
  readonly updatedAt: number;
  /** The page being rendered. */
  readonly url: string;
  /** The size of the browser viewport and of the published video. */
  readonly resolution: Resolution;
  /** Where the render is in its lifecycle. */
  readonly status: RenderStatus;
  /** The stream the render publishes into the session; absent while `starting` and often after `failed`. */
  readonly streamId?: string;
  /** Why the render stopped or failed (`"Maximum duration exceeded"`, `"Could not load URL"`…). */
  readonly reason?: string;
}
