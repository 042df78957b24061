// Emulator throughput over loopback: @opentok/emulator (its CLI, in a child process) serving a typical mix
// (get archive, list streams, signal) beside a bare node:http server answering a similar JSON body (also a
// child process), measured by the same keep-alive load generator in this process, same machine, same run.
// A benchmark, not a test: it prints requests/s, p99 latency and the ratio against the 0.5x target.
//   pnpm bench   (or: node src/emulator.bench.mjs)
// One X-OPENTOK-AUTH token is minted up front and reused (the emulator then skips the HMAC for repeats);
// real SDKs mint one per request, which costs the client, not the server.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createClient } from '@opentok/core';
import { createRestAuthToken } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';

const ROUNDS = 4;
const DURATION_MS = Number(process.env.BENCH_ROUND_MS ?? 1100);
const WARMUP_MS = 200;
const CONCURRENCY = 32;
const cli = fileURLToPath(new URL('./cli.js', import.meta.resolve('@opentok/emulator')));

const BARE_SERVER = `
const http = require('node:http');
const body = JSON.stringify({ count: 1, items: [{ id: 'b5c5f1b6-0d4a-4b5e-9d56-5b8a7d6f3e21', videoType: 'camera', name: '', layoutClassList: [] }] });
http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST') { res.writeHead(204); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, '127.0.0.1', function () { console.log('listening at http://127.0.0.1:' + this.address().port); });`;

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /listening at (http:\/\/[^\s]+)/.exec(text);
      if (match) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

function send(agent, url, { method, path, body }, headers) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function load(url, mix, headers) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  let errors = 0;
  let i = 0;
  const warmupEnd = Date.now() + WARMUP_MS;
  const end = warmupEnd + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const op = mix[i++ % mix.length];
        const t0 = process.hrtime.bigint();
        try {
          const status = await send(agent, url, op, headers);
          if (status >= 400) errors++;
        } catch {
          errors++;
        }
        if (Date.now() > warmupEnd) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / (DURATION_MS / 1000), p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN, errors };
}

const emulator = await start([cli, '--port', '0']);
const bare = await start(['-e', BARE_SERVER]);
try {
  // Set up a routed session with a connected, publishing client and a recording archive.
  const apiKey = '10000001';
  const apiSecret = 'emulator-demo-secret-not-a-real-opentok-secret';
  const client = createClient({ apiKey, apiSecret, apiUrl: emulator.url, retry: 0 });
  const auth = await createRestAuthToken(client);
  const json = { 'x-opentok-auth': auth, 'content-type': 'application/json', accept: 'application/json' };
  const post = async (path, body, headers = json) => {
    const response = await fetch(`${emulator.url}${path}`, { method: 'POST', headers, body });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  const [{ session_id: sessionId }] = await post('/session/create', 'p2p.preference=disabled', { ...json, 'content-type': 'application/x-www-form-urlencoded' });
  const token = await generateToken({ apiKey, apiSecret }, { sessionId });
  const { connectionId } = await post(`/_emulator/sessions/${sessionId}/connections`, JSON.stringify({ token }));
  await post(`/_emulator/sessions/${sessionId}/streams`, JSON.stringify({ connectionId }));
  const { id: archiveId } = await post(`/v2/project/${apiKey}/archive`, JSON.stringify({ sessionId }));
  const project = `/v2/project/${apiKey}`;
  const mix = [
    { method: 'GET', path: `${project}/archive/${archiveId}`, body: '' },
    { method: 'GET', path: `${project}/session/${sessionId}/stream`, body: '' },
    { method: 'POST', path: `${project}/session/${sessionId}/signal`, body: '{"type":"chat","data":"hello"}' },
  ];
  // Alternate the two servers round by round and keep each one's best round: a shared machine is noisy.
  const rounds = { bare: [], emulator: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.bare.push(await load(bare.url, mix, json));
    rounds.emulator.push(await load(emulator.url, mix, json));
  }
  const best = (list) => ({ ...list.reduce((a, b) => (b.rps > a.rps ? b : a)), errors: list.reduce((n, r) => n + r.errors, 0) });
  const bareResult = best(rounds.bare);
  const emulatorResult = best(rounds.emulator);
  const row = (name, r) => `${name.padEnd(28)} ${String(Math.round(r.rps)).padStart(8)} req/s   p99 ${r.p99.toFixed(2).padStart(7)} ms   errors ${r.errors}`;
  console.log(`\nemulator over loopback: ${CONCURRENCY} keep-alive connections, best of ${ROUNDS} alternating ${DURATION_MS / 1000} s rounds, mix = get archive / list streams / signal`);
  console.log(row('bare node:http (JSON body)', bareResult));
  console.log(row('@opentok/emulator', emulatorResult));
  const ratio = emulatorResult.rps / bareResult.rps;
  console.log(`ratio emulator / bare: ${ratio.toFixed(2)}x (target >= 0.50x) ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`);
  if (emulatorResult.errors > 0) process.exitCode = 1;
} finally {
  emulator.stop();
  bare.stop();
}
