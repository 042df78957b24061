// verifyCallback: signed callbacks made by an independent signer with spec §6's algorithm, every way they can
// arrive, and every way they can be wrong.
import { parseCallback, type VerifyCallbackOptions, verifyCallback } from '../../src/index.js';
import { deepEqual, equal } from './assert.js';
import { PAYLOADS } from './payloads.js';
import { base64urlText, callbackClaims, sha256Hex, signedCallback, signJwt } from './sign.js';
import { collector, expectRefusal, expectValidation, type TestCase } from './test-case.js';

export const SECRET = 'Archive-Secret-4f8a';
const OLD_SECRET = 'Archive-Secret-Old-1b2c';
/** 2023-11-14T22:13:20Z. */
const NOW = 1_700_000_000_000;
const T = NOW / 1000;
const BODY = PAYLOADS.find((example) => example.kind === 'archive')!.text;
const EVENT = parseCallback(BODY);
const encoder = new TextEncoder();

const verify = (request: Parameters<typeof verifyCallback>[0], options: Partial<VerifyCallbackOptions> = {}) =>
  verifyCallback(request, { signatureSecret: SECRET, now: NOW, ...options });

export function verifyCases(): TestCase[] {
  const cases: TestCase[] = [];
  const add = collector(cases);
  /** Signs `body` with `overrides` to the claims, then expects the refusal. */
  const refused = (
    label: string,
    reason: Parameters<typeof expectRefusal>[1],
    message: string,
    make: () => Promise<Parameters<typeof verifyCallback>[0]>,
    options: Partial<VerifyCallbackOptions> = {},
  ) =>
    add(`verify: ${label} → ${reason}`, async () => {
      const request = await make();
      await expectRefusal(() => verify(request, options), reason, `Invalid callback (${reason}): ${message}`, [SECRET, OLD_SECRET]);
    });
  const withHeader = (authorization: string | undefined, body = BODY) => ({ headers: authorization === undefined ? {} : { authorization }, body });
  const withToken = (token: string, body = BODY) => withHeader(`Bearer ${token}`, body);
  const claimsToken = async (claims: Record<string, unknown>, header?: string) => signJwt(SECRET, JSON.stringify(claims), header);

  // ---- accepted ---------------------------------------------------------------------------------------
  add('verify: a callback signed as spec §6 describes returns its event', async () => deepEqual(await verify(await signedCallback(SECRET, BODY, T)), EVENT));
  for (const example of PAYLOADS) {
    add(`verify: ${example.name} → kind ${example.kind}`, async () => equal((await verify(await signedCallback(SECRET, example.text, T))).kind, example.kind));
  }
  add('verify: a fetch Request (body read once, headers in any case)', async () => {
    const { headers, body } = await signedCallback(SECRET, BODY, T);
    const request = new Request('https://example.com/opentok/archive', { method: 'POST', headers: { Authorization: headers.authorization }, body });
    deepEqual(await verify(request), EVENT);
    await expectValidation(() => verify(request), 'request', 'request must have an unread body (got an object)');
  });
  add('verify: a Headers object and a Uint8Array body', async () => {
    const { headers, body } = await signedCallback(SECRET, BODY, T);
    deepEqual(await verify({ headers: new Headers(headers), body: encoder.encode(body) }), EVENT);
  });
  add('verify: record headers: Authorization in any case, a Node-style array value', async () => {
    const { token } = await signedCallback(SECRET, BODY, T);
    deepEqual(await verify({ headers: { AUTHORIZATION: `Bearer ${token}` }, body: BODY }), EVENT, 'upper case');
    deepEqual(await verify({ headers: { authorization: [`Bearer ${token}`] }, body: BODY }), EVENT, 'array');
  });
  add('verify: the Bearer prefix is optional and case-insensitive; whitespace is trimmed', async () => {
    const { token } = await signedCallback(SECRET, BODY, T);
    for (const value of [token, `bearer ${token}`, `BEARER  ${token}`, `  Bearer ${token}  `])
      deepEqual(await verify(withHeader(value)), EVENT, value.slice(0, 12));
  });
  add('verify: several secrets are tried in order (rotation)', async () => {
    const old = await signedCallback(OLD_SECRET, BODY, T);
    deepEqual(await verify(old, { signatureSecret: [SECRET, OLD_SECRET] }), EVENT, 'signed with the old secret');
    deepEqual(await verify(await signedCallback(SECRET, BODY, T), { signatureSecret: [OLD_SECRET, SECRET] }), EVENT, 'signed with the new secret');
  });
  add('verify: a 1-character secret and a non-ASCII secret (UTF-8 bytes) work', async () => {
    for (const secret of ['x', 'sécrét-ключ-🔑']) deepEqual(await verify(await signedCallback(secret, BODY, T), { signatureSecret: secret }), EVENT, secret);
  });
  add('verify: payload_hash in upper-case hex is accepted', async () => {
    deepEqual(await verify(withToken(await claimsToken(await callbackClaims(BODY, T, { payload_hash: (await sha256Hex(BODY)).toUpperCase() })))), EVENT);
  });
  add('verify: a token without payload_hash is accepted by default (spec §6.1.5)', async () => {
    deepEqual(await verify(await signedCallback(SECRET, BODY, T, { payload_hash: undefined })), EVENT);
  });
  refused(
    'a token without payload_hash under requirePayloadHash',
    'missing-payload-hash',
    'no payload_hash',
    () => signedCallback(SECRET, BODY, T, { payload_hash: undefined }),
    { requirePayloadHash: true },
  );
  add('verify: a body sent pretty-printed but hashed compact is accepted (spec §6.1.5 fallback)', async () => {
    const pretty = JSON.stringify(JSON.parse(BODY), null, 2);
    const token = await claimsToken(await callbackClaims(BODY, T));
    deepEqual(await verify(withToken(token, pretty)), EVENT);
  });
  add('verify: exp in the future without iat is enough', async () => {
    deepEqual(await verify(await signedCallback(SECRET, BODY, T, { iat: undefined, exp: T + 60 })), EVENT);
  });
  add('verify: unknown claims, nbf (even in the future) and a header kid are ignored', async () => {
    const token = await claimsToken(
      { ...(await callbackClaims(BODY, T)), application_id: 'a', nbf: T + 3600, extra: [1] },
      '{"alg":"HS256","typ":"JWT","kid":"k1"}',
    );
    deepEqual(await verify(withToken(token)), EVENT);
  });

  // ---- freshness: default maxAge 300 s, 30 s leeway each way ---------------------------------------------
  const at =
    (iatOffset: number, options: Partial<VerifyCallbackOptions> = {}, extra: Record<string, unknown> = {}) =>
    async () =>
      deepEqual(await verify(await signedCallback(SECRET, BODY, T + iatOffset, extra), options), EVENT, `iat now${iatOffset}`);
  add('verify: iat 330 s old is accepted (maxAge 300 + leeway 30)', at(-330));
  refused('iat 331 s old (default maxAge)', 'expired', `iat ${T - 331} is over 300 s old`, () => signedCallback(SECRET, BODY, T - 331));
  add('verify: maxAge 60: iat 90 s old is accepted', at(-90, { maxAge: 60 }));
  refused('maxAge 60: iat 91 s old', 'expired', `iat ${T - 91} is over 60 s old`, () => signedCallback(SECRET, BODY, T - 91), { maxAge: 60 });
  refused('maxAge 0: iat 31 s old', 'expired', `iat ${T - 31} is over 0 s old`, () => signedCallback(SECRET, BODY, T - 31), { maxAge: 0 });
  add('verify: iat 30 s in the future is accepted (clock skew)', at(30));
  refused('iat 31 s in the future', 'not-yet-valid', `iat ${T + 31} is in the future`, () => signedCallback(SECRET, BODY, T + 31));
  add('verify: exp 29 s ago is accepted (leeway)', at(0, {}, { exp: T - 29 }));
  refused('exp 30 s ago', 'expired', `exp ${T - 30} has passed`, () => signedCallback(SECRET, BODY, T, { exp: T - 30 }));
  refused('exp in the future but iat older than maxAge', 'expired', `iat ${T - 400} is over 300 s old`, () =>
    signedCallback(SECRET, BODY, T - 400, { exp: T + 60 }),
  );
  add('verify: without `now` the real clock is used', async () => {
    const seconds = Math.floor(Date.now() / 1000);
    deepEqual(await verifyCallback(await signedCallback(SECRET, BODY, seconds), { signatureSecret: SECRET }), EVENT, 'fresh');
    const stale = await signedCallback(SECRET, BODY, seconds - 400);
    await expectRefusal(() => verifyCallback(stale, { signatureSecret: SECRET }), 'expired');
  });
  refused('neither iat nor exp', 'invalid-claims', 'neither iat nor exp', () => signedCallback(SECRET, BODY, T, { iat: undefined }));
  refused('iat as a string', 'invalid-claims', 'iat must be a number of seconds', () => signedCallback(SECRET, BODY, T, { iat: String(T) }));
  refused('exp null', 'invalid-claims', 'exp must be a number of seconds', () => signedCallback(SECRET, BODY, T, { exp: null }));

  // ---- the body ---------------------------------------------------------------------------------------
  refused('a changed body (one value)', 'payload-mismatch', 'the body does not match payload_hash', async () => ({
    ...(await signedCallback(SECRET, BODY, T)),
    body: BODY.replace('"available"', '"expired"'),
  }));
  refused('an extra member in the body', 'payload-mismatch', 'the body does not match payload_hash', async () => ({
    ...(await signedCallback(SECRET, BODY, T)),
    body: BODY.replace('{', '{"admin":true,'),
  }));
  refused('a body that is not JSON under a hash of another', 'payload-mismatch', 'the body does not match payload_hash', async () => ({
    ...(await signedCallback(SECRET, BODY, T)),
    body: 'x',
  }));
  refused('payload_hash not hex', 'invalid-claims', 'payload_hash must be 64 hex digits', () =>
    signedCallback(SECRET, BODY, T, { payload_hash: 'z'.repeat(64) }),
  );
  refused('payload_hash of 63 digits', 'invalid-claims', 'payload_hash must be 64 hex digits', async () =>
    signedCallback(SECRET, BODY, T, { payload_hash: (await sha256Hex(BODY)).slice(1) }),
  );
  refused('payload_hash a number', 'invalid-claims', 'payload_hash must be 64 hex digits', () => signedCallback(SECRET, BODY, T, { payload_hash: 1 }));
  refused('a signed body that is not JSON', 'malformed-body', 'the body is not UTF-8 JSON', () => signedCallback(SECRET, 'status=available', T));
  refused('a signed body that is JSON but not an object', 'malformed-body', 'the body is not a JSON object', () => signedCallback(SECRET, '[1]', T));
  refused('a signed known event with a broken field', 'invalid-payload', 'archive: createdAt must be number', () =>
    signedCallback(SECRET, '{"event":"archive","id":"a","status":"started","sessionId":"s"}', T),
  );

  // ---- the signature ----------------------------------------------------------------------------------
  refused('another secret', 'bad-signature', 'the HS256 signature does not match', () => signedCallback('another-secret', BODY, T));
  refused('none of several secrets', 'bad-signature', 'the HS256 signature does not match', () => signedCallback('another-secret', BODY, T), {
    signatureSecret: [SECRET, OLD_SECRET],
  });
  refused('claims changed after signing', 'bad-signature', 'the HS256 signature does not match', async () => {
    const [head, , signature] = (await signedCallback(SECRET, BODY, T)).token.split('.');
    return withToken(`${head}.${base64urlText(JSON.stringify(await callbackClaims(BODY, T + 1)))}.${signature}`);
  });
  refused('a signature of another token', 'bad-signature', 'the HS256 signature does not match', async () => {
    const [head, body] = (await signedCallback(SECRET, BODY, T)).token.split('.');
    return withToken(`${head}.${body}.${(await signedCallback(SECRET, BODY, T - 1)).token.split('.')[2]}`);
  });
  refused('a header changed after signing (typ)', 'bad-signature', 'the HS256 signature does not match', async () => {
    const [, body, signature] = (await signedCallback(SECRET, BODY, T)).token.split('.');
    return withToken(`${base64urlText('{"alg":"HS256","typ":"JOSE"}')}.${body}.${signature}`);
  });
  refused('no Authorization header', 'missing-signature', 'no Authorization header', async () => withHeader(undefined));
  refused('an empty Authorization header', 'missing-signature', 'no Authorization header', async () => withHeader(''));
  refused('"Bearer " and nothing else', 'missing-signature', 'no Authorization header', async () => withHeader('Bearer '));
  refused('an Authorization header of an empty array', 'missing-signature', 'no Authorization header', async () => ({
    headers: { authorization: [] },
    body: BODY,
  }));
  refused('a Headers object without Authorization', 'missing-signature', 'no Authorization header', async () => ({
    headers: new Headers({ 'content-type': 'application/json' }),
    body: BODY,
  }));

  // alg confusion
  const algs: [string, string][] = [
    ['alg none', '{"alg":"none","typ":"JWT"}'],
    ['alg "None"', '{"alg":"None"}'],
    ['alg hs256 (lower case)', '{"alg":"hs256","typ":"JWT"}'],
    ['alg HS512', '{"alg":"HS512","typ":"JWT"}'],
    ['alg RS256', '{"alg":"RS256","typ":"JWT"}'],
    ['alg ES256', '{"alg":"ES256","typ":"JWT"}'],
  ];
  for (const [label, header] of algs) {
    const alg = (JSON.parse(header) as { alg: string }).alg;
    refused(`${label}, HMAC-signed with the secret`, 'unsupported-algorithm', `alg "${alg}" is not HS256`, async () =>
      withToken(await claimsToken(await callbackClaims(BODY, T), header)),
    );
  }
  refused('alg none with an empty signature (an unsigned JWT)', 'unsupported-algorithm', 'alg "none" is not HS256', async () =>
    withToken(`${base64urlText('{"alg":"none"}')}.${base64urlText(JSON.stringify(await callbackClaims(BODY, T)))}.`),
  );
  refused('no alg', 'unsupported-algorithm', 'alg undefined is not HS256', async () =>
    withToken(await claimsToken(await callbackClaims(BODY, T), '{"typ":"JWT"}')),
  );
  refused('alg as an array', 'unsupported-algorithm', 'alg ["HS256"] is not HS256', async () =>
    withToken(await claimsToken(await callbackClaims(BODY, T), '{"alg":["HS256"]}')),
  );
  refused('a crit header', 'malformed-token', 'the JWT header has crit', async () =>
    withToken(await claimsToken(await callbackClaims(BODY, T), '{"alg":"HS256","crit":["exp"]}')),
  );

  // malformed tokens
  const valid = async () => (await signedCallback(SECRET, BODY, T)).token;
  const malformed: [string, string, (token: string) => string][] = [
    ['one part', 'not a compact JWT', () => 'abc'],
    ['two parts', 'not a compact JWT', (token) => token.split('.').slice(0, 2).join('.')],
    ['four parts', 'not a compact JWT', (token) => `${token}.x`],
    ['an empty header part', 'not a compact JWT', (token) => token.slice(token.indexOf('.'))],
    ['a header with base64 padding', 'not a compact JWT', (token) => token.replace('.', '=.')],
    ['a header with "+" (standard base64)', 'not a compact JWT', (token) => `+${token}`],
    ['a header that is not base64url of JSON', 'the JWT header is not UTF-8 JSON', (token) => `eyJhbGciOi${token.slice(token.indexOf('.'))}`],
    ['a header that decodes to invalid UTF-8', 'the JWT header is not UTF-8 JSON', (token) => `_w${token.slice(token.indexOf('.'))}`],
    ['a header that is a JSON array', 'the JWT header is not a JSON object', (token) => `${base64urlText('["HS256"]')}${token.slice(token.indexOf('.'))}`],
    ['claims that are not JSON', 'the JWT claim set is not UTF-8 JSON', (token) => token.replace(/\.[^.]+\./, `.${base64urlText('{iat:1}')}.`)],
    ['claims that are a JSON string', 'the JWT claim set is not a JSON object', (token) => token.replace(/\.[^.]+\./, `.${base64urlText('"x"')}.`)],
    ['a signature one character short', 'the signature is not 32 bytes', (token) => token.slice(0, -1)],
    ['a signature one character long', 'the signature is not 32 bytes', (token) => `${token}A`],
    ['a signature with non-canonical trailing bits', 'the signature is not 32 bytes', (token) => token.slice(0, -1) + (token.endsWith('B') ? 'C' : 'B')],
    ['a signature with "/"', 'the signature is not 32 bytes', (token) => `${token.slice(0, -2)}/A`],
    ['an empty signature', 'the signature is not 32 bytes', (token) => token.slice(0, token.lastIndexOf('.') + 1)],
  ];
  for (const [label, detail, mangle] of malformed) refused(`a token with ${label}`, 'malformed-token', detail, async () => withToken(mangle(await valid())));

  // ---- options and requests that are caller bugs --------------------------------------------------------
  const request = () => signedCallback(SECRET, BODY, T);
  const misuse: [string, string, string, () => Promise<unknown>][] = [
    ['no options', 'options', 'options must be an object', async () => verifyCallback(await request(), undefined as never)],
    ['the secret in place of the options', 'options', 'options must be an object', async () => verifyCallback(await request(), SECRET as never)],
    ['no signatureSecret', 'signatureSecret', 'signatureSecret must be a non-empty string or array', async () => verifyCallback(await request(), {} as never)],
    [
      'a misspelt option (signatureSecrets)',
      'options.signatureSecrets',
      'options.signatureSecrets is not a known option (expected signatureSecret, maxAge, requirePayloadHash, now)',
      async () => verify(await request(), { signatureSecrets: [SECRET] } as never),
    ],
    [
      'an empty signatureSecret',
      'signatureSecret',
      'signatureSecret must be a non-empty string or array',
      async () => verify(await request(), { signatureSecret: '' }),
    ],
    [
      'an empty list of secrets',
      'signatureSecret',
      'signatureSecret must be a non-empty string or array',
      async () => verify(await request(), { signatureSecret: [] }),
    ],
    [
      'a list with an empty secret',
      'signatureSecret',
      'signatureSecret must be a non-empty string or array',
      async () => verify(await request(), { signatureSecret: [SECRET, ''] }),
    ],
    [
      'a numeric secret',
      'signatureSecret',
      'signatureSecret must be a non-empty string or array',
      async () => verify(await request(), { signatureSecret: 12345 as never }),
    ],
    ['a negative maxAge', 'maxAge', 'maxAge must be a non-negative number (got -1)', async () => verify(await request(), { maxAge: -1 })],
    ['maxAge as a string', 'maxAge', 'maxAge must be a non-negative number (got "300")', async () => verify(await request(), { maxAge: '300' as never })],
    ['maxAge NaN', 'maxAge', 'maxAge must be a non-negative number (got NaN)', async () => verify(await request(), { maxAge: Number.NaN })],
    ['maxAge Infinity', 'maxAge', 'maxAge must be a non-negative number (got Infinity)', async () => verify(await request(), { maxAge: Infinity })],
    [
      'requirePayloadHash "yes"',
      'requirePayloadHash',
      'requirePayloadHash must be a boolean (got "yes")',
      async () => verify(await request(), { requirePayloadHash: 'yes' as never }),
    ],
    ['now as a Date', 'now', 'now must be epoch milliseconds (got an object)', async () => verify(await request(), { now: new Date(NOW) as never })],
    ['no request', 'request', 'request must be a Request or { headers, body } (got undefined)', async () => verify(undefined as never)],
    ['a request without headers', 'request', 'request must be a Request or { headers, body } (got an object)', async () => verify({ body: BODY } as never)],
    [
      'a request with null headers',
      'request',
      'request must be a Request or { headers, body } (got an object)',
      async () => verify({ headers: null, body: BODY } as never),
    ],
    [
      'a parsed body',
      'request.body',
      'request.body must be the raw body: a string or Uint8Array (got an object)',
      async () => verify({ ...(await request()), body: JSON.parse(BODY) as never }),
    ],
    [
      'no body',
      'request.body',
      'request.body must be the raw body: a string or Uint8Array (got undefined)',
      async () => verify({ headers: (await request()).headers } as never),
    ],
  ];
  for (const [label, parameter, message, run] of misuse) {
    add(`verify: ${label} is a ValidationError naming ${parameter}, never the secret`, async () => {
      await expectValidation(run, parameter, message);
    });
  }
  return cases;
}
