import { ConflictError, InvalidResponseError, NotFoundError } from '@opentok/core';
import { authClaims, capturedRequests, failure, responseFixture, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder, type CannedResponse, type CapturedRequest } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { startCaptions, stopCaptions } from '../src/index.js';

const recorder = useRecorder();
const node = capturedRequests('opentok-node-2.23.1');
const py313 = capturedRequests('python-3.13.0');
/** The Python captures name the request target `path`. */
const target = (captured: CapturedRequest | undefined) => (captured as { path?: string } | undefined)?.path ?? captured?.url;
/** A captured JSON body without Python's explicit nulls (we leave unset fields out instead). */
const capturedJson = (captured: CapturedRequest | undefined) => JSON.parse(captured?.body ?? 'null', (_key, value: unknown) => (value === null ? undefined : value)) as unknown;

const CAPTIONS = `/v2/project/${TEST_CREDENTIALS.apiKey}/captions`;
const started: CannedResponse = { status: 202, body: responseFixture('captions_start.py3130.json') };
const captionsId = '7c0680fc-6274-4de5-a66f-d0648e8d3ac2';

interface Row {
  readonly name: string;
  readonly call: () => Promise<unknown>;
  readonly reply: CannedResponse;
  readonly url: string;
  /** The exact body text; `undefined` = no body and no Content-Type. */
  readonly body?: string;
  readonly result: unknown;
  /** What the official SDKs sent for the same call: the same target and, when given, the same JSON. */
  readonly official?: { readonly url: string | undefined; readonly json?: unknown };
}

const rows: Row[] = [
  {
    name: 'startCaptions with the options the official SDKs send: opentok-node byte for byte, Python 3.13 without its null, replaying captions_start.py3130.json (202)',
    call: () => startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', languageCode: 'en-US', maxDuration: 14_400, partialCaptions: true }),
    reply: started,
    url: CAPTIONS,
    body: node['startCaptions']?.body ?? '',
    result: { captionsId },
    official: { url: target(py313['start_captions']), json: capturedJson(py313['start_captions']) },
  },
  {
    name: 'startCaptions with only the required fields leaves the rest to the service',
    call: () => startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'TOKEN' }),
    reply: started,
    url: CAPTIONS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN"}`,
    result: { captionsId },
  },
  {
    name: 'startCaptions with a status callback and partial captions off, answered 200',
    call: () => startCaptions(recorder.client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', languageCode: 'pt-BR', maxDuration: 300, partialCaptions: false, statusCallbackUrl: 'https://example.com/cb' }),
    reply: { status: 200, body: responseFixture('captions_start.py3130.json') },
    url: CAPTIONS,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","languageCode":"pt-BR","maxDuration":300,"partialCaptions":false,"statusCallbackUrl":"https://example.com/cb"}`,
    result: { captionsId },
  },
  {
    name: 'stopCaptions posts no body and resolves on 202',
    call: () => stopCaptions(recorder.client, { captionsId: 'CAPID' }),
    reply: { status: 202, body: '' },
    url: `${CAPTIONS}/CAPID/stop`,
    result: undefined,
    official: { url: node['stopCaptions']?.url },
  },
];

describe('captions operations on the wire', () => {
  it.each(rows)('$name', async ({ call, reply, url, body, result, official }) => {
    recorder.reply(reply);
    await expect(call()).resolves.toEqual(result);
    expect(recorder.requests).toHaveLength(1);
    const [sent] = recorder.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe(url);
    expect(sent?.body).toBe(body ?? '');
    expect(sent?.headers['content-type']).toBe(body === undefined ? undefined : 'application/json');
    expect(sent?.headers['accept']).toBe('application/json');
    expect(sent?.headers['user-agent']).toMatch(/^OpenTok-TS-SDK\//);
    expect(authClaims(sent?.headers['x-opentok-auth'])).toMatchObject({ iss: TEST_CREDENTIALS.apiKey, ist: 'project' });
    if (official !== undefined) {
      expect(official.url).toBeDefined();
      expect(sent?.url).toBe(official.url);
    }
    if (official?.json !== undefined) expect(JSON.parse(sent?.body ?? '')).toEqual(official.json);
  });

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
