import { type OpenTokClient, RESOLUTIONS, type RequestOptions, type Resolution } from '@opentok/core';
import { checkCall, checkId, checkInteger, checkOneOf, checkParams, checkSecret, checkString, HTTP_URL, projectPath, request } from '@opentok/core/internal';
import { toRender } from './internal/to-render.js';
import type { Render } from './render.js';

/** Settings of the stream a render publishes. */
export interface RenderProperties {
  /** The name of the published stream (service default: the render's own). */
  readonly name?: string;
}

/** Parameters of {@link startRender}. */
export interface StartRenderParams {
  /** The session the page is published into. */
  readonly sessionId: string;
  /** A client token for that session (role `publisher` or `moderator`), with which the render connects. */
  readonly token: string;
  /** The page to render: a publicly reachable `http://` or `https://` URL that needs no user interaction. */
  readonly url: string;
  /** Seconds after which the render stops by itself, 60 to 36 000 (service default 7200). */
  readonly maxDuration?: number;
  /** The browser viewport and video size (service default `1280x720`). */
  readonly resolution?: Resolution;
  /** Settings of the published stream. */
  readonly properties?: RenderProperties;
  /** Where the service posts the render's status changes, an `http://` or `https://` URL. */
  readonly statusCallbackUrl?: string;
}

const HINTS = {
  400: 'the render request was refused (check the session ID, the token, the URL and the options)',
  404: 'the session does not exist',
};

/**
 * Starts an Experience Composer render: the service opens `url` in a headless browser, connects to
 * the session with `token` and publishes what the page shows (and plays) as a stream.
 *
 * @param client - The client from `createClient`.
 * @param params - The session, a token for it, the page, and the render's options; unset options are left to the API.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new render (usually `status: 'starting'` or `'started'`).
 * @throws {ValidationError} when a parameter is invalid (before any request is sent); the token is never shown.
 * @throws {BadRequestError} (400) when the API refuses the session ID, token, URL or options.
 * @throws {NotFoundError} (404) when the session does not exist.
 * @example
 * ```ts
 * import { startRender } from '@opentok/render';
 * const render = await startRender(client, {
 *   sessionId,
 *   token,
 *   url: 'https://example.com/scoreboard',
 *   maxDuration: 3600,
 *   resolution: '1920x1080',
 *   properties: { name: 'Scoreboard' },
 * });
 * console.log(render.id, render.status);
 * ```
 */
export async function startRender(client: OpenTokClient, params: StartRenderParams, options?: RequestOptions): Promise<Render> {
  const p = checkCall(client, params, ['sessionId', 'token', 'url', 'maxDuration', 'resolution', 'properties', 'statusCallbackUrl'], true);
  const properties = p.properties === undefined ? undefined : checkParams(p.properties, 'properties', ['name']);
  const json = {
    sessionId: checkId(p.sessionId, 'sessionId'),
    token: checkSecret(p.token, 'token'),
    url: checkString(p.url, 'url', HTTP_URL),
    maxDuration: checkInteger(p.maxDuration, 'maxDuration', 60, 36_000),
    resolution: checkOneOf(p.resolution, 'resolution', RESOLUTIONS),
    properties: properties && { name: properties.name === undefined ? undefined : checkString(properties.name, 'properties.name') },
    statusCallbackUrl: p.statusCallbackUrl === undefined ? undefined : checkString(p.statusCallbackUrl, 'statusCallbackUrl', HTTP_URL),
  };
  const answer = await request(client, { operation: 'startRender', method: 'POST', path: projectPath(client, '/render'), json, hints: HINTS }, options);
  return toRender(answer, 'startRender');
}
