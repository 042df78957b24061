import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InvalidResponseError,
  MethodNotAllowedError,
  NotFoundError,
  type OpenTokApiError,
} from '@opentok/core';
import { responseFixture, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { addArchiveStream, deleteArchive, getArchive, listArchives, removeArchiveStream, setArchiveLayout, startArchive, stopArchive } from '../src/index.js';

const recorder = useRecorder();
const URL_BASE = () => `${recorder.url}/v2/project/12345678/archive`;

interface ErrorCase {
  readonly name: string;
  readonly call: () => Promise<unknown>;
  readonly status: number;
  readonly body: unknown;
  readonly type: typeof OpenTokApiError;
  readonly message: string;
  readonly method: string;
  readonly path: string;
}

const errorCases: ErrorCase[] = [
  {
    name: 'startArchive 409: already recording or not routed',
    call: () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID }),
    status: 409,
    body: { code: 409, message: 'Conflict. This session is already being recorded.' },
    type: ConflictError,
    message:
      'startArchive failed: the session is already being recorded (give simultaneous archives distinct multiArchiveTag values) or is not routed (archives need mediaMode "routed") (HTTP 409: Conflict. This session is already being recorded.)',
    method: 'POST',
    path: '',
  },
  {
    name: 'startArchive 404: unknown session',
    call: () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID }),
    status: 404,
    body: { code: 404, message: 'Not found. You passed in an invalid session ID.' },
    type: NotFoundError,
    message:
      'startArchive failed: the session does not exist in this project or has no connected clients (a session created moments ago may need a retry) (HTTP 404: Not found. You passed in an invalid session ID.)',
    method: 'POST',
    path: '',
  },
  {
    name: 'startArchive 400: options refused',
    call: () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID, outputMode: 'individual' }),
    status: 400,
    body: { code: 400, message: 'Invalid request.' },
    type: BadRequestError,
    message: 'startArchive failed: the archive options were refused as invalid (HTTP 400: Invalid request.)',
    method: 'POST',
    path: '',
  },
  {
    name: 'startArchive 403: credentials refused',
    call: () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID }),
    status: 403,
    body: responseFixture('error_403_create_session.node.json'),
    type: AuthenticationError,
    message:
      'startArchive failed: the API key or secret was refused; check OPENTOK_API_KEY and OPENTOK_API_SECRET (HTTP 403: No suitable authentication found)',
    method: 'POST',
    path: '',
  },
  {
    name: 'stopArchive 409: not recording (recorded body)',
    call: () => stopArchive(recorder.client, { archiveId: 'AID' }),
    status: 409,
    body: responseFixture('error_409_archive_stop.node.json'),
    type: ConflictError,
    message:
      'stopArchive failed: the archive is not recording (only a started archive can be stopped) (HTTP 409: Conflict. You are trying to stop an archive that is not recording.)',
    method: 'POST',
    path: '/AID/stop',
  },
  {
    name: 'stopArchive 404: unknown archive (recorded body)',
    call: () => stopArchive(recorder.client, { archiveId: 'AID' }),
    status: 404,
    body: responseFixture('error_404_archive_stop.node.json'),
    type: NotFoundError,
    message: 'stopArchive failed: no archive with this ID in this project (HTTP 404: Not found. You passed in an invalid archive ID.)',
    method: 'POST',
    path: '/AID/stop',
  },
  {
    name: 'getArchive 404: unknown archive',
    call: () => getArchive(recorder.client, { archiveId: 'AID' }),
    status: 404,
    body: responseFixture('error_404_archive_stop.node.json'),
    type: NotFoundError,
    message: 'getArchive failed: no archive with this ID in this project (HTTP 404: Not found. You passed in an invalid archive ID.)',
    method: 'GET',
    path: '/AID',
  },
  {
    name: 'deleteArchive 404: unknown archive (recorded body)',
    call: () => deleteArchive(recorder.client, { archiveId: 'AID' }),
    status: 404,
    body: responseFixture('error_404_archive_delete.node.json'),
    type: NotFoundError,
    message: 'deleteArchive failed: no archive with this ID in this project (HTTP 404: Not found. You passed in an invalid archive ID.)',
    method: 'DELETE',
    path: '/AID',
  },
  {
    name: 'deleteArchive 409: still recording',
    call: () => deleteArchive(recorder.client, { archiveId: 'AID' }),
    status: 409,
    body: { code: 409, message: 'Conflict. The archive is still recording.' },
    type: ConflictError,
    message:
      'deleteArchive failed: the archive cannot be deleted in its current state (stop a recording archive first) (HTTP 409: Conflict. The archive is still recording.)',
    method: 'DELETE',
    path: '/AID',
  },
  {
    name: 'listArchives 400: the generic hint',
    call: () => listArchives(recorder.client, { count: 5 }),
    status: 400,
    body: { code: 400, message: 'Bad count.' },
    type: BadRequestError,
    message: 'listArchives failed: the API refused the request as invalid (HTTP 400: Bad count.)',
    method: 'GET',
    path: '', // the error's url leaves the query out
  },
  {
    name: 'setArchiveLayout 400: layout refused',
    call: () => setArchiveLayout(recorder.client, { archiveId: 'AID', layout: { type: 'pip' } }),
    status: 400,
    body: { code: 400, message: 'Invalid layout.' },
    type: BadRequestError,
    message: 'setArchiveLayout failed: the layout was refused (layouts apply to composed archives only) (HTTP 400: Invalid layout.)',
    method: 'PUT',
    path: '/AID/layout',
  },
  {
    name: 'setArchiveLayout 404: unknown archive',
    call: () => setArchiveLayout(recorder.client, { archiveId: 'AID', layout: { type: 'pip' } }),
    status: 404,
    body: { code: 404, message: 'Not found.' },
    type: NotFoundError,
    message: 'setArchiveLayout failed: no archive with this ID in this project (HTTP 404: Not found.)',
    method: 'PUT',
    path: '/AID/layout',
  },
  {
    name: 'addArchiveStream 405: archive not in manual stream mode',
    call: () => addArchiveStream(recorder.client, { archiveId: 'AID', streamId: 'SID' }),
    status: 405,
    body: { code: 405, message: 'Stream mode not supported.' },
    type: MethodNotAllowedError,
    message: 'addArchiveStream failed: the archive is not in manual stream mode (start it with streamMode "manual") (HTTP 405: Stream mode not supported.)',
    method: 'PATCH',
    path: '/AID/streams',
  },
  {
    name: 'addArchiveStream 404: unknown archive or stream',
    call: () => addArchiveStream(recorder.client, { archiveId: 'AID', streamId: 'SID' }),
    status: 404,
    body: { code: 404, message: 'Not found.' },
    type: NotFoundError,
    message: 'addArchiveStream failed: no archive with this ID, or no stream with this ID in its session (HTTP 404: Not found.)',
    method: 'PATCH',
    path: '/AID/streams',
  },
  {
    name: 'addArchiveStream 400: refused',
    call: () => addArchiveStream(recorder.client, { archiveId: 'AID', streamId: 'SID' }),
    status: 400,
    body: { code: 400, message: 'Invalid request.' },
    type: BadRequestError,
    message: 'addArchiveStream failed: the stream change was refused as invalid (HTTP 400: Invalid request.)',
    method: 'PATCH',
    path: '/AID/streams',
  },
  {
    name: 'removeArchiveStream 405: archive not in manual stream mode',
    call: () => removeArchiveStream(recorder.client, { archiveId: 'AID', streamId: 'SID' }),
    status: 405,
    body: { code: 405, message: 'Stream mode not supported.' },
    type: MethodNotAllowedError,
    message: 'removeArchiveStream failed: the archive is not in manual stream mode (start it with streamMode "manual") (HTTP 405: Stream mode not supported.)',
    method: 'PATCH',
    path: '/AID/streams',
  },
];

