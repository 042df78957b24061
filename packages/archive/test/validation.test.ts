import { ValidationError } from '@opentok/core';
import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import {
  addArchiveStream,
  deleteArchive,
  getArchive,
  iterateArchives,
  listArchives,
  removeArchiveStream,
  setArchiveLayout,
  startArchive,
  stopArchive,
} from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });
const sessionId = TEST_SESSION_ID;
const ID_RULE = 'must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".."';
const RESOLUTION_RULE = 'must be one of "640x480", "480x640", "1280x720", "720x1280", "1920x1080", "1080x1920"';
const start = (params: unknown) => () => startArchive(recorder.client, params as never);

/** [what, call, parameter, rule, how the value is shown in the message] */
type Case = readonly [string, () => unknown, string, string, string];

const cases: Case[] = [
  // the client and the params object (untyped JavaScript)
  ['client missing', () => startArchive(undefined as never, { sessionId }), 'client', 'must be a client made by createClient()', 'undefined'],
  ['client not a client', () => getArchive({ apiSecret: 'x' } as never, { archiveId: 'A' }), 'client', 'must be a client made by createClient()', 'an object'],
  ['client null', () => listArchives(null as never), 'client', 'must be a client made by createClient()', 'null'],
  ['startArchive params missing', start(undefined), 'params', 'must be an object', 'undefined'],
  ['startArchive params a string', start(sessionId), 'params', 'must be an object', `"${sessionId.slice(0, 57)}..."`],
  ['startArchive params an array', start([sessionId]), 'params', 'must be an object', 'an array of 1'],
  // startArchive
  ['sessionId missing', start({}), 'sessionId', 'must be a string', 'undefined'],
  ['sessionId a number', start({ sessionId: 42 }), 'sessionId', 'must be a string', '42'],
  ['sessionId empty', start({ sessionId: '' }), 'sessionId', 'must not be empty', '""'],
  ['sessionId with a slash', start({ sessionId: '1_MX/../x' }), 'sessionId', ID_RULE, '"1_MX/../x"'],
  ['name not a string', start({ sessionId, name: 5 }), 'name', 'must be a string', '5'],
  ['name null', start({ sessionId, name: null }), 'name', 'must be a string', 'null'],
  ['hasAudio not a boolean', start({ sessionId, hasAudio: 'yes' }), 'hasAudio', 'must be a boolean', '"yes"'],
  ['hasVideo not a boolean', start({ sessionId, hasVideo: 1 }), 'hasVideo', 'must be a boolean', '1'],
  ['hasAudio and hasVideo both false', start({ sessionId, hasAudio: false, hasVideo: false }), 'hasAudio', 'and hasVideo cannot both be false', 'false'],
  ['outputMode unknown', start({ sessionId, outputMode: 'mixed' }), 'outputMode', 'must be one of "composed", "individual"', '"mixed"'],
  ['resolution unknown', start({ sessionId, resolution: '800x600' }), 'resolution', RESOLUTION_RULE, '"800x600"'],
  ['resolution a number', start({ sessionId, resolution: 720 }), 'resolution', RESOLUTION_RULE, '720'],
  [
    'resolution of an individual archive',
    start({ sessionId, outputMode: 'individual', resolution: '1280x720' }),
    'resolution',
    'is only allowed with outputMode "composed"',
    '"1280x720"',
  ],
  ['layout a string', start({ sessionId, layout: 'bestFit' }), 'layout', 'must be an object', '"bestFit"'],
  ['layout without type', start({ sessionId, layout: {} }), 'layout.type', 'is required', 'undefined'],
  [
    'layout type unknown',
    start({ sessionId, layout: { type: 'grid' } }),
    'layout.type',
    'must be one of "bestFit", "custom", "horizontalPresentation", "pip", "verticalPresentation"',
    '"grid"',
  ],
  ['custom layout without stylesheet', start({ sessionId, layout: { type: 'custom' } }), 'layout.stylesheet', 'must be a string', 'undefined'],
  [
    'stylesheet without custom',
    start({ sessionId, layout: { type: 'pip', stylesheet: 'x' } }),
    'layout.stylesheet',
    'is only allowed with type "custom"',
    '"x"',
  ],
  [
    'screenshareType without bestFit',
    start({ sessionId, layout: { type: 'pip', screenshareType: 'pip' } }),
    'layout.screenshareType',
    'is only allowed with type "bestFit"',
    '"pip"',
  ],
  [
    'screenshareType custom',
    start({ sessionId, layout: { type: 'bestFit', screenshareType: 'custom' } }),
    'layout.screenshareType',
    'must be one of "bestFit", "horizontalPresentation", "pip", "verticalPresentation"',
    '"custom"',
  ],
  ['streamMode unknown', start({ sessionId, streamMode: 'always' }), 'streamMode', 'must be one of "auto", "manual"', '"always"'],
  ['multiArchiveTag empty', start({ sessionId, multiArchiveTag: '' }), 'multiArchiveTag', 'must not be empty', '""'],
  ['multiArchiveTag a number', start({ sessionId, multiArchiveTag: 7 }), 'multiArchiveTag', 'must be a string', '7'],
  ['maxBitrate too low', start({ sessionId, maxBitrate: 99_999 }), 'maxBitrate', 'must be from 100000 to 6000000', '99999'],
  ['maxBitrate too high', start({ sessionId, maxBitrate: 6_000_001 }), 'maxBitrate', 'must be from 100000 to 6000000', '6000001'],
  ['maxBitrate not an integer', start({ sessionId, maxBitrate: 150_000.5 }), 'maxBitrate', 'must be an integer', '150000.5'],
  ['maxBitrate a string', start({ sessionId, maxBitrate: '200000' }), 'maxBitrate', 'must be an integer', '"200000"'],
  [
    'maxBitrate of an individual archive',
    start({ sessionId, outputMode: 'individual', maxBitrate: 200_000 }),
    'maxBitrate',
    'is only allowed with outputMode "composed"',
    '200000',
  ],
  [
    'layout of an individual archive',
    start({ sessionId, outputMode: 'individual', layout: { type: 'pip' } }),
    'layout',
    'is only allowed with outputMode "composed"',
    'an object',
  ],
  [
    'quantizationParameter of an individual archive',
    start({ sessionId, outputMode: 'individual', quantizationParameter: 25 }),
    'quantizationParameter',
    'is only allowed with outputMode "composed"',
    '25',
  ],
  ['quantizationParameter too low', start({ sessionId, quantizationParameter: 14 }), 'quantizationParameter', 'must be from 15 to 40', '14'],
  ['quantizationParameter too high', start({ sessionId, quantizationParameter: 41 }), 'quantizationParameter', 'must be from 15 to 40', '41'],
  ['quantizationParameter not an integer', start({ sessionId, quantizationParameter: 20.5 }), 'quantizationParameter', 'must be an integer', '20.5'],
  ['quantizationParameter NaN', start({ sessionId, quantizationParameter: Number.NaN }), 'quantizationParameter', 'must be an integer', 'NaN'],
  [
    'maxBitrate with quantizationParameter',
    start({ sessionId, maxBitrate: 200_000, quantizationParameter: 25 }),
    'quantizationParameter',
    'cannot be combined with maxBitrate (set one or the other)',
    '25',
  ],
  ['per-call options not an object', () => startArchive(recorder.client, { sessionId }, 'fast' as never), 'options', 'must be an object', '"fast"'],
  ['per-call timeout negative', () => startArchive(recorder.client, { sessionId }, { timeout: -1 }), 'options.timeout', 'must be from 1 to 2147483647', '-1'],
  // stop / get / delete
  ['stopArchive archiveId missing', () => stopArchive(recorder.client, {} as never), 'archiveId', 'must be a string', 'undefined'],
  ['stopArchive archiveId with a slash', () => stopArchive(recorder.client, { archiveId: '../session' }), 'archiveId', ID_RULE, '"../session"'],
  ['stopArchive params null', () => stopArchive(recorder.client, null as never), 'params', 'must be an object', 'null'],
  ['getArchive archiveId a number', () => getArchive(recorder.client, { archiveId: 5 } as never), 'archiveId', 'must be a string', '5'],
  ['getArchive archiveId with a query', () => getArchive(recorder.client, { archiveId: 'A?count=1' }), 'archiveId', ID_RULE, '"A?count=1"'],
  ['getArchive params a string', () => getArchive(recorder.client, 'AID' as never), 'params', 'must be an object', '"AID"'],
  // URL resolution would turn these into another path: DELETE /v2/project/KEY/ or GET /v2/project/KEY/archive/.
  ['deleteArchive archiveId ".."', () => deleteArchive(recorder.client, { archiveId: '..' }), 'archiveId', ID_RULE, '".."'],
  ['getArchive archiveId "."', () => getArchive(recorder.client, { archiveId: '.' }), 'archiveId', ID_RULE, '"."'],
  ['deleteArchive archiveId empty', () => deleteArchive(recorder.client, { archiveId: '' }), 'archiveId', 'must not be empty', '""'],
  ['deleteArchive params missing', () => deleteArchive(recorder.client, undefined as never), 'params', 'must be an object', 'undefined'],
  // list
  ['listArchives params a number', () => listArchives(recorder.client, 5 as never), 'params', 'must be an object', '5'],
  ['listArchives offset negative', () => listArchives(recorder.client, { offset: -1 }), 'offset', `must be from 0 to ${Number.MAX_SAFE_INTEGER}`, '-1'],
  ['listArchives offset not an integer', () => listArchives(recorder.client, { offset: 1.5 }), 'offset', 'must be an integer', '1.5'],
  ['listArchives offset a string', () => listArchives(recorder.client, { offset: '10' } as never), 'offset', 'must be an integer', '"10"'],
  ['listArchives count 0', () => listArchives(recorder.client, { count: 0 }), 'count', 'must be from 1 to 1000', '0'],
  ['listArchives count 1001', () => listArchives(recorder.client, { count: 1001 }), 'count', 'must be from 1 to 1000', '1001'],
  ['listArchives sessionId empty', () => listArchives(recorder.client, { sessionId: '' }), 'sessionId', 'must not be empty', '""'],
  ['listArchives sessionId with a space', () => listArchives(recorder.client, { sessionId: 'a b' }), 'sessionId', ID_RULE, '"a b"'],
  // iterate: thrown by the first next(), before any request
  ['iterateArchives pageSize 0', () => iterateArchives(recorder.client, { pageSize: 0 }).next(), 'pageSize', 'must be from 1 to 1000', '0'],
  ['iterateArchives pageSize 1001', () => iterateArchives(recorder.client, { pageSize: 1001 }).next(), 'pageSize', 'must be from 1 to 1000', '1001'],
  ['iterateArchives pageSize a string', () => iterateArchives(recorder.client, { pageSize: '50' } as never).next(), 'pageSize', 'must be an integer', '"50"'],
  ['iterateArchives sessionId a number', () => iterateArchives(recorder.client, { sessionId: 5 } as never).next(), 'sessionId', 'must be a string', '5'],
  ['iterateArchives params a string', () => iterateArchives(recorder.client, 'x' as never).next(), 'params', 'must be an object', '"x"'],
  ['iterateArchives client missing', () => iterateArchives(undefined as never).next(), 'client', 'must be a client made by createClient()', 'undefined'],
  // layout
  [
    'setArchiveLayout archiveId missing',
    () => setArchiveLayout(recorder.client, { layout: { type: 'pip' } } as never),
    'archiveId',
    'must be a string',
    'undefined',
  ],
  ['setArchiveLayout layout missing', () => setArchiveLayout(recorder.client, { archiveId: 'A' } as never), 'layout', 'must be an object', 'undefined'],
  [
    'setArchiveLayout layout type unknown',
    () => setArchiveLayout(recorder.client, { archiveId: 'A', layout: { type: 'mosaic' } } as never),
    'layout.type',
    'must be one of "bestFit", "custom", "horizontalPresentation", "pip", "verticalPresentation"',
    '"mosaic"',
  ],
  [
    'setArchiveLayout custom stylesheet empty',
    () => setArchiveLayout(recorder.client, { archiveId: 'A', layout: { type: 'custom', stylesheet: '' } }),
    'layout.stylesheet',
    'must not be empty',
    '""',
  ],
  [
    'setArchiveLayout screenshareType with verticalPresentation',
    () => setArchiveLayout(recorder.client, { archiveId: 'A', layout: { type: 'verticalPresentation', screenshareType: 'pip' } } as never),
    'layout.screenshareType',
    'is only allowed with type "bestFit"',
    '"pip"',
  ],
  // streams
  ['addArchiveStream streamId missing', () => addArchiveStream(recorder.client, { archiveId: 'A' } as never), 'streamId', 'must be a string', 'undefined'],
  ['addArchiveStream archiveId with a slash', () => addArchiveStream(recorder.client, { archiveId: 'A/B', streamId: 'S' }), 'archiveId', ID_RULE, '"A/B"'],
  [
    'addArchiveStream hasAudio a string',
    () => addArchiveStream(recorder.client, { archiveId: 'A', streamId: 'S', hasAudio: 'no' } as never),
    'hasAudio',
    'must be a boolean',
    '"no"',
  ],
  [
    'addArchiveStream hasVideo null',
    () => addArchiveStream(recorder.client, { archiveId: 'A', streamId: 'S', hasVideo: null } as never),
    'hasVideo',
    'must be a boolean',
    'null',
  ],
  [
    'addArchiveStream both flags false',
    () => addArchiveStream(recorder.client, { archiveId: 'A', streamId: 'S', hasAudio: false, hasVideo: false }),
    'hasAudio',
    'and hasVideo cannot both be false',
    'false',
  ],
  ['addArchiveStream params missing', () => addArchiveStream(recorder.client, undefined as never), 'params', 'must be an object', 'undefined'],
  ['removeArchiveStream streamId empty', () => removeArchiveStream(recorder.client, { archiveId: 'A', streamId: '' }), 'streamId', 'must not be empty', '""'],
  [
    'removeArchiveStream archiveId missing',
    () => removeArchiveStream(recorder.client, { streamId: 'S' } as never),
    'archiveId',
    'must be a string',
    'undefined',
  ],
];

