import { OpenTokError } from '@opentok/core/kernel';

/**
 * Why a callback was refused:
 * - `missing-signature`: no `Authorization` header (or an empty one): the callback is not signed;
 * - `malformed-token`: the header is not a compact JWS (three base64url parts, JSON header and claims, 32-byte
 *   signature) or its header has `crit`;
 * - `unsupported-algorithm`: `alg` is not exactly `HS256` (`none`, `RS256`, `HS512`, …);
 * - `bad-signature`: the HMAC matches none of the signature secrets (tampered token, or another secret);
 * - `expired`: `exp` has passed, or `iat` is older than `maxAge`; `not-yet-valid`: `iat` in the future;
 * - `invalid-claims`: `iat` or `exp` not a number, neither of them, or `payload_hash` not 64 hex digits;
 * - `missing-payload-hash`: no `payload_hash` although `requirePayloadHash` is set;
 * - `payload-mismatch`: `payload_hash` is not the SHA-256 of the body (the body was changed);
 * - `malformed-body`: the body is not UTF-8 JSON text of an object;
 * - `invalid-payload`: a known event whose fields are missing or of the wrong type.
 */
export type InvalidCallbackReason =
  | 'missing-signature'
  | 'malformed-token'
  | 'unsupported-algorithm'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'invalid-claims'
  | 'missing-payload-hash'
  | 'payload-mismatch'
  | 'malformed-body'
  | 'invalid-payload';

/**
 * A callback that `verifyCallback` or `parseCallback` refused. Every failure on the callback itself is this
 * error (never a `TypeError` or a crash); `reason` says which check failed. The message never contains the
 * token or a signature secret.
 *
 * @example
 * ```ts
 * import { verifyCallback, InvalidCallbackError } from '@opentok/webhooks';
 * try { await verifyCallback(request, { signatureSecret }); }
 * catch (error) { if (error instanceof InvalidCallbackError) console.warn('refused callback:', error.reason); }
 * ```
 */
export class InvalidCallbackError extends OpenTokError {
  static override readonly kind: string = 'InvalidCallbackError';
  /** Which check failed. */
  readonly reason: InvalidCallbackReason;

  constructor(reason: InvalidCallbackReason, detail: string) {
    // core's OpenTokErrorCode has no callback code yet; INVALID_TOKEN is the nearest (the signature is a token).
    super(`Invalid callback (${reason}): ${detail}`, 'INVALID_TOKEN');
    this.reason = reason;
  }
}

/** Throws an {@link InvalidCallbackError}. */
export function refuse(reason: InvalidCallbackReason, detail: string): never {
  throw new InvalidCallbackError(reason, detail);
}
