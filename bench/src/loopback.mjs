// What the two emulator benches share: the bare node:http baseline, child-process servers, the demo project's
// typical mix (get archive / list streams / signal in a routed session with a publishing client and a recording
// archive), and a keep-alive load generator that measures latency per request.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createClient } from '@opentok/core';
import { createRestAuthToken } from '@opentok/core/internal';
import { generateToken } from '@opentok/tokens';

/** The opentok-emulator bin, as users run it (it serves from a Node process with a bounded young generation). */
export const EMULATOR_BIN = fileURLToPath(new URL('../bin/opentok-emulator.js', import.meta.resolve('@opentok/emulator')));

/** The baseline: a bare node:http server answering a JSON body like the emulator's list of streams (POSTs: 204). */
export const BARE_SERVER = `
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

/** Starts `node <args>` and resolves once it prints `listening at <url>` (with the child's pid, for {@link cpuMicros}). */
export function startServer(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /listening at (http:\/\/[^\s]+)/.exec(text);
      if (match) resolve({ url: match[1], pid: child.pid, stop: () => child.kill('SIGTERM') });
    });
  });
}

/**
 * The CPU time (user + system, in µs) process `pid` and its descendants have used so far (the emulator's bin serves
 * from a child process), read from /proc in clock ticks of 10 ms (Linux's USER_HZ); undefined where there is no /proc.
 */
export function cpuMicros(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  let total = (Number(fields[11]) + Number(fields[12])) * 10_000;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  for (const child of children === '' ? [] : children.split(/\s+/)) total += cpuMicros(Number(child)) ?? 0;
  return total;
}

/** The emulator CLI's demo project and a client of it (a fresh auth JWT per request, no retries). */
export function demoClient(url) {
  const apiKey = '10000001';
  const apiSecret = 'emulator-demo-secret-not-a-real-opentok-secret';
  return { apiKey, apiSecret, client: createClient({ apiKey, apiSecret, apiUrl: url, retry: 0 }) };
}

/** Sets up a routed session with a connected, publishing client and a recording archive; returns the request mix. */
export async function typicalMix(url) {
  const { apiKey, apiSecret, client } = demoClient(url);
  const post = async (path, body, type = 'application/json') => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, accept: 'application/json', 'x-opentok-auth': await createRestAuthToken(client) },
      body,
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  const [{ session_id: sessionId }] = await post('/session/create', 'p2p.preference=disabled', 'application/x-www-form-urlencoded');
  const token = await generateToken({ apiKey, apiSecret }, { sessionId });
  const { connectionId } = await post(`/_emulator/sessions/${sessionId}/connections`, JSON.stringify({ token }));
  await post(`/_emulator/sessions/${sessionId}/streams`, JSON.stringify({ connectionId }));
  const { id: archiveId } = await post(`/v2/project/${apiKey}/archive`, JSON.stringify({ sessionId }));
  const project = `/v2/project/${apiKey}`;
  return [
    { method: 'GET', path: `${project}/archive/${archiveId}`, body: '' },
    { method: 'GET', path: `${project}/session/${sessionId}/stream`, body: '' },
    { method: 'POST', path: `${project}/session/${sessionId}/signal`, body: '{"type":"chat","data":"hello"}' },
  ];
}

/** `count` distinct auth JWTs (each with its own jti), minted before a round: minting costs the client, not the server. */
export async function mintPool(client, count) {
  const pool = [];
  for (let i = 0; i < count; i++) pool.push(await createRestAuthToken(client));
  return pool;
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

/**
 * One round: `connections` keep-alive connections send `mix` in turn for `warmupMs + durationMs`, each request with
 * the next JWT of `pool` (when it runs out: minted inline by `client`, counted in `minted`, or the round ends when
 * no `client` is given); latencies after the warm-up count. Returns requests/s, p50, p99, errors (status ≥ 400 or a
 * failed exchange), requests sent, JWTs used and minted.
 */
export async function loadRound(url, mix, { connections, durationMs, warmupMs = 200, pool, client }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  let sent = 0;
  let used = 0;
  let minted = 0;
  const auth = async () => {
    if (used < pool.length) return pool[used++];
    minted++;
    return createRestAuthToken(client);
  };
  const warmupEnd = Date.now() + warmupMs;
  const end = warmupEnd + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end && (client !== undefined || used < pool.length)) {
        const op = mix[sent++ % mix.length];
        const headers = { 'content-type': 'application/json', accept: 'application/json', 'x-opentok-auth': await auth() };
        const t0 = process.hrtime.bigint();
        try {
          if ((await send(agent, url, op, headers)) >= 400) errors++;
        } catch {
          errors++;
        }
        if (Date.now() > warmupEnd) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.floor(latencies.length * q)] ?? NaN;
  return {
    rps: latencies.length / (durationMs / 1000),
    p50: at(0.5),
    p99: at(0.99),
    errors,
    requests: sent,
    used,
    minted,
    ranOut: client === undefined && used >= pool.length,
  };
}
