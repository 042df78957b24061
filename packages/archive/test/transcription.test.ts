import { responseFixture, TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows, type WireRow, wireRows } from '@opentok/testing';
import { describe } from 'vitest';
import { type StartArchiveParams, startArchive } from '../src/index.js';
import { EXPECTED } from './archives.js';

// Transcription options of startArchive: the wire body, and the combinations the service refuses
// (it transcribes individual archives with audio only: Vonage/vonage-node-sdk#1298 and the service's
// post-call transcription guide), refused before any request for untyped callers.
const recorder = useRecorder();
const ARCHIVES = '/v2/project/12345678/archive';
const start = (params: Record<string, unknown>) => () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID, ...params } as StartArchiveParams);

describe('startArchive with a transcript, on the wire', () => {
  const rows: readonly (readonly [name: string, params: StartArchiveParams, body: string])[] = [
    [
      'every transcription option',
      {
        sessionId: TEST_SESSION_ID,
        outputMode: 'individual',
        hasAudio: true,
        hasTranscription: true,
        transcriptionProperties: { primaryLanguageCode: 'ja-JP', hasSummary: true },
      },
      `{"sessionId":"${TEST_SESSION_ID}","hasAudio":true,"outputMode":"individual","hasTranscription":true,"transcriptionProperties":{"primaryLanguageCode":"ja-JP","hasSummary":true}}`,
    ],
    [
      'the service defaults for the transcript',
      { sessionId: TEST_SESSION_ID, outputMode: 'individual', hasTranscription: true },
      `{"sessionId":"${TEST_SESSION_ID}","outputMode":"individual","hasTranscription":true}`,
    ],
    [
      'an empty transcriptionProperties object as given',
      { sessionId: TEST_SESSION_ID, outputMode: 'individual', hasTranscription: true, transcriptionProperties: {} },
      `{"sessionId":"${TEST_SESSION_ID}","outputMode":"individual","hasTranscription":true,"transcriptionProperties":{}}`,
    ],
    [
      'hasTranscription false on a composed archive',
      { sessionId: TEST_SESSION_ID, hasTranscription: false },
      `{"sessionId":"${TEST_SESSION_ID}","hasTranscription":false}`,
    ],
  ];

  wireRows(
    recorder,
    rows.map(
      ([name, params, body]): WireRow => ({
        name,
        call: (client) => startArchive(client, params),
        reply: { body: responseFixture('archive_start_individual.py210.json') },
        method: 'POST',
        url: ARCHIVES,
        body,
        result: EXPECTED['archive_start_individual.py210.json'],
      }),
    ),
  );
});

describe('startArchive refuses what the service will not transcribe, before any request', () => {
  const rows: ValidationRow[] = [
    [
      'transcription of a composed archive (the default mode)',
      start({ hasTranscription: true }),
      'hasTranscription',
      'hasTranscription is only allowed with outputMode "individual" (the service transcribes individual archives only) (got true)',
    ],
    [
      'transcription of an explicitly composed archive',
      start({ outputMode: 'composed', hasTranscription: true, transcriptionProperties: { hasSummary: true } }),
      'hasTranscription',
      'hasTranscription is only allowed with outputMode "individual" (the service transcribes individual archives only) (got true)',
    ],
    [
      'transcription without audio',
      start({ outputMode: 'individual', hasAudio: false, hasTranscription: true }),
      'hasAudio',
      'hasAudio cannot be false when hasTranscription is true (got false)',
    ],
    [
      'transcription properties without transcription',
      start({ outputMode: 'individual', transcriptionProperties: { hasSummary: true } }),
      'transcriptionProperties',
      'transcriptionProperties is only allowed with hasTranscription true (got an object)',
    ],
    [
      'transcription properties with hasTranscription false',
      start({ outputMode: 'individual', hasTranscription: false, transcriptionProperties: {} }),
      'transcriptionProperties',
      'transcriptionProperties is only allowed with hasTranscription true (got an object)',
    ],
    [
      'hasTranscription a string',
      start({ outputMode: 'individual', hasTranscription: 'true' }),
      'hasTranscription',
      'hasTranscription must be a boolean (got "true")',
    ],
    [
      'transcriptionProperties an array',
      start({ outputMode: 'individual', hasTranscription: true, transcriptionProperties: [] }),
      'transcriptionProperties',
      'transcriptionProperties must be an object (got an array of 0)',
    ],
    [
      'a misspelt transcription property',
      start({ outputMode: 'individual', hasTranscription: true, transcriptionProperties: { languageCode: 'en-US' } }),
      'transcriptionProperties.languageCode',
      'transcriptionProperties.languageCode is not a known option (expected primaryLanguageCode, hasSummary)',
      'en-US',
    ],
    [
      'primaryLanguageCode not a language code',
      start({ outputMode: 'individual', hasTranscription: true, transcriptionProperties: { primaryLanguageCode: 'english' } }),
      'transcriptionProperties.primaryLanguageCode',
      'transcriptionProperties.primaryLanguageCode must be a language code such as "en-US" (got "english")',
    ],
    [
      'hasSummary a number',
      start({ outputMode: 'individual', hasTranscription: true, transcriptionProperties: { hasSummary: 1 } }),
      'transcriptionProperties.hasSummary',
      'transcriptionProperties.hasSummary must be a boolean (got 1)',
    ],
  ];

  validationRows(recorder, rows);
});
