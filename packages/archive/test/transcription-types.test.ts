// Type tests of startArchive's transcription options: checked by `tsc -p test/tsconfig.json` (the package's
// typecheck script). The combinations the service refuses (Vonage/vonage-node-sdk#1298) must not compile.
import { describe, expectTypeOf, it } from 'vitest';
import type { IndividualArchiveParams, StartArchiveParams, TranscribedArchiveParams, TranscriptionProperties } from '../src/index.js';

describe('transcription types', () => {
  it('accepts a transcript of an individual archive with audio', () => {
    const transcribed: StartArchiveParams = {
      sessionId: 's',
      outputMode: 'individual',
      hasTranscription: true,
      transcriptionProperties: { primaryLanguageCode: 'es-ES', hasSummary: true },
    };
    const withAudio: StartArchiveParams = { sessionId: 's', outputMode: 'individual', hasAudio: true, hasVideo: false, hasTranscription: true };
    const withoutTranscript: StartArchiveParams = { sessionId: 's', outputMode: 'individual', hasAudio: false, hasTranscription: false };
    const composed: StartArchiveParams = { sessionId: 's', resolution: '1280x720', hasTranscription: false };
    expectTypeOf([transcribed, withAudio, withoutTranscript, composed]).toEqualTypeOf<StartArchiveParams[]>();
    expectTypeOf<TranscriptionProperties>().toEqualTypeOf<{ readonly primaryLanguageCode?: string; readonly hasSummary?: boolean }>();
    expectTypeOf<TranscribedArchiveParams['hasTranscription']>().toEqualTypeOf<true>();
    expectTypeOf<TranscribedArchiveParams['hasAudio']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<TranscribedArchiveParams['outputMode']>().toEqualTypeOf<'individual'>();
    expectTypeOf<IndividualArchiveParams['hasTranscription']>().toEqualTypeOf<false | undefined>();
  });

  it('refuses what the service will not transcribe', () => {
    // @ts-expect-error the service does not transcribe composed archives (the default output mode)
    const composedDefault: StartArchiveParams = { sessionId: 's', hasTranscription: true };
    // @ts-expect-error nor explicitly composed ones
    const composed: StartArchiveParams = { sessionId: 's', outputMode: 'composed', hasTranscription: true };
    // @ts-expect-error nor archives without audio
    const silent: StartArchiveParams = { sessionId: 's', outputMode: 'individual', hasAudio: false, hasTranscription: true };
    // @ts-expect-error transcription properties need hasTranscription: true
    const propertiesOnly: StartArchiveParams = { sessionId: 's', outputMode: 'individual', transcriptionProperties: { hasSummary: true } };
    // @ts-expect-error also when it is false
    const propertiesWithFalse: StartArchiveParams = { sessionId: 's', outputMode: 'individual', hasTranscription: false, transcriptionProperties: {} };
    // @ts-expect-error a transcribed archive is still individual: no composed-only options
    const withResolution: StartArchiveParams = { sessionId: 's', outputMode: 'individual', hasTranscription: true, resolution: '640x480' };
    const misspelt: StartArchiveParams = {
      sessionId: 's',
      outputMode: 'individual',
      hasTranscription: true,
      // @ts-expect-error a misspelt transcription property
      transcriptionProperties: { languageCode: 'en-US' },
    };
    expectTypeOf([composedDefault, composed, silent, propertiesOnly, propertiesWithFalse, withResolution, misspelt]).toEqualTypeOf<StartArchiveParams[]>();
  });
});
