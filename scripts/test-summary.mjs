#!/usr/bin/env node
// The closing test count of CI, from the runners' own reports and nothing else: vitest's JSON reports
// (one per project and Node run) and the runtime runners' result files (one per project and runtime), as
// scripts/run-tests.mjs writes them. Log lines are never scraped, so a test's own output (e.g. the sdk's
// `workerd lifecycle: 16 passed, 0 failed`) is not a count.
//
//   node scripts/test-summary.mjs <results-dir> --run <node run>... [--runtimes]
//
// It knows which runs to expect: every project with a `test` script in each named Node run, and with
// --runtimes every `test:<runtime>` script (workerd, Deno, Bun, Chromium) once, since those do not depend on
// Node's version. A run that is missing, has no report, or ran no test fails the summary. Each run is
// counted separately; skipped tests are reported. Type tests (files that only hold expectTypeOf, checked by
// tsc in the typecheck step; at run time they assert nothing) are listed under their own heading and left
// out of the total. The last line is `N passed, M failed` (with `, K skipped` when some were skipped).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { otherRuntimes, root, slug, testProjects } from './workspace.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { run: { type: 'string', multiple: true, default: [] }, runtimes: { type: 'boolean', default: false } } });
const dir = positionals[0] && resolve(positionals[0]);
if (!dir || values.run.length === 0) {
  console.error('usage: node scripts/test-summary.mjs <results-dir> --run <node run>... [--runtimes]');
  process.exit(2);
}

const projects = testProjects();
const problems = [];
const typeTests = { files: new Set(), passed: 0, failed: 0, skipped: 0 };
const rows = [];
const typeTestCache = new Map();

/** A file of type tests: a `.test-d.ts`, one that says so in its first line, or one whose only assertions are expectTypeOf. */
function isTypeTestFile(file) {
  if (!typeTestCache.has(file)) {
    let verdict = /\.test-d\.[cm]?tsx?$/.test(file);
    if (!verdict && existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
      verdict = /^\s*\/\/\s*Type tests\b/i.test(first) || (text.includes('expectTypeOf') && !/\bexpect\s*(\(|\.)/.test(text));
    }
    typeTestCache.set(file, verdict);
  }
  return typeTestCache.get(file);
}

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);

for (const run of values.run) {
  const meta = existsSync(join(dir, run, '_run.json')) ? JSON.parse(readFileSync(join(dir, run, '_run.json'), 'utf8')) : undefined;
  if (!meta) problems.push(`${run}: the run did not happen (no ${relative(root, join(dir, run, '_run.json'))})`);
  const total = { passed: 0, failed: 0, skipped: 0, projects: 0 };
  for (const { manifest } of projects) {
    const file = join(dir, run, `${slug(manifest.name)}.json`);
    if (!existsSync(file)) {
      problems.push(`${run}: no report from ${manifest.name}`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    let counted = 0;
    for (const suite of report.testResults ?? []) {
      const types = isTypeTestFile(suite.name);
      if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed') {
        problems.push(`${run}: ${manifest.name}: ${relative(root, suite.name)} failed to run: ${String(suite.message ?? '').split('\n')[0]}`);
      }
      for (const test of suite.assertionResults ?? []) {
        const status = test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : SKIPPED.has(test.status) ? 'skipped' : 'failed';
        if (types) {
          // Counted once (the first Node run), under their own heading.
          if (run === values.run[0]) {
            typeTests.files.add(suite.name);
            typeTests[status]++;
          }
          continue;
        }
        total[status]++;
        counted++;
        if (status === 'failed') problems.push(`${run}: ${manifest.name}: FAIL ${relative(root, suite.name)} > ${test.fullName ?? test.title}`);
      }
    }
    if (counted === 0) problems.push(`${run}: ${manifest.name} ran no runtime test`);
    total.projects++;
  }
  rows.push({ label: `Node ${meta?.node ?? '?'}`, detail: `${total.projects} projects, vitest`, ...total });
}

if (values.runtimes) {
  const expected = new Map();
  for (const { manifest } of projects) for (const runtime of otherRuntimes(manifest)) expected.set(runtime, [...(expected.get(runtime) ?? []), manifest.name]);
  for (const [runtime, names] of expected) {
    const total = { passed: 0, failed: 0, skipped: 0, projects: 0 };
    for (const name of names) {
      const file = join(dir, runtime, `${slug(name)}.json`);
      if (!existsSync(file)) {
        problems.push(`${runtime}: no result from ${name} (its runner printed no "${runtime}: N passed, M failed" line)`);
        continue;
      }
      const result = JSON.parse(readFileSync(file, 'utf8'));
      if (result.passed + result.failed === 0) problems.push(`${runtime}: ${name} ran no test`);
      if (result.failed > 0 || result.exitCode !== 0) problems.push(`${runtime}: ${name}: ${result.line}${result.exitCode !== 0 ? ` (exit code ${result.exitCode})` : ''}`);
      total.passed += result.passed;
      total.failed += result.failed;
      total.skipped += result.skipped ?? 0;
      total.projects++;
    }
    rows.push({ label: runtime, detail: `${total.projects} projects (${names.map((n) => n.replace('@opentok/', '')).join(', ')})`, ...total });
  }
}

const sum = (key) => rows.reduce((n, row) => n + row[key], 0);
const passed = sum('passed');
const failed = sum('failed');
const skipped = sum('skipped');
const width = Math.max(...rows.map((row) => row.label.length), 10);
console.log('tests, each run counted once from its runner\'s own report:');
for (const row of rows) {
  console.log(`  ${row.label.padEnd(width)}  ${`${row.passed} passed, ${row.failed} failed${row.skipped ? `, ${row.skipped} skipped` : ''}`.padEnd(34)} ${row.detail}`);
}
if (typeTests.files.size > 0) {
  const names = [...typeTests.files].map((f) => relative(root, f));
  console.log(`  type tests (checked by tsc in the typecheck step, not in the total): ${typeTests.passed + typeTests.failed + typeTests.skipped} in ${names.length} files (${names.map((n) => n.replace(/^packages\/([^/]+)\/test\//, '$1/')).join(', ')})`);
}
if (problems.length > 0) {
  console.log(`problems (${problems.length}):`);
  for (const problem of problems.slice(0, 60)) console.log(`  ${problem}`);
  if (problems.length > 60) console.log(`  … and ${problems.length - 60} more`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
