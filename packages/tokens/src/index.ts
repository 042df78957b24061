/**
 * OpenTok client tokens: generate (JWT by default, legacy T1 on request) and verify, with Web Crypto only (with
 * node:crypto under Node, through the package's `node` export condition).
 * @module
 */
import type { ApplicationCredentials, CredentialSource, ProjectCredentials } from '@opentok/core/kernel';
import { type GenerateTokenParams, mintToken, type TokenTestOptions } from './generate-token.js';
import { platform } from './internal/bound-platform.js';
import {
  type ApplicationPublicKey,
  checkToken,
  type VerificationSource,
  type VerifiedApplicationToken,
  type VerifiedProjectToken,
  type VerifiedToken,
  type VerifyTokenOptions,
} from './verify-token.js';

export type { ApplicationCredentials, CredentialSource, Credentials, ProjectCredentials } from '@opentok/core/kernel';
export type { GenerateTokenParams, TokenRole, TokenTestOptions, TokenType } from './generate-token.js';
export type { PublicJwk, PublicKeyInput } from './internal/public-key.js';
export { InvalidTokenError, type InvalidTokenReason } from './invalid-token-error.js';
export type {
  ApplicationPublicKey,
  VerificationSource,
  VerifiedApplicationToken,
  VerifiedProjectToken,
  VerifiedToken,
  VerifiedTokenFields,
  VerifyTokenOptions,
} from './verify-token.js';

/**
 * Generates a client token that lets a browser or mobile client connect to a session.
 * Validates everything before signing; nothing goes over the network. With OpenTok project
 * credentials the result is byte-for-byte what opentok-node 2.23 makes for the same time and nonce
 * (JWT HS256, or T1 HMAC-SHA1 with `tokenType: 'T1'`); with Vonage application credentials it is the
 * RS256 JWT of `@vonage/video` (same claims, same order), with `expireTime` honoured.
 *
 * @param clientOrCredentials - a client from `createClient`, or bare `{ applicationId, privateKey }` or `{ apiKey, apiSecret }`.
 * @param params - the session and what the token grants; see {@link GenerateTokenParams}.
 * @param testing - test-only: a fixed clock and nonce for reproducible tokens; see {@link TokenTestOptions}.
 * @returns the token string (`eyJ…` for JWT, `T1==…` for T1).
 * @throws {ValidationError} (from `@opentok/core`, before anything is signed) naming the parameter, the rule and the
 * value: missing or unusable credentials (a private key that is a path, public, encrypted, not RSA or truncated); a session
 * ID that does not decode or belongs to other credentials; an unknown
 * role; an expire time that is not an integer, not in the future or more than 30 days ahead; data that is not a string
 * or over 1000 characters; layout classes that are not strings or joined over 1000 characters; an unknown `tokenType`,
 * or `T1` with application credentials; an unknown parameter name.
 * @example
 * ```ts
 * import { generateToken } from '@opentok/tokens';
 * const token = await generateToken({ applicationId, privateKey }, { sessionId, role: 'moderator', data: 'name=Ana' });
 * ```
 */
export function generateToken(clientOrCredentials: CredentialSource, params: GenerateTokenParams, testing?: TokenTestOptions): Promise<string> {
  return mintToken(platform, clientOrCredentials, params, testing);
}

/**
 * Checks a client token and returns what it grants. With project credentials it accepts both formats
 * and every official SDK's flavour: T1 from opentok-node (any version) and Python (field order, `+` or
 * `%20`, integer or decimal nonce, with or without `scope`), JWT HS256 with opentok-node's or Python's
 * claim set; the T1 HMAC is computed over the exact signed bytes, never a re-serialisation. With an
 * application it accepts RS256 JWTs only (the algorithm follows from the verifier, never from the token).
 *
 * @param verifier - a client from `createClient`, bare `{ applicationId, privateKey }` or `{ apiKey, apiSecret }`, or an
 * application's `{ applicationId, publicKey }` (SPKI PEM, JWK or `CryptoKey`).
 * @param token - the token to check.
 * @param options - `now` in epoch milliseconds for the expiry check (default `Date.now()`).
 * @returns the decoded grant, a frozen plain object.
 * @throws {InvalidTokenError} for anything wrong with the token (malformed, truncated, tampered, another project's,
 * bad signature, expired, bad claims); `error.reason` says which.
 * @throws {ValidationError} (from `@opentok/core`) when the credentials or `options.now` are unusable.
 * @example
 * ```ts
 * import { verifyToken } from '@opentok/tokens';
 * const { sessionId, role, data } = await verifyToken({ applicationId, publicKey }, token);
 * const grant = await verifyToken({ apiKey, apiSecret }, projectToken);
 * ```
 */
export function verifyToken(verifier: ProjectCredentials, token: string, options?: VerifyTokenOptions): Promise<VerifiedProjectToken>;
export function verifyToken(
  verifier: ApplicationCredentials | ApplicationPublicKey,
  token: string,
  options?: VerifyTokenOptions,
): Promise<VerifiedApplicationToken>;
export function verifyToken(verifier: VerificationSource, token: string, options?: VerifyTokenOptions): Promise<VerifiedToken>;
export function verifyToken(verifier: VerificationSource, token: string, options?: VerifyTokenOptions): Promise<VerifiedToken> {
  return checkToken(platform, verifier, token, options);
}
