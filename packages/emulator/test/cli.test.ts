/**
 * The opentok-emulator CLI (the built bin): health as soon as it serves, exec (env, exit code), the clock flag,
 * --import / --export-on-exit, --help. Runs `pnpm build` output (turbo builds before tests).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_PROJECT } from '../src/index.js';

const BIN = fileURLToPath(new URL('../bin/opentok-emulator.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'opentok-emulator-cli-'));
const keyOut = join(dir, 'demo.key');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: string[], timeoutMs = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--private-key-out', keyOut, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the server, resolves with its URL and a stop function that resolves with the exit code. */
function serve(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--private-key-out', keyOut, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no URL printed: ${text}`));
    }, 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening at (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
  });
}

/** A node -e script run by exec: prints the environment it got, checks health, exits with `code`. */
const script = (code: number) => `
  const env = Object.fromEntries(['OPENTOK_API_URL','OPENTOK_API_KEY','OPENTOK_API_SECRET','VONAGE_APPLICATION_ID','VONAGE_PRIVATE_KEY'].map((k) => [k, process.env[k]]));
  fetch(env.OPENTOK_API_URL + '/_emulator/health').then((r) => r.json()).then((health) => {
    console.log(JSON.stringify({ env, health }));
    process.exit(${code});
  });`;

describe('opentok-emulator CLI', () => {
  it('GET /_emulator/health answers as soon as it serves', async () => {
    const server = await serve([]);
    const response = await fetch(`${server.url}/_emulator/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, url: server.url });
    expect(await server.stop()).toBe(0);
  });

  it('exec runs the command with both kinds of credentials, then exits with its code', async () => {
    const result = await run(['exec', '--', process.execPath, '-e', script(7)]);
    expect(result.code).toBe(7);
    const { env, health } = JSON.parse(result.stdout.trim()) as { env: Record<string, string>; health: { ok: boolean } };
    expect(health.ok).toBe(true);
    expect(env['OPENTOK_API_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(env['OPENTOK_API_KEY']).toBe('10000001');
    expect(env['OPENTOK_API_SECRET']).toBe('emulator-demo-secret-not-a-real-opentok-secret');
    expect(env['VONAGE_APPLICATION_ID']).toBe('00000000-0000-4000-8000-000010000001');
    expect(env['VONAGE_PRIVATE_KEY']).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(result.stderr).toContain('OpenTok emulator listening at'); // the banner goes to stderr
    expect((await run(['exec', '--', process.execPath, '-e', script(0)])).code).toBe(0);
  });

  it('exec of a command that cannot start exits 127; without a command, 2', async () => {
    expect((await run(['exec', '--', join(dir, 'no-such-command')])).code).toBe(127);
    expect((await run(['exec'])).code).toBe(2);
  });

  it('--export-on-exit writes the state; --import starts from it', async () => {
    const seeded = createEmulator({ clock: { frozen: true } });
    const { sessionId } = seeded.createSession({ mediaMode: 'routed' });
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify(seeded.exportState()));
    const out = join(dir, 'out.json');
    const check = `fetch(process.env.OPENTOK_API_URL + '/_emulator/sessions/${sessionId}').then((r) => process.exit(r.status === 200 ? 0 : 1))`;
    const result = await run(['--import', seed, '--export-on-exit', out, 'exec', '--', process.execPath, '-e', check]);
    expect(result.code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { sessions: { sessionId: string }[]; clock: { frozen: boolean } };
    expect(exported.sessions.map((s) => s.sessionId)).toEqual([sessionId]);
    expect(exported.clock.frozen).toBe(false); // the CLI's clock is real unless --clock manual
  });

  it('--clock manual stands still; the other flags are checked', async () => {
    const server = await serve(['--clock', 'manual', '--lag-ms', '100', '--signals-per-session', '5', '--request-log-limit', '10']);
    const first = (await (await fetch(`${server.url}/_emulator/clock`)).json()) as { now: number };
    await new Promise((done) => setTimeout(done, 30));
    const second = (await (await fetch(`${server.url}/_emulator/clock`)).json()) as { now: number };
    expect(second.now).toBe(first.now);
    expect(await server.stop()).toBe(0);
    for (const bad of [['--clock', 'fast'], ['--lag-ms', '-1'], ['--request-log-limit', 'x'], ['frobnicate']])
      expect((await run(bad)).code, bad.join(' ')).toBe(2);
  });

  it('--strict refuses fields the service would ignore; without it they are named in a warning header', async () => {
    const { createClient } = await import('@opentok/core');
    const { createRestAuthToken } = await import('@opentok/core/internal');
    for (const strict of [true, false]) {
      const server = await serve(strict ? ['--strict'] : []);
      const client = createClient({ ...DEMO_PROJECT, apiUrl: server.url });
      const response = await fetch(`${server.url}/v2/project/${DEMO_PROJECT.apiKey}/archive?sesionId=x`, {
        headers: { 'X-OPENTOK-AUTH': await createRestAuthToken(client) },
      });
      const warning = 'unknown query parameter "sesionId" in GET /v2/project/{apiKey}/archive';
      if (strict) expect([response.status, ((await response.json()) as { message: string }).message]).toEqual([400, expect.stringContaining(warning)]);
      else expect([response.status, response.headers.get('x-emulator-warning')]).toEqual([200, warning]);
      expect(await server.stop()).toBe(0);
    }
  });

  it('--help lists every flag and exec', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--api-key',
      '--api-secret',
      '--private-key-out',
      '--clock',
      '--request-log-limit',
      '--request-body-bytes',
      '--request-log-bytes',
      '--signals-per-session',
      '--callback-log-limit',
      '--lag-ms',
      '--strict',
      '--import',
      '--export-on-exit',
      'exec --',
      '/_emulator/health',
    ]) {
      expect(stdout).toContain(flag);
    }
  });
});
