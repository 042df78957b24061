import { InvalidTokenError, verifyToken, type VerifiedToken } from '@opentok/tokens';
import { fail } from '../errors.js';
import type { Project, SessionRecord } from './types.js';

/**
 * Verifies a client token (T1 or JWT, from any official SDK or ours) for `session`, with the
 * project's secret, at emulator time `now`. A refused token is an error with `status` and a message
 * that says why (expired, tampered, another project's, another session's, …).
 */
export async function verifyClientToken(project: Project, session: SessionRecord, token: unknown, now: number, status: number, what = 'token'): Promise<VerifiedToken> {
  if (typeof token !== 'string' || token.length === 0) fail(status, `Invalid ${what}: a client token (string) is required.`);
  let verified: VerifiedToken;
  try {
    verified = await verifyToken(project, token, { now });
  } catch (error) {
    if (error instanceof InvalidTokenError) fail(status, `Invalid ${what}: ${error.message}`);
    throw error;
  }
  if (verified.sessionId !== session.sessionId) fail(status, `Invalid ${what}: it was minted for session ${verified.sessionId}, not ${session.sessionId}.`);
  return verified;
}
