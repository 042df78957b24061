import { decodeSessionId } from '@opentok/core';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_APPLICATION } from '../src/index.js';
import { hs256, nowS, rs256, rsaKeyPair, unsigned, vonageClaims } from './bearer.js';
import { errorBody } from './helpers.js';

const APP = DEMO_APPLICATION.applicationId;
const ARCHIVES = `/v2/project/${APP}/archive`;

describe('Authorization: Bearer (Vonage applications, RS256)', () => {
  const emulator = createEmulator({ clock: { frozen: true } });
  const send = (authorization: string | undefined, path = ARCHIVES, init: RequestInit = {}) =>
    emulator.fetch(`http://e${path}`, {
      ...init,
      headers: { ...(authorization === undefined ? {} : { Authorization: authorization }), ...(init.headers as Record<string, string>) },
    });
  const createSession = (authorization: string) =>
    send(authorization, '/session/create', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'archiveMode=manual&location=null&p2p.preference=disabled',
    });

  it('accepts the REST JWTs of @vonage/jwt, opentok-node, Python and Java (no exp), with or without jti', async () => {
    const iat = nowS();
    const claimSets = [
      vonageClaims(APP, iat),
      { iss: APP, ist: 'project', iat, exp: iat + 300, application_id: APP, jti: crypto.randomUUID() },
      { ist: 'project', iat, exp: iat + 180, application_id: APP, jti: crypto.randomUUID() },
      { application_id: APP, jti: crypto.randomUUID(), iat },
      { application_id: APP, iat, sub: 'anything', acl: { paths: {} }, notBefore: iat },
    ];
    for (const claims of claimSets) expect((await send(`Bearer ${rs256(claims)}`)).status, JSON.stringify(claims)).toBe(200);
    expect((await send(`bearer   ${rs256(vonageClaims())}`)).status).toBe(200);
  });

  it('compares application IDs case-insensitively (claim and path)', async () => {
    const upper = APP.toUpperCase();
    expect((await send(`Bearer ${rs256(vonageClaims(upper))}`)).status).toBe(200);
    expect((await send(`Bearer ${rs256(vonageClaims())}`, `/v2/project/${upper}/archive`)).status).toBe(200);
  });

  it('on /session/create the claim picks the application, whose ID is field [1] of the session ID', async () => {
    const response = await createSession(`Bearer ${rs256(vonageClaims())}`);
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as [{ session_id: string; project_id: string }];
    expect(decodeSessionId(created.session_id).apiKey).toBe(APP);
    expect(created.project_id).toBe(APP);
    expect(emulator.session(created.session_id)).toMatchObject({ apiKey: APP, mediaMode: 'routed' });
    const streams = await send(`Bearer ${rs256(vonageClaims())}`, `/v2/project/${APP}/session/${created.session_id}/stream`);
    expect(((await streams.json()) as { count: number }).count).toBe(0);
  });

  it("keeps applications and projects apart: each kind's own header, each one's own sessions", async () => {
    const { apiKey } = emulator.project;
    const project = await send(`Bearer ${rs256(vonageClaims())}`, `/v2/project/${apiKey}/archive`);
    expect((await errorBody(project)).message).toContain('does not match the application ID in the path');
    const asApplication = await send(`Bearer ${rs256({ ...vonageClaims(), application_id: apiKey })}`, `/v2/project/${apiKey}/archive`);
    expect((await errorBody(asApplication)).message).toContain(`${apiKey} is an OpenTok project`);
    const opentokHeader = await emulator.fetch(`http://e${ARCHIVES}`, {
      headers: { 'X-OPENTOK-AUTH': hs256({ iss: APP, ist: 'project', iat: nowS(), exp: nowS() + 60 }, 'x') },
    });
    expect((await errorBody(opentokHeader)).message).toContain(`${APP} is a Vonage application`);
    const [created] = (await (await createSession(`Bearer ${rs256(vonageClaims())}`)).json()) as [{ session_id: string }];
    const { createRestAuthToken } = await import('@opentok/core/internal');
    const { createClient } = await import('@opentok/core');
    const auth = await createRestAuthToken(createClient({ ...emulator.project, apiUrl: emulator.url }));
    const foreign = await emulator.fetch(`http://e/v2/project/${apiKey}/session/${created.session_id}/stream`, { headers: { 'X-OPENTOK-AUTH': auth } });
    expect(foreign.status).toBe(404);
  });

  const { publicKey } = DEMO_APPLICATION;
  const other = rsaKeyPair();
  it.each<[string, () => string, string]>([
    ['HS256 signed with the public key text', () => `Bearer ${hs256(vonageClaims(), publicKey)}`, 'must be RS256, not "HS256"'],
    ['alg none', () => `Bearer ${unsigned(vonageClaims())}`, 'must be RS256, not "none"'],
    ['RS256 in name, no alg', () => `Bearer ${rs256(vonageClaims(), undefined, { typ: 'JWT' })}`, 'must be RS256, not undefined'],
    ['signed with another key', () => `Bearer ${rs256(vonageClaims(), other.privateKey)}`, 'invalid JWT signature'],
    ['tampered', () => `Bearer ${rs256(vonageClaims()).replace(/\.[^.]{4}/, '.AAAA')}`, 'JWT'],
    ['without application_id', () => `Bearer ${rs256({ iat: nowS(), jti: 'x' })}`, 'no application_id claim'],
    [
      'for another application than the path',
      () => `Bearer ${rs256(vonageClaims('11111111-2222-4333-8444-555555555555'))}`,
      'does not match the application ID in the path',
    ],
    ['expired', () => `Bearer ${rs256({ ...vonageClaims(), iat: nowS() - 1000, exp: nowS() - 31 })}`, 'expired at'],
    ['expired by the 15-minute default (no exp)', () => `Bearer ${rs256({ application_id: APP, iat: nowS() - 931 })}`, 'iat + 900 s: it has no exp claim'],
    ['older than 24 hours (exp later)', () => `Bearer ${rs256({ application_id: APP, iat: nowS() - 86_401, exp: nowS() + 600 })}`, 'more than 24 hours ago'],
    ['without iat', () => `Bearer ${rs256({ application_id: APP, exp: nowS() + 600 })}`, 'no iat claim'],
    ['with a string iat', () => `Bearer ${rs256({ application_id: APP, iat: String(nowS()) })}`, 'iat claim must be a number'],
    ['issued in the future', () => `Bearer ${rs256({ application_id: APP, iat: nowS() + 120 })}`, 'is in the future'],
    ['not valid yet (nbf)', () => `Bearer ${rs256({ application_id: APP, iat: nowS(), nbf: nowS() + 120 })}`, 'not valid before'],
    ['with a numeric jti', () => `Bearer ${rs256({ ...vonageClaims(), jti: 7 })}`, 'jti claim must be a string'],
    ['not a JWT', () => 'Bearer abc', 'not a JWT'],
    ['not base64url JSON', () => 'Bearer a.b.c', 'not a well-formed JWT'],
    ['an empty Bearer', () => 'Bearer ', 'must be "Bearer <JWT>"'],
    ['Basic auth', () => `Basic ${btoa('key:secret')}`, 'must be "Bearer <JWT>"'],
  ])('refuses a token %s with a 403 {code, message} naming the check', async (_name, header, words) => {
    const authorization = header();
    const response = await send(authorization);
    expect(response.status).toBe(403);
    const body = await errorBody(response);
    expect(body.code).toBe(403);
    expect(body.message).toContain(words);
    const credential = authorization.slice(7, 40);
    if (credential.length > 8) expect(body.message).not.toContain(credential);
  });

  it('refuses an unknown application in the path or, on /session/create, in the claim', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const path = await send(`Bearer ${rs256(vonageClaims(unknown))}`, `/v2/project/${unknown}/archive`);
    expect((await errorBody(path)).message).toContain(`unknown application ${unknown}`);
    const created = await createSession(`Bearer ${rs256(vonageClaims(unknown))}`);
    expect([created.status, (await errorBody(created)).message]).toEqual([403, expect.stringContaining('unknown application')]);
  });

  it('tolerates 30 s of clock skew on exp and iat', async () => {
    expect((await send(`Bearer ${rs256({ application_id: APP, iat: nowS() - 1000, exp: nowS() - 20 })}`)).status).toBe(200);
    expect((await send(`Bearer ${rs256({ application_id: APP, iat: nowS() + 20 })}`)).status).toBe(200);
  });

  it("serves this SDK's own application client (core's RS256 Bearer auth)", async () => {
    const { createClient } = await import('@opentok/core');
    const { request } = await import('@opentok/core/internal');
    const { applicationId, privateKey } = emulator.application;
    const client = createClient({ applicationId, privateKey: privateKey!, apiUrl: emulator.url, fetch: emulator.fetch, retry: 0 });
    const [created] = await request<[{ session_id: string }]>(client, {
      operation: 'createSession',
      method: 'POST',
      path: '/session/create',
      form: { 'p2p.preference': 'disabled' },
    });
    expect(emulator.session(created!.session_id)?.apiKey).toBe(APP);
    await expect(request(client, { operation: 'listArchives', method: 'GET', path: ARCHIVES })).resolves.toMatchObject({ count: 0 });
  });

  it('accepts an application given by its public key only, and one added at run time', async () => {
    const keys = rsaKeyPair();
    const id = '0f0f0f0f-1111-4222-8333-444444444444';
    const byPublicKey = createEmulator({ applications: [{ applicationId: id, publicKey: keys.publicKey }] });
    const ok = await byPublicKey.fetch(`http://e/v2/project/${id}/archive`, {
      headers: { Authorization: `Bearer ${rs256(vonageClaims(id), keys.privateKey)}` },
    });
    expect(ok.status).toBe(200);
    expect(byPublicKey.application).toEqual({ applicationId: id, publicKey: keys.publicKey });
    const added = rsaKeyPair();
    const addedId = 'abcdef01-2345-4678-89ab-cdef01234567';
    emulator.addApplication({ applicationId: addedId.toUpperCase(), privateKey: added.privateKey });
    const response = await send(`Bearer ${rs256(vonageClaims(addedId), added.privateKey)}`, `/v2/project/${addedId}/archive`);
    expect(response.status).toBe(200);
  });
});
