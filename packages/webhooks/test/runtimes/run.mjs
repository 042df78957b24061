#!/usr/bin/env node
// Runs the portable suite (test/suite) in real runtimes: Node (vitest), workerd, Deno, Bun and headless Chromium.
//   node test/runtimes/run.mjs [all|node|workerd|deno|bun|chromium]...
// Each runtime prints `<runtime>: N passed, M failed`; the exit code is non-zero when any runtime fails, runs
// no case, or cannot start. The same approach as packages/tokens/test/runtimes/run.mjs, for this package's suite.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '../..');
const bin = (name) => join(pkg, 'node_modules/.bin', name);
const TIMEOUT_MS = 120_000;

/** Spawns a command and collects its output; resolves with the exit code (-1 on timeout). */
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

const bundle = (entry, outfile, platform) =>
  build({ entryPoints: [join(here, 'entries', entry)], outfile, bundle: true, format: 'esm', platform, target: 'es2022', external: ['node:*', 'bun:test'], logLevel: 'error' });

const count = (output, pattern) => Number(output.match(pattern)?.[1] ?? 0);

const runtimes = {
  async node() {
    const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
    const { code, output } = await exec(process.execPath, [vitest, 'run'], { cwd: pkg });
    return { code, output, passed: count(output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/), failed: count(output, /Tests\s+(\d+) failed/) };
  },
  async workerd(dir) {
    await bundle('workerd.ts', join(dir, 'worker.js'), 'browser');
    const config = [
      'using Workerd = import "/workerd/workerd.capnp";',
      'const config :Workerd.Config = ( services = [ (name = "main", worker = .worker) ] );',
      'const worker :Workerd.Worker = ( modules = [ (name = "worker", esModule = embed "worker.js") ], compatibilityDate = "2025-09-01" );',
    ];
    await writeFile(join(dir, 'config.capnp'), config.join('\n'));
    const { code, output } = await exec(bin('workerd'), ['test', 'config.capnp'], { cwd: dir });
    return { code, output, passed: count(output, /RESULT (\d+) passed/), failed: count(output, /RESULT \d+ passed, (\d+) failed/) };
  },
  async deno(dir) {
    await bundle('deno.ts', join(dir, 'webhooks.test.js'), 'neutral');
    const { code, output } = await exec(bin('deno'), ['test', '--no-check', 'webhooks.test.js'], { cwd: dir, env: { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(dir, '.deno') } });
    return { code, output, passed: count(output, /(\d+) passed \|/), failed: count(output, /\| (\d+) failed/) };
  },
  async bun(dir) {
    await bundle('bun.ts', join(dir, 'webhooks.test.js'), 'neutral');
    const { code, output } = await exec(bin('bun'), ['test', './webhooks.test.js'], { cwd: dir });
    return { code, output, passed: count(output, /^\s*(\d+) pass$/m), failed: count(output, /^\s*(\d+) fail$/m) };
  },
  async chromium(dir) {
    await bundle('browser.ts', join(dir, 'suite.js'), 'browser');
    const script = await readFile(join(dir, 'suite.js'));
    // crypto.subtle only exists in secure contexts: serve the page from loopback HTTP, not about:blank.
    const server = createServer((request, response) =>
      request.url === '/suite.js'
        ? response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
        : response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/suite.js"></script>'),
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { chromium } = await import('playwright-core');
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const browser = await chromium.launch({
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
      const output = [...errors, ...result.failures.map((failure) => `FAIL ${failure}`)].join('\n');
      return { code: result.failed === 0 && errors.length === 0 ? 0 : 1, output, passed: result.passed, failed: result.failed };
    } finally {
      await browser.close();
      server.close();
    }
  },
};

const names = process.argv.slice(2).flatMap((arg) => (arg === 'all' ? Object.keys(runtimes) : [arg]));
const summary = [];
for (const name of names.length ? names : Object.keys(runtimes)) {
  if (!runtimes[name]) {
    console.error(`unknown runtime "${name}" (known: ${Object.keys(runtimes).join(', ')})`);
    process.exit(2);
  }
  const dir = await mkdtemp(join(tmpdir(), `opentok-webhooks-${name}-`));
  let result;
  try {
    result = await runtimes[name](dir);
  } catch (error) {
    result = { code: -1, output: String(error?.stack ?? error), passed: 0, failed: 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ok = result.code === 0 && result.failed === 0 && result.passed > 0;
  if (!ok) console.error(result.output.trim().split('\n').slice(-80).join('\n'));
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed${ok ? '' : ` (exit code ${result.code})`}`);
  summary.push(ok);
}
if (summary.length > 1) console.log(`\nall runtimes: ${summary.filter(Boolean).length}/${summary.length} green`);
process.exit(summary.every(Boolean) ? 0 : 1);