/**
 * Misspelt option keys (untyped JavaScript) are refused, not silently ignored, and their values are never
 * shown (a misspelt key may hold a secret). [what, call, parameter, rule, the value as the message would show it]
 */
const misspelt: Case[] = [
  [
    'startArchive a misspelt option',
    start({ sessionId, outputmode: 'individual' }),
    'params.outputmode',
    'is not a known option (expected sessionId, name, hasAudio, hasVideo, outputMode, resolution, layout, streamMode, multiArchiveTag, maxBitrate, quantizationParameter, hasTranscription, transcriptionProperties)',
    '"individual"',
  ],
  [
    'stopArchive a misspelt option',
    () => stopArchive(recorder.client, { archiveID: 'A' } as never),
    'params.archiveID',
    'is not a known option (expected archiveId)',
    '"A"',
  ],
  [
    'getArchive an unknown option',
    () => getArchive(recorder.client, { archiveId: 'A', includeUrl: true } as never),
    'params.includeUrl',
    'is not a known option (expected archiveId)',
    'true',
  ],
  [
    'deleteArchive an unknown option',
    () => deleteArchive(recorder.client, { archiveId: 'A', force: true } as never),
    'params.force',
    'is not a known option (expected archiveId)',
    'true',
  ],
  [
    'listArchives a misspelt option',
    () => listArchives(recorder.client, { sessionID: 'S' } as never),
    'params.sessionID',
    'is not a known option (expected offset, count, sessionId)',
    '"S"',
  ],
  [
    'iterateArchives an unknown option',
    () => iterateArchives(recorder.client, { count: 10 } as never).next(),
    'params.count',
    'is not a known option (expected sessionId, pageSize, offset)',
    '10',
  ],
  [
    'setArchiveLayout a misspelt option',
    () => setArchiveLayout(recorder.client, { archiveId: 'A', layout: { type: 'pip' }, stylesheet: 'x' } as never),
    'params.stylesheet',
    'is not a known option (expected archiveId, layout)',
    '"x"',
  ],
  [
    'addArchiveStream a misspelt option',
    () => addArchiveStream(recorder.client, { archiveId: 'A', streamId: 'S', hasaudio: false } as never),
    'params.hasaudio',
    'is not a known option (expected archiveId, streamId, hasAudio, hasVideo)',
    'false',
  ],
  [
    'removeArchiveStream an unknown option',
    () => removeArchiveStream(recorder.client, { archiveId: 'A', streamId: 'S', hasVideo: false } as never),
    'params.hasVideo',
    'is not a known option (expected archiveId, streamId)',
    'false',
  ],
];

describe('validation before any I/O', () => {
  validationRows(
    recorder,
    cases.map(([what, call, parameter, rule, shown]): ValidationRow => [what, call, parameter, `${parameter} ${rule} (got ${shown})`]),
  );

  validationRows(
    recorder,
    misspelt.map(([what, call, parameter, rule, hidden]): ValidationRow => [what, call, parameter, `${parameter} ${rule}`, hidden]),
  );

  it('iterateArchives checks its input lazily: nothing is thrown at the call, the first next() rejects', async () => {
    const iterator = iterateArchives(recorder.client, { pageSize: -5 });
    await expect(iterator.next()).rejects.toThrow(ValidationError);
  });
});
