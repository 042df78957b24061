// Type tests: checked by `tsc -p test/tsconfig.json` (the package's typecheck script); at run time they only assert the obvious.
import type { OpenTokClient, RequestOptions } from '@opentok/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Archive,
  type ArchiveList,
  type ArchiveStatus,
  addArchiveStream,
  iterateArchives,
  listArchives,
  type StartArchiveParams,
  startArchive,
} from '../src/index.js';

describe('public types', () => {
  it('pins the operation signatures', () => {
    expectTypeOf(startArchive).parameters.toEqualTypeOf<[OpenTokClient, StartArchiveParams, (RequestOptions | undefined)?]>();
    expectTypeOf(startArchive).returns.resolves.toEqualTypeOf<Archive>();
    expectTypeOf(listArchives).returns.resolves.toEqualTypeOf<ArchiveList>();
    expectTypeOf(iterateArchives).returns.toEqualTypeOf<AsyncGenerator<Archive, void, undefined>>();
    expectTypeOf(addArchiveStream).returns.resolves.toBeVoid();
    expectTypeOf<Archive['status']>().toEqualTypeOf<ArchiveStatus>();
    expectTypeOf<Archive['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<Archive['projectId']>().toEqualTypeOf<string>();
  });

  it('models which options each output mode takes', () => {
    const composed: StartArchiveParams = { sessionId: 's', resolution: '1280x720', maxBitrate: 200_000, layout: { type: 'custom', stylesheet: 'x' } };
    const individual: StartArchiveParams = { sessionId: 's', outputMode: 'individual', streamMode: 'manual', multiArchiveTag: 't' };
    // @ts-expect-error resolution is for composed archives only
    const withResolution: StartArchiveParams = { sessionId: 's', outputMode: 'individual', resolution: '640x480' };
    // @ts-expect-error maxBitrate is for composed archives only
    const withBitrate: StartArchiveParams = { sessionId: 's', outputMode: 'individual', maxBitrate: 200_000 };
    // @ts-expect-error layouts are for composed archives only
    const withLayout: StartArchiveParams = { sessionId: 's', outputMode: 'individual', layout: { type: 'pip' } };
    // @ts-expect-error the quantization parameter is for composed archives only
    const withQuantization: StartArchiveParams = { sessionId: 's', outputMode: 'individual', quantizationParameter: 20 };
    // @ts-expect-error a custom layout needs its stylesheet
    const customWithoutStylesheet: StartArchiveParams = { sessionId: 's', layout: { type: 'custom' } };
    expectTypeOf([composed, individual, withResolution, withBitrate, withLayout, withQuantization, customWithoutStylesheet]).toEqualTypeOf<
      StartArchiveParams[]
    >();
  });

  it('makes results readonly', () => {
    const archive = {} as Archive;
    // @ts-expect-error results are readonly
    archive.status = 'stopped';
    expectTypeOf(archive.streams).toEqualTypeOf<readonly { readonly streamId: string; readonly hasAudio: boolean; readonly hasVideo: boolean }[]>();
  });
});
