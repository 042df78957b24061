#!/usr/bin/env node
// Runs every workspace project's tests with machine-readable results, for scripts/test-summary.mjs.
//
//   node scripts/run-tests.mjs --results <dir> --logs <dir> --run <name> [--other-runtimes] [--filter <name>]
//
// For each project with a `test` script: its Node tests (`test:node` when it has one, else `test`; the script
// must end in `vitest run`) with vitest's JSON reporter beside the default one, into <results>/<run>/<project>.json.
// With --other-runtimes, also each `test:<runtime>` script (workerd, deno, bun, chromium: the tokens and
// webhooks runners, test/runtimes/run.mjs), whose closing line `<runtime>: N passed, M failed` is that
// runner's own count, into <results>/<runtime>/<project>.json. These do not depend on Node's version, so
// the Node 24 pass leaves them out. Each script's whole output goes to <logs>/<run or runtime>/<project>.log.
// Prints one line per script and a closing line; exits 1 when any script fails.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { otherRuntimes, root, slug, testProjects } from './workspace.mjs';

const { values } = parseArgs({
  options: {
    results: { type: 'string' },
    logs: { type: 'string' },
    run: { type: 'string' },
    'other-runtimes': { type: 'boolean', default: false },
    filter: { type: 'string', multiple: true },
  },
});
if (!values.results || !values.logs || !values.run) {
  console.error('usage: node scripts/run-tests.mjs --results <dir> --logs <dir> --run <name> [--other-runtimes] [--filter <name>]');
  process.exit(2);
}
const results = resolve(values.results);
const logs = resolve(values.logs);
const runName = values.run;

const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs a package script the way a package manager does (sh -c, node_modules/.bin on PATH), output to a log. */
function runScript(folder, script, args, log) {
  const cwd = join(root, folder);
  const PATH = [join(cwd, 'node_modules/.bin'), join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  const env = { ...process.env, PATH, NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI ?? 'true', DENO_NO_UPDATE_CHECK: '1' };
  mkdirSync(dirname(log), { recursive: true });
  const out = createWriteStream(log);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn('sh', ['-c', [script, ...args.map(quote)].join(' ')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      out.write(chunk);
    });
    child.stderr.on('data', (chunk) => out.write(chunk));
    child.on('close', (code) => out.end(() => done({ code: code ?? -1, stdout, ms: Date.now() - started })));
  });
}

const projects = testProjects().filter(({ manifest }) => !values.filter || values.filter.includes(manifest.name));
mkdirSync(join(results, runName), { recursive: true });
writeFileSync(join(results, runName, '_run.json'), JSON.stringify({ run: runName, node: process.version, projects: projects.map((p) => p.manifest.name) }, null, 2));
let failures = 0;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

for (const { folder, manifest } of projects) {
  const scripts = manifest.scripts;
  const nodeScript = scripts['test:node'] ?? scripts.test;
  const file = `${slug(manifest.name)}.json`;
  if (!/\bvitest run\b[^&|;]*$/.test(nodeScript)) {
    console.log(`${manifest.name}: cannot collect results, its ${scripts['test:node'] ? 'test:node' : 'test'} script does not end in "vitest run": ${nodeScript}`);
    failures++;
    continue;
  }
  const json = join(results, runName, file);
  const node = await runScript(folder, nodeScript, ['--reporter=default', '--reporter=json', `--outputFile.json=${json}`], join(logs, runName, `${slug(manifest.name)}.log`));
  let counts = 'no JSON report';
  const failed = [];
  if (existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`;
    for (const suite of report.testResults ?? []) {
      const file = suite.name.slice(join(root, folder).length + 1);
      if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed') failed.push(`${file}: ${String(suite.message ?? 'failed to run').split('\n')[0]}`);
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'failed') failed.push(`${file} > ${test.fullName}: ${String(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`);
      }
    }
  }
  console.log(`${manifest.name} (${runName}, node ${process.version}): ${counts} in ${seconds(node.ms)}${node.code === 0 ? '' : ` (exit code ${node.code}; log: ${join(logs, runName, `${slug(manifest.name)}.log`)})`}`);
  for (const line of failed.slice(0, 20)) console.log(`  FAIL ${line}`);
  if (node.code !== 0) failures++;

  if (!values['other-runtimes']) continue;
  for (const runtime of otherRuntimes(manifest)) {
    const result = await runScript(folder, scripts[`test:${runtime}`], [], join(logs, runtime, `${slug(manifest.name)}.log`));
    // The runner prints `<runtime>: N passed, M failed` once, as its own closing line for that runtime.
    const lines = result.stdout.split('\n').filter((line) => new RegExp(`^${runtime}: \\d+ passed, \\d+ failed`).test(line));
    mkdirSync(join(results, runtime), { recursive: true });
    if (lines.length === 1) {
      const [, passed, failed] = /: (\d+) passed, (\d+) failed/.exec(lines[0]);
      writeFileSync(join(results, runtime, file), JSON.stringify({ runtime, project: manifest.name, passed: Number(passed), failed: Number(failed), skipped: 0, exitCode: result.code, line: lines[0] }, null, 2));
    }
    console.log(`${manifest.name} (${runtime}): ${lines.length === 1 ? lines[0].slice(runtime.length + 2) : `${lines.length} result lines`} in ${seconds(result.ms)}${result.code === 0 ? '' : ` (exit code ${result.code})`}`);
    if (result.code !== 0 || lines.length !== 1) failures++;
  }
}
console.log(`${runName}: ${projects.length} projects tested, ${failures === 0 ? 'all green' : `${failures} failing`} (node ${process.version})`);
process.exit(failures === 0 ? 0 : 1);
