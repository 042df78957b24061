import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@opentok/core';
import { request } from '@opentok/core/internal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_APPLICATION, type Emulator, EmulatorError, IN_PROCESS_URL } from '../src/index.js';
import { rs256, vonageClaims } from './bearer.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('listen', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = createEmulator();
    const { url } = await emulator.listen({ port: 0 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  afterAll(() => emulator.close());

  it('serves the API over HTTP on 127.0.0.1; url switches back after close', async () => {
    expect(emulator.url).not.toBe(IN_PROCESS_URL);
    const client = createClient({ ...emulator.project, apiUrl: emulator.url, retry: 0 });
    const [session] = await request<[{ session_id: string }]>(client, {
      operation: 'createSession',
      method: 'POST',
      path: '/session/create',
      form: { 'p2p.preference': 'disabled' },
    });
    expect(emulator.session(session!.session_id)?.mediaMode).toBe('routed');
    const other = createEmulator();
    await other.listen({ port: 0 });
    await expect(other.listen({ port: 0 })).rejects.toThrow(/already listening/);
    await other.close();
    expect(other.url).toBe(IN_PROCESS_URL);
  });

  it('rejects listen on a port in use', async () => {
    const other = createEmulator();
    await expect(other.listen({ port: Number(new URL(emulator.url).port) })).rejects.toThrow(/EADDRINUSE/);
    expect(other.url).toBe(IN_PROCESS_URL);
  });

  it.each([
    ['a negative port', { port: -1 }, '"port" must be an integer from 0 to 65535 (got -1).'],
    ['a port too big', { port: 65_536 }, '"port" must be an integer from 0 to 65535 (got 65536).'],
    ['a port as text', { port: '4010' }, '"port" must be an integer from 0 to 65535 (got "4010").'],
    ['an empty host', { host: ' ' }, '"host" must be a non-empty string (got " ").'],
    ['an unknown key', { hostname: 'localhost' }, '"hostname" is not an option of listen (expected port, host).'],
    ['not an object', 4010, 'The options of listen must be an object (got 4010).'],
  ])('refuses listen with %s: a 400 EmulatorError naming the option, nothing bound', async (_, options, message) => {
    const other = createEmulator();
    const error = await other.listen(options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmulatorError);
    expect(error).toMatchObject({ status: 400, message });
    expect(other.url).toBe(IN_PROCESS_URL);
  });

  it('logs the headers of an HTTP request as received: names lower-cased, repeats joined, credentials redacted', async () => {
    emulator.reset();
    const token = 'not.a.jwt';
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${emulator.url}/v2/project/${emulator.project.apiKey}/archive`, { method: 'GET' }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.setHeader('X-Trace', ['one', 'two']);
      req.setHeader('X-OPENTOK-AUTH', token);
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const [logged] = emulator.requests;
    expect(logged!.headers).toMatchObject({ 'x-trace': 'one, two', 'x-opentok-auth': '[redacted]' });
    expect(Object.keys(logged!.headers)).toEqual(
      Object.keys(logged!.headers)
        .map((name) => name.toLowerCase())
        .sort(),
    );
    expect(JSON.stringify(emulator.requests)).not.toContain(token);
  });

  it('drops the connection when a fault says so', async () => {
    emulator.injectFault({ drop: true, operation: 'listArchives' });
    const client = createClient({ ...emulator.project, apiUrl: emulator.url, retry: 0 });
    await expect(request(client, { operation: 'listArchives', method: 'GET', path: `/v2/project/${emulator.project.apiKey}/archive` })).rejects.toThrow(
      /could not reach OpenTok/,
    );
    await expect(request(client, { operation: 'listArchives', method: 'GET', path: `/v2/project/${emulator.project.apiKey}/archive` })).resolves.toMatchObject({
      count: 0,
    });
  });
});

describe('opentok-emulator CLI (built dist)', () => {
  const cli = `${root}bin/opentok-emulator.js`;
  const run = (args: string[]) => spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = (child: ChildProcess) =>
    new Promise<string>((resolve) => {
      let text = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('Control API')) resolve(text);
      });
    });

  it('package.json bin points at a shipped file with a shebang', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ 'opentok-emulator': './bin/opentok-emulator.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'bin']));
    expect(existsSync(cli)).toBe(true);
    expect(existsSync(`${root}dist/cli.js`)).toBe(true);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('starts, prints the URL and credentials, serves, and exits 0 on SIGINT and SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = run(['--port', '0', '--api-key', '424242', '--api-secret', 'cli-secret']);
      const output = await started(child);
      const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      expect(output).toContain('OPENTOK_API_KEY=424242');
      expect(output).toContain('OPENTOK_API_SECRET=cli-secret');
      const health = await fetch(`${url}/_emulator/health`);
      expect(health.status).toBe(200);
      const client = createClient({ apiKey: '424242', apiSecret: 'cli-secret', apiUrl: url, retry: 0 });
      await expect(request(client, { operation: 'listArchives', method: 'GET', path: '/v2/project/424242/archive' })).resolves.toMatchObject({ count: 0 });
      const code = exited(child);
      child.kill(signal);
      expect(await code).toBe(0);
    }
  });

  it('prints the demo application and writes its private key (0600) where --private-key-out says, or to the temp dir', async () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'emulator-cli-')), 'demo.key');
    for (const args of [['--private-key-out', keyFile], []]) {
      const child = run(['--port', '0', ...args]);
      const output = await started(child);
      const written = args.length > 0 ? keyFile : join(tmpdir(), 'opentok-emulator-demo-application.key');
      expect(output).toContain(`VONAGE_APPLICATION_ID=${DEMO_APPLICATION.applicationId}`);
      expect(output).toContain(`private key (PKCS#8 PEM) written to ${written}`);
      expect(output).toContain(`VONAGE_PRIVATE_KEY="$(cat '${written}')"`);
      expect(output).not.toContain('PRIVATE KEY-----');
      expect(readFileSync(written, 'utf8')).toBe(DEMO_APPLICATION.privateKey);
      expect(statSync(written).mode & 0o777).toBe(0o600);
      const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      const archives = await fetch(`${url}/v2/project/${DEMO_APPLICATION.applicationId}/archive`, {
        headers: { Authorization: `Bearer ${rs256(vonageClaims(), readFileSync(written, 'utf8'))}` },
      });
      expect(archives.status).toBe(200);
      const code = exited(child);
      child.kill('SIGTERM');
      expect(await code).toBe(0);
    }
  });

  it('serves from a child Node process with a 4 MiB young generation; killing the bin (even SIGKILL) stops that server', async () => {
    const child = run(['--port', '0']);
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(await started(child))![1]!;
    if (process.platform === 'linux') {
      const [server] = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
      expect(readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(['--max-semi-space-size=4', cli, '--port', '0']));
    }
    expect((await fetch(`${url}/_emulator/health`)).status).toBe(200);
    const code = exited(child);
    child.kill('SIGKILL');
    await code;
    // The server sees its IPC channel close and stops as on SIGTERM: the port stops answering.
    const deadline = Date.now() + 10_000;
    let answered = true;
    while (answered && Date.now() < deadline) {
      answered = await fetch(`${url}/_emulator/health`).then(
        () => true,
        () => false,
      );
      if (answered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answered).toBe(false);
  });

  it('runs in this process when NODE_OPTIONS already sets the young generation', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '--max-semi-space-size=2' },
    });
    await started(child);
    if (process.platform === 'linux') expect(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim()).toBe('');
    const code = exited(child);
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });

  it('exits 1 when it cannot write the private key', async () => {
    const child = run(['--port', '0', '--private-key-out', join(tmpdir(), 'no-such-dir-for-the-emulator', 'x.key')]);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('cannot write the private key to');
  });

  it.each([
    [['--port', 'abc']],
    [['--bogus']],
    [['positional']],
    [['--port', '70000']],
    [['--api-key', 'a b']],
    [['--private-key-out', '']],
    [['--private-key-out']],
  ])('exits 2 with a usage message for %j', async (args) => {
    const child = run(args);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(2);
    expect(stderr).toContain('Usage: npx @opentok/emulator [options]');
  });

  it('prints help with --help (exit 0), defaulting to port 4010 and the demo credentials', async () => {
    const child = run(['--help']);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await exited(child)).toBe(0);
    expect(stdout).toContain('default 4010');
    expect(stdout).toContain('default 10000001');
    expect(stdout).toContain('--private-key-out <path>');
  });
});
