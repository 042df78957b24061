// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import * as captions from '../src/index.js';
import { type Captions, type StartCaptionsParams, type StopCaptionsParams, startCaptions, stopCaptions } from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(startCaptions).parameters.toEqualTypeOf<[OpenTokClient, StartCaptionsParams, Options?]>();
    expectTypeOf(startCaptions).returns.resolves.toEqualTypeOf<Captions>();
    expectTypeOf(stopCaptions).parameters.toEqualTypeOf<[OpenTokClient, StopCaptionsParams, Options?]>();
    expectTypeOf(stopCaptions).returns.resolves.toBeVoid();
    // No getCaptions: the service does not serve GET …/captions/{id} (see the README).
    expectTypeOf(captions).toEqualTypeOf<{ startCaptions: typeof startCaptions; stopCaptions: typeof stopCaptions }>();
  });

  it('pins the params', () => {
    expectTypeOf<StartCaptionsParams>().toEqualTypeOf<{
      readonly sessionId: string;
      readonly token: string;
      readonly languageCode?: string;
      readonly maxDuration?: number;
      readonly partialCaptions?: boolean;
      readonly statusCallbackUrl?: string;
    }>();
    expectTypeOf<StopCaptionsParams>().toEqualTypeOf<{ readonly captionsId: string }>();
    // @ts-expect-error the token is required
    const withoutToken: StartCaptionsParams = { sessionId: 's' };
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: StartCaptionsParams = { sessionId: 's', token: 't', partialCaption: false };
    expectTypeOf([withoutToken, misspelt]).toEqualTypeOf<StartCaptionsParams[]>();
  });

  it('makes results readonly, typed data', () => {
    expectTypeOf<Captions>().toEqualTypeOf<{ readonly captionsId: string }>();
    const started = {} as Captions;
    // @ts-expect-error results are readonly
    started.captionsId = 'x';
  });
});
