import { OpenTokError } from '@opentok/core/kernel';

/**
 * Why {@link verifyToken} refused a token:
 * - `malformed`: not a T1 or JWT token, or its encoding, structure or JSON is broken (truncated, random, tampered bytes);
 * - `unsupported-algorithm`: a JWT not signed with HS256 (e.g. a Vonage RS256 token or `alg: none`);
 * - `wrong-api-key`: minted for another project (`partner_id` / `iss` differ from the API key);
 * - `bad-signature`: the signature does not match the secret (tampered, or another secret);
 * - `expired`: the expire time has passed; `not-yet-valid`: a JWT `nbf` still in the future;
 * - `invalid-claims`: signed correctly but a field is missing or wrong (role, session ID of another project, `ist`, types).
 */
export type InvalidTokenReason = 'malformed' | 'unsupported-algorithm' | 'wrong-api-key' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'invalid-claims';

/**
 * A client token that {@link verifyToken} refused. Every failure of `verifyToken` on the token itself
 * is this error (never a `TypeError` or a crash); `reason` says which check failed. The message never
 * contains the token or the secret.
 *
 * @example
 * ```ts
 * import { verifyToken, InvalidTokenError } from '@opentok/tokens';
 * try { await verifyToken(credentials, token); }
 * catch (error) { if (error instanceof InvalidTokenError && error.reason === 'expired') console.log('ask for a new token'); }
 * ```
 */
export class InvalidTokenError extends OpenTokError {
  static override readonly kind: string = 'InvalidTokenError';
  /** Which check failed. */
  readonly reason: InvalidTokenReason;

  constructor(reason: InvalidTokenReason, detail: string) {
    super(`Invalid token (${reason}): ${detail}`, 'INVALID_TOKEN');
    this.reason = reason;
  }
}
