// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MAX_SIGNAL_DATA_BYTES, MAX_SIGNAL_TYPE_BYTES, type SendSignalParams, sendSignal } from '../src/index.js';

describe('public types', () => {
  it('pins the signature of sendSignal', () => {
    expectTypeOf(sendSignal).parameters.toEqualTypeOf<[OpenTokClient, SendSignalParams, (RequestOptions | undefined)?]>();
    expectTypeOf(sendSignal).returns.resolves.toBeVoid();
  });

  it('pins the params: data required, type and connection optional, all readonly', () => {
    expectTypeOf<SendSignalParams>().toEqualTypeOf<{
      readonly sessionId: string;
      readonly connectionId?: string;
      readonly type?: string;
      readonly data: string;
    }>();
    // @ts-expect-error data is required (send '' for an empty signal)
    const withoutData: SendSignalParams = { sessionId: 's', type: 'chat' };
    // @ts-expect-error data is a string: objects are not serialised for you
    const objectData: SendSignalParams = { sessionId: 's', data: { text: 'hi' } };
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: SendSignalParams = { sessionId: 's', data: 'x', typ: 'chat' };
    expectTypeOf([withoutData, objectData, misspelt]).toEqualTypeOf<SendSignalParams[]>();
    const params: SendSignalParams = { sessionId: 's', data: 'x' };
    // @ts-expect-error params are readonly
    params.data = 'y';
  });

  it('exports the limits as literal constants', () => {
    expectTypeOf<typeof MAX_SIGNAL_TYPE_BYTES>().toEqualTypeOf<128>();
    expectTypeOf<typeof MAX_SIGNAL_DATA_BYTES>().toEqualTypeOf<8192>();
    expect([MAX_SIGNAL_TYPE_BYTES, MAX_SIGNAL_DATA_BYTES]).toEqual([128, 8192]);
  });
});
