// RS256 client tokens of Vonage applications: the @vonage/video vector byte for byte, verification with
// the public key, the private key or a client, and every refusal. Portable like the rest of the suite.
import { createClient, encodeSessionId, ValidationError } from '@opentok/core';
import type { GenerateTokenParams } from '../../src/index.js';
import { deepEqual, equal, ok, thrown } from './assert.js';
import type { TestCase, TokensApi } from './cases.js';
import { signJwt, signRs256 } from './sign.js';
import { VONAGE_RS256 as V } from './vectors.js';

const APP = { applicationId: V.applicationId, privateKey: V.privateKeyPem_TEST_ONLY };
const PUBLIC = { applicationId: V.applicationId, publicKey: V.publicKeyPem };
const NOW = V.nowSec * 1000;
const PARAMS: GenerateTokenParams = { sessionId: V.sessionId, ...V.options, role: 'moderator' };
const KEY_LINE = V.privateKeyPem_TEST_ONLY.split('\n')[4]!;
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The DER inside PEM text. */
function pemBody(pem: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(pem.replace(/-----[^-]+-----|\s/g, '')), (c) => c.charCodeAt(0));
}

/** The vector's claims with some replaced (undefined removes one), in the vector's order. */
function claimsWith(changes: Record<string, unknown>): string {
  const claims: Record<string, unknown> = { ...V.claims };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  return JSON.stringify(claims);
}

