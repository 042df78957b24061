import { createHmac } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { errorBody, harness } from './helpers.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function jwt(claims: Record<string, unknown>, secret: string, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('X-OPENTOK-AUTH', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const h = harness();
  const { apiKey, apiSecret } = h.emulator.project;
  const path = `/v2/project/${apiKey}/archive`;
  const send = (token: string | undefined, target = path) =>
    h.emulator.fetch(`http://e${target}`, { headers: token === undefined ? {} : { 'X-OPENTOK-AUTH': token } });

  it('accepts the tokens of Python 2.10 (jti "0", 180 s), Node (no jti, 300 s) and Python 3.11+ (random jti)', async () => {
    expect((await send(jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 180, jti: '0' }, apiSecret))).status).toBe(200);
    expect((await send(jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 300 }, apiSecret))).status).toBe(200);
    expect((await send(jwt({ exp: now() + 180, iat: now(), iss: apiKey, ist: 'project', jti: '0.2148142552002159' }, apiSecret))).status).toBe(200);
    expect((await send(jwt({ iss: apiKey, ist: 'project', iat: now() + 20, exp: now() + 200 }, apiSecret))).status).toBe(200);
  });

  it.each<[string, () => string | undefined, string]>([
    ['missing', () => undefined, 'No suitable authentication found'],
    ['garbage', () => 'garbage', 'not a JWT'],
    ['bad base64', () => 'a.b!.c', 'well-formed'],
    ['alg none', () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60 }, apiSecret, { alg: 'none' }), 'HS256'],
    ['wrong secret', () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60 }, 'other'), 'signature'],
    ['iss of another key', () => jwt({ iss: '999', ist: 'project', iat: now(), exp: now() + 60 }, apiSecret), 'does not match'],
    ['no iss', () => jwt({ ist: 'project', iat: now(), exp: now() + 60 }, apiSecret), 'iss'],
    ['ist account', () => jwt({ iss: apiKey, ist: 'account', iat: now(), exp: now() + 60 }, apiSecret), 'ist'],
    ['expired', () => jwt({ iss: apiKey, ist: 'project', iat: now() - 400, exp: now() - 100 }, apiSecret), 'expired'],
    ['no exp', () => jwt({ iss: apiKey, ist: 'project', iat: now() }, apiSecret), 'exp'],
    ['lifetime over 5 minutes', () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 301 }, apiSecret), 'exceeds 5 minutes'],
    ['iat in the future', () => jwt({ iss: apiKey, ist: 'project', iat: now() + 120, exp: now() + 200 }, apiSecret), 'future'],
    ['numeric jti', () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60, jti: 5 }, apiSecret), 'jti'],
  ])('refuses a token that is %s with a 403 naming the check', async (_name, make, words) => {
    const response = await send(make());
    expect(response.status).toBe(403);
    const body = await errorBody(response);
    expect(body.code).toBe(403);
    expect(body.message).toContain(words);
    expect(body.message).not.toContain(apiSecret);
  });

  it('never shows a secret in JSON.stringify or util.inspect of the emulator', async () => {
    const { inspect } = await import('node:util');
    const text = `${JSON.stringify(h.emulator)} ${inspect(h.emulator, { depth: 5, getters: true })}`;
    expect(text).toContain(apiKey);
    expect(text).not.toContain(apiSecret);
  });

  it('refuses an unknown project key in the path, and picks the project by iss on /session/create', async () => {
    const response = await send(jwt({ iss: '42', ist: 'project', iat: now(), exp: now() + 60 }, apiSecret), '/v2/project/42/archive');
    expect((await errorBody(response)).message).toContain('unknown API key 42');
    const created = await h.emulator.fetch('http://e/session/create', {
      method: 'POST',
      headers: { 'X-OPENTOK-AUTH': jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60 }, apiSecret), Accept: 'application/json' },
    });
    expect(created.status).toBe(200);
  });

  it('serves several projects, each with its own secret and sessions', async () => {
    const multi = harness({
      projects: [
        { apiKey: '111', apiSecret: 's1' },
        { apiKey: '222', apiSecret: 's2' },
      ],
    });
    const token = (key: string, secret: string) => jwt({ iss: key, ist: 'project', iat: now(), exp: now() + 60 }, secret);
    const create = async (key: string, secret: string) => {
      const r = await multi.emulator.fetch('http://e/session/create', {
        method: 'POST',
        headers: { 'X-OPENTOK-AUTH': token(key, secret), Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'p2p.preference=disabled',
      });
      return ((await r.json()) as [{ session_id: string }])[0].session_id;
    };
    const s2 = await create('222', 's2');
    expect(multi.emulator.session(s2)?.apiKey).toBe('222');
    expect((await multi.emulator.fetch(`http://e/v2/project/222/session/${s2}/stream`, { headers: { 'X-OPENTOK-AUTH': token('222', 's2') } })).status).toBe(
      200,
    );
    expect((await multi.emulator.fetch(`http://e/v2/project/111/session/${s2}/stream`, { headers: { 'X-OPENTOK-AUTH': token('111', 's1') } })).status).toBe(
      404,
    );
    expect((await multi.emulator.fetch('http://e/v2/project/222/archive', { headers: { 'X-OPENTOK-AUTH': token('222', 's1') } })).status).toBe(403);
    multi.emulator.addProject({ apiKey: '333', apiSecret: 's3' });
    expect((await multi.emulator.fetch('http://e/v2/project/333/archive', { headers: { 'X-OPENTOK-AUTH': token('333', 's3') } })).status).toBe(200);
    multi.emulator.reset();
    expect(multi.emulator.projects.map((p) => p.apiKey)).toEqual(['111', '222']);
  });
});

