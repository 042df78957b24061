import { failure, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder, type WireRow, wireRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { type SendSignalParams, sendSignal } from '../src/index.js';

const S = `/v2/project/${TEST_CREDENTIALS.apiKey}/session/${TEST_SESSION_ID}`;

const recorder = useRecorder();

/** A signal the service accepts (204): the row that sends `params` and must POST exactly `body` to `url`. */
const signal = (name: string, params: SendSignalParams, url: string, body: string): WireRow => ({
  name,
  call: (client) => sendSignal(client, params),
  reply: { status: 204 },
  method: 'POST',
  url,
  body,
  result: undefined,
});

describe('sendSignal on the wire', () => {
  wireRows(recorder, [
    signal('to the whole session', { sessionId: TEST_SESSION_ID, type: 'chat', data: 'hi' }, `${S}/signal`, '{"type":"chat","data":"hi"}'),
    signal(
      'to one connection',
      { sessionId: TEST_SESSION_ID, connectionId: 'CID', type: 'chat', data: 'hi' },
      `${S}/connection/CID/signal`,
      '{"type":"chat","data":"hi"}',
    ),
    signal('without a type', { sessionId: TEST_SESSION_ID, data: 'ping' }, `${S}/signal`, '{"data":"ping"}'),
    signal('with empty data', { sessionId: TEST_SESSION_ID, type: 'ping', data: '' }, `${S}/signal`, '{"type":"ping","data":""}'),
    signal(
      'with non-ASCII data, sent as UTF-8 JSON',
      { sessionId: TEST_SESSION_ID, type: 'grüße', data: 'héllo "wörld" 👋' },
      `${S}/signal`,
      '{"type":"grüße","data":"héllo \\"wörld\\" 👋"}',
    ),
  ]);

  it('sends data of exactly 8192 UTF-8 bytes and a type of exactly 128', async () => {
    recorder.reply({ status: 204 });
    const data = 'é'.repeat(4096);
    const type = 'x'.repeat(128);
    await sendSignal(recorder.client, { sessionId: TEST_SESSION_ID, type, data });
    expect(JSON.parse(recorder.requests[0]?.body ?? '')).toEqual({ type, data });
  });

  it('passes per-call headers through', async () => {
    recorder.reply({ status: 204 });
    await sendSignal(recorder.client, { sessionId: TEST_SESSION_ID, data: 'x' }, { headers: { 'X-Trace': 't1' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('t1');
  });
});

describe('sendSignal errors', () => {
  it.each([
    {
      params: { sessionId: TEST_SESSION_ID, connectionId: 'CID', data: 'x' },
      status: 404,
      body: { code: 404, message: 'Not found' },
      name: 'NotFoundError',
      message:
        'sendSignal failed: the client specified by the connection ID is not connected to the session (unknown session or connection ID) (HTTP 404: Not found)',
    },
    {
      params: { sessionId: TEST_SESSION_ID, data: 'x' },
      status: 404,
      body: { code: 404, message: 'Not found' },
      name: 'NotFoundError',
      message: 'sendSignal failed: the session was not found (unknown session ID, or no client is connected to it) (HTTP 404: Not found)',
    },
    {
      params: { sessionId: TEST_SESSION_ID, data: 'x' },
      status: 413,
      body: { code: 413, message: 'Request entity too large' },
      name: 'PayloadTooLargeError',
      message: 'sendSignal failed: the type exceeds 128 bytes or the data exceeds 8 kB (HTTP 413: Request entity too large)',
    },
    {
      params: { sessionId: TEST_SESSION_ID, type: 'a', data: 'x' },
      status: 400,
      body: { code: 400, message: 'Invalid signal' },
      name: 'BadRequestError',
      message: 'sendSignal failed: one of the signal properties (data, type, session ID or connection ID) is invalid (HTTP 400: Invalid signal)',
    },
    {
      params: { sessionId: TEST_SESSION_ID, data: 'x' },
      status: 403,
      body: { code: -1, message: 'No suitable authentication found' },
      name: 'AuthenticationError',
      message:
        'sendSignal failed: the API key or secret was refused; check OPENTOK_API_KEY and OPENTOK_API_SECRET (HTTP 403: No suitable authentication found)',
    },
  ])('HTTP $status → $name', async ({ params, status, body, name, message }) => {
    recorder.reply({ status, body });
    const error = await failure(sendSignal(recorder.client, params));
    expect(error).toMatchObject({ name, message, status, method: 'POST' });
  });
});
