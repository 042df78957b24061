// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, Page, RequestOptions, Resolution } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type GetRenderParams,
  getRender,
  type IterateRendersParams,
  iterateRenders,
  type ListRendersParams,
  listRenders,
  type Render,
  type RenderProperties,
  type RenderStatus,
  type StartRenderParams,
  type StopRenderParams,
  startRender,
  stopRender,
} from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(startRender).parameters.toEqualTypeOf<[OpenTokClient, StartRenderParams, Options?]>();
    expectTypeOf(startRender).returns.resolves.toEqualTypeOf<Render>();
    expectTypeOf(getRender).parameters.toEqualTypeOf<[OpenTokClient, GetRenderParams, Options?]>();
    expectTypeOf(getRender).returns.resolves.toEqualTypeOf<Render>();
    expectTypeOf(stopRender).parameters.toEqualTypeOf<[OpenTokClient, StopRenderParams, Options?]>();
    expectTypeOf(stopRender).returns.resolves.toBeVoid();
    expectTypeOf(listRenders).parameters.toEqualTypeOf<[OpenTokClient, (ListRendersParams | undefined)?, Options?]>();
    expectTypeOf(listRenders).returns.resolves.toEqualTypeOf<Page<Render>>();
    expectTypeOf(iterateRenders).parameters.toEqualTypeOf<[OpenTokClient, (IterateRendersParams | undefined)?, Options?]>();
    expectTypeOf(iterateRenders).returns.toEqualTypeOf<AsyncGenerator<Render, void, undefined>>();
  });

  it('pins the params', () => {
    expectTypeOf<StartRenderParams>().toEqualTypeOf<{
      readonly sessionId: string;
      readonly token: string;
      readonly url: string;
      readonly maxDuration?: number;
      readonly resolution?: Resolution;
      readonly properties?: RenderProperties;
      readonly statusCallbackUrl?: string;
    }>();
    expectTypeOf<RenderProperties>().toEqualTypeOf<{ readonly name?: string }>();
    expectTypeOf<GetRenderParams>().toEqualTypeOf<{ readonly renderId: string }>();
    expectTypeOf<StopRenderParams>().toEqualTypeOf<{ readonly renderId: string }>();
    expectTypeOf<ListRendersParams>().toEqualTypeOf<{ readonly offset?: number; readonly count?: number }>();
    expectTypeOf<IterateRendersParams>().toEqualTypeOf<{ readonly pageSize?: number; readonly offset?: number }>();
    // @ts-expect-error the page URL is required
    const withoutUrl: StartRenderParams = { sessionId: 's', token: 't' };
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: StartRenderParams = { sessionId: 's', token: 't', url: 'https://x', maxDurration: 60 };
    // @ts-expect-error the list endpoint has no session filter
    const filtered: ListRendersParams = { sessionId: 's' };
    expectTypeOf([withoutUrl, misspelt]).toEqualTypeOf<StartRenderParams[]>();
    expectTypeOf(filtered).toEqualTypeOf<ListRendersParams>();
  });

  it('makes results readonly, typed data', () => {
    expectTypeOf<Render['status']>().toEqualTypeOf<RenderStatus>();
    expectTypeOf<RenderStatus>().toEqualTypeOf<'starting' | 'started' | 'stopped' | 'failed'>();
    expectTypeOf<Render['resolution']>().toEqualTypeOf<Resolution>();
    expectTypeOf<Render['projectId']>().toEqualTypeOf<string>();
    expectTypeOf<Render['streamId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Render['reason']>().toEqualTypeOf<string | undefined>();
    const render = {} as Render;
    // @ts-expect-error results are readonly
    render.status = 'stopped';
  });
});
