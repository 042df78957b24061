import type { Archive } from '../src/index.js';

/** The archives the recorded fixtures map to, written out field by field. */
const py210Base = {
  id: '30b3ebf1-ba36-4f5b-8def-6f70d9986fe9',
  status: 'started',
  name: '',
  reason: '',
  sessionId: 'SESSIONID',
  projectId: '123456',
  createdAt: 1395183243556,
  size: 0,
  duration: 0,
  hasAudio: true,
  hasVideo: true,
  outputMode: 'composed',
  streamMode: 'auto',
  streams: [],
  resolution: null,
  url: null,
} as const satisfies Archive;

const nodeBase = {
  id: 'e85741ce-d280-4efa-a3ba-93379a68be06',
  status: 'started',
  name: 'test_archive_name',
  reason: '',
  sessionId: '1_MX4xMDB-MTI3LjAuMC4xflR1ZSBKYW4gMjggMTU6NDg6NDAgUFNUIDIwMTR-MC43NjAyOTYyfg',
  projectId: 'APIKEY',
  createdAt: 1480749999326,
  updatedAt: 1480749999476,
  size: 0,
  duration: 0,
  hasAudio: true,
  hasVideo: true,
  outputMode: 'composed',
  streamMode: 'auto',
  streams: [],
  resolution: null,
  url: null,
  sha256sum: '',
} as const satisfies Archive;

const py210Found = {
  ...py210Base,
  id: 'f6e7ee58-d6cf-4a59-896b-6d56b158ec71',
  createdAt: 1395187836000,
  size: 8347554,
  duration: 62,
} as const satisfies Archive;

export const EXPECTED = {
  'archive_start.node.json': nodeBase,
  'archive_start.py210.json': py210Base,
  'archive_start_1280x720.py210.json': { ...py210Base, name: 'ARCHIVE NAME', resolution: '1280x720' },
  'archive_start_individual.py210.json': { ...py210Base, name: 'ARCHIVE NAME', outputMode: 'individual' },
  'archive_start_with_layout.py3130.json': py210Base,
  'archive_start_with_quantization_parameter.py3130.json': { ...py210Base, name: 'ARCHIVE NAME', quantizationParameter: 25 },
  'archive_stop.node.json': { ...nodeBase, status: 'stopped', reason: 'user initiated', size: 347533, duration: 27 },
  'archive_stop.py210.json': { ...py210Base, status: 'stopped', createdAt: 1395183243000 },
  'archive_get_available.node.json': {
    ...nodeBase,
    status: 'available',
    reason: 'user initiated',
    size: 347533,
    duration: 27,
    url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456/09141e29-8770-439b-b180-337d7e637545/archive.mp4',
  },
  'archive_get_available.py210.json': {
    ...py210Found,
    status: 'available',
    url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456%2Ff6e7ee58-d6cf-4a59-896b-6d56b158ec71%2Farchive.mp4?Expires=1395194362&AWSAccessKeyId=AKIAI6LQCPIXYVWCQV6Q&Signature=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  },
  'archive_get_paused.py210.json': { ...py210Found, status: 'paused' },
  'archive_get_expired.py210.json': { ...py210Found, status: 'expired' },
  'archive_get_unknown_properties.py210.json': { ...py210Found, status: 'expired' },
} satisfies Record<string, Archive>;