export function applicationCases(api: TokensApi): TestCase[] {
  const { generateToken, verifyToken, InvalidTokenError } = api;
  const cases: TestCase[] = [];
  const add = (name: string, run: () => Promise<void>): void => {
    cases.push({ name: `application: ${name}`, run });
  };

  async function refused(token: string, reason: string, verifier: object = PUBLIC, now = NOW): Promise<void> {
    const error = await thrown(() => verifyToken(verifier as typeof PUBLIC, token, { now }), `verifyToken(${token.slice(0, 30)}…)`);
    ok(error instanceof InvalidTokenError, `expected InvalidTokenError, got ${String(error)}`);
    equal(error.reason, reason as never, `reason (${error.message})`);
    ok(!error.message.includes(KEY_LINE), 'the message must not contain the key');
  }

  async function invalidParams(params: unknown, parameter: string, rule: string, testing: object = { now: NOW }): Promise<ValidationError> {
    const error = await thrown(() => generateToken(APP, params as GenerateTokenParams, testing), `generateToken(${JSON.stringify(params)})`);
    ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    equal(error.parameter, parameter, 'parameter');
    ok(error.message.includes(rule), `"${error.message}" should say "${rule}"`);
    ok(!error.message.includes(KEY_LINE), 'the message must not contain the key');
    return error;
  }

  add("reproduces @vonage/video's RS256 client token byte for byte", async () => {
    const token = await generateToken(APP, PARAMS, { now: NOW, jti: V.pinnedJti });
    equal(token, V.token, 'token');
    equal(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')), V.claimsJsonExact, 'claims JSON');
  });

  add('mints the same token from a client', async () => {
    const client = createClient({ ...APP, apiUrl: 'http://127.0.0.1:1' });
    equal(await generateToken(client, PARAMS, { now: NOW, jti: V.pinnedJti }), V.token, 'token from a client');
  });

  add('verifies the vector with the public key, the private key and a client', async () => {
    const expected = {
      credentialKind: 'application',
      format: 'jwt',
      projectId: V.applicationId,
      applicationId: V.applicationId,
      jti: V.pinnedJti,
      sessionId: V.sessionId,
      role: 'moderator',
      createTime: V.nowSec,
      expireTime: V.expireTime,
      data: 'name=Johnny',
      initialLayoutClassList: ['focus'],
      scope: 'session.connect',
    };
    deepEqual(await verifyToken(PUBLIC, V.token, { now: NOW }), expected, 'with the public key');
    deepEqual(await verifyToken(APP, V.token, { now: NOW }), expected, 'with the private key');
    deepEqual(await verifyToken(createClient({ ...APP, apiUrl: 'http://127.0.0.1:1' }), V.token, { now: NOW }), expected, 'with a client');
    const upper = { ...PUBLIC, applicationId: V.applicationId.toUpperCase() };
    equal((await verifyToken(upper, V.token, { now: NOW })).role, 'moderator', 'application IDs compare case-insensitively');
  });

  add('defaults: publisher, 24 h, a random UUID jti, no data, and the expiry it is given', async () => {
    const a = await verifyToken(PUBLIC, await generateToken(APP, { sessionId: V.sessionId }, { now: NOW }), { now: NOW });
    const b = await verifyToken(PUBLIC, await generateToken(APP, { sessionId: V.sessionId }, { now: NOW }), { now: NOW });
    equal(a.role, 'publisher');
    equal(a.expireTime, V.nowSec + 86_400);
    ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a.jti ?? ''), `jti is a UUID: ${a.jti}`);
    ok(a.jti !== b.jti, 'a fresh jti per token');
    ok(!('data' in a), 'no data');
    const later = await verifyToken(PUBLIC, await generateToken(APP, { sessionId: V.sessionId, expireTime: V.nowSec + 600 }, { now: NOW }), { now: NOW });
    equal(later.expireTime, V.nowSec + 600, 'expireTime is honoured');
  });

  add('refuses what the service or the format cannot take, before signing', async () => {
    await invalidParams({ ...PARAMS, tokenType: 'T1' }, 'tokenType', 'must be "jwt" with Vonage application credentials');
    await invalidParams(
      { sessionId: encodeSessionId({ apiKey: '12345678' }) },
      'sessionId',
      `must belong to application ${V.applicationId} (it belongs to 12345678)`,
    );
    await invalidParams({ sessionId: V.sessionId, expireTime: V.nowSec + 31 * 86_400 }, 'expireTime', 'at most 30 days');
    await invalidParams({ sessionId: V.sessionId, expireTime: V.nowSec - 1 }, 'expireTime', 'must be in the future');
    await invalidParams({ sessionId: V.sessionId, role: 'owner' }, 'role', 'must be one of');
    const misspelt = await invalidParams({ sessionId: V.sessionId, rol: 'moderator' }, 'params.rol', 'is not a known option');
    ok(!misspelt.message.includes('moderator'), `the message must not show the misspelt key's value: ${misspelt.message}`);
    const misplaced = await invalidParams({ sessionId: V.sessionId, privateKey: V.privateKeyPem_TEST_ONLY }, 'params.privateKey', 'is not a known option');
    ok(!misplaced.message.includes('PRIVATE KEY'), `the message must not show any of a misplaced key: ${misplaced.message}`);
    await invalidParams({ sessionId: V.sessionId }, 'testing.nonse', 'is not a known option', { nonse: 1 });
    await invalidParams({ sessionId: V.sessionId }, 'testing.jti', 'must be a non-empty string', { jti: '' });
    const session = encodeSessionId({ apiKey: V.applicationId.toUpperCase() });
    ok(
      (await generateToken(APP, { sessionId: session }, { now: NOW })).startsWith('eyJhbGciOiJSUzI1NiIs'),
      'an upper-case application ID in the session is the same application',
    );
  });

  add('refuses algorithm confusion: alg none, HS256 signed with the public key, RS256 for project credentials', async () => {
    const [head, body] = V.token.split('.') as [string, string];
    const none = btoa('{"alg":"none","typ":"JWT"}').replace(/=+$/, '');
    await refused(`${none}.${body}.`, 'malformed');
    await refused(`${none}.${body}.x`, 'unsupported-algorithm');
    await refused(await signJwt(V.publicKeyPem, V.claimsJsonExact), 'unsupported-algorithm');
    await refused(await signJwt(V.publicKeyPem, V.claimsJsonExact), 'unsupported-algorithm', APP);
    await refused(V.token, 'unsupported-algorithm', { apiKey: V.applicationId, apiSecret: V.publicKeyPem });
    await refused(await signRs256(V.privateKeyPem_TEST_ONLY, V.claimsJsonExact, '{"alg":"RS512","typ":"JWT"}'), 'unsupported-algorithm');
    await refused(`T1==${btoa('partner_id=1&sig=00:session_id=x')}`, 'unsupported-algorithm');
    ok(head.length > 0, 'the vector has a header');
  });

  add('refuses a wrong application, a bad signature and bad claims', async () => {
    const other = { ...PUBLIC, applicationId: '00000000-0000-4000-8000-000000000000' };
    await refused(V.token, 'wrong-api-key', other);
    const [head, body, sig] = V.token.split('.') as [string, string, string];
    await refused(`${head}.${body}.${sig.slice(0, -4)}AAAA`, 'bad-signature');
    const tampered = btoa(V.claimsJsonExact.replace('"moderator"', '"publisher"')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await refused(`${head}.${tampered}.${sig}`, 'bad-signature');
    const sign = (changes: Record<string, unknown>) => signRs256(V.privateKeyPem_TEST_ONLY, claimsWith(changes));
    await refused(await sign({ scope: undefined }), 'invalid-claims');
    await refused(await sign({ scope: 'session.admin' }), 'invalid-claims');
    await refused(await sign({ iat: -5 }), 'invalid-claims');
    await refused(await sign({ iat: '1700000000' }), 'invalid-claims');
    await refused(await sign({ exp: 1.5 }), 'invalid-claims');
    await refused(await sign({ role: 'owner' }), 'invalid-claims');
    await refused(await sign({ session_id: encodeSessionId({ apiKey: '12345678' }) }), 'invalid-claims');
    await refused(await sign({ jti: 7 }), 'invalid-claims');
    await refused(await sign({ nbf: V.nowSec + 60 }), 'not-yet-valid');
    await refused(V.token, 'expired', PUBLIC, V.expireTime * 1000);
  });

  add('refuses unusable public keys with a ValidationError', async () => {
    for (const [publicKey, rule] of [
      [V.privateKeyPem_TEST_ONLY, 'is a private key'],
      ['not a key', 'must be an SPKI PEM public key'],
      [`${V.publicKeyPem.slice(0, 120)}\n-----END PUBLIC KEY-----`, 'could not be imported'],
      [{ kty: 'oct', k: 'x' }, 'must be an SPKI PEM public key, a public RSA JWK or a CryptoKey'],
    ] as const) {
      const error = await thrown(() => verifyToken({ applicationId: V.applicationId, publicKey: publicKey as string }, V.token, { now: NOW }), 'verifyToken');
      ok(error instanceof ValidationError && error.parameter === 'publicKey' && error.message.includes(rule), `${String(error)} should say "${rule}"`);
    }
    const error = await thrown(() => verifyToken({ applicationId: 'app', publicKey: V.publicKeyPem }, V.token), 'verifyToken');
    ok(error instanceof ValidationError && error.parameter === 'applicationId', String(error));
  });

  add('verifies with the public key as a JWK or a CryptoKey, whatever the JWK says of alg, use, ext or key_ops', async () => {
    const spki = await crypto.subtle.importKey('spki', pemBody(V.publicKeyPem), RS256, true, ['verify']);
    const jwk = (await crypto.subtle.exportKey('jwk', spki)) as Record<string, unknown>;
    const { n, e } = jwk;
    for (const publicKey of [
      { kty: 'RSA', n, e },
      jwk,
      { kty: 'RSA', n, e, alg: 'RS512', use: 'enc', ext: false, key_ops: ['verify'] },
      spki,
      await crypto.subtle.importKey('spki', pemBody(V.publicKeyPem), RS256, false, ['verify']),
    ]) {
      const grant = await verifyToken({ applicationId: V.applicationId, publicKey: publicKey as never }, V.token, { now: NOW });
      equal(grant.role, 'moderator', `verified with ${JSON.stringify(publicKey)}`);
    }
    const bare = (text: string) => ({ applicationId: V.applicationId, publicKey: text });
    equal((await verifyToken(bare(V.publicKeyPem.replace(/\n/g, '\r\n')), V.token, { now: NOW })).role, 'moderator', 'CRLF line ends');
    equal((await verifyToken(bare(`  ${V.publicKeyPem.replace(/\n/g, '\\n')}  `), V.token, { now: NOW })).role, 'moderator', 'literal \\n escapes');
    equal((await verifyToken(bare(V.publicKeyPem.replace(/\n/g, '\\r\\n')), V.token, { now: NOW })).role, 'moderator', 'literal \\r\\n escapes');
  });

  add('refuses public keys that cannot verify RS256: a private JWK, a broken JWK, key_ops without verify, a private or 1024-bit key', async () => {
    const spki = await crypto.subtle.importKey('spki', pemBody(V.publicKeyPem), RS256, true, ['verify']);
    const { n, e } = (await crypto.subtle.exportKey('jwk', spki)) as Record<string, string>;
    const small = (await crypto.subtle.generateKey({ ...RS256, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const smallPem = `-----BEGIN PUBLIC KEY-----\n${bytesBase64(new Uint8Array(await crypto.subtle.exportKey('spki', small.publicKey)))}\n-----END PUBLIC KEY-----\n`;
    const privateJwk = await crypto.subtle.exportKey(
      'jwk',
      (await crypto.subtle.generateKey({ ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign'])).privateKey,
    );
    for (const [publicKey, rule] of [
      [privateJwk, 'must be an SPKI PEM public key, a public RSA JWK or a CryptoKey'],
      [{ kty: 'RSA', e }, 'could not be imported as an RSA public JWK'],
      [{ kty: 'RSA', n, e, key_ops: ['sign'] }, 'could not be imported as an RSA public JWK'],
      [{ kty: 'RSA', n, e, ext: 'yes' }, 'could not be imported as an RSA public JWK'],
      [{ kty: 'RSA', n, e, key_ops: ['verify', 'verify'] }, 'could not be imported as an RSA public JWK'],
      [small.publicKey, 'must be an RSA key of at least 2048 bits for RS256'],
      [smallPem, 'must be an RSA key of at least 2048 bits for RS256'],
      [small.privateKey, 'must be an RSASSA-PKCS1-v1_5 SHA-256 public CryptoKey with the "verify" usage (RS256)'],
      [V.publicKeyPem.replace('-----BEGIN PUBLIC KEY-----\n', '-----BEGIN PUBLIC KEY-----\n%'), 'could not be imported as an RSA public key (is it complete?)'],
      [V.publicKeyPem.replace('-----END PUBLIC KEY-----', ''), 'could not be imported as an RSA public key (is it complete?)'],
      [`${V.publicKeyPem}\nxyz`, 'could not be imported as an RSA public key (is it complete?)'],
    ] as const) {
      const error = await thrown(() => verifyToken({ applicationId: V.applicationId, publicKey: publicKey as never }, V.token, { now: NOW }), 'verifyToken');
      ok(error instanceof ValidationError && error.parameter === 'publicKey' && error.message.includes(rule), `${String(error)} should say "${rule}"`);
    }
  });

  add('fuzz: 600 mutations of the RS256 vector are refused (or decode to the original)', async () => {
    let seed = 0x5eed04;
    const int = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'ABCxyz019-_.=+/é';
    for (let i = 0; i < 600; i++) {
      let token = V.token;
      const at = int(token.length);
      switch (int(4)) {
        case 0:
          token = token.slice(0, at) + alphabet[int(alphabet.length)] + token.slice(at + 1);
          break;
        case 1:
          token = token.slice(0, at) + token.slice(at + 1);
          break;
        case 2:
          token = token.slice(0, at);
          break;
        default:
          token = token.slice(at) + token.slice(0, at);
      }
      try {
        await verifyToken(PUBLIC, token, { now: NOW });
        ok(token === V.token, `mutation #${i} verified a changed token: ${token}`);
      } catch (error) {
        ok(error instanceof InvalidTokenError, `mutation #${i} threw ${String(error)}`);
      }
    }
  });

  add('fuzz: 150 correctly signed RS256 tokens with random fields never crash verifyToken', async () => {
    const values: unknown[] = [
      V.sessionId,
      'publisher',
      'owner',
      '',
      1_700_000_000,
      1_800_000_000,
      -1,
      1.5,
      null,
      true,
      [],
      {},
      'session.connect',
      V.applicationId,
      Number.POSITIVE_INFINITY,
    ];
    const names = ['session_id', 'role', 'scope', 'iat', 'exp', 'nbf', 'jti', 'application_id', 'connection_data', 'initial_layout_class_list', '__proto__'];
    let accepted = 0;
    for (let i = 0; i < 150; i++) {
      const changes: Record<string, unknown> = {};
      for (let k = 0; k < 1 + (i % 3); k++) changes[names[(i * 7 + k * 3) % names.length]!] = values[(i * 5 + k) % values.length];
      const token = await signRs256(V.privateKeyPem_TEST_ONLY, claimsWith(changes));
      try {
        const grant = await verifyToken(PUBLIC, token, { now: NOW });
        ok(
          grant.applicationId.toLowerCase() === V.applicationId && Number.isSafeInteger(grant.expireTime) && grant.expireTime > V.nowSec,
          `accepted a malformed grant ${JSON.stringify(grant)}`,
        );
        accepted++;
      } catch (error) {
        ok(error instanceof InvalidTokenError, `signed #${i} threw ${String(error)}`);
      }
    }
    ok(accepted > 0 && accepted < 150, `expected a mix of accepted and refused tokens, accepted ${accepted}`);
  });

  return cases;
}
