import { capturedRequests } from './fixtures.js';

/** What an official SDK sent for one call: the request target and, when it had a body, its JSON. */
export interface OfficialRequest {
  /** The path and query. */
  readonly url: string;
  /** The JSON body without Python's explicit `null`s (unset fields are left out instead); absent when none was sent. */
  readonly json?: unknown;
}

/**
 * The request an official SDK sent for a call, from its captures: `officialRequest('python-3.13.0', 'start_archive_full')`.
 * A name the captures do not have fails the test file (a wire row must not pass by comparing with nothing).
 */
export function officialRequest(sdk: Parameters<typeof capturedRequests>[0], name: string): OfficialRequest {
  const captured = capturedRequests(sdk)[name];
  if (captured === undefined) throw new Error(`${sdk} has no captured request named ${name}`);
  // The Python captures name the request target `path`.
  const url = (captured as { path?: string }).path ?? captured.url;
  if (captured.body === null || captured.body === '') return { url };
  return { url, json: JSON.parse(captured.body, (_key, value: unknown) => (value === null ? undefined : value)) as unknown };
}
