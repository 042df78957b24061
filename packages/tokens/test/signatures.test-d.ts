import { createClient, type PrivateKeyInput } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import * as nodeBuild from '../dist/index.node.js';
import {
  type CredentialSource,
  type GenerateTokenParams,
  generateToken,
  type InvalidTokenError,
  type InvalidTokenReason,
  type PublicJwk,
  type PublicKeyInput,
  type TokenRole,
  type TokenTestOptions,
  type VerifiedApplicationToken,
  type VerifiedProjectToken,
  type VerifiedToken,
  verifyToken,
} from '../src/index.js';

describe('public signatures', () => {
  it('keys are typed by shape: every CryptoKey, a DOM JsonWebKey and jose-style JWKs fit, other values do not', () => {
    expectTypeOf<CryptoKey>().toExtend<PublicKeyInput>();
    expectTypeOf<JsonWebKey>().toExtend<PublicKeyInput>();
    expectTypeOf<{ kty: 'RSA'; n: string; e: string; alg: 'RS256' }>().toExtend<PublicJwk>();
    expectTypeOf<CryptoKey>().toExtend<PrivateKeyInput>();
    expectTypeOf<Uint8Array>().toExtend<PrivateKeyInput>();
    expectTypeOf<number>().not.toExtend<PublicKeyInput>();
    expectTypeOf<{ kty: number }>().not.toExtend<PublicJwk>();
  });

  it('generateToken takes a client or credentials, params and test options, and resolves to a string', () => {
    expectTypeOf<{ apiKey: string; apiSecret: string }>().toExtend<Parameters<typeof generateToken>[0]>();
    expectTypeOf(generateToken(createClient({ apiKey: '1', apiSecret: 's' }), { sessionId: 's' })).toEqualTypeOf<Promise<string>>();
    expectTypeOf(generateToken).parameter(1).toEqualTypeOf<GenerateTokenParams>();
    expectTypeOf(generateToken).parameter(2).toEqualTypeOf<TokenTestOptions | undefined>();
    expectTypeOf<GenerateTokenParams['role']>().toEqualTypeOf<TokenRole | undefined>();
    expectTypeOf<GenerateTokenParams['tokenType']>().toEqualTypeOf<'jwt' | 'T1' | undefined>();
    // @ts-expect-error sessionId is required
    void generateToken({ apiKey: '1', apiSecret: 's' }, {});
    // @ts-expect-error unknown role
    void generateToken({ apiKey: '1', apiSecret: 's' }, { sessionId: 's', role: 'owner' });
  });
  it('verifyToken resolves to a readonly VerifiedToken', () => {
    const project = { apiKey: '1', apiSecret: 's' };
    const application = { applicationId: 'a', publicKey: 'pem' };
    expectTypeOf(verifyToken(project, 't')).toEqualTypeOf<Promise<VerifiedProjectToken>>();
    expectTypeOf(verifyToken(application, 't')).toEqualTypeOf<Promise<VerifiedApplicationToken>>();
    expectTypeOf(verifyToken(project as CredentialSource, 't')).toEqualTypeOf<Promise<VerifiedToken>>();
    expectTypeOf<VerifiedToken['credentialKind']>().toEqualTypeOf<'project' | 'application'>();
    expectTypeOf<VerifiedToken['format']>().toEqualTypeOf<'jwt' | 'T1'>();
    expectTypeOf<VerifiedToken['role']>().toEqualTypeOf<TokenRole>();
    expectTypeOf<VerifiedToken['data']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VerifiedToken['initialLayoutClassList']>().toEqualTypeOf<readonly string[]>();
  });
  it('InvalidTokenError carries a reason union', () => {
    expectTypeOf<InvalidTokenError['reason']>().toEqualTypeOf<InvalidTokenReason>();
    expectTypeOf<InvalidTokenError['code']>().toExtend<string>();
  });
  it('the node build has the same signatures', () => {
    expectTypeOf(nodeBuild.generateToken).toEqualTypeOf(generateToken);
    expectTypeOf(nodeBuild.verifyToken).toEqualTypeOf(verifyToken);
  });
});
