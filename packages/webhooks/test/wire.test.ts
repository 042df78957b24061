import { AuthenticationError, BadRequestError, InvalidResponseError, NotFoundError } from '@opentok/core';
import { failure, TEST_CREDENTIALS, useRecorder, type WireRow, wireRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { type CallbackRegistration, listCallbacks, type RegisterCallbackParams, registerCallback, unregisterCallback } from '../src/index.js';

// The callbacks API of opentok-node: POST and GET /v2/project/{apiKey}/callback, DELETE …/callback/{id}.
const recorder = useRecorder();
const path = `/v2/project/${TEST_CREDENTIALS.apiKey}/callback`;
const registration = (params: RegisterCallbackParams, id: string): CallbackRegistration => ({ id, ...params, createdAt: 1_700_000_000_123 });

describe('registerCallback on the wire', () => {
  const rows: RegisterCallbackParams[] = [
    { group: 'archive', event: 'status', url: 'https://example.com/opentok/archive' },
    { group: 'connection', event: 'created', url: 'https://example.com/opentok/connections?kind=created' },
    { group: 'connection', event: 'destroyed', url: 'http://localhost:8080/cb' },
    { group: 'stream', event: 'created', url: 'https://example.com/streams' },
    { group: 'stream', event: 'destroyed', url: 'https://example.com/streams' },
  ];
  wireRows(
    recorder,
    rows.map(
      (params): WireRow => ({
        name: `POSTs {group, event, url} for ${params.group}/${params.event} and returns the registration`,
        call: (client) => registerCallback(client, params),
        reply: { body: { ...registration(params, 'cb-1'), partnerId: 12345678 } },
        method: 'POST',
        url: path,
        body: JSON.stringify({ group: params.group, event: params.event, url: params.url }),
        result: registration(params, 'cb-1'),
      }),
    ),
  );

  it('sends a URL of exactly 2048 characters as it is', async () => {
    const url = `https://example.com/${'a'.repeat(2028)}`;
    expect(url).toHaveLength(2048);
    recorder.reply({ body: registration({ group: 'archive', event: 'status', url }, 'cb-1') });
    await registerCallback(recorder.client, { group: 'archive', event: 'status', url });
    expect(JSON.parse(recorder.requests[0]?.body ?? '')).toEqual({ group: 'archive', event: 'status', url });
  });

  it.each([
    ['without a group', { id: 'cb-1', event: 'status', url: 'https://example.com/a', createdAt: 1 }],
    ['with a URL that is not a string', { id: 'cb-1', group: 'archive', event: 'status', url: 5, createdAt: 1 }],
    ['with a createdAt that is not a number', { id: 'cb-1', group: 'archive', event: 'status', url: 'https://example.com/a', createdAt: '1' }],
  ])('an answer %s is an InvalidResponseError (not a field cast unchecked)', async (_what, body) => {
    recorder.reply({ body });
    expect(await failure(registerCallback(recorder.client, rows[0]!))).toEqual(
      new InvalidResponseError('registerCallback failed: OpenTok answered without a callback object'),
    );
  });

  it('passes per-call headers through', async () => {
    recorder.reply({ body: registration(rows[0]!, 'cb-1') });
    await registerCallback(recorder.client, rows[0]!, { headers: { 'X-Trace': 't1' } });
    expect(recorder.requests[0]?.headers['x-trace']).toBe('t1');
  });

  it('400: BadRequestError with the API message', async () => {
    recorder.reply({ status: 400, body: { code: 400, message: 'Invalid URL' } });
    const error = await failure(registerCallback(recorder.client, rows[0]!));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('registerCallback failed: the callback was refused (check the group, the event and the URL) (HTTP 400: Invalid URL)');
  });

  it('403: AuthenticationError', async () => {
    recorder.reply({ status: 403, body: { code: -1, message: 'No suitable authentication found' } });
    expect(await failure(registerCallback(recorder.client, rows[0]!))).toBeInstanceOf(AuthenticationError);
  });

  it('an answer that is not a callback object is an InvalidResponseError', async () => {
    recorder.reply({ body: { message: 'ok' } });
    expect(await failure(registerCallback(recorder.client, rows[0]!))).toEqual(
      new InvalidResponseError('registerCallback failed: OpenTok answered without a callback object'),
    );
  });
});

describe('listCallbacks on the wire', () => {
  it('GETs the list and maps each registration, dropping unknown fields', async () => {
    const archive = registration({ group: 'archive', event: 'status', url: 'https://example.com/a' }, 'cb-1');
    const stream = registration({ group: 'stream', event: 'created', url: 'https://example.com/s' }, 'cb-2');
    recorder.reply({ body: [{ ...archive, partnerId: 12345678 }, stream] });
    expect(await listCallbacks(recorder.client)).toEqual([archive, stream]);
    const [request] = recorder.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(path);
    expect(request?.body).toBe('');
  });

  it('an empty list', async () => {
    recorder.reply({ body: [] });
    expect(await listCallbacks(recorder.client)).toEqual([]);
  });

  it('an answer that is not an array is an InvalidResponseError, not the TypeError opentok-node throws', async () => {
    recorder.reply({ body: { items: [] } });
    expect(await failure(listCallbacks(recorder.client))).toEqual(
      new InvalidResponseError('listCallbacks failed: OpenTok answered without a list of callbacks (expected a JSON array)'),
    );
  });

  it('an empty answer is an InvalidResponseError', async () => {
    recorder.reply({ status: 204 });
    expect(await failure(listCallbacks(recorder.client))).toBeInstanceOf(InvalidResponseError);
  });

  it('an item that is not a callback object is an InvalidResponseError', async () => {
    recorder.reply({ body: [registration({ group: 'archive', event: 'status', url: 'https://example.com/a' }, 'cb-1'), 'cb-2'] });
    expect(await failure(listCallbacks(recorder.client))).toEqual(new InvalidResponseError('listCallbacks failed: OpenTok answered without a callback object'));
  });
});

describe('unregisterCallback on the wire', () => {
  it('DELETEs …/callback/{id} with no body and resolves to undefined', async () => {
    recorder.reply({ status: 204 });
    expect(await unregisterCallback(recorder.client, { callbackId: '5c7e0d1b-4f3a-4b7e-9a55-0b4f3d4e2a10' })).toBeUndefined();
    const [request] = recorder.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.url).toBe(`${path}/5c7e0d1b-4f3a-4b7e-9a55-0b4f3d4e2a10`);
    expect(request?.body).toBe('');
    expect(request?.headers['content-type']).toBeUndefined();
  });

  it('a 200 answer with a body is fine too', async () => {
    recorder.reply({ body: {} });
    expect(await unregisterCallback(recorder.client, { callbackId: 'cb-1' })).toBeUndefined();
  });

  it('404: NotFoundError', async () => {
    recorder.reply({ status: 404, body: { message: 'Not found' } });
    const error = await failure(unregisterCallback(recorder.client, { callbackId: 'cb-1' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('unregisterCallback failed: there is no registered callback with this ID (HTTP 404: Not found)');
  });
});
