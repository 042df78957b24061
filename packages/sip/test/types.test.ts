// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type DialSipParams, dialSip, type PlayDtmfParams, playDtmf, type SipAuth, type SipCall, type SipOptions } from '../src/index.js';

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(dialSip).parameters.toEqualTypeOf<[OpenTokClient, DialSipParams, (RequestOptions | undefined)?]>();
    expectTypeOf(dialSip).returns.resolves.toEqualTypeOf<SipCall>();
    expectTypeOf(playDtmf).parameters.toEqualTypeOf<[OpenTokClient, PlayDtmfParams, (RequestOptions | undefined)?]>();
    expectTypeOf(playDtmf).returns.resolves.toBeVoid();
  });

  it('pins the params', () => {
    expectTypeOf<DialSipParams>().toEqualTypeOf<{ readonly sessionId: string; readonly token: string; readonly sip: SipOptions }>();
    expectTypeOf<SipOptions>().toEqualTypeOf<{
      readonly uri: string;
      readonly from?: string;
      readonly headers?: Readonly<Record<string, string>>;
      readonly auth?: SipAuth;
      readonly secure?: boolean;
      readonly video?: boolean;
      readonly observeForceMute?: boolean;
      readonly streams?: readonly string[];
    }>();
    expectTypeOf<SipAuth>().toEqualTypeOf<{ readonly username: string; readonly password: string }>();
    expectTypeOf<PlayDtmfParams>().toEqualTypeOf<{ readonly sessionId: string; readonly connectionId?: string; readonly digits: string }>();
    // @ts-expect-error the SIP URI is required
    const withoutUri: DialSipParams = { sessionId: 's', token: 't', sip: {} };
    // @ts-expect-error credentials need a password
    const withoutPassword: DialSipParams = { sessionId: 's', token: 't', sip: { uri: 'sip:a@b', auth: { username: 'u' } } };
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: DialSipParams = { sessionId: 's', tokn: 't', sip: { uri: 'sip:a@b' } };
    expectTypeOf([withoutUri, withoutPassword, misspelt]).toEqualTypeOf<DialSipParams[]>();
  });

  it('makes the result readonly, typed data', () => {
    expectTypeOf<SipCall>().toEqualTypeOf<{ readonly id: string; readonly connectionId: string; readonly streamId: string }>();
    const call: SipCall = { id: 'i', connectionId: 'c', streamId: 's' };
    // @ts-expect-error results are readonly
    call.connectionId = 'other';
  });
});
