import { type OpenTokClient, REST_AUTH } from '../client/create-client.js';

/**
 * Mints the JWT that authenticates one REST request with the client's credentials: HS256 for
 * `X-OPENTOK-AUTH` (project credentials) or RS256 for `Authorization: Bearer` (application
 * credentials). Tests and benchmarks use it to talk to the emulator without the transport.
 */
export function createRestAuthToken(client: OpenTokClient, now: number = Date.now()): Promise<string> {
  return client[REST_AUTH].token(now);
}
