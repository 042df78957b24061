import type { OpenTokClient } from '@opentok/core';
import { expect, it } from 'vitest';
import type { OfficialRequest } from './official.js';
import type { CannedResponse } from './recorder.js';
import { authClaims, TEST_CREDENTIALS } from './test-client.js';
import type { RecorderHandle } from './use-recorder.js';

/** One operation called against the recording server, and exactly what it must send and return. */
export interface WireRow {
  readonly name: string;
  /** The call, made with the recording server's client. */
  readonly call: (client: OpenTokClient) => Promise<unknown>;
  /** What the server answers (default: 200 with `{}`). */
  readonly reply?: CannedResponse;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The exact path and query sent. */
  readonly url: string;
  /** The exact body text sent; left out: no body and no `Content-Type`. */
  readonly body?: string;
  /** The `Content-Type` of the body (default `application/json`). */
  readonly contentType?: string;
  /** What the call resolves to, compared with `toStrictEqual`. */
  readonly result: unknown;
  /** What an official SDK sent for the same call: the same target and, when it had a body, the same JSON. */
  readonly official?: OfficialRequest;
}

/**
 * One test per row: the call sends exactly one request, with the row's method, target and body, `Accept:
 * application/json`, the SDK's `User-Agent` and a project `X-OPENTOK-AUTH` token, and resolves to the row's result.
 */
export function wireRows(recorder: RecorderHandle, rows: readonly WireRow[]): void {
  it.each(rows)('$name', async (row) => {
    recorder.reply(row.reply ?? {});
    await expect(row.call(recorder.client)).resolves.toStrictEqual(row.result);
    expect(recorder.requests).toHaveLength(1);
    const [sent] = recorder.requests;
    expect(sent?.method).toBe(row.method);
    expect(sent?.url).toBe(row.url);
    expect(sent?.body).toBe(row.body ?? '');
    expect(sent?.headers['content-type']).toBe(row.body === undefined ? undefined : (row.contentType ?? 'application/json'));
    expect(sent?.headers['accept']).toBe('application/json');
    expect(sent?.headers['user-agent']).toMatch(/^OpenTok-TS-SDK\//);
    expect(authClaims(sent?.headers['x-opentok-auth'])).toMatchObject({ iss: TEST_CREDENTIALS.apiKey, ist: 'project' });
    if (row.official === undefined) return;
    expect(sent?.url).toBe(row.official.url);
    if (row.official.json !== undefined) expect(JSON.parse(sent?.body ?? '')).toEqual(row.official.json);
  });
}
