import { type ClientSettings, createClient, type OpenTokClient } from '@opentok/core';

/** The credentials every wire test uses (the same as the token vectors'). */
export const TEST_CREDENTIALS = { apiKey: '12345678', apiSecret: '0123456789abcdef0123456789abcdef01234567' } as const;

/** A session ID that belongs to {@link TEST_CREDENTIALS}. */
export const TEST_SESSION_ID = '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg';

/** A client for the recording server: test credentials, no retries, short timeout. */
export function testClient(apiUrl: string, overrides: ClientSettings = {}): OpenTokClient {
  return createClient({ ...TEST_CREDENTIALS, apiUrl, retry: 0, timeout: 5_000, ...overrides });
}

/** Decodes the claims of the `X-OPENTOK-AUTH` JWT a request carried (without verifying it). */
export function authClaims(header: string | string[] | undefined): Record<string, unknown> {
  const token = Array.isArray(header) ? header[0] : header;
  const payload = token?.split('.')[1];
  if (!payload) throw new Error('no X-OPENTOK-AUTH header');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
