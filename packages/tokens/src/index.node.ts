// The `node` export condition's entry: the same API as index.ts, bound to node:crypto for speed.
// Its declarations are index.ts's (the exports map points both conditions at dist/index.d.ts).
import type { ApplicationCredentials, CredentialSource, ProjectCredentials } from '@opentok/core/kernel';
import { type GenerateTokenParams, mintToken, type TokenTestOptions } from './generate-token.js';
import { nodePlatform } from './internal/node-platform.js';
import {
  type ApplicationPublicKey,
  checkToken,
  type VerificationSource,
  type VerifiedApplicationToken,
  type VerifiedProjectToken,
  type VerifiedToken,
  type VerifyTokenOptions,
} from './verify-token.js';

export { InvalidTokenError } from './invalid-token-error.js';

export function generateToken(clientOrCredentials: CredentialSource, params: GenerateTokenParams, testing?: TokenTestOptions): Promise<string> {
  return mintToken(nodePlatform, clientOrCredentials, params, testing);
}

export function verifyToken(verifier: ProjectCredentials, token: string, options?: VerifyTokenOptions): Promise<VerifiedProjectToken>;
export function verifyToken(
  verifier: ApplicationCredentials | ApplicationPublicKey,
  token: string,
  options?: VerifyTokenOptions,
): Promise<VerifiedApplicationToken>;
export function verifyToken(verifier: VerificationSource, token: string, options?: VerifyTokenOptions): Promise<VerifiedToken>;
export function verifyToken(verifier: VerificationSource, token: string, options?: VerifyTokenOptions): Promise<VerifiedToken> {
  return checkToken(nodePlatform, verifier, token, options);
}
