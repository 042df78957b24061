// The portable suite: vectors, defaults, validation, verification and fuzz cases. Plain TypeScript with a
// tiny assert, so vitest (Node), workerd, Deno, Bun and Chromium all run exactly the same cases.
import { createClient, encodeSessionId, ValidationError } from '@opentok/core';
import type * as Tokens from '../../src/index.js';
import type { GenerateTokenParams, VerifiedToken } from '../../src/index.js';
import { applicationCases } from './application-cases.js';
import { AssertionError, deepEqual, equal, ok, thrown } from './assert.js';
import { fuzzCases } from './fuzz.js';
import { quotePlus, signJwt, signT1 } from './sign.js';
import { JWT, T1_LEGACY, T1_MODERN, type TokenVector, VONAGE_RS256 } from './vectors.js';

export type TokensApi = Pick<typeof Tokens, 'generateToken' | 'verifyToken' | 'InvalidTokenError'>;
export interface TestCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

export const KEY = '12345678';
export const SECRET = '0123456789abcdef0123456789abcdef01234567';
export const CREDS = { apiKey: KEY, apiSecret: SECRET };
/** 2023-11-14T22:13:20Z, the instant most vectors were minted at. */
export const NOW = 1_700_000_000_000;
export const SESSION = '1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg';
const OTHER_SESSION = encodeSessionId({ apiKey: '87654321', createdAt: 1_699_999_995_000, random: 'AbCdEfGhIjKlMnOpQrStUvWx' });

function paramsOf(v: TokenVector, tokenType: 'T1' | 'jwt'): GenerateTokenParams {
  // "defaults" vectors were minted with no options: leave them out here too, so the defaults are what is tested.
  if (v.name.endsWith('publisher_defaults')) return tokenType === 'T1' ? { sessionId: v.sessionId, tokenType } : { sessionId: v.sessionId };
  return {
    sessionId: v.sessionId,
    role: v.role as GenerateTokenParams['role'] & string,
    expireTime: v.expireTime,
    ...(v.data === null ? {} : { data: v.data }),
    ...(v.initialLayoutClassList.length ? { initialLayoutClassList: v.initialLayoutClassList } : {}),
    ...(tokenType === 'T1' ? { tokenType } : {}),
  };
}

function expectedGrant(v: TokenVector, format: 'T1' | 'jwt', scope: boolean): VerifiedToken {
  return {
    credentialKind: 'project',
    format,
    projectId: v.apiKey,
    apiKey: v.apiKey,
    sessionId: v.sessionId,
    role: v.role as VerifiedToken['role'],
    createTime: v.createTime,
    expireTime: v.expireTime,
    nonce: v.nonce,
    ...(v.data === null ? {} : { data: v.data }),
    initialLayoutClassList: v.initialLayoutClassList,
    ...(scope ? { scope: 'session.connect' } : {}),
  };
}

export function expectValidation(error: unknown, parameter: string, rule?: string): asserts error is ValidationError {
  ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
  equal(error.parameter, parameter, 'ValidationError.parameter');
  ok(error.message.startsWith(`${parameter} `), `message must name ${parameter}: ${error.message}`);
  if (rule !== undefined) ok(error.rule.includes(rule), `rule should mention "${rule}": ${error.rule}`);
}

