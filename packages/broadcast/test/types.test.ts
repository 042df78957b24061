// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, Page, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AddBroadcastStreamParams,
  addBroadcastStream,
  type Broadcast,
  type BroadcastRtmp,
  type BroadcastStatus,
  type BroadcastStream,
  type BroadcastUrls,
  type GetBroadcastParams,
  getBroadcast,
  type HlsStatus,
  type IterateBroadcastsParams,
  iterateBroadcasts,
  type ListBroadcastsParams,
  listBroadcasts,
  type RemoveBroadcastStreamParams,
  removeBroadcastStream,
  type SetBroadcastLayoutParams,
  type StartBroadcastParams,
  type StopBroadcastParams,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
} from '../src/index.js';

type Options = RequestOptions | undefined;

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(startBroadcast).parameters.toEqualTypeOf<[OpenTokClient, StartBroadcastParams, Options?]>();
    expectTypeOf(startBroadcast).returns.resolves.toEqualTypeOf<Broadcast>();
    expectTypeOf(stopBroadcast).parameters.toEqualTypeOf<[OpenTokClient, StopBroadcastParams, Options?]>();
    expectTypeOf(stopBroadcast).returns.resolves.toEqualTypeOf<Broadcast>();
    expectTypeOf(getBroadcast).parameters.toEqualTypeOf<[OpenTokClient, GetBroadcastParams, Options?]>();
    expectTypeOf(getBroadcast).returns.resolves.toEqualTypeOf<Broadcast>();
    expectTypeOf(listBroadcasts).parameters.toEqualTypeOf<[OpenTokClient, (ListBroadcastsParams | undefined)?, Options?]>();
    expectTypeOf(listBroadcasts).returns.resolves.toEqualTypeOf<Page<Broadcast>>();
    expectTypeOf(iterateBroadcasts).parameters.toEqualTypeOf<[OpenTokClient, (IterateBroadcastsParams | undefined)?, Options?]>();
    expectTypeOf(iterateBroadcasts).returns.toEqualTypeOf<AsyncGenerator<Broadcast, void, undefined>>();
    expectTypeOf(setBroadcastLayout).parameters.toEqualTypeOf<[OpenTokClient, SetBroadcastLayoutParams, Options?]>();
    expectTypeOf(addBroadcastStream).parameters.toEqualTypeOf<[OpenTokClient, AddBroadcastStreamParams, Options?]>();
    expectTypeOf(removeBroadcastStream).parameters.toEqualTypeOf<[OpenTokClient, RemoveBroadcastStreamParams, Options?]>();
    for (const operation of [setBroadcastLayout, addBroadcastStream, removeBroadcastStream]) expectTypeOf(operation).returns.resolves.toBeVoid();
  });

  it('pins the params', () => {
    expectTypeOf<StartBroadcastParams['outputs']>().toEqualTypeOf<{
      readonly hls?: { readonly dvr?: boolean; readonly lowLatency?: boolean };
      readonly rtmp?: readonly { readonly id?: string; readonly serverUrl: string; readonly streamName: string }[];
    }>();
    expectTypeOf<ListBroadcastsParams>().toEqualTypeOf<{ readonly offset?: number; readonly count?: number; readonly sessionId?: string }>();
    expectTypeOf<IterateBroadcastsParams>().toEqualTypeOf<{ readonly sessionId?: string; readonly pageSize?: number; readonly offset?: number }>();
    // @ts-expect-error outputs are required
    const withoutOutputs: StartBroadcastParams = { sessionId: 's' };
    // @ts-expect-error an RTMP target needs its stream name
    const rtmpWithoutName: StartBroadcastParams = { sessionId: 's', outputs: { rtmp: [{ serverUrl: 'rtmp://host/app' }] } };
    // @ts-expect-error a misspelt option is a type error too
    const misspelt: StartBroadcastParams = { sessionId: 's', outputs: { hls: {} }, maxDurration: 60 };
    // @ts-expect-error a custom layout needs its stylesheet
    const customWithoutStylesheet: SetBroadcastLayoutParams = { broadcastId: 'b', layout: { type: 'custom' } };
    expectTypeOf([withoutOutputs, rtmpWithoutName, misspelt]).toEqualTypeOf<StartBroadcastParams[]>();
    expectTypeOf(customWithoutStylesheet).toEqualTypeOf<SetBroadcastLayoutParams>();
  });

  it('makes results readonly, typed data', () => {
    expectTypeOf<Broadcast['status']>().toEqualTypeOf<BroadcastStatus>();
    expectTypeOf<BroadcastStatus>().toEqualTypeOf<'started' | 'stopped'>();
    expectTypeOf<Broadcast['broadcastUrls']>().toEqualTypeOf<BroadcastUrls>();
    expectTypeOf<BroadcastUrls>().toEqualTypeOf<{ readonly hls?: string; readonly hlsStatus?: HlsStatus; readonly rtmp: readonly BroadcastRtmp[] }>();
    expectTypeOf<Broadcast['streams']>().toEqualTypeOf<readonly BroadcastStream[]>();
    expectTypeOf<BroadcastStream>().toEqualTypeOf<{ readonly streamId: string; readonly hasAudio: boolean; readonly hasVideo: boolean }>();
    expectTypeOf<Broadcast['projectId']>().toEqualTypeOf<string>();
    expectTypeOf<Broadcast['multiBroadcastTag']>().toEqualTypeOf<string | undefined>();
    const broadcast = { broadcastUrls: { rtmp: [] } } as unknown as Broadcast;
    // @ts-expect-error results are readonly
    broadcast.status = 'stopped';
    // @ts-expect-error the RTMP list is readonly
    broadcast.broadcastUrls.rtmp.push({ serverUrl: 'rtmp://h/a', streamName: 'k', status: 'live' });
  });
});
