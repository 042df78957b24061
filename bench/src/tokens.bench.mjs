// Token generation throughput: @opentok/tokens beside the official `opentok` package and a bare node:crypto
// HS256 loop (the practical limit: it only builds and signs the same claims). A benchmark, not a test:
// it prints figures and ratios against the targets and exits 0 unless something is broken.
//   pnpm bench   (or: node src/tokens.bench.mjs)
import { createHmac } from 'node:crypto';
import OpenTok from 'opentok';
import { encodeSessionId } from '@opentok/core';
import { generateToken, verifyToken } from '@opentok/tokens';
import * as webBuild from '../../packages/tokens/dist/index.js';

const apiKey = '12345678';
const apiSecret = '0123456789abcdef0123456789abcdef01234567';
const credentials = { apiKey, apiSecret };
const sessionId = encodeSessionId({ apiKey, createdAt: 1_700_000_000_000, random: 'AbCdEfGhIjKlMnOpQrStUvWx' });
const opentok = new OpenTok(apiKey, apiSecret);
const ROUNDS = 5;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);
const WARMUP_MS = 200;

/** The bare loop: the same claim set as opentok-node's JWT, JSON + base64url + HMAC-SHA256, nothing else. */
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
function bareJwt() {
  const now = Math.floor(Date.now() / 1000);
  const claims = JSON.stringify({
    iss: apiKey, ist: 'project', iat: now, exp: now + 86400, session_id: sessionId, create_time: now,
    nonce: Math.random(), role: 'publisher', expire_time: now + 86400, initial_layout_class_list: '', scope: 'session.connect',
  });
  const input = `${HEADER}.${Buffer.from(claims).toString('base64url')}`;
  return `${input}.${createHmac('sha256', apiSecret).update(input).digest('base64url')}`;
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
];

// Sanity first: every contender's output is a token our verifier accepts (so nothing is timed doing less).
for (const [name, fn] of contenders) {
  const grant = await verifyToken(credentials, await fn());
  if (grant.sessionId !== sessionId) throw new Error(`${name} made a token for another session`);
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
];
console.log('');
for (const [name, value, target] of checks) {
  console.log(`${name.padEnd(42)} ${value.toFixed(2).padStart(10)}×   target ≥ ${target}×   ${value >= target ? 'met' : 'MISSED'}`);
}
