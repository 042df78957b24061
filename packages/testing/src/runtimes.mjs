// Runs a package's portable suite in real runtimes: Node (vitest), workerd, Deno, Bun and headless Chromium.
// A package keeps a `test/runtimes/run.mjs` that calls runRuntimes and, beside it in `entries/`, the modules
// (`workerd.ts`, `deno.ts`, `bun.ts`, `browser.ts`) that feed its cases to each runtime.
// Plain JavaScript, not TypeScript: `node test/runtimes/run.mjs` loads it without a build step on Node 20.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts the colour codes removed here
      resolve({ code: code ?? -1, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

const count = (output, pattern) => Number(output.match(pattern)?.[1] ?? 0);

const ENTITIES = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
const unescapeXml = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, entity) =>
    entity[0] === '#' ? String.fromCodePoint(Number(entity[1].toLowerCase() === 'x' ? `0${entity.slice(1)}` : entity.slice(1))) : ENTITIES[entity],
  );

/** The cases of a JUnit XML report (what `deno test --junit-path` and `bun test --reporter=junit` write): { name, status }. */
async function junitCases(file) {
  if (!existsSync(file)) return undefined;
  const xml = await readFile(file, 'utf8');
  return [...xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)].map(([, attributes, , body = '']) => ({
    name: unescapeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    status: /<(failure|error)\b/.test(body) ? 'failed' : /<skipped\b/.test(body) ? 'skipped' : 'passed',
  }));
}

/** The cases a vitest JSON report lists: { name, status, file (relative to `dir`), fullName }. */
async function vitestCases(file, dir) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(await readFile(file, 'utf8'));
  return (report.testResults ?? []).flatMap((suite) =>
    (suite.assertionResults ?? []).map((test) => ({
      name: test.fullName,
      status: test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped',
      file: relative(dir, suite.name),
      fullName: test.fullName,
    })),
  );
}

/** The flags headless Chromium runs with in every browser check here: no GPU, no sandbox, no network chatter, and no
 * reliance on /dev/shm (small in containers). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * The runtimes, each bundling its entry into `dir` and running it with the package's own binaries and
 * modules (`node_modules/.bin`, resolved from `packageDir`), so a runtime the package lacks fails.
 */
function packageRuntimes({ name, packageDir, entries, denoPermissions = [] }) {
  const bin = (command) => join(packageDir, 'node_modules/.bin', command);
  const require = createRequire(join(packageDir, 'package.json'));
  const importModule = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);
  const bundle = (entry, outfile, platform) =>
    build({
      entryPoints: [join(entries, entry)],
      outfile,
      bundle: true,
      format: 'esm',
      platform,
      target: 'es2022',
      mainFields: ['module', 'main'],
      external: ['node:*', 'bun:test'],
      logLevel: 'error',
    });

  return {
    async node(dir) {
      const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
      const report = join(dir, 'vitest.json');
      const { code, output } = await exec(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
        cwd: packageDir,
      });
      const passed = count(output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/);
      const failed = count(output, /Tests\s+(\d+) failed/);
      return { code, output, passed, failed, cases: await vitestCases(report, packageDir) };
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
      const cases = /^.*?CASES (\[.*\])\s*$/m.exec(output)?.[1];
      return {
        code,
        output,
        passed: count(output, /RESULT (\d+) passed/),
        failed: count(output, /RESULT \d+ passed, (\d+) failed/),
        cases: cases && JSON.parse(cases),
      };
    },
    async deno(dir) {
      await bundle('deno.ts', join(dir, `${name}.test.js`), 'neutral');
      const { code, output } = await exec(bin('deno'), ['test', ...denoPermissions, '--no-check', '--junit-path=junit.xml', `${name}.test.js`], {
        cwd: dir,
        env: { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(dir, '.deno') },
      });
      return {
        code,
        output,
        passed: count(output, /(\d+) passed \|/),
        failed: count(output, /\| (\d+) failed/),
        cases: await junitCases(join(dir, 'junit.xml')),
      };
    },
    async bun(dir) {
      await bundle('bun.ts', join(dir, `${name}.test.js`), 'neutral');
      const { code, output } = await exec(bin('bun'), ['test', '--reporter=junit', '--reporter-outfile=junit.xml', `./${name}.test.js`], { cwd: dir });
      return {
        code,
        output,
        passed: count(output, /^\s*(\d+) pass$/m),
        failed: count(output, /^\s*(\d+) fail$/m),
        cases: await junitCases(join(dir, 'junit.xml')),
      };
    },
    async chromium(dir) {
      const file = `${name}.browser.js`;
      await bundle('browser.ts', join(dir, file), 'browser');
      const script = await readFile(join(dir, file));
      // crypto.subtle only exists in secure contexts: serve the page from loopback HTTP, not about:blank.
      const server = createServer((request, response) => {
        if (request.url === `/${file}`) {
          response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        } else {
          response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><script type="module" src="/${file}"></script>`);
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { chromium: playwright } = require('playwright-core'); // CommonJS (its index.mjs re-exports it)
      const { default: sparticuz } = await importModule('@sparticuz/chromium');
      const browser = await playwright.launch({
        executablePath: await sparticuz.executablePath(),
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`http://127.0.0.1:${server.address().port}/`);
        await page.waitForFunction(() => globalThis.__result !== undefined, undefined, { timeout: TIMEOUT_MS });
        const result = await page.evaluate(() => globalThis.__result);
        const output = [...errors, ...result.failures.map((failure) => `FAIL ${failure}`)].join('\n');
        return { code: result.failed === 0 && errors.length === 0 ? 0 : 1, output, passed: result.passed, failed: result.failed, cases: result.cases };
      } finally {
        await browser.close();
        server.close();
      }
    },
  };
}

