// The callback bodies spec/callbacks.md documents, one row each, with where the spec takes them from. Exact
// texts where the spec quotes one; otherwise built from the spec's field tables with its sample values.

export interface PayloadExample {
  readonly name: string;
  /** The spec's citation for the body. */
  readonly source: string;
  /** The body as the service would send it. */
  readonly text: string;
  /** The `kind` parseCallback must give it. */
  readonly kind: string;
}

const SESSION = '2_MX4xMzExMjU3MX5-MTQ3MDI1NzY3OTkxOH45QXRr';
const CONNECTION = { id: 'c053fcc8-c681-41d5-8ec2-7a9e1434a21e', createdAt: 1470257688143, data: 'TOKENDATA' };
const envelope = (event: string) => ({ sessionId: SESSION, projectId: '123456', event, timestamp: 1470257688309 });
const STREAM = { id: '8b732909-0a06-46a2-8ea8-074e64d43422', connection: CONNECTION, createdAt: 1470257688200, name: 'Ana', videoType: 'camera' };
const ARCHIVE = {
  createdAt: 1395187836000,
  duration: 62,
  id: 'f6e7ee58-d6cf-4a59-896b-6d56b158ec71',
  name: '',
  partnerId: 123456,
  reason: '',
  sessionId: 'SESSIONID',
  size: 8347554,
  hasAudio: true,
  hasVideo: true,
};

export const PAYLOADS: readonly PayloadExample[] = [
  {
    name: 'connectionCreated (the full example)',
    source: '§3 full example (BLOGSM)',
    text: '{"sessionId":"2_MX4xMzExMjU3MX5-MTQ3MDI1NzY3OTkxOH45QXRr","projectId":"123456","event":"connectionCreated","timestamp":1470257688309,"connection":{"id":"c053fcc8-c681-41d5-8ec2-7a9e1434a21e","createdAt":1470257688143,"data":"TOKENDATA"}}',
    kind: 'connectionCreated',
  },
  {
    name: 'sessionCreated',
    source: '§3 common fields, no extra fields (SUPSM, DOCSM)',
    text: JSON.stringify(envelope('sessionCreated')),
    kind: 'sessionCreated',
  },
  {
    name: 'sessionDestroyed',
    source: '§3 common fields, no extra fields (SUPSM, DOCSM)',
    text: JSON.stringify(envelope('sessionDestroyed')),
    kind: 'sessionDestroyed',
  },
  {
    name: 'connectionDestroyed (forceDisconnected)',
    source: '§3 connection + reason (CLOWDR)',
    text: JSON.stringify({ ...envelope('connectionDestroyed'), connection: CONNECTION, reason: 'forceDisconnected' }),
    kind: 'connectionDestroyed',
  },
  {
    name: 'streamCreated (camera)',
    source: '§3 stream object (CLOWDR)',
    text: JSON.stringify({ ...envelope('streamCreated'), stream: STREAM }),
    kind: 'streamCreated',
  },
  {
    name: 'streamDestroyed (screen, mediaStopped)',
    source: '§3 stream + reason (CLOWDR)',
    text: JSON.stringify({ ...envelope('streamDestroyed'), stream: { ...STREAM, videoType: 'screen' }, reason: 'mediaStopped' }),
    kind: 'streamDestroyed',
  },
  {
    name: 'archive available (download URL)',
    source: '§4: archive JSON (VPY archive fixture) + "event": "archive"',
    text: JSON.stringify({
      ...ARCHIVE,
      event: 'archive',
      status: 'available',
      outputMode: 'composed',
      url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456%2Ff6e7ee58-d6cf-4a59-896b-6d56b158ec71%2Farchive.mp4',
    }),
    kind: 'archive',
  },
  {
    name: 'archive paused (url null)',
    source: '§4: url string or null; paused (VVAPI)',
    text: JSON.stringify({ ...ARCHIVE, event: 'archive', status: 'paused', url: null }),
    kind: 'archive',
  },
  {
    name: 'archive expired, with an unknown property',
    source: '§4 + §7.1: models must tolerate extra keys',
    text: JSON.stringify({ ...ARCHIVE, event: 'archive', status: 'expired', url: null, notarealproperty: 'not a real value' }),
    kind: 'archive',
  },
  {
    name: 'archive of a Vonage application (applicationId, size as a string)',
    source: '§4: applicationId instead of partnerId (VPY); size may be a string (CLOWDR)',
    text: JSON.stringify({
      id: 'b40ef09b-3811-4726-b508-e41a0f96c68f',
      event: 'archive',
      status: 'started',
      sessionId: SESSION,
      applicationId: '78d335fa-323d-0114-9c3d-d6f0d48968cf',
      createdAt: 1384221730000,
      duration: 0,
      size: '0',
      url: null,
    }),
    kind: 'archive',
  },
  {
    name: 'broadcast stopped (the service JSON opentok-node strips event from)',
    source: '§5: broadcast JSON with "event": "broadcast" (NODE:test, fixture broadcast.node.json)',
    text: '{"id":"fooId","sessionId":"fooSessionId","projectId":1234,"createdAt":1537477584724,"updatedAt":1537477584725,"broadcastUrls":{"hls":"hlsUrl"},"maxDuration":7200,"resolution":"1280x720","event":"broadcast","status":"stopped"}',
    kind: 'broadcast',
  },
  {
    name: 'render stopped (Max duration exceeded)',
    source: '§5: VPY get_experience_composer.json as the spec quotes it',
    text: '{"id":"be7712a4-…","sessionId":"…","createdAt":1727784741000,"updatedAt":1727788344000,"url":"https://developer.vonage.com","status":"stopped","streamId":"C1B0E149-…","reason":"Max duration exceeded","event":"render","applicationId":"…","resolution":"1280x720"}',
    kind: 'render',
  },
  {
    name: 'captions started (the REST status object, the likely shape)',
    source: '§5: VVID CaptionStatusResponse',
    text: JSON.stringify({
      captionId: '7c0680fc-6274-4de5-a66f-d0648e8d3ac2',
      applicationId: '78d335fa-323d-0114-9c3d-d6f0d48968cf',
      sessionId: SESSION,
      status: 'started',
      createdAt: 1727784741000,
      updatedAt: 1727784741000,
      duration: 0,
      languageCode: 'en-US',
      provider: 'aws-transcribe',
    }),
    kind: 'captions',
  },
  {
    name: 'an event of no known family (SIP call events are undocumented)',
    source: '§5 SIP: payload fields and event names not determined; §6.1.7 tolerate unknown events',
    text: JSON.stringify({ sessionId: SESSION, projectId: '123456', event: 'someFutureEvent', timestamp: 1470257688309, call: { id: 'x' } }),
    kind: 'unknown',
  },
];
