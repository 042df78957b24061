import { ConflictError, InvalidResponseError, NotFoundError } from '@opentok/core';
import {
  type CannedResponse,
  capturedRequests,
  failure,
  officialRequest,
  responseFixture,
  TEST_CREDENTIALS,
  TEST_SESSION_ID,
  useRecorder,
  type WireRow,
  wireRows,
} from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { startCaptions, stopCaptions } from '../src/index.js';

const recorder = useRecorder();
const node = capturedRequests('opentok-node-2.23.1');

const CAPTIONS = `/v2/project/${TEST_CREDENTIALS.apiKey}/captions`;
const started: CannedResponse = { status: 202, body: responseFixture('captions_start.py3130.json') };
const captionsId = '7c0680fc-6274-4de5-a66f-d0648e8d3ac2';

const rows: WireRow[] = [
  {
    name: 'startCaptions with the options the official SDKs send: opentok-node byte for byte, Python 3.13 without its null, replaying captions_start.py3130.json (202)',
    call: (client) => startCaptions(client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', languageCode: 'en-US', maxDuration: 14_400, partialCaptions: true }),
    reply: started,
    method: 'POST',
    url: CAPTIONS,
    body: node['startCaptions']?.body ?? '',
    result: { captionsId },
    official: officialRequest('python-3.13.0', 'start_captions'),
  },
  {
    name: 'startCaptions with only the required fields leaves the rest to the service',
    call: (client) => startCaptions(client, { sessionId: TEST_SESSION_ID, token: 'TOKEN' }),
    reply: started,
    method: 'POST',
    url: CAPTIONS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN"}`,
    result: { captionsId },
  },
  {
    name: 'startCaptions with a status callback and partial captions off, answered 200',
    call: (client) =>
      startCaptions(client, {
        sessionId: TEST_SESSION_ID,
        token: 'TOKEN',
        languageCode: 'pt-BR',
        maxDuration: 300,
        partialCaptions: false,
        statusCallbackUrl: 'https://example.com/cb',
      }),
    reply: { status: 200, body: responseFixture('captions_start.py3130.json') },
    method: 'POST',
    url: CAPTIONS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","languageCode":"pt-BR","maxDuration":300,"partialCaptions":false,"statusCallbackUrl":"https://example.com/cb"}`,
    result: { captionsId },
  },
  {
    name: 'stopCaptions posts no body and resolves on 202',
    call: (client) => stopCaptions(client, { captionsId: 'CAPID' }),
    reply: { status: 202, body: '' },
    method: 'POST',
    url: `${CAPTIONS}/CAPID/stop`,
    result: undefined,
    official: officialRequest('opentok-node-2.23.1', 'stopCaptions'),
  },
];

describe('captions operations on the wire', () => {
  wireRows(recorder, rows);

  it('drops unknown fields of the start answer', async () => {
    recorder.reply({ status: 202, body: { captionsId: 'c1', status: 'started' } });
    await expect(startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'T' })).resolves.toStrictEqual({ captionsId: 'c1' });
  });

  it('refuses a start answer without a captionsId', async () => {
    recorder.reply({ status: 202, body: { id: 'c1' } });
    const error = await failure(startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'T' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('startCaptions failed: OpenTok answered without a captionsId');
  });
});

describe('captions API errors (recorder)', () => {
  it('409 on startCaptions: already captioning; the token stays out of the error', async () => {
    recorder.reply({ status: 409, body: { message: 'Live captions have already started for this OpenTok Session.' } });
    const error = await failure(startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'SECRET-TOKEN' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'startCaptions failed: live captions are already running in this session (stop them first), or the session is not routed (HTTP 409: Live captions have already started for this OpenTok Session.)',
    );
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain('SECRET');
  });

  it('404 on stopCaptions', async () => {
    recorder.reply({ status: 404, body: { message: 'No matching captionsId was found.' } });
    const error = await failure(stopCaptions(recorder.client, { captionsId: 'CAPID' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('stopCaptions failed: there is no captions job with this ID (HTTP 404: No matching captionsId was found.)');
  });
});
