import { TEST_SESSION_ID, useRecorder, type ValidationRow, validationRows } from '@opentok/testing';
import { describe } from 'vitest';
import {
  addBroadcastStream,
  getBroadcast,
  iterateBroadcasts,
  listBroadcasts,
  removeBroadcastStream,
  type StartBroadcastParams,
  setBroadcastLayout,
  startBroadcast,
  stopBroadcast,
} from '../src/index.js';

const recorder = useRecorder({ expectNoRequests: true });

const hls = { hls: {} };
const rtmp = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, serverUrl: 'rtmp://host/app', streamName: `s${i}` }));
/** Start params with some fields replaced, as an untyped JavaScript caller could pass them. */
const start = (overrides: Record<string, unknown>) => () =>
  startBroadcast(recorder.client, { sessionId: TEST_SESSION_ID, outputs: hls, ...overrides } as StartBroadcastParams);
const withRtmp = (item: Record<string, unknown>) => start({ outputs: { rtmp: [{ serverUrl: 'rtmp://host/app', streamName: 'k', ...item }] } });

const rows: ValidationRow[] = [
  // the client, from untyped JavaScript
  [
    'start: client undefined',
    () => startBroadcast(undefined as never, { sessionId: TEST_SESSION_ID, outputs: hls }),
    'client',
    'client must be a client made by createClient() (got undefined)',
  ],
  ['get: client a string', () => getBroadcast('key' as never, { broadcastId: 'b' }), 'client', 'client must be a client made by createClient() (got "key")'],
  ['list: client null', () => listBroadcasts(null as never), 'client', 'client must be a client made by createClient() (got null)'],
  // startBroadcast
  ['start: params null', () => startBroadcast(recorder.client, null as never), 'params', 'params must be an object (got null)'],
  [
    'start: a misspelt option',
    start({ maxDurration: 600 }),
    'params.maxDurration',
    'params.maxDurration is not a known option (expected sessionId, outputs, layout, maxDuration, resolution, streamMode, multiBroadcastTag, hasAudio, hasVideo, maxBitrate)',
    '600',
  ],
  [
    'start: an unknown output',
    start({ outputs: { hls: {}, dash: {} } }),
    'outputs.dash',
    'outputs.dash is not a known option (expected hls, rtmp)',
    'an object',
  ],
  [
    'start: an unknown hls option',
    start({ outputs: { hls: { lowlatency: true } } }),
    'outputs.hls.lowlatency',
    'outputs.hls.lowlatency is not a known option (expected dvr, lowLatency)',
    'true',
  ],
  [
    'start: an unknown rtmp field',
    withRtmp({ key: 'SECRET-STREAM-KEY' }),
    'outputs.rtmp[0].key',
    'outputs.rtmp[0].key is not a known option (expected id, serverUrl, streamName)',
    'SECRET-STREAM-KEY',
  ],
  ['start: sessionId missing', start({ sessionId: undefined }), 'sessionId', 'sessionId must be a string (got undefined)'],
  ['start: sessionId number', start({ sessionId: 42 }), 'sessionId', 'sessionId must be a string (got 42)'],
  ['start: sessionId empty', start({ sessionId: '' }), 'sessionId', 'sessionId must not be empty (got "")'],
  [
    'start: sessionId with a slash',
    start({ sessionId: 'a/b' }),
    'sessionId',
    'sessionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a/b")',
  ],
  ['start: outputs missing', start({ outputs: undefined }), 'outputs', 'outputs must be an object (got undefined)'],
  ['start: outputs an array', start({ outputs: [] }), 'outputs', 'outputs must be an object (got an array of 0)'],
  ['start: outputs empty', start({ outputs: {} }), 'outputs', 'outputs must have an hls output or at least one rtmp target (got an object)'],
  [
    'start: outputs with an empty rtmp list',
    start({ outputs: { rtmp: [] } }),
    'outputs',
    'outputs must have an hls output or at least one rtmp target (got an object)',
  ],
  ['start: hls not an object', start({ outputs: { hls: true } }), 'outputs.hls', 'outputs.hls must be an object (got true)'],
  ['start: hls.dvr not a boolean', start({ outputs: { hls: { dvr: 'true' } } }), 'outputs.hls.dvr', 'outputs.hls.dvr must be a boolean (got "true")'],
  [
    'start: hls.lowLatency not a boolean',
    start({ outputs: { hls: { lowLatency: 1 } } }),
    'outputs.hls.lowLatency',
    'outputs.hls.lowLatency must be a boolean (got 1)',
  ],
  [
    'start: hls dvr and lowLatency',
    start({ outputs: { hls: { dvr: true, lowLatency: true } } }),
    'outputs.hls',
    'outputs.hls cannot have both dvr and lowLatency set to true (got an object)',
  ],
  [
    'start: rtmp not an array',
    start({ outputs: { rtmp: { serverUrl: 'rtmp://a/b', streamName: 'c' } } }),
    'outputs.rtmp',
    'outputs.rtmp must be an array of { id?, serverUrl, streamName } (got an object)',
  ],
  ['start: six rtmp targets', start({ outputs: { hls: {}, rtmp: rtmp(6) } }), 'outputs.rtmp', 'outputs.rtmp must have at most 5 targets (got an array of 6)'],
  ['start: rtmp target null', start({ outputs: { rtmp: [null] } }), 'outputs.rtmp[0]', 'outputs.rtmp[0] must be an object (got null)'],
  [
    'start: rtmp serverUrl missing',
    withRtmp({ serverUrl: undefined }),
    'outputs.rtmp[0].serverUrl',
    'outputs.rtmp[0].serverUrl must be a string (got undefined)',
  ],
  [
    'start: rtmp serverUrl http',
    withRtmp({ serverUrl: 'http://host/app' }),
    'outputs.rtmp[0].serverUrl',
    'outputs.rtmp[0].serverUrl must be an rtmp:// or rtmps:// URL (got "http://host/app")',
  ],
  [
    'start: rtmp serverUrl without host',
    withRtmp({ serverUrl: 'rtmp:///app' }),
    'outputs.rtmp[0].serverUrl',
    'outputs.rtmp[0].serverUrl must be an rtmp:// or rtmps:// URL (got "rtmp:///app")',
  ],
  [
    'start: rtmp serverUrl with an empty host',
    withRtmp({ serverUrl: 'rtmp://?app' }),
    'outputs.rtmp[0].serverUrl',
    'outputs.rtmp[0].serverUrl must be an rtmp:// or rtmps:// URL (got "rtmp://?app")',
  ],
  [
    'start: rtmp streamName missing',
    withRtmp({ streamName: undefined }),
    'outputs.rtmp[0].streamName',
    'outputs.rtmp[0].streamName must be a string (got undefined)',
  ],
  ['start: rtmp streamName empty', withRtmp({ streamName: '' }), 'outputs.rtmp[0].streamName', 'outputs.rtmp[0].streamName must not be empty (got "")'],
  ['start: rtmp id a number', withRtmp({ id: 7 }), 'outputs.rtmp[0].id', 'outputs.rtmp[0].id must be a string (got 7)'],
  [
    'start: rtmp id repeated',
    start({ outputs: { rtmp: [...rtmp(2), { id: 'r1', serverUrl: 'rtmp://h/a', streamName: 'x' }] } }),
    'outputs.rtmp[2].id',
    'outputs.rtmp[2].id must be unique within the broadcast (got "r1")',
  ],
  ['start: layout not an object', start({ layout: 'bestFit' }), 'layout', 'layout must be an object (got "bestFit")'],
  [
    'start: layout type unknown',
    start({ layout: { type: 'grid' } }),
    'layout.type',
    'layout.type must be one of "bestFit", "custom", "horizontalPresentation", "pip", "verticalPresentation" (got "grid")',
  ],
  ['start: custom layout without stylesheet', start({ layout: { type: 'custom' } }), 'layout.stylesheet', 'layout.stylesheet must be a string (got undefined)'],
  [
    'start: stylesheet without custom',
    start({ layout: { type: 'pip', stylesheet: 'x' } }),
    'layout.stylesheet',
    'layout.stylesheet is only allowed with type "custom" (got "x")',
  ],
  [
    'start: screenshareType without bestFit',
    start({ layout: { type: 'pip', screenshareType: 'pip' } }),
    'layout.screenshareType',
    'layout.screenshareType is only allowed with type "bestFit" (got "pip")',
  ],
  ['start: maxDuration below 60', start({ maxDuration: 59 }), 'maxDuration', 'maxDuration must be from 60 to 36000 (got 59)'],
  ['start: maxDuration above 36000', start({ maxDuration: 36_001 }), 'maxDuration', 'maxDuration must be from 60 to 36000 (got 36001)'],
  ['start: maxDuration fractional', start({ maxDuration: 60.5 }), 'maxDuration', 'maxDuration must be an integer (got 60.5)'],
  ['start: maxDuration a string', start({ maxDuration: '600' }), 'maxDuration', 'maxDuration must be an integer (got "600")'],
  [
    'start: resolution unknown',
    start({ resolution: '800x600' }),
    'resolution',
    'resolution must be one of "640x480", "480x640", "1280x720", "720x1280", "1920x1080", "1080x1920" (got "800x600")',
  ],
  ['start: streamMode unknown', start({ streamMode: 'always' }), 'streamMode', 'streamMode must be one of "auto", "manual" (got "always")'],
  ['start: multiBroadcastTag a number', start({ multiBroadcastTag: 5 }), 'multiBroadcastTag', 'multiBroadcastTag must be a string (got 5)'],
  ['start: multiBroadcastTag empty', start({ multiBroadcastTag: '' }), 'multiBroadcastTag', 'multiBroadcastTag must not be empty (got "")'],
  ['start: hasAudio a string', start({ hasAudio: 'true' }), 'hasAudio', 'hasAudio must be a boolean (got "true")'],
  ['start: hasVideo a number', start({ hasVideo: 0 }), 'hasVideo', 'hasVideo must be a boolean (got 0)'],
  [
    'start: hasAudio and hasVideo both false',
    start({ hasAudio: false, hasVideo: false }),
    'hasVideo',
    'hasVideo cannot be false when hasAudio is false too (got false)',
  ],
  ['start: maxBitrate too low', start({ maxBitrate: 99_999 }), 'maxBitrate', 'maxBitrate must be from 100000 to 6000000 (got 99999)'],
  ['start: maxBitrate too high', start({ maxBitrate: 6_000_001 }), 'maxBitrate', 'maxBitrate must be from 100000 to 6000000 (got 6000001)'],
  ['start: maxBitrate fractional', start({ maxBitrate: 150_000.5 }), 'maxBitrate', 'maxBitrate must be an integer (got 150000.5)'],
  [
    'start: options.timeout negative',
    () => startBroadcast(recorder.client, { sessionId: TEST_SESSION_ID, outputs: hls }, { timeout: -1 }),
    'options.timeout',
    'options.timeout must be from 1 to 2147483647 (got -1)',
  ],
  // stopBroadcast, getBroadcast
  ['stop: params undefined', () => stopBroadcast(recorder.client, undefined as never), 'params', 'params must be an object (got undefined)'],
  [
    'stop: an unknown option',
    () => stopBroadcast(recorder.client, { broadcastId: 'b', force: true } as never),
    'params.force',
    'params.force is not a known option (expected broadcastId)',
    'true',
  ],
  ['stop: broadcastId missing', () => stopBroadcast(recorder.client, {} as never), 'broadcastId', 'broadcastId must be a string (got undefined)'],
  [
    'stop: broadcastId with a slash',
    () => stopBroadcast(recorder.client, { broadcastId: '../x' }),
    'broadcastId',
    'broadcastId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "../x")',
  ],
  ['get: broadcastId a number', () => getBroadcast(recorder.client, { broadcastId: 1 as never }), 'broadcastId', 'broadcastId must be a string (got 1)'],
  ['get: broadcastId empty', () => getBroadcast(recorder.client, { broadcastId: '' }), 'broadcastId', 'broadcastId must not be empty (got "")'],
  // listBroadcasts
  ['list: params a string', () => listBroadcasts(recorder.client, 'x' as never), 'params', 'params must be an object (got "x")'],
  [
    'list: an unknown option',
    () => listBroadcasts(recorder.client, { limit: 5 } as never),
    'params.limit',
    'params.limit is not a known option (expected offset, count, sessionId)',
    '5',
  ],
  ['list: offset negative', () => listBroadcasts(recorder.client, { offset: -1 }), 'offset', `offset must be from 0 to ${Number.MAX_SAFE_INTEGER} (got -1)`],
  ['list: offset fractional', () => listBroadcasts(recorder.client, { offset: 1.5 }), 'offset', 'offset must be an integer (got 1.5)'],
  ['list: count 0', () => listBroadcasts(recorder.client, { count: 0 }), 'count', 'count must be from 1 to 1000 (got 0)'],
  ['list: count 1001', () => listBroadcasts(recorder.client, { count: 1001 }), 'count', 'count must be from 1 to 1000 (got 1001)'],
  ['list: count a string', () => listBroadcasts(recorder.client, { count: '10' as never }), 'count', 'count must be an integer (got "10")'],
  [
    'list: sessionId with a space',
    () => listBroadcasts(recorder.client, { sessionId: 'a b' }),
    'sessionId',
    'sessionId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "a b")',
  ],
  // iterateBroadcasts (errors surface on the first next())
  ['iterate: params null', () => iterateBroadcasts(recorder.client, null as never).next(), 'params', 'params must be an object (got null)'],
  [
    'iterate: an unknown option',
    () => iterateBroadcasts(recorder.client, { count: 5 } as never).next(),
    'params.count',
    'params.count is not a known option (expected sessionId, pageSize, offset)',
    '5',
  ],
  [
    'iterate: sessionId a number',
    () => iterateBroadcasts(recorder.client, { sessionId: 5 as never }).next(),
    'sessionId',
    'sessionId must be a string (got 5)',
  ],
  ['iterate: pageSize 0', () => iterateBroadcasts(recorder.client, { pageSize: 0 }).next(), 'pageSize', 'pageSize must be from 1 to 1000 (got 0)'],
  [
    'iterate: offset negative',
    () => iterateBroadcasts(recorder.client, { offset: -3 }).next(),
    'offset',
    `offset must be from 0 to ${Number.MAX_SAFE_INTEGER} (got -3)`,
  ],
  // setBroadcastLayout
  [
    'layout: broadcastId missing',
    () => setBroadcastLayout(recorder.client, { layout: { type: 'pip' } } as never),
    'broadcastId',
    'broadcastId must be a string (got undefined)',
  ],
  [
    'layout: an unknown option',
    () => setBroadcastLayout(recorder.client, { broadcastId: 'b', layout: { type: 'pip' }, type: 'pip' } as never),
    'params.type',
    'params.type is not a known option (expected broadcastId, layout)',
    'pip',
  ],
  ['layout: layout missing', () => setBroadcastLayout(recorder.client, { broadcastId: 'b' } as never), 'layout', 'layout must be an object (got undefined)'],
  [
    'layout: type missing',
    () => setBroadcastLayout(recorder.client, { broadcastId: 'b', layout: {} as never }),
    'layout.type',
    'layout.type is required (got undefined)',
  ],
  [
    'layout: screenshareType custom',
    () => setBroadcastLayout(recorder.client, { broadcastId: 'b', layout: { type: 'bestFit', screenshareType: 'custom' as never } }),
    'layout.screenshareType',
    'layout.screenshareType must be one of "bestFit", "horizontalPresentation", "pip", "verticalPresentation" (got "custom")',
  ],
  // addBroadcastStream, removeBroadcastStream
  ['add: params null', () => addBroadcastStream(recorder.client, null as never), 'params', 'params must be an object (got null)'],
  [
    'add: broadcastId missing',
    () => addBroadcastStream(recorder.client, { streamId: 's' } as never),
    'broadcastId',
    'broadcastId must be a string (got undefined)',
  ],
  [
    'add: an unknown option',
    () => addBroadcastStream(recorder.client, { broadcastId: 'b', streamId: 's', audio: true } as never),
    'params.audio',
    'params.audio is not a known option (expected broadcastId, streamId, hasAudio, hasVideo)',
    'true',
  ],
  ['add: streamId missing', () => addBroadcastStream(recorder.client, { broadcastId: 'b' } as never), 'streamId', 'streamId must be a string (got undefined)'],
  [
    'add: hasAudio a string',
    () => addBroadcastStream(recorder.client, { broadcastId: 'b', streamId: 's', hasAudio: 'yes' as never }),
    'hasAudio',
    'hasAudio must be a boolean (got "yes")',
  ],
  [
    'add: hasVideo null',
    () => addBroadcastStream(recorder.client, { broadcastId: 'b', streamId: 's', hasVideo: null as never }),
    'hasVideo',
    'hasVideo must be a boolean (got null)',
  ],
  [
    'add: hasAudio and hasVideo both false',
    () => addBroadcastStream(recorder.client, { broadcastId: 'b', streamId: 's', hasAudio: false, hasVideo: false }),
    'hasVideo',
    'hasVideo cannot be false when hasAudio is false too (got false)',
  ],
  [
    'remove: broadcastId with a slash',
    () => removeBroadcastStream(recorder.client, { broadcastId: 'b/c', streamId: 's' }),
    'broadcastId',
    'broadcastId must be an ID made of letters, digits, "-", "_", "." or "~", and not "." or ".." (got "b/c")',
  ],
  [
    'remove: an unknown option',
    () => removeBroadcastStream(recorder.client, { broadcastId: 'b', streamId: 's', hasAudio: false } as never),
    'params.hasAudio',
    'params.hasAudio is not a known option (expected broadcastId, streamId)',
    'false',
  ],
  [
    'remove: streamId an object',
    () => removeBroadcastStream(recorder.client, { broadcastId: 'b', streamId: {} as never }),
    'streamId',
    'streamId must be a string (got an object)',
  ],
];

describe('validation before any request', () => {
  validationRows(recorder, rows);
});
