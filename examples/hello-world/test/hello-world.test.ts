/**
 * Starts the built app (dist/main.js, emulator mode) as `pnpm start` would, then drives its page in headless
 * Chromium: start an archive, stop it, and watch it become available.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import chromium from '@sparticuz/chromium';
import { DEMO_PROJECT } from '@opentok/emulator';
import { verifyToken } from '@opentok/sdk';
import { chromium as playwright, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';
let sessionId = '';

beforeAll(async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OPENTOK_')));
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], { env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  server = child;
  const banner = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
  });
  const match = /^Hello World on (http:\/\/127\.0\.0\.1:\d+) \(session (\S+); API: the in-process OpenTok emulator, with one simulated participant\)$/m.exec(banner);
  if (!match) throw new Error(`unexpected banner: ${banner}`);
  [, origin = '', sessionId = ''] = match;
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the Hello World server', () => {
  it('hands out tokens for its session from GET /token', async () => {
    const response = await fetch(`${origin}/token?role=moderator`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { apiKey: string; sessionId: string; token: string };
    expect(body).toEqual({ apiKey: DEMO_PROJECT.apiKey, sessionId, token: expect.stringMatching(/^eyJ/) });
    expect(await verifyToken(DEMO_PROJECT, body.token)).toMatchObject({ sessionId, role: 'moderator' });
    const bad = await fetch(`${origin}/token?role=admin`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringMatching(/^role must be one of /) });
  });

  it('answers OpenTok refusals with their status (stopping an unknown archive: 404)', async () => {
    const response = await fetch(`${origin}/archive/5f2d1e8e-0000-4000-8000-000000000000/stop`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/^stopArchive failed: .*\(HTTP 404: .+\)$/) });
  });
});

describe('the Hello World page in headless Chromium', () => {
  it('starts an archive, stops it, and shows it become available', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(origin);
    expect(await page.textContent('#session')).toBe(sessionId);
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
    expect(await item.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await page.isDisabled('#stop')).toBe(true);
    expect(await page.textContent('#error')).toBe('');

    const { items } = (await (await fetch(`${origin}/archives`)).json()) as { items: { id: string; status: string }[] };
    expect(items).toEqual([expect.objectContaining({ id: await item.getAttribute('data-id'), status: 'available' })]);
    await page.close();
  });

  it('shows the API error when archiving fails (starting twice while recording)', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(origin);
    await page.click('#start');
    await page.waitForSelector('#archives li[data-status="started"]');
    // A second visitor tries to start another archive of the same session: the API refuses with 409.
    const second = await (browser as Browser).newPage();
    await second.goto(origin);
    await second.click('#start');
    await second.waitForFunction(() => document.getElementById('error')?.textContent !== '');
    expect(await second.textContent('#error')).toMatch(/^startArchive failed: .*\(HTTP 409: .+\)$/);
    await page.click('#stop');
    await page.waitForSelector('#archives li[data-status="stopped"], #archives li[data-status="available"]');
    await Promise.all([page.close(), second.close()]);
  });
});
