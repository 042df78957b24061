import { RESOLUTIONS, ValidationError, type OpenTokClient, type RequestOptions, type Resolution } from '@opentok/core';
import { checkId, checkInteger, checkOneOf, checkParams, checkSecret, checkString, projectPath, request } from '@opentok/core/internal';
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

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/i;

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
  const path = projectPath(client, '/render');
  // Not core's message for a non-object, which shows a string: startRender(client, token) would show the token.
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new ValidationError({ parameter: 'params', rule: 'must be an object', redact: true });
  checkParams(params, 'params', ['sessionId', 'token', 'url', 'maxDuration', 'resolution', 'properties', 'statusCallbackUrl']);
  const sessionId = checkId(params.sessionId, 'sessionId');
  const token = checkSecret(params.token, 'token');
  const url = checkString(params.url, 'url', { pattern: HTTP_URL, patternRule: 'must be an http:// or https:// URL' });
  const maxDuration = checkInteger(params.maxDuration, 'maxDuration', 60, 36_000);
  const resolution = checkOneOf(params.resolution, 'resolution', RESOLUTIONS);
  const properties = params.properties === undefined ? undefined : checkParams(params.properties, 'properties', ['name']);
  const name = properties?.name === undefined ? undefined : checkString(properties.name, 'properties.name');
  const statusCallbackUrl =
    params.statusCallbackUrl === undefined ? undefined : checkString(params.statusCallbackUrl, 'statusCallbackUrl', { pattern: HTTP_URL, patternRule: 'must be an http:// or https:// URL' });
  const json = await request<unknown>(
    client,
    {
      operation: 'startRender',
      method: 'POST',
      path,
      json: { sessionId, token, url, maxDuration, resolution, properties: properties && { name }, statusCallbackUrl },
      hints: {
        400: 'the render request was refused (check the session ID, the token, the URL and the options)',
        404: 'the session does not exist',
      },
    },
    options,
  );
  return toRender(json, 'startRender');
}
