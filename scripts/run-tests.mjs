#!/usr/bin/env node
// Runs the tests with machine-readable results, for scripts/test-summary.mjs.
//
//   node scripts/run-tests.mjs [--run <name>] [--results <dir>] [--logs <dir>] [--stress] [--other-runtimes]
//
// One vitest process for every project (the root vitest.config.ts lists each package's and example's own
// config): the Node tests, or with --stress the stress projects alone (vitest.stress.config.ts: load runs, the
// memory run, the SIGTERM loop, the fuzz run), with vitest's JSON reporter beside the default one, into
// <results>/<run>/vitest.json. A case belongs to the workspace project whose folder holds its file.
// With --other-runtimes, each `test:<runtime>` script (workerd, deno, bun, chromium: the tokens and webhooks
// runners, test/runtimes/run.mjs) runs too, one after another while vitest runs, and writes its cases into
// <results>/runtimes/<project>/<runtime>.json; its closing line `<runtime>: N passed, M failed` is printed
// here. They do not depend on Node's version, so the Node 24 pass leaves them out.
// Output goes to <logs>/<run>/vitest.log and <logs>/<runtime>/<project>.log. Prints one line per project and
// per runtime script, and a closing line; exits 1 when anything fails. Without --results and --logs both go to
// a temp dir; the run is named node-<major> (stress with --stress) unless --run names it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { otherRuntimes, projectOf, root, slug, stressProjects, testProjects } from './workspace.mjs';

const { values } = parseArgs({
  options: {
    results: { type: 'string' },
    logs: { type: 'string' },
    run: { type: 'string' },
    stress: { type: 'boolean', default: false },
    'other-runtimes': { type: 'boolean', default: false },
  },
});
const scratch = !values.results || !values.logs ? mkdtempSync(join(tmpdir(), 'opentok-tests-')) : undefined;
const results = resolve(values.results ?? join(scratch, 'results'));
const logs = resolve(values.logs ?? join(scratch, 'logs'));
const runName = values.run ?? (values.stress ? 'stress' : `node-${process.versions.node.split('.')[0]}`);
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs a command (sh -c, with the folder's and the root's node_modules/.bin on PATH), its output to a log. */
function run(folder, command, args, log) {
  const cwd = join(root, folder);
  const PATH = [join(cwd, 'node_modules/.bin'), join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  const env = { ...process.env, PATH, NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI ?? 'true', DENO_NO_UPDATE_CHECK: '1' };
  mkdirSync(dirname(log), { recursive: true });
  const out = createWriteStream(log);
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn('sh', ['-c', [command, ...args.map(quote)].join(' ')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      out.write(chunk);
    });
    child.stderr.on('data', (chunk) => out.write(chunk));
    child.on('close', (code) => out.end(() => done({ code: code ?? -1, stdout, ms: Date.now() - t0 })));
  });
}

const all = testProjects();
const projects = values.stress ? stressProjects() : all;
mkdirSync(join(results, runName), { recursive: true });
writeFileSync(
  join(results, runName, '_run.json'),
  JSON.stringify({ run: runName, node: process.version, stress: values.stress, projects: projects.map((p) => p.manifest.name) }, null, 2),
);
const lines = [];
let failures = 0;

// The other runtimes, one script after another, while vitest runs.
const runtimes = (async () => {
  if (!values['other-runtimes']) return;
  for (const { folder, manifest } of all) {
    for (const runtime of otherRuntimes(manifest)) {
      const log = join(logs, runtime, `${slug(manifest.name)}.log`);
      const result = await run(folder, manifest.scripts[`test:${runtime}`], ['--results', join(results, 'runtimes', slug(manifest.name))], log);
      // The runner prints `<runtime>: N passed, M failed` once, as its own closing line for that runtime.
      const closing = result.stdout.split('\n').filter((line) => new RegExp(`^${runtime}: \\d+ passed, \\d+ failed`).test(line));
      const ok = result.code === 0 && closing.length === 1;
      lines.push(
        `${manifest.name} (${runtime}): ${closing.length === 1 ? closing[0].slice(runtime.length + 2) : `${closing.length} result lines`} in ${seconds(result.ms)}${ok ? '' : ` (exit code ${result.code}; log: ${log})`}`,
      );
      if (!ok) failures++;
    }
  }
})();

const json = join(results, runName, 'vitest.json');
const vitestLog = join(logs, runName, 'vitest.log');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const filter = values.stress ? '*(stress)' : '!*(stress)';
const node = await run(
  '.',
  quote(process.execPath),
  [vitest, 'run', '--project', filter, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
  vitestLog,
);
await runtimes;

const counts = new Map(projects.map((p) => [p.manifest.name, { passed: 0, failed: 0, skipped: 0, failing: [] }]));
if (existsSync(json)) {
  for (const suite of JSON.parse(readFileSync(json, 'utf8')).testResults ?? []) {
    const project = projectOf(suite.name, all);
    const count = counts.get(project?.manifest.name) ?? { passed: 0, failed: 0, skipped: 0, failing: [] };
    if (!counts.has(project?.manifest.name)) counts.set(project?.manifest.name ?? relative(root, suite.name), count);
    const file = relative(root, suite.name);
    if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed')
      count.failing.push(`${file}: ${String(suite.message ?? 'failed to run').split('\n')[0]}`);
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed') count.passed++;
      else if (test.status === 'failed') {
        count.failed++;
        count.failing.push(
          `${file} > ${test.fullName}: ${String(test.failureMessages?.[0] ?? '')
            .split('\n')[0]
            .slice(0, 300)}`,
        );
      } else count.skipped++;
    }
  }
}
const vitestLines = [];
for (const [name, count] of counts) {
  const ran = count.passed + count.failed + count.skipped > 0 || count.failing.length > 0;
  vitestLines.push(
    `${name} (${runName}, node ${process.version}): ${ran ? `${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped` : 'no test ran'}`,
  );
  for (const line of count.failing.slice(0, 20)) vitestLines.push(`  FAIL ${line}`);
  if (!ran || count.failing.length > 0) failures++;
}
if (node.code !== 0) {
  failures++;
  vitestLines.push(`vitest exited with code ${node.code}${existsSync(json) ? '' : ', without a JSON report'}; log: ${vitestLog}`);
}
console.log([...vitestLines, ...lines].join('\n'));
console.log(
  `${runName}: ${projects.length} project${projects.length === 1 ? '' : 's'} tested in ${seconds(Date.now() - started)} (vitest ${seconds(node.ms)}), ${failures === 0 ? 'all green' : `${failures} failing`} (node ${process.version})`,
);
if (scratch) console.log(`results and logs: ${scratch}`);
process.exit(failures === 0 ? 0 : 1);
