import { InvalidTokenError, type VerifiedToken, verifyToken } from '@opentok/tokens';
import { fail } from '../kernel/errors.js';
import { isApplication } from './owners.js';
import type { Owner, SessionRecord } from './types.js';

/**
 * Verifies a client token for `session` at emulator time `now`: for a project's session a T1 or HS256
 * JWT (from any official SDK or ours), checked with the project's secret; for an application's session
 * an RS256 JWT, checked with the application's public key. A refused token is an error with `status`
 * and a message that says why (expired, tampered, another project's or application's, another
 * session's, …).
 */
export async function verifyClientToken(
  owner: Owner,
  session: SessionRecord,
  token: unknown,
  now: number,
  status: number,
  what = 'token',
): Promise<VerifiedToken> {
  if (typeof token !== 'string' || token.length === 0) fail(status, `Invalid ${what}: a client token (string) is required.`);
  let verified: VerifiedToken;
  try {
    verified = isApplication(owner)
      ? await verifyToken({ applicationId: owner.application.applicationId, publicKey: await owner.verifyKey() }, token, { now })
      : await verifyToken(owner, token, { now });
  } catch (error) {
    if (error instanceof InvalidTokenError) fail(status, `Invalid ${what}: ${error.message}`);
    throw error;
  }
  if (verified.sessionId !== session.sessionId) fail(status, `Invalid ${what}: it was minted for session ${verified.sessionId}, not ${session.sessionId}.`);
  return verified;
}

/** Roles whose connections may publish a stream (a subscriber's may not). */
export const PUBLISHING_ROLES: readonly string[] = ['publisher', 'publisheronly', 'moderator'];

/**
 * Refuses (400, like any refused token in a request body) a token whose role is not one of `roles`:
 * `needs` says what the operation needs, e.g. "Live Captions need a moderator token".
 */
export function requireRole(token: VerifiedToken, roles: readonly string[], needs: string): void {
  if (!roles.includes(token.role)) fail(400, `Invalid token: ${needs} (got a ${token.role} token).`);
}