export function tokenCases(api: TokensApi): TestCase[] {
  const { generateToken, verifyToken, InvalidTokenError } = api;
  const cases: TestCase[] = [];
  const add = (name: string, run: () => Promise<void> | void): void => {
    cases.push({ name, run: async () => run() });
  };

  async function expectInvalid(token: unknown, reason: string, options: { now?: number; creds?: typeof CREDS } = {}): Promise<void> {
    const error = await thrown(
      () => verifyToken(options.creds ?? CREDS, token as string, { now: options.now ?? NOW }),
      `verifyToken(${String(token).slice(0, 40)})`,
    );
    ok(error instanceof InvalidTokenError, `expected InvalidTokenError, got ${String(error)}`);
    equal(error.code, 'INVALID_TOKEN', 'code');
    equal(error.reason, reason as never, `reason (${error.message})`);
    ok(!error.message.includes(SECRET), 'the message must not contain the secret');
  }

  async function expectGenerateError(params: unknown, parameter: string, rule?: string, testing: object = { now: NOW }): Promise<void> {
    const error = await thrown(() => generateToken(CREDS, params as GenerateTokenParams, testing), `generateToken(${JSON.stringify(params)})`);
    expectValidation(error, parameter, rule);
    ok(!error.message.includes(SECRET), 'the message must not contain the secret');
  }

  // ---- byte-exact vectors -------------------------------------------------------------------------
  for (const v of T1_LEGACY) {
    add(`vector: T1 ${v.name} (opentok-node 2.16, omitScope)`, async () => {
      const token = await generateToken(v, paramsOf(v, 'T1'), { now: v.createTime * 1000, nonce: v.nonce, omitScope: true });
      equal(token, v.token, 'token');
    });
  }
  for (const v of T1_MODERN) {
    add(`vector: T1 ${v.name} (opentok-node 2.23.1, with scope)`, async () => {
      equal(await generateToken(v, paramsOf(v, 'T1'), { now: v.createTime * 1000, nonce: v.nonce }), v.token, 'token');
    });
  }
  for (const v of JWT) {
    add(`vector: JWT ${v.name} (opentok-node 2.23.1)`, async () => {
      const token = await generateToken(v, paramsOf(v, 'jwt'), { now: v.createTime * 1000, nonce: v.nonce });
      equal(token, v.token, 'token');
      const claims = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
      equal(atob(claims + '='.repeat(-claims.length & 3)), v.claimsJsonExact, 'claims JSON');
    });
  }
  for (const v of [...T1_LEGACY, ...T1_MODERN, ...JWT]) {
    const format = v.token.startsWith('T1==') ? 'T1' : 'jwt';
    add(`verify: ${v.name} decodes to the vector's fields`, async () => {
      const grant = await verifyToken(v, v.token, { now: v.createTime * 1000 });
      deepEqual(grant, expectedGrant(v, format, !T1_LEGACY.includes(v)), 'grant');
      ok(Object.isFrozen(grant) && Object.isFrozen(grant.initialLayoutClassList), 'the grant is frozen');
    });
  }
  add('verify: refuses the Vonage RS256 token as unsupported-algorithm', () =>
    expectInvalid(VONAGE_RS256.token, 'unsupported-algorithm', { creds: { apiKey: VONAGE_RS256.apiKey, apiSecret: 'x' }, now: VONAGE_RS256.createTime * 1000 }),
  );

  // ---- defaults and credential sources ------------------------------------------------------------
  add('defaults: JWT, publisher, expire in 24 h, random nonce in [0, 1), scope', async () => {
    const a = await generateToken(CREDS, { sessionId: SESSION }, { now: NOW });
    const b = await generateToken(CREDS, { sessionId: SESSION }, { now: NOW });
    ok(a.startsWith('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.'), 'JWT by default');
    ok(a !== b, 'two tokens differ by their random nonce');
    const grant = await verifyToken(CREDS, a, { now: NOW });
    equal(grant.format, 'jwt');
    equal(grant.role, 'publisher');
    equal(grant.createTime, NOW / 1000);
    equal(grant.expireTime, NOW / 1000 + 86_400);
    equal(grant.scope, 'session.connect');
    ok(grant.nonce >= 0 && grant.nonce < 1, `nonce in [0, 1): ${grant.nonce}`);
    deepEqual(grant.initialLayoutClassList, []);
    ok(!('data' in grant), 'no data');
  });
  add('defaults: T1 carries scope unless omitScope', async () => {
    const modern = await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION, tokenType: 'T1' }, { now: NOW }), { now: NOW });
    equal(modern.format, 'T1');
    equal(modern.scope, 'session.connect');
    const legacy = await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION, tokenType: 'T1' }, { now: NOW, omitScope: true }), { now: NOW });
    ok(!('scope' in legacy), 'omitScope leaves scope out');
  });
  add('defaults: the real clock is used without test options', async () => {
    const before = Math.floor(Date.now() / 1000);
    const grant = await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION }));
    const after = Math.floor(Date.now() / 1000);
    ok(grant.createTime >= before && grant.createTime <= after, 'createTime is now');
    equal(grant.expireTime, grant.createTime + 86_400);
  });
  add('defaults: nonces spread over [0, 1)', async () => {
    const nonces = await Promise.all(
      Array.from({ length: 200 }, async () => (await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION }, { now: NOW }), { now: NOW })).nonce),
    );
    equal(new Set(nonces).size, 200, 'all distinct');
    ok(nonces.some((n) => n < 0.5) && nonces.some((n) => n >= 0.5), 'both halves');
  });
  add('credentials: a client from createClient works like bare credentials', async () => {
    const client = createClient(CREDS);
    const v = JWT[1]!;
    equal(await generateToken(client, paramsOf(v, 'jwt'), { now: v.createTime * 1000, nonce: v.nonce }), v.token, 'same token');
    equal((await verifyToken(client, v.token, { now: v.createTime * 1000 })).role, 'moderator');
  });
  add('credentials: a numeric apiKey is read as its decimal string', async () => {
    const v = JWT[0]!;
    equal(
      await generateToken({ apiKey: Number(v.apiKey) as never, apiSecret: v.apiSecret }, { sessionId: v.sessionId }, { now: NOW, nonce: v.nonce }),
      v.token,
    );
  });
  add('generate: data and layout classes round-trip through both formats, unicode included', async () => {
    const data = "userId=42&name=Zoë Ölm:ok 🎉 ~*()!'";
    for (const tokenType of ['jwt', 'T1'] as const) {
      const token = await generateToken(
        CREDS,
        { sessionId: SESSION, data, initialLayoutClassList: ['focus', 'full'], role: 'publisheronly', tokenType },
        { now: NOW },
      );
      const grant = await verifyToken(CREDS, token, { now: NOW });
      equal(grant.data, data, `${tokenType} data`);
      deepEqual(grant.initialLayoutClassList, ['focus', 'full'], `${tokenType} layout`);
      equal(grant.role, 'publisheronly');
    }
  });
  add('generate: empty data is left out, like the official SDKs', async () => {
    const grant = await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION, data: '' }, { now: NOW }), { now: NOW });
    ok(!('data' in grant), 'no data');
  });

  // ---- validation ---------------------------------------------------------------------------------
  const reject = (name: string, params: unknown, parameter: string, rule?: string, testing?: object): void =>
    add(`validation: ${name}`, () => expectGenerateError(params, parameter, rule, testing));
  add('validation: credentials must be a client or { apiKey, apiSecret }', async () => {
    expectValidation(await thrown(() => generateToken(null as never, { sessionId: SESSION }), 'null'), 'client');
    expectValidation(await thrown(() => generateToken({ apiKey: KEY } as never, { sessionId: SESSION }), 'no secret'), 'apiSecret');
    expectValidation(await thrown(() => generateToken({ apiKey: '', apiSecret: SECRET }, { sessionId: SESSION }), 'empty key'), 'apiKey');
    expectValidation(
      await thrown(() => generateToken({} as never, { sessionId: SESSION }), 'none'),
      'credentials',
      'are missing: pass { applicationId, privateKey } (a Vonage application), or pass { apiKey, apiSecret }',
    );
  });
  reject('params must be an object (undefined)', undefined, 'params', 'object');
  reject('params must be an object (a string)', SESSION, 'params', 'object');
  reject('sessionId is required', {}, 'sessionId', 'non-empty string');
  reject('sessionId must be a string', { sessionId: 42 }, 'sessionId', 'non-empty string');
  reject('sessionId must not be empty', { sessionId: '' }, 'sessionId', 'non-empty string');
  reject('sessionId must be an OpenTok session ID', { sessionId: 'not-a-session' }, 'sessionId', '"1_"');
  reject('sessionId must name an API key', { sessionId: '1_' + 'MX4' }, 'sessionId', 'session ID');
  reject('sessionId must belong to the API key', { sessionId: OTHER_SESSION }, 'sessionId', 'must belong to API key 12345678');
  reject('role must be known', { sessionId: SESSION, role: 'owner' }, 'role', 'publisher, subscriber, moderator, publisheronly');
  reject('role is case-sensitive', { sessionId: SESSION, role: 'Publisher' }, 'role');
  reject('role must be a string', { sessionId: SESSION, role: 1 }, 'role');
  reject('expireTime must be a number', { sessionId: SESSION, expireTime: '1700003600' }, 'expireTime', 'integer');
  reject('expireTime must be an integer', { sessionId: SESSION, expireTime: NOW / 1000 + 60.5 }, 'expireTime', 'integer');
  reject('expireTime must not be NaN', { sessionId: SESSION, expireTime: Number.NaN }, 'expireTime', 'integer');
  reject('expireTime must be in the future (past)', { sessionId: SESSION, expireTime: NOW / 1000 - 1 }, 'expireTime', 'in the future');
  reject('expireTime must be in the future (now)', { sessionId: SESSION, expireTime: NOW / 1000 }, 'expireTime', 'in the future');
  reject('expireTime at most 30 days ahead', { sessionId: SESSION, expireTime: NOW / 1000 + 30 * 86_400 + 1 }, 'expireTime', '30 days');
  reject('expireTime in milliseconds is refused', { sessionId: SESSION, expireTime: NOW + 3_600_000 }, 'expireTime', '30 days');
  reject('data must be a string', { sessionId: SESSION, data: { name: 'x' } }, 'data', 'string');
  reject('data null is not a string', { sessionId: SESSION, data: null }, 'data', 'string');
  reject('data at most 1000 characters', { sessionId: SESSION, data: 'x'.repeat(1001) }, 'data', '1000 characters');
  reject('data must be well-formed unicode', { sessionId: SESSION, data: 'a\uD800b' }, 'data', 'lone surrogate');
  reject('initialLayoutClassList must be an array', { sessionId: SESSION, initialLayoutClassList: 'focus' }, 'initialLayoutClassList', 'array of strings');
  reject('initialLayoutClassList items must be strings', { sessionId: SESSION, initialLayoutClassList: ['a', 2] }, 'initialLayoutClassList[1]', 'string');
  reject(
    'initialLayoutClassList joined at most 1000 characters',
    { sessionId: SESSION, initialLayoutClassList: ['a'.repeat(500), 'b'.repeat(500)] },
    'initialLayoutClassList (joined with spaces)',
    '1000 characters',
  );
  reject('tokenType must be known', { sessionId: SESSION, tokenType: 'T2' }, 'tokenType', '"jwt" or "T1"');
  reject('tokenType is case-sensitive', { sessionId: SESSION, tokenType: 'JWT' }, 'tokenType');
  reject('test option now must be finite', { sessionId: SESSION }, 'testing', 'now', { now: Number.NaN });
  reject('test option nonce must be ≥ 0', { sessionId: SESSION }, 'testing', 'nonce', { now: NOW, nonce: -1 });
  add('validation: the limits themselves are allowed (30 days, 1000 characters, 1000 code points)', async () => {
    const max = {
      sessionId: SESSION,
      expireTime: NOW / 1000 + 30 * 86_400,
      data: '😀'.repeat(1000),
      initialLayoutClassList: ['a'.repeat(499), 'b'.repeat(500)],
    };
    const grant = await verifyToken(CREDS, await generateToken(CREDS, max, { now: NOW }), { now: NOW });
    equal(grant.expireTime, max.expireTime);
    equal(grant.data, max.data);
    const soon = await verifyToken(CREDS, await generateToken(CREDS, { sessionId: SESSION, expireTime: NOW / 1000 + 1 }, { now: NOW }), { now: NOW });
    equal(soon.expireTime, NOW / 1000 + 1);
  });

  // ---- verification -------------------------------------------------------------------------------
  const PY_DATA =
    'session_id=1_MX4xMjM0NTY3OH5-MTY5OTk5OTk5NTAwMH5BYkNkRWZHaElqS2xNbk9wUXJTdFV2V3h-fg&create_time=1700000000&expire_time=1700086400&role=publisher&nonce=417022&initial_layout_class_list=';
  add('verify: Python 2.10 T1 from the wire contract §3.1 worked example', async () => {
    const token = `T1==${btoa(`partner_id=${KEY}&sig=c1caa7ef4f3f25315c70764cf908f886bf94f3f6:${PY_DATA}`)}`;
    equal(token, await signT1(KEY, SECRET, PY_DATA), 'the worked signature is the HMAC-SHA1 of the data');
    deepEqual(await verifyToken(CREDS, token, { now: NOW }), {
      credentialKind: 'project',
      format: 'T1',
      projectId: KEY,
      apiKey: KEY,
      sessionId: SESSION,
      role: 'publisher',
      createTime: 1_700_000_000,
      expireTime: 1_700_086_400,
      nonce: 417_022,
      initialLayoutClassList: [],
    });
  });
  add('verify: Python T1 with quote_plus spaces, unicode data and layout classes', async () => {
    const data = 'name=Zoë Ölm:ok';
    const dataString = `session_id=${SESSION}&create_time=1700000000&expire_time=1700003600&role=moderator&nonce=7&initial_layout_class_list=${quotePlus('focus small')}&connection_data=${quotePlus(data)}`;
    ok(dataString.includes('focus+small') && dataString.includes('Zo%C3%AB+%C3%96lm%3Aok'), 'quote_plus encoding');
    const grant = await verifyToken(CREDS, await signT1(KEY, SECRET, dataString), { now: NOW });
    equal(grant.data, data);
    deepEqual(grant.initialLayoutClassList, ['focus', 'small']);
    equal(grant.nonce, 7);
    equal(grant.role, 'moderator');
  });
  add('verify: opentok-node T1 with a tiny nonce rendered in exponent form', async () => {
    const v = T1_MODERN[0]!;
    const token = await generateToken(v, paramsOf(v, 'T1'), { now: v.createTime * 1000, nonce: 1.2e-7 });
    ok(atob(token.slice(4)).includes('&nonce=1.2e-7&'), 'rendered like JS does');
    equal((await verifyToken(v, token, { now: v.createTime * 1000 })).nonce, 1.2e-7);
  });
  const pyClaims = (order: 'py311' | 'py310', layout: boolean): string => {
    const claims: Record<string, unknown> =
      order === 'py311'
        ? { session_id: SESSION, role: 'subscriber', iat: 1_700_000_000, exp: 1_700_003_600, scope: 'session.connect' }
        : {
            iss: KEY,
            ist: 'project',
            iat: 1_700_000_000,
            exp: 1_700_003_600,
            nonce: 123_456,
            role: 'subscriber',
            scope: 'session.connect',
            session_id: SESSION,
          };
    if (layout) claims.initial_layout_class_list = 'focus small';
    claims.connection_data = 'name=Ana';
    if (order === 'py311') Object.assign(claims, { iss: KEY, ist: 'project', nonce: 123_456 });
    return JSON.stringify(claims);
  };
  for (const order of ['py311', 'py310'] as const) {
    for (const layout of [true, false]) {
      add(`verify: Python ${order === 'py311' ? '≥ 3.11' : '3.10.0'} JWT claim set${layout ? '' : ' without layout classes'}`, async () => {
        const grant = await verifyToken(CREDS, await signJwt(SECRET, pyClaims(order, layout)), { now: NOW });
        deepEqual(grant, {
          credentialKind: 'project',
          format: 'jwt',
          projectId: KEY,
          apiKey: KEY,
          sessionId: SESSION,
          role: 'subscriber',
          createTime: 1_700_000_000,
          expireTime: 1_700_003_600,
          nonce: 123_456,
          data: 'name=Ana',
          initialLayoutClassList: layout ? ['focus', 'small'] : [],
          scope: 'session.connect',
        });
      });
    }
  }
  add('verify: expiry is checked at the millisecond (exp itself is already expired)', async () => {
    const v = JWT[1]!;
    equal((await verifyToken(v, v.token, { now: v.expireTime * 1000 - 1 })).expireTime, v.expireTime);
    await expectInvalid(v.token, 'expired', { now: v.expireTime * 1000 });
    const t1 = T1_MODERN[0]!;
    await expectInvalid(t1.token, 'expired', { now: t1.expireTime * 1000 + 60_000 });
  });
  add('verify: expired by the real clock when no now is given', async () => {
    const error = await thrown(() => verifyToken(CREDS, JWT[0]!.token), 'a 2023 token');
    ok(error instanceof InvalidTokenError && error.reason === 'expired', String(error));
  });
  add('verify: another secret is a bad signature, another key a wrong key', async () => {
    for (const v of [JWT[0]!, T1_LEGACY[0]!]) {
      await expectInvalid(v.token, 'bad-signature', { creds: { apiKey: KEY, apiSecret: SECRET.replace('0', '1') }, now: v.createTime * 1000 });
      await expectInvalid(v.token, 'wrong-api-key', { creds: { apiKey: '87654321', apiSecret: SECRET }, now: v.createTime * 1000 });
    }
  });
  add('verify: a T1 data string edited after signing is a bad signature', async () => {
    const text = atob(T1_LEGACY[0]!.token.slice(4)).replace('role=publisher', 'role=moderator');
    await expectInvalid(`T1==${btoa(text)}`, 'bad-signature');
  });
  add('verify: a JWT payload swapped under another signature is a bad signature', async () => {
    const [a, b] = [JWT[0]!.token.split('.'), JWT[1]!.token.split('.')];
    await expectInvalid(`${a[0]}.${b[1]}.${a[2]}`, 'bad-signature', { now: JWT[1]!.createTime * 1000 });
  });
  add('verify: correctly signed tokens with bad claims are invalid-claims', async () => {
    const base = { iss: KEY, ist: 'project', iat: 1_700_000_000, exp: 1_700_003_600, session_id: SESSION, nonce: 0.5, role: 'publisher' };
    const bad: Record<string, unknown>[] = [
      { ...base, role: 'owner' },
      { ...base, role: undefined },
      { ...base, session_id: OTHER_SESSION },
      { ...base, session_id: 'garbage' },
      { ...base, session_id: 7 },
      { ...base, ist: 'account' },
      { ...base, exp: '1700003600' },
      { ...base, exp: 1_700_003_600.5 },
      { ...base, nonce: '1' },
      { ...base, nonce: undefined },
      { ...base, iat: undefined },
      { ...base, connection_data: 5 },
      { ...base, initial_layout_class_list: { a: 1 } },
      { ...base, scope: ['session.connect'] },
    ];
    for (const claims of bad) await expectInvalid(await signJwt(SECRET, JSON.stringify(claims)), 'invalid-claims');
    const t1 = (fields: string): Promise<string> => signT1(KEY, SECRET, fields);
    const s = `session_id=${SESSION}`;
    for (const fields of [
      `${s}&create_time=1700000000&expire_time=1700003600&role=owner&nonce=1`,
      `${s}&create_time=1700000000&expire_time=1700003600&nonce=1`,
      `session_id=${OTHER_SESSION}&create_time=1700000000&expire_time=1700003600&role=publisher&nonce=1`,
      `${s}&create_time=soon&expire_time=1700003600&role=publisher&nonce=1`,
      `${s}&create_time=1700000000&expire_time=1700003600.0&role=publisher&nonce=1`,
      `${s}&create_time=1700000000&role=publisher&nonce=1`,
      `${s}&create_time=1700000000&expire_time=1700003600&role=publisher&nonce=0x10`,
      `${s}&create_time=1700000000&expire_time=1700003600&role=publisher`,
    ]) {
      await expectInvalid(await t1(fields), 'invalid-claims');
    }
  });
  add('verify: JWT nbf in the future is not-yet-valid', async () => {
    const claims = { iss: KEY, ist: 'project', iat: 1_700_000_000, nbf: 1_700_000_100, exp: 1_700_003_600, session_id: SESSION, nonce: 1, role: 'publisher' };
    await expectInvalid(await signJwt(SECRET, JSON.stringify(claims)), 'not-yet-valid');
    equal((await verifyToken(CREDS, await signJwt(SECRET, JSON.stringify(claims)), { now: 1_700_000_100_000 })).role, 'publisher');
  });
  add('verify: unsupported JWT headers', async () => {
    const claims = JSON.stringify({ iss: KEY, ist: 'project', iat: 1, exp: 1_700_003_600, session_id: SESSION, nonce: 1, role: 'publisher' });
    await expectInvalid(await signJwt(SECRET, claims, '{"alg":"none","typ":"JWT"}'), 'unsupported-algorithm');
    await expectInvalid(await signJwt(SECRET, claims, '{"alg":"HS512","typ":"JWT"}'), 'unsupported-algorithm');
    await expectInvalid(await signJwt(SECRET, claims, '{"alg":"HS256","crit":["exp"]}'), 'malformed');
    await expectInvalid(await signJwt(SECRET, claims, '{"alg":"HS256","typ":"JWE"}'), 'malformed');
    await expectInvalid(await signJwt(SECRET, claims, '["HS256"]'), 'malformed');
    equal((await verifyToken(CREDS, await signJwt(SECRET, claims, '{"alg":"HS256"}'), { now: NOW })).format, 'jwt', 'typ is optional');
  });
  add('verify: not a string, empty or huge is malformed', async () => {
    for (const token of [undefined, null, 42, {}, [], '', 'T1==', 'x'.repeat(70_000)]) await expectInvalid(token, 'malformed');
  });
  add('verify: every truncation of a T1 and a JWT token is refused', async () => {
    for (const v of [T1_MODERN[0]!, JWT[1]!]) {
      for (let length = 0; length < v.token.length; length++) {
        const error = await thrown(() => verifyToken(v, v.token.slice(0, length), { now: v.createTime * 1000 }), `prefix ${length}`);
        ok(error instanceof InvalidTokenError, `prefix ${length}: ${String(error)}`);
      }
    }
  });
  add('verify: non-canonical base64 is malformed (whitespace, missing padding, stray bits)', async () => {
    const t1 = T1_LEGACY[1]!.token; // ends with "=="
    await expectInvalid(t1.slice(0, -2), 'malformed');
    await expectInvalid(`${t1.slice(0, 10)} ${t1.slice(10)}`, 'malformed');
    await expectInvalid(t1.replace(/Q==$/, 'R=='), 'malformed');
    const jwt = JWT[0]!.token;
    await expectInvalid(`${jwt}=`, 'malformed');
    await expectInvalid(jwt.replace('.', '=.'), 'malformed');
  });
  add('verify: bad credentials and options are ValidationErrors', async () => {
    expectValidation(await thrown(() => verifyToken({} as never, JWT[0]!.token), 'no credentials'), 'credentials');
    expectValidation(await thrown(() => verifyToken(CREDS, JWT[0]!.token, { now: 'now' as never }), 'now'), 'now');
    expectValidation(await thrown(() => verifyToken(CREDS, JWT[0]!.token, null as never), 'options'), 'options');
  });
  add('errors: InvalidTokenError is an OpenTokError with a code and a reason', async () => {
    const error = await thrown(() => verifyToken(CREDS, 'nope'), 'nope');
    ok(error instanceof InvalidTokenError, 'class');
    equal(error.name, 'InvalidTokenError');
    equal(error.code, 'INVALID_TOKEN');
    equal(error.reason, 'malformed');
    ok(!(error instanceof ValidationError), 'not a ValidationError');
    ok(error instanceof Error, 'an Error');
  });

  // ---- tightened claim checks on correctly signed HS256 tokens -------------------------------------------
  const signedWith = (changes: Record<string, unknown>): Promise<string> =>
    signJwt(
      SECRET,
      JSON.stringify({
        iss: KEY,
        ist: 'project',
        iat: 1_700_000_000,
        exp: 1_700_003_600,
        session_id: SESSION,
        create_time: 1_700_000_000,
        nonce: 0.5,
        role: 'publisher',
        expire_time: 1_700_003_600,
        scope: 'session.connect',
        ...changes,
      }),
    );
  add('verify: refuses a signed JWT whose scope is not session.connect', async () =>
    expectInvalid(await signedWith({ scope: 'session.moderate' }), 'invalid-claims'),
  );
  add('verify: refuses a signed JWT whose expire_time disagrees with exp', async () =>
    expectInvalid(await signedWith({ expire_time: 1_800_000_000 }), 'invalid-claims'),
  );
  add('verify: refuses a signed JWT with a negative or non-numeric create_time or iat', async () => {
    await expectInvalid(await signedWith({ create_time: -1 }), 'invalid-claims');
    await expectInvalid(await signedWith({ iat: -1 }), 'invalid-claims');
    await expectInvalid(await signedWith({ iat: 'yesterday' }), 'invalid-claims');
    await expectInvalid(await signedWith({ create_time: '1700000000' }), 'invalid-claims');
  });
  add('verify: refuses a signed T1 whose scope is not session.connect', async () =>
    expectInvalid(
      await signT1(KEY, SECRET, `session_id=${SESSION}&create_time=1700000000&expire_time=1700003600&role=publisher&nonce=1&scope=session.admin`),
      'invalid-claims',
    ),
  );
  add('generate: refuses a misspelt parameter instead of ignoring it, without showing its value', async () => {
    const error = await thrown(() => generateToken(CREDS, { sessionId: SESSION, rol: 'moderator' } as never, { now: NOW }), 'generateToken({ rol })');
    expectValidation(error, 'params.rol', 'is not a known option');
    ok(!error.message.includes('moderator'), `the message must not show the misspelt key's value: ${error.message}`);
    await expectGenerateError({ sessionId: SESSION, apiSecret: SECRET }, 'params.apiSecret', 'is not a known option');
  });
  cases.push(...applicationCases(api));
  cases.push(...fuzzCases(api, { signJwt, signT1 }));
  return cases;
}

export { AssertionError };
