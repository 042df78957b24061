import { decodeSessionId } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { errorBody, harness } from './helpers.js';

const form = (body: string) => ({ body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' } });

describe('POST /session/create', () => {
  it('answers a JSON client with a one-element array, Content-Type exactly application/json', async () => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', form('archiveMode=always&location=10.1.1.1&e2ee=false&p2p.preference=disabled'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const [session] = (await response.json()) as [Record<string, string>];
    expect(Object.keys(session!).sort()).toEqual(['create_dt', 'media_server_url', 'partner_id', 'project_id', 'session_id']);
    expect(session!['project_id']).toBe(h.emulator.project.apiKey);
    expect(session!['create_dt']).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d UTC \d{4}$/);
    const decoded = decodeSessionId(session!['session_id']!);
    expect(decoded.apiKey).toBe(h.emulator.project.apiKey);
    expect(decoded.location).toBe('10.1.1.1');
    expect(h.emulator.session(session!['session_id']!)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always', location: '10.1.1.1', e2ee: false });
  });

  it('answers the XML document when the client does not accept JSON (Python ≤ 3.10)', async () => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', {
      body: 'p2p.preference=disabled',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: '*/*' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    const text = await response.text();
    const match =
      /^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?><sessions><Session><session_id>(1_[\w-]+)<\/session_id><partner_id>10000001<\/partner_id><create_dt>[^<]+<\/create_dt><\/Session><\/sessions>$/.exec(
        text,
      );
    expect(match).not.toBeNull();
    expect(h.emulator.session(match![1]!)?.mediaMode).toBe('routed');
  });

  it('defaults to a relayed, manual session (p2p.preference=enabled), like the OpenTok SDKs', async () => {
    const h = harness();
    const sessionId = await h.session('relayed');
    expect(h.emulator.session(sessionId)).toMatchObject({ mediaMode: 'relayed', archiveMode: 'manual', location: '', e2ee: false });
    const empty = await h.raw('POST', '/session/create', { headers: { Accept: 'application/json' } });
    const [created] = (await empty.json()) as [{ session_id: string }];
    expect(h.emulator.session(created.session_id)?.mediaMode).toBe('relayed');
  });

  it('accepts e2ee=True (Python 3.5–3.7), location=null (@vonage/video) and unknown extra fields', async () => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', form('archiveMode=manual&location=null&p2p.preference=disabled&e2ee=True&someOption=x'));
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as [{ session_id: string }];
    expect(h.emulator.session(created.session_id)).toMatchObject({ e2ee: true, location: '', mediaMode: 'routed' });
  });

  it.each([
    ['archiveMode=always', 'routed'],
    ['p2p.preference=maybe', 'p2p.preference'],
    ['archiveMode=sometimes', 'archiveMode'],
    ['location=999.1.1.1', 'location'],
    ['e2ee=yes', 'e2ee'],
    ['p2p.preference=disabled&archiveResolution=1x1', 'archiveResolution'],
    [`p2p.preference=disabled&archiveMode=always&archiveName=${'n'.repeat(81)}`, 'archiveName'],
    ['e2ee=true', 'routed'],
    ['e2ee=true&archiveMode=manual', 'routed'],
  ])('refuses %s with a 400 naming %s (JSON for JSON clients)', async (body, word) => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', form(body));
    expect(response.status).toBe(400);
    expect((await errorBody(response)).message).toContain(word);
  });

  it('answers XML clients with an XML <error> document Python 2.10 can read', async () => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', { body: 'location=nope', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(await response.text()).toMatch(
      /<error code="400"><badRequest message="Invalid request: &quot;location&quot; must be an IPv4 address\."\/><\/error>$/,
    );
  });

  it('refuses a JSON body with 415', async () => {
    const h = harness();
    const response = await h.raw('POST', '/session/create', {
      body: '{"p2p.preference":"disabled"}',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    expect(response.status).toBe(415);
  });

  it("session IDs pass the official SDKs' ownership checks (Python: key in any field; Node: field 1, ASCII)", async () => {
    const h = harness();
    const sessionId = await h.session();
    expect(sessionId).toMatch(/^1_[A-Za-z0-9_-]+$/);
    const payload = sessionId.slice(2);
    const python = Buffer.from(payload + '='.repeat((4 - (payload.length % 4)) % 4), 'base64url')
      .toString('utf8')
      .split('~');
    expect(python).toContain('10000001');
    const node = Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('ascii').split('~');
    expect(node[1]).toBe('10000001');
  });

  it('emulator.createSession makes sessions without HTTP', () => {
    const h = harness();
    const { sessionId } = h.emulator.createSession({ mediaMode: 'routed', archiveMode: 'always' });
    expect(decodeSessionId(sessionId).apiKey).toBe('10000001');
    expect(h.emulator.session(sessionId)).toMatchObject({ mediaMode: 'routed', archiveMode: 'always' });
    expect(h.emulator.createSession().sessionId).not.toBe(sessionId);
    expect(h.emulator.session(h.emulator.createSession().sessionId)?.mediaMode).toBe('relayed');
  });
});