describe('X-OPENTOK-AUTH signatures in process (jose on Web Crypto) and over HTTP (node:crypto)', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const inProcess = createEmulator();
  const overHttp = createEmulator();
  const listening = overHttp.listen({ port: 0 });
  afterAll(() => overHttp.close());
  const { apiKey, apiSecret } = inProcess.project;
  const good = () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60 }, apiSecret);
  const withSignature = (token: string, signature: (sent: string) => string) => {
    const at = token.lastIndexOf('.');
    return `${token.slice(0, at)}.${signature(token.slice(at + 1))}`;
  };
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // 32 bytes take 43 characters whose last 2 bits are unused: flipping one gives the same bytes, encoded otherwise.
  const otherEncoding = (sent: string) => sent.slice(0, -1) + ALPHABET[ALPHABET.indexOf(sent.at(-1)!) ^ 1]!;
  const otherBytes = (sent: string) => (sent[0] === 'A' ? 'B' : 'A') + sent.slice(1);

  it.each<[string, () => string, number, string]>([
    ['valid', good, 200, ''],
    ['signed with another secret', () => jwt({ iss: apiKey, ist: 'project', iat: now(), exp: now() + 60 }, 'another secret'), 403, 'invalid JWT signature'],
    ['signed, then one byte changed', () => withSignature(good(), otherBytes), 403, 'invalid JWT signature'],
    ['with its signature cut short', () => withSignature(good(), (sent) => sent.slice(0, 40)), 403, 'invalid JWT signature'],
    ['with a signature that is not base64url', () => withSignature(good(), () => 'not*base64url'), 403, 'X-OPENTOK-AUTH is not a well-formed JWT'],
    ['with its signature in a non-canonical base64url (the same bytes)', () => withSignature(good(), otherEncoding), 200, ''],
  ])('a token %s: the same answer both ways', async (_name, make, status, words) => {
    const token = make();
    const path = `/v2/project/${apiKey}/archive`;
    const { url } = await listening;
    const answer = async (response: Response) => ({ status: response.status, body: (await response.json()) as { message?: string } });
    const local = await answer(await inProcess.fetch(`http://e${path}`, { headers: { 'X-OPENTOK-AUTH': token } }));
    const remote = await answer(await fetch(`${url}${path}`, { headers: { 'X-OPENTOK-AUTH': token } }));
    expect(local.status).toBe(status);
    expect(remote).toEqual(local);
    if (status !== 200) expect(local.body.message).toContain(words);
  });
});