describe('API errors', () => {
  it.each(errorCases)('$name', async ({ call, status, body, type, message, method, path }) => {
    recorder.reply({ status, body });
    const error = await call().then(
      () => expect.unreachable('the call should fail'),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ message, status, method, url: `${URL_BASE()}${path}`, body, apiMessage: (body as { message: string }).message });
    expect(recorder.requests).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(TEST_CREDENTIALS.apiSecret);
    expect(String((error as Error).stack)).not.toContain(TEST_CREDENTIALS.apiSecret);
  });
});

describe('unreadable answers', () => {
  it.each([
    [
      'startArchive',
      () => startArchive(recorder.client, { sessionId: TEST_SESSION_ID }),
      { id: 'A' },
      'startArchive failed: OpenTok answered without an archive object',
    ],
    [
      'stopArchive',
      () => stopArchive(recorder.client, { archiveId: 'A' }),
      ['not', 'an', 'object'],
      'stopArchive failed: OpenTok answered without an archive object',
    ],
    [
      'getArchive',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { status: 'available' },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    ['listArchives', () => listArchives(recorder.client), { count: 3 }, 'listArchives failed: OpenTok answered without an "items" list'],
    ['listArchives item', () => listArchives(recorder.client), { count: 1, items: [null] }, 'listArchives failed: OpenTok answered without an archive object'],
    [
      'getArchive with a size that is not a number',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { id: 'A', status: 'available', size: '12' },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    [
      'getArchive with hasAudio not a boolean',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { id: 'A', status: 'available', hasAudio: 'no' },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    [
      'getArchive with a name that is not a string',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { id: 'A', status: 'available', name: 7 },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    [
      'getArchive with streams that are not a list',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { id: 'A', status: 'started', streams: { s1: {} } },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    [
      'getArchive with a stream without its ID',
      () => getArchive(recorder.client, { archiveId: 'A' }),
      { id: 'A', status: 'started', streams: [{ hasAudio: true }] },
      'getArchive failed: OpenTok answered without an archive object',
    ],
    [
      'listArchives with a count that is not a number',
      () => listArchives(recorder.client),
      { count: '1', items: [] },
      'listArchives failed: OpenTok answered without an "items" list',
    ],
  ] as const)('%s throws InvalidResponseError', async (_name, call, body, message) => {
    recorder.reply({ body });
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ message, code: 'INVALID_RESPONSE' });
  });
});
