/**
 * Starts the built app (dist/main.js) as `pnpm start` would: emulator mode unless `env` names credentials;
 * then drives its page in headless Chromium: start an archive, stop it, watch it become available, download it.
 * Against "the real API" (here the emulator over loopback HTTP) it runs with either kind of credentials.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createEmulator, DEMO_APPLICATION } from '@opentok/emulator';
import { verifyToken } from '@opentok/sdk';
import chromium from '@sparticuz/chromium';
import { type Browser, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

interface Server {
  readonly origin: string;
  readonly sessionId: string;
  /** Where its banner says the API calls go. */
  readonly backend: string;
  readonly child: ChildProcess;
}

/** Starts dist/main.js on a free port with only the given OPENTOK_* and VONAGE_* variables; resolves once it prints its banner. */
async function startServer(extra: Record<string, string> = {}): Promise<Server> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(OPENTOK|VONAGE)_/.test(name)));
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
    env: { ...env, ...extra, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const banner = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
  });
  const match = /^Hello World on (http:\/\/127\.0\.0\.1:\d+) \(session (\S+); API: (.+)\)$/m.exec(banner);
  if (!match) throw new Error(`unexpected banner: ${banner}`);
  const [, origin = '', sessionId = '', backend = ''] = match;
  return { origin, sessionId, backend, child };
}

let server: Server;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill();
});

describe('the Hello World server (emulator mode: the demo Vonage application)', () => {
  it('says where its API calls go', () => {
    expect(server.backend).toBe('the in-process emulator with its demo Vonage application, and one simulated participant');
  });

  it('hands out tokens for its session from GET /token, with the application ID a client joins with', async () => {
    const response = await fetch(`${server.origin}/token?role=moderator`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { applicationId: string; sessionId: string; token: string };
    expect(body).toEqual({ applicationId: DEMO_APPLICATION.applicationId, sessionId: server.sessionId, token: expect.stringMatching(/^eyJhbGciOiJSUzI1NiIs/) });
    const { applicationId, publicKey } = DEMO_APPLICATION;
    expect(await verifyToken({ applicationId, publicKey }, body.token)).toMatchObject({ sessionId: server.sessionId, role: 'moderator' });
    const bad = await fetch(`${server.origin}/token?role=admin`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringMatching(/^role must be one of /) });
  });

  it('answers OpenTok refusals with their status (stopping an unknown archive: 404)', async () => {
    const response = await fetch(`${server.origin}/archive/5f2d1e8e-0000-4000-8000-000000000000/stop`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^stopArchive failed: .*\(HTTP 404: .+\)$/) });
  });

  it('answers 404 for the file of an unknown archive', async () => {
    const response = await fetch(`${server.origin}/archive/5f2d1e8e-0000-4000-8000-000000000000/download`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^getArchive failed: .*\(HTTP 404: .+\)$/) });
  });
});

describe('the Hello World page in headless Chromium', () => {
  it('starts an archive, stops it, shows it become available, and downloads it through the app', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(server.origin);
    expect(await page.textContent('#session')).toBe(server.sessionId);
    expect(await page.isDisabled('#stop')).toBe(true);

    await page.click('#start');
    const item = page.locator('#archives li').first();
    await item.waitFor();
    await page.waitForSelector('#archives li[data-status="started"]');
    expect(await item.textContent()).toMatch(/^Hello World \d\d:\d\d:\d\d: started$/);
    expect(await page.isDisabled('#start')).toBe(true);

    await page.click('#stop');
    await page.waitForSelector('#archives li[data-status="available"]', { timeout: 20_000 });
    expect(await item.textContent()).toMatch(/^Hello World \d\d:\d\d:\d\d: available \(\d+ s\) download$/);
    expect(await page.isDisabled('#stop')).toBe(true);
    expect(await page.textContent('#error')).toBe('');

    // The in-process emulator's archive URL resolves only inside the app, so the link goes through the app.
    const id = (await item.getAttribute('data-id')) ?? '';
    const href = await item.locator('a').evaluate((link: HTMLAnchorElement) => link.href);
    expect(href).toBe(`${server.origin}/archive/${id}/download`);
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('video/mp4');
    expect(await file.text()).toMatch(new RegExp(`^OpenTok emulator archive ${id}\\nsession ${server.sessionId}\\n`));

    const { items } = (await (await fetch(`${server.origin}/archives`)).json()) as { items: { id: string; status: string; url: string }[] };
    expect(items).toEqual([expect.objectContaining({ id, status: 'available', url: `/archive/${id}/download` })]);
    await page.close();
  });

  it('shows the API error when archiving fails (starting twice while recording)', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(server.origin);
    await page.click('#start');
    await page.waitForSelector('#archives li[data-status="started"]');
    // A second visitor tries to start another archive of the same session: the API refuses with 409.
    const second = await (browser as Browser).newPage();
    await second.goto(server.origin);
    await second.click('#start');
    await second.waitForFunction(() => document.getElementById('error')?.textContent !== '');
    expect(await second.textContent('#error')).toMatch(/^startArchive failed: .*\(HTTP 409: .+\)$/);
    await page.click('#stop');
    await page.waitForSelector('#archives li[data-status="stopped"], #archives li[data-status="available"]');
    await Promise.all([page.close(), second.close()]);
  });
});

