// Token generation throughput: @opentok/tokens beside the official `opentok` and `@vonage/video` packages and
// bare node:crypto HS256 and RS256 loops (the practical limits: they only build and sign the same claims).
// A benchmark, not a test: it prints figures and ratios against the targets and exits 0 unless something is broken.
//   pnpm bench   (or: node src/tokens.bench.mjs)
import { createHmac, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { encodeSessionId } from '@opentok/core';
import { generateToken, verifyToken } from '@opentok/tokens';
import { Video } from '@vonage/video';
import OpenTok from 'opentok';
import * as webBuild from '../../packages/tokens/dist/index.js';

const apiKey = '12345678';
const apiSecret = '0123456789abcdef0123456789abcdef01234567';
const credentials = { apiKey, apiSecret };
const sessionId = encodeSessionId({ apiKey, createdAt: 1_700_000_000_000, random: 'AbCdEfGhIjKlMnOpQrStUvWx' });
const opentok = new OpenTok(apiKey, apiSecret);
// A Vonage application: the throw-away key pair of the RS256 vector.
const { applicationId, privateKey } = JSON.parse(readFileSync(new URL('../../packages/testing/fixtures/test-application.json', import.meta.url), 'utf8'));
const application = { applicationId, privateKey };
const appSessionId = encodeSessionId({ apiKey: applicationId, createdAt: 1_700_000_000_000, random: 'AbCdEfGhIjKlMnOpQrStUvWx' });
const vonageVideo = new Video({ applicationId, privateKey });
const ROUNDS = 5;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);
const WARMUP_MS = 200;

/** The bare loop: the same claim set as opentok-node's JWT, JSON + base64url + HMAC-SHA256, nothing else. */
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
function bareJwt() {
  const now = Math.floor(Date.now() / 1000);
  const claims = JSON.stringify({
    iss: apiKey,
    ist: 'project',
    iat: now,
    exp: now + 86400,
    session_id: sessionId,
    create_time: now,
    nonce: Math.random(),
    role: 'publisher',
    expire_time: now + 86400,
    initial_layout_class_list: '',
    scope: 'session.connect',
  });
  const input = `${HEADER}.${Buffer.from(claims).toString('base64url')}`;
  return `${input}.${createHmac('sha256', apiSecret).update(input).digest('base64url')}`;
}

/** The bare RS256 loop: @vonage/video's claim set, JSON + base64url + RSASSA-PKCS1-v1_5 SHA-256, nothing else. */
const RS256_HEADER = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url');
const rsaKey = createPrivateKey(privateKey);
function bareRs256() {
  const now = Math.floor(Date.now() / 1000);
  const claims = JSON.stringify({
    scope: 'session.connect',
    session_id: appSessionId,
    role: 'publisher',
    initial_layout_class_list: '',
    exp: now + 86400,
    sub: 'video',
    acl: { paths: { '/session/**': {} } },
    jti: randomUUID(),
    iat: now,
    application_id: applicationId,
  });
  const input = `${RS256_HEADER}.${Buffer.from(claims).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), rsaKey).toString('base64url')}`;
}

/** Calls `fn` sequentially (awaiting when it returns a promise) for about `ms`; returns calls per second. */
async function rate(fn, ms) {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 200; i++) {
      const result = fn();
      if (result instanceof Promise) await result;
    }
    calls += 200;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

const contenders = [
  ['@opentok/tokens JWT (node build)', () => generateToken(credentials, { sessionId })],
  ['@opentok/tokens T1 (node build)', () => generateToken(credentials, { sessionId, tokenType: 'T1' })],
  ['@opentok/tokens JWT (Web Crypto build)', () => webBuild.generateToken(credentials, { sessionId })],
  ['@opentok/tokens T1 (Web Crypto build)', () => webBuild.generateToken(credentials, { sessionId, tokenType: 'T1' })],
  ['opentok 2.23.2 JWT', () => opentok.generateToken(sessionId)],
  ['opentok 2.23.2 T1', () => opentok.generateToken(sessionId, {}, true)],
  ['bare node:crypto HS256 loop', bareJwt],
  ['@opentok/tokens RS256 (node build)', () => generateToken(application, { sessionId: appSessionId })],
  ['@opentok/tokens RS256 (Web Crypto build)', () => webBuild.generateToken(application, { sessionId: appSessionId })],
  ['@vonage/video 1.28.0 generateClientToken', () => vonageVideo.generateClientToken(appSessionId)],
  ['bare node:crypto RS256 loop', bareRs256],
];

// Sanity first: every contender's output is a token our verifier accepts (so nothing is timed doing less).
for (const [name, fn] of contenders) {
  const rs256 = name.includes('RS256') || name.includes('@vonage');
  const grant = await verifyToken(rs256 ? application : credentials, await fn());
  if (grant.sessionId !== (rs256 ? appSessionId : sessionId)) throw new Error(`${name} made a token for another session`);
}

// The machine is shared: rounds interleave the contenders so load changes hit them alike; the median counts.
console.log(`tokens/s, sequential calls, median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms (node ${process.version})\n`);
for (const [, fn] of contenders) await rate(fn, WARMUP_MS);
const samples = Object.fromEntries(contenders.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of contenders) samples[name].push(await rate(fn, ROUND_MS));
}
const results = {};
for (const [name] of contenders) {
  const sorted = samples[name].sort((a, b) => a - b);
  results[name] = sorted[Math.floor(sorted.length / 2)];
  const spread = `${Math.round(sorted[0]).toLocaleString('en-US')}–${Math.round(sorted.at(-1)).toLocaleString('en-US')}`;
  console.log(`${name.padEnd(42)} ${Math.round(results[name]).toLocaleString('en-US').padStart(10)}   (range ${spread})`);
}

const ratio = (a, b) => results[a] / results[b];
const checks = [
  ['our JWT / opentok JWT', ratio('@opentok/tokens JWT (node build)', 'opentok 2.23.2 JWT'), 10],
  ['our JWT / bare HS256 loop', ratio('@opentok/tokens JWT (node build)', 'bare node:crypto HS256 loop'), 0.5],
  ['our T1 / opentok T1', ratio('@opentok/tokens T1 (node build)', 'opentok 2.23.2 T1'), 1.5],
  ['our RS256 / bare RS256 loop', ratio('@opentok/tokens RS256 (node build)', 'bare node:crypto RS256 loop'), 0.9],
];
const informational = [['our RS256 / @vonage/video', ratio('@opentok/tokens RS256 (node build)', '@vonage/video 1.28.0 generateClientToken')]];
console.log('');
for (const [name, value, target] of checks) {
  console.log(`${name.padEnd(42)} ${value.toFixed(2).padStart(10)}×   target ≥ ${target}×   ${value >= target ? 'met' : 'MISSED'}`);
}
for (const [name, value] of informational) console.log(`${name.padEnd(42)} ${value.toFixed(2).padStart(10)}×   (no target)`);
const missed = checks.filter(([, value, target]) => value < target).map(([name]) => name);
console.log(missed.length === 0 ? '\nall token targets met' : `\ntoken targets MISSED: ${missed.join('; ')}`);