/**
 * Runs the runtimes named in `argv` (`all`, or any of `node`, `workerd`, `deno`, `bun`, `chromium`; none
 * means all) one after another. Each prints one closing line `<runtime>: N passed, M failed`, and more than
 * one a last line `all runtimes: K/N green`. Resolves with the exit code: 0 when every runtime ran at least
 * one case and none failed, 1 when any failed, ran no case or could not start (its binary or module
 * missing, its bundle refused), 2 at the first unknown runtime name (after the ones before it ran).
 *
 * With `--results <dir>` in `argv`, each runtime also writes `<dir>/<runtime>.json`: its counts, exit code and
 * every case it ran, `{ name, status, file, fullName }`, where `file` and `fullName` name the same case in the
 * package's vitest suite (`nodeCase`), so that a count of distinct cases can join them. Every runtime reports
 * its cases through its own runner (vitest's JSON report, Deno's and Bun's JUnit reports, the Worker's and the
 * page's case list); a runtime whose case list disagrees with its own count fails.
 *
 * @param {string} runner The `import.meta.url` of the package's `test/runtimes/run.mjs`: its entries
 *   (`workerd.ts`, `deno.ts`, `bun.ts`, `browser.ts`) are in `entries/` beside it, and the package folder
 *   (where vitest runs and the binaries and modules come from) is two folders up.
 * @param {object} options
 * @param {string} options.name The package's short name, for the bundle files and the temporary folders.
 * @param {string[]} [options.denoPermissions] The `--allow-*` flags `deno test` gets (default none).
 * @param {(name: string) => { file: string, fullName: string }} [options.nodeCase] The vitest case (test file
 *   relative to the package, full name) a portable case's name is in Node; by default the name itself in
 *   `test/runtimes`.
 * @param {string[]} [options.argv] The runtime names (and `--results <dir>`), default `process.argv.slice(2)`.
 * @returns {Promise<number>}
 *
 * @example
 * ```js
 * import { runRuntimes } from '@opentok/testing/runtimes';
 * process.exit(await runRuntimes(import.meta.url, { name: 'webhooks', nodeCase: (name) => ({ file: 'test/webhooks.test.ts', fullName: name }) }));
 * ```
 */
export async function runRuntimes(
  runner,
  { name, denoPermissions = [], nodeCase = (caseName) => ({ file: 'test/runtimes', fullName: caseName }), argv = process.argv.slice(2) },
) {
  const runtimes = packageRuntimes({
    name,
    packageDir: fileURLToPath(new URL('../..', runner)),
    entries: fileURLToPath(new URL('entries', runner)),
    denoPermissions,
  });
  const at = argv.indexOf('--results');
  const results = at === -1 ? undefined : argv[at + 1];
  const args = at === -1 ? argv : argv.filter((_, index) => index !== at && index !== at + 1);
  const requested = args.flatMap((arg) => (arg === 'all' ? Object.keys(runtimes) : [arg]));
  const names = requested.length ? requested : Object.keys(runtimes);
  const summary = [];
  for (const runtimeName of names) {
    const runtime = runtimes[runtimeName];
    if (!runtime) {
      console.error(`unknown runtime "${runtimeName}" (known: ${Object.keys(runtimes).join(', ')})`);
      return 2;
    }
    const dir = await mkdtemp(join(tmpdir(), `opentok-${name}-${runtimeName}-`));
    let result;
    try {
      result = await runtime(dir);
    } catch (error) {
      result = { code: -1, output: String(error?.stack ?? error), passed: 0, failed: 0 };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // vitest's cases (the node runtime) know their file; the others are the portable cases, named as in Node by nodeCase.
    const cases = (result.cases ?? []).map((c) => (c.file ? c : { name: c.name, status: c.status, ...nodeCase(c.name) }));
    const listed = { passed: cases.filter((c) => c.status === 'passed').length, failed: cases.filter((c) => c.status === 'failed').length };
    const agrees = listed.passed === result.passed && listed.failed === result.failed;
    if (results && !agrees) result.output += `\n${runtimeName}'s case list (${listed.passed} passed, ${listed.failed} failed) disagrees with its count`;
    const ok = result.code === 0 && result.failed === 0 && result.passed > 0 && (!results || agrees);
    if (!ok) console.error(result.output.trim().split('\n').slice(-80).join('\n'));
    console.log(`${runtimeName}: ${result.passed} passed, ${result.failed} failed${ok ? '' : ` (exit code ${result.code})`}`);
    if (results) {
      await mkdir(results, { recursive: true });
      await writeFile(
        join(results, `${runtimeName}.json`),
        JSON.stringify({ runtime: runtimeName, passed: result.passed, failed: result.failed, code: result.code, ok, cases }, null, 2),
      );
    }
    summary.push(ok);
  }
  if (summary.length > 1) console.log(`\nall runtimes: ${summary.filter(Boolean).length}/${summary.length} green`);
  return summary.every(Boolean) ? 0 : 1;
}
