// Property cases: thousands of random, mutated and correctly-signed-but-garbage tokens. verifyToken must
// either throw InvalidTokenError or return a well-formed grant; never another error, never a crash.
// A seeded generator makes every failure reproducible (the seed and the input are in the message).

import { AssertionError } from './assert.js';
import type { TestCase, TokensApi } from './cases.js';
import { JWT, T1_LEGACY, T1_MODERN } from './vectors.js';

interface Signers {
  signJwt(apiSecret: string, claimsJson: string, headerJson?: string): Promise<string>;
  signT1(apiKey: string, apiSecret: string, dataString: string): Promise<string>;
}

/** mulberry32: small, fast, good enough to drive a fuzzer. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEY = '12345678';
const SECRET = '0123456789abcdef0123456789abcdef01234567';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.:&%~ T1é😀\u0000\uD800';

export function fuzzCases(api: TokensApi, signers: Signers): TestCase[] {
  const { verifyToken, InvalidTokenError } = api;
  const ROLES = ['publisher', 'subscriber', 'moderator', 'publisheronly'];

  /** Verifies one candidate; returns the grant or undefined, failing on anything but InvalidTokenError. */
  async function probe(token: string, now: number, label: string): Promise<Awaited<ReturnType<typeof verifyToken>> | undefined> {
    try {
      const grant = await verifyToken({ apiKey: KEY, apiSecret: SECRET }, token, { now });
      const wellFormed =
        ROLES.includes(grant.role) &&
        typeof grant.sessionId === 'string' &&
        Number.isSafeInteger(grant.createTime) &&
        Number.isSafeInteger(grant.expireTime) &&
        grant.expireTime * 1000 > now &&
        Number.isFinite(grant.nonce) &&
        grant.apiKey === KEY &&
        Array.isArray(grant.initialLayoutClassList) &&
        grant.initialLayoutClassList.every((c) => typeof c === 'string' && c.length > 0) &&
        (grant.data === undefined || typeof grant.data === 'string') &&
        (grant.format === 'T1' || grant.format === 'jwt');
      if (!wellFormed) throw new AssertionError(`${label}: accepted a malformed grant ${JSON.stringify(grant)} for ${JSON.stringify(token)}`);
      return grant;
    } catch (error) {
      if (error instanceof AssertionError) throw error;
      if (!(error instanceof InvalidTokenError) || error.code !== 'INVALID_TOKEN' || typeof error.reason !== 'string') {
        throw new AssertionError(`${label}: threw ${String(error)} (not InvalidTokenError) for ${JSON.stringify(token)}`);
      }
      if (error.message.includes(SECRET)) throw new AssertionError(`${label}: the message leaks the secret`);
      return undefined;
    }
  }

  const originals = [...T1_LEGACY.filter((v) => v.apiKey === KEY), ...T1_MODERN, ...JWT];
  const cases: TestCase[] = [];

  cases.push({
    name: 'fuzz: 1500 random strings are refused',
    run: async () => {
      const random = prng(0x5eed01);
      const pick = (s: string): string => s[Math.floor(random() * s.length)]!;
      for (let i = 0; i < 1500; i++) {
        const length = Math.floor(random() * 300);
        let body = '';
        for (let j = 0; j < length; j++) body += pick(ALPHABET);
        const prefix = ['T1==', 'eyJ', '', 'T1='][i % 4]!;
        const grant = await probe(prefix + body, 1_700_000_000_000, `random #${i} (seed 0x5eed01)`);
        if (grant) throw new AssertionError(`random #${i} verified: ${JSON.stringify(prefix + body)}`);
      }
    },
  });

  cases.push({
    name: 'fuzz: 2000 mutations of valid tokens are refused (or decode to the original)',
    run: async () => {
      const random = prng(0x5eed02);
      const int = (n: number): number => Math.floor(random() * n);
      for (let i = 0; i < 2000; i++) {
        const v = originals[i % originals.length]!;
        const now = v.createTime * 1000;
        let token = v.token;
        for (let k = 0, edits = 1 + int(3); k < edits; k++) {
          const at = int(token.length);
          switch (int(6)) {
            case 0:
              token = token.slice(0, at) + ALPHABET[int(ALPHABET.length)] + token.slice(at + 1);
              break;
            case 1:
              token = token.slice(0, at) + token.slice(at + 1);
              break;
            case 2:
              token = token.slice(0, at) + ALPHABET[int(ALPHABET.length)] + token.slice(at);
              break;
            case 3:
              token = token.slice(0, at);
              break;
            case 4: {
              const b = int(token.length);
              const chars = [...token];
              [chars[at], chars[b]] = [chars[b]!, chars[at]!];
              token = chars.join('');
              break;
            }
            default:
              token = token.slice(at) + token.slice(0, at);
          }
        }
        const grant = await probe(token, now, `mutation #${i} (seed 0x5eed02)`);
        if (grant && token !== v.token) throw new AssertionError(`mutation #${i} verified a changed token: ${JSON.stringify(token)}`);
      }
    },
  });

  cases.push({
    name: 'fuzz: 600 correctly signed tokens with random fields never crash verifyToken',
    run: async () => {
      const random = prng(0x5eed03);
      const int = (n: number): number => Math.floor(random() * n);
      const session = originals[0]!.sessionId;
      const values: unknown[] = [
        session,
        'publisher',
        'moderator',
        'owner',
        '',
        ' ',
        1_700_000_000,
        1_800_000_000,
        1.5,
        -1,
        0,
        Number.POSITIVE_INFINITY,
        null,
        true,
        [],
        {},
        ['a', 'b'],
        [1],
        'focus small',
        '%',
        '%E0%A4%A',
        '+',
        'é',
        'session.connect',
        KEY,
        Number.MAX_SAFE_INTEGER + 1,
      ];
      const names = [
        'session_id',
        'create_time',
        'expire_time',
        'role',
        'nonce',
        'initial_layout_class_list',
        'connection_data',
        'scope',
        'iss',
        'ist',
        'iat',
        'exp',
        'nbf',
        '__proto__',
        'constructor',
      ];
      let accepted = 0;
      for (let i = 0; i < 600; i++) {
        const fields: [string, unknown][] = [];
        for (let k = 0, n = int(12); k < n; k++) fields.push([names[int(names.length)]!, values[int(values.length)]]);
        let token: string;
        if (i % 2 === 0) {
          const base: [string, unknown][] = [
            ['iss', KEY],
            ['ist', 'project'],
            ['iat', 1_700_000_000],
            ['exp', 1_800_000_000],
            ['session_id', session],
            ['nonce', 0.5],
            ['role', 'publisher'],
          ];
          const claims = Object.fromEntries([...base.filter(() => random() < 0.8), ...fields]);
          token = await signers.signJwt(SECRET, int(10) === 0 ? JSON.stringify([claims]) : JSON.stringify(claims));
        } else {
          const base = [`session_id=${session}`, 'create_time=1700000000', 'expire_time=1800000000', 'role=publisher', 'nonce=0.5'].filter(
            () => random() < 0.8,
          );
          const extra = fields.map(([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
          token = await signers.signT1(KEY, SECRET, [...base, ...extra].join(int(8) === 0 ? '&&' : '&'));
        }
        if (await probe(token, 1_700_000_000_000, `signed #${i} (seed 0x5eed03)`)) accepted++;
      }
      if (accepted === 0 || accepted === 600) throw new AssertionError(`expected a mix of accepted and refused tokens, accepted ${accepted}`);
    },
  });
  return cases;
}