describe('the Hello World server against "the real API" (here the emulator over HTTP, reached through the environment)', () => {
  const emulator = createEmulator();
  let url = '';
  beforeAll(async () => {
    ({ url } = await emulator.listen({ port: 0, host: '127.0.0.1' }));
  });
  afterAll(() => emulator.close());

  const { applicationId, privateKey = '', publicKey } = emulator.application;
  it.each([
    {
      kind: 'VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY (with \\n escapes, as .env files hold it), named first',
      env: {
        VONAGE_APPLICATION_ID: applicationId,
        VONAGE_PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'),
        OPENTOK_API_KEY: emulator.project.apiKey,
        OPENTOK_API_SECRET: 'unused',
      },
      who: `Vonage application ${applicationId}`,
      id: { applicationId },
      verifyWith: { applicationId, publicKey },
      auth: 'authorization',
    },
    {
      kind: 'OPENTOK_API_KEY and OPENTOK_API_SECRET',
      env: { OPENTOK_API_KEY: emulator.project.apiKey, OPENTOK_API_SECRET: emulator.project.apiSecret },
      who: `OpenTok project ${emulator.project.apiKey}`,
      id: { apiKey: emulator.project.apiKey },
      verifyWith: emulator.project,
      auth: 'x-opentok-auth',
    },
  ])('runs with $kind', async ({ env, who, id, verifyWith, auth }) => {
    emulator.clearRequests();
    const real = await startServer({ ...env, OPENTOK_API_URL: url });
    try {
      expect(real.backend).toBe(`${url} (${who}); connect a client with a token from /token before archiving`);
      const body = (await (await fetch(`${real.origin}/token`)).json()) as Record<string, string>;
      expect(body).toEqual({ ...id, sessionId: real.sessionId, token: expect.stringMatching(/^eyJ/) });
      expect(await verifyToken(verifyWith, body['token'] ?? '')).toMatchObject({ sessionId: real.sessionId, role: 'publisher' });
      // Nobody is connected on "the real API" until a client joins: starting an archive is refused.
      const start = await fetch(`${real.origin}/archive/start`, { method: 'POST' });
      expect(start.status).toBe(404);
      expect(emulator.requests.map((r) => `${r.method} ${r.operation}`)).toEqual(['POST createSession', 'POST startArchive']);
      expect(emulator.requests.every((r) => r.headers[auth] !== undefined)).toBe(true);
      // The archives' own URLs resolve for a browser here, so the page links to them directly.
      const { connectionId } = await emulator.connectClient({ sessionId: real.sessionId, token: body['token'] ?? '' });
      emulator.publishStream({ sessionId: real.sessionId, connectionId, name: 'Ana' });
      const archive = (await (await fetch(`${real.origin}/archive/start`, { method: 'POST' })).json()) as { id: string };
      await fetch(`${real.origin}/archive/${archive.id}/stop`, { method: 'POST' });
      emulator.clock.advance(10_000);
      const { items } = (await (await fetch(`${real.origin}/archives`)).json()) as { items: { url: string }[] };
      expect(items[0]?.url).toBe(`${url}/_emulator/archives/${archive.id}/download`);
      expect((await fetch(`${real.origin}/archive/${archive.id}/download`)).status).toBe(404);
    } finally {
      real.child.kill();
    }
  });
});
