import { BadRequestError, ConflictError, InvalidResponseError, NotFoundError } from '@opentok/core';
import { failure, responseFixture, TEST_CREDENTIALS, TEST_SESSION_ID, useRecorder, type WireRow, wireRows } from '@opentok/testing';
import { describe, expect, it } from 'vitest';
import { dialSip, playDtmf } from '../src/index.js';

const recorder = useRecorder();

const base = `/v2/project/${TEST_CREDENTIALS.apiKey}`;

const rows: WireRow[] = [
  {
    name: 'dialSip with every option, replaying sip_dial.node.json',
    call: (client) =>
      dialSip(client, {
        sessionId: TEST_SESSION_ID,
        token: 'TOKEN',
        sip: {
          uri: 'sip:u@h',
          from: 'me',
          headers: { 'X-a': 'b' },
          auth: { username: 'u', password: 'p' },
          secure: true,
          video: true,
          observeForceMute: false,
          streams: ['STID'],
        },
      }),
    reply: { body: responseFixture('sip_dial.node.json') },
    method: 'POST',
    url: `${base}/dial`,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","sip":{"uri":"sip:u@h","from":"me","headers":{"X-a":"b"},"auth":{"username":"u","password":"p"},"secure":true,"video":true,"observeForceMute":false,"streams":["STID"]}}`,
    result: { id: 'CONFERENCEID', connectionId: 'CONNECTIONID', streamId: 'STREAMID' },
  },
  {
    name: 'dialSip with the URI only, replaying sip_dial.py210.json',
    call: (client) => dialSip(client, { sessionId: TEST_SESSION_ID, token: 'TOKEN', sip: { uri: 'sips:+15551234567@sip.example.com;transport=tls' } }),
    reply: { body: responseFixture('sip_dial.py210.json') },
    method: 'POST',
    url: `${base}/dial`,
    body: `{"sessionId":"${TEST_SESSION_ID}","token":"TOKEN","sip":{"uri":"sips:+15551234567@sip.example.com;transport=tls"}}`,
    result: {
      id: 'b0a5a8c7-dc38-459f-a48d-a7f2008da853',
      connectionId: 'e9f8c166-6c67-440d-994a-04fb6dfed007',
      streamId: '482bce73-f882-40fd-8ca5-cb74ff416036',
    },
  },
  {
    name: 'playDtmf to the whole session',
    call: (client) => playDtmf(client, { sessionId: TEST_SESSION_ID, digits: '1p2' }),
    method: 'POST',
    url: `${base}/session/${TEST_SESSION_ID}/play-dtmf`,
    body: '{"digits":"1p2"}',
    result: undefined,
  },
  {
    name: 'playDtmf to one connection',
    call: (client) => playDtmf(client, { sessionId: TEST_SESSION_ID, connectionId: 'CID', digits: '0123456789*#p' }),
    method: 'POST',
    url: `${base}/session/${TEST_SESSION_ID}/connection/CID/play-dtmf`,
    body: '{"digits":"0123456789*#p"}',
    result: undefined,
  },
];

describe('SIP operations on the wire', () => {
  wireRows(recorder, rows);

  it('drops unknown fields of the dial answer', async () => {
    recorder.reply({ body: { id: 'i', connectionId: 'c', streamId: 's', projectId: '1', extra: true } });
    expect(await dialSip(recorder.client, { sessionId: TEST_SESSION_ID, token: 'T', sip: { uri: 'sip:a@b' } })).toEqual({
      id: 'i',
      connectionId: 'c',
      streamId: 's',
    });
  });

  it('refuses a dial answer without the call IDs', async () => {
    recorder.reply({ body: { id: 'i' } });
    const error = await failure(dialSip(recorder.client, { sessionId: TEST_SESSION_ID, token: 'T', sip: { uri: 'sip:a@b' } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('dialSip failed: OpenTok answered without the id, connectionId and streamId of the call');
  });
});

describe('SIP API errors (recorder)', () => {
  const dial = () =>
    failure(
      dialSip(recorder.client, {
        sessionId: TEST_SESSION_ID,
        token: 'SECRET-TOKEN',
        sip: { uri: 'sip:a@b', auth: { username: 'u', password: 'SECRET-PASSWORD' } },
      }),
    );

  it('400 on dialSip names what to check and hides the secrets', async () => {
    recorder.reply({ status: 400, body: { code: 15204, message: 'SIP Interconnect for Video is not enabled in this project' } });
    const error = await dial();
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      'dialSip failed: the dial request was refused (check the session ID, token, SIP URI and credentials, and that SIP interconnect is enabled for the project) (HTTP 400: SIP Interconnect for Video is not enabled in this project)',
    );
    const shown = JSON.stringify({ ...error, message: error.message, stack: error.stack });
    expect(shown).not.toContain('SECRET');
  });

  it('404 on dialSip: the session does not exist', async () => {
    recorder.reply({ status: 404, body: { message: 'Session not found' } });
    const error = await dial();
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('dialSip failed: the session does not exist (HTTP 404: Session not found)');
  });

  it('409 on dialSip: the session is relayed', async () => {
    recorder.reply({ status: 409, body: { message: 'Only routed sessions are allowed to initiate SIP calls.' } });
    const error = await dial();
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'dialSip failed: SIP calls need a routed session, and this session is relayed (create it with mediaMode "routed") (HTTP 409: Only routed sessions are allowed to initiate SIP calls.)',
    );
  });

  it('400 on playDtmf', async () => {
    recorder.reply({ status: 400, body: { message: 'Invalid digits' } });
    const error = await failure(playDtmf(recorder.client, { sessionId: TEST_SESSION_ID, digits: '1' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('playDtmf failed: the digits, session ID or connection ID were refused (HTTP 400: Invalid digits)');
  });

  it('404 on playDtmf to a connection', async () => {
    recorder.reply({ status: 404, body: { message: 'Not found' } });
    const error = await failure(playDtmf(recorder.client, { sessionId: TEST_SESSION_ID, connectionId: 'gone', digits: '1' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('playDtmf failed: the session or the connection does not exist (HTTP 404: Not found)');
  });
});
