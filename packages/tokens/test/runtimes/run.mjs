#!/usr/bin/env node
// Runs the portable token suite in real runtimes: Node (vitest), workerd, Deno, Bun and headless Chromium.
//   node test/runtimes/run.mjs [all|node|workerd|deno|bun|chromium]...
// Each runtime prints one closing line `<runtime>: N passed, M failed`; the exit code is non-zero when any
// runtime fails, runs no case at all, or cannot start.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '../..');
const require = createRequire(import.meta.url);
const bin = (name) => join(pkg, 'node_modules/.bin', name);
const TIMEOUT_MS = 120_000;

/** Spawns a command, collecting its output; resolves with the exit code (or -1 on timeout). */
function exec(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

async function bundle(entry, outfile, platform) {
  await build({
    entryPoints: [join(here, 'entries', entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    mainFields: ['module', 'main'],
    external: ['node:*', 'bun:test'],
    logLevel: 'error',
  });
}

const count = (output, pattern) => Number(output.match(pattern)?.[1] ?? 0);

const runtimes = {
  async node() {
    const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
    const { code, output } = await exec(process.execPath, [vitest, 'run'], { cwd: pkg });
    const passed = count(output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/);
    const failed = count(output, /Tests\s+(\d+) failed/);
    return { code, output, passed, failed };
  },
  async workerd(dir) {
    await bundle('workerd.ts', join(dir, 'worker.js'), 'browser');
    await writeFile(
      join(dir, 'config.capnp'),
      [
        'using Workerd = import "/workerd/workerd.capnp";',
        'const config :Workerd.Config = ( services = [ (name = "main", worker = .worker) ] );',
        'const worker :Workerd.Worker = (',
        '  modules = [ (name = "worker", esModule = embed "worker.js") ],',
        '  compatibilityDate = "2025-09-01",',
        ');',
      ].join('\n'),
    );
    const { code, output } = await exec(bin('workerd'), ['test', 'config.capnp'], { cwd: dir });
    return { code, output, passed: count(output, /RESULT (\d+) passed/), failed: count(output, /RESULT \d+ passed, (\d+) failed/) };
  },
  async deno(dir) {
    const file = join(dir, 'tokens.test.js');
    await bundle('deno.ts', file, 'neutral');
    const { code, output } = await exec(bin('deno'), ['test', '--allow-read', '--allow-env', '--no-check', file], {
      cwd: dir,
      env: { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(dir, '.deno') },
    });
    return { code, output, passed: count(output, /(\d+) passed \|/), failed: count(output, /\| (\d+) failed/) };
  },
  async bun(dir) {
    await bundle('bun.ts', join(dir, 'tokens.test.js'), 'neutral');
    const { code, output } = await exec(bin('bun'), ['test', './tokens.test.js'], { cwd: dir });
    return { code, output, passed: count(output, /^\s*(\d+) pass$/m), failed: count(output, /^\s*(\d+) fail$/m) };
  },
  async chromium(dir) {
    const file = join(dir, 'tokens.browser.js');
    await bundle('browser.ts', file, 'browser');
    const { readFile } = await import('node:fs/promises');
    const script = await readFile(file);
    // crypto.subtle only exists in secure contexts: serve the page from loopback HTTP, not about:blank.
    const server = createServer((request, response) => {
      if (request.url === '/tokens.browser.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/tokens.browser.js"></script>');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { chromium: playwright } = await import('playwright-core');
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const browser = await playwright.launch({
      executablePath: await sparticuz.executablePath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => globalThis.__result !== undefined, undefined, { timeout: TIMEOUT_MS });
      const result = await page.evaluate(() => globalThis.__result);
      const output = [...errors, ...result.failures.map((f) => `FAIL ${f}`)].join('\n');
      return { code: result.failed === 0 && errors.length === 0 ? 0 : 1, output, passed: result.passed, failed: result.failed };
    } finally {
      await browser.close();
      server.close();
    }
  },
};

const requested = process.argv.slice(2).flatMap((arg) => (arg === 'all' ? Object.keys(runtimes) : [arg]));
const names = requested.length ? requested : Object.keys(runtimes);
const summary = [];
for (const name of names) {
  const runtime = runtimes[name];
  if (!runtime) {
    console.error(`unknown runtime "${name}" (known: ${Object.keys(runtimes).join(', ')})`);
    process.exit(2);
  }
  const dir = await mkdtemp(join(tmpdir(), `opentok-tokens-${name}-`));
  let result;
  try {
    result = await runtime(dir);
  } catch (error) {
    result = { code: -1, output: String(error?.stack ?? error), passed: 0, failed: 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ok = result.code === 0 && result.failed === 0 && result.passed > 0;
  if (!ok) console.error(result.output.trim().split('\n').slice(-80).join('\n'));
  const line = `${name}: ${result.passed} passed, ${result.failed} failed${ok ? '' : ` (exit code ${result.code})`}`;
  console.log(line);
  summary.push({ line, ok });
}
if (summary.length > 1) console.log(`\nall runtimes: ${summary.filter((s) => s.ok).length}/${summary.length} green`);
process.exit(summary.every((s) => s.ok) ? 0 : 1);
