// The `node` export condition's entry: the same API as index.ts, bound to node:crypto for speed.
// Its declarations are index.ts's (the exports map points both conditions at dist/index.d.ts).
import type { CredentialSource } from '@opentok/core';
import { mintToken, type GenerateTokenParams, type TokenTestOptions } from './generate-token.js';
import { nodePlatform } from './internal/node-platform.js';
import { checkToken, type VerifiedToken, type VerifyTokenOptions } from './verify-token.js';

export { InvalidTokenError } from './invalid-token-error.js';

export function generateToken(clientOrCredentials: CredentialSource, params: GenerateTokenParams, testing?: TokenTestOptions): Promise<string> {
  return mintToken(nodePlatform, clientOrCredentials, params, testing);
}

export function verifyToken(clientOrCredentials: CredentialSource, token: string, options?: VerifyTokenOptions): Promise<VerifiedToken> {
  return checkToken(nodePlatform, clientOrCredentials, token, options);
}
