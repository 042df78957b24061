// Type tests of the facade's option types: checked by `tsc -p test/tsconfig.json` (the package's typecheck script).
// Each option type is its function's params without what the facade takes positionally, every variant kept, so
// whatever the function takes the facade takes, and what the function refuses to compile the facade refuses too.
// The calls below are compiled, never run: they are inside functions the tests only type.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ArchiveHandle,
  DialOptions,
  OpenTok,
  SipOptions,
  StartArchiveOptions,
  StartArchiveParams,
  StartBroadcastOptions,
  StartBroadcastParams,
  StartCaptionsOptions,
  StartCaptionsParams,
  StartRenderOptions,
  StartRenderParams,
} from '../src/index.js';

describe('the facade takes every variant its functions take', () => {
  it('startArchive: a transcribed individual archive, with its transcription properties', () => {
    const calls = (opentok: OpenTok, sessionId: string) => [
      opentok.startArchive(sessionId, { outputMode: 'individual', hasTranscription: true, transcriptionProperties: { primaryLanguageCode: 'en-US' } }),
      opentok.startArchive(sessionId, { outputMode: 'individual', hasAudio: true, hasTranscription: true, transcriptionProperties: { hasSummary: true } }),
      opentok.startArchive(sessionId, { name: 'n', resolution: '1280x720', layout: { type: 'pip' }, maxBitrate: 500_000 }),
      opentok.startArchive(sessionId, { outputMode: 'individual', streamMode: 'manual' }),
      opentok.startArchive(sessionId),
    ];
    expectTypeOf(calls).returns.toEqualTypeOf<Promise<ArchiveHandle>[]>();
  });

  it('startArchive: what startArchive refuses does not compile either', () => {
    const calls = (opentok: OpenTok, sessionId: string) => [
      // @ts-expect-error the service transcribes individual archives only, not composed ones
      opentok.startArchive(sessionId, { outputMode: 'composed', hasTranscription: true }),
      // @ts-expect-error nor archives without audio
      opentok.startArchive(sessionId, { outputMode: 'individual', hasAudio: false, hasTranscription: true }),
      // @ts-expect-error an individual archive has no resolution
      opentok.startArchive(sessionId, { outputMode: 'individual', resolution: '1280x720' }),
      // @ts-expect-error the session is the first argument, not an option
      opentok.startArchive(sessionId, { sessionId }),
    ];
    expectTypeOf(calls).returns.toEqualTypeOf<Promise<ArchiveHandle>[]>();
  });

  it('each option type is its function params without the positional ones', () => {
    type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
    expectTypeOf<StartArchiveOptions>().toEqualTypeOf<Without<StartArchiveParams, 'sessionId'>>();
    expectTypeOf<StartBroadcastOptions>().toEqualTypeOf<Without<StartBroadcastParams, 'sessionId'>>();
    expectTypeOf<StartRenderOptions>().toEqualTypeOf<Without<StartRenderParams, 'sessionId' | 'token' | 'url'>>();
    expectTypeOf<StartCaptionsOptions>().toEqualTypeOf<Without<StartCaptionsParams, 'sessionId' | 'token'>>();
    expectTypeOf<DialOptions>().toEqualTypeOf<Omit<SipOptions, 'uri'>>();
  });
});
