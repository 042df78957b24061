#!/usr/bin/env node
// The closing test count of CI, from the runners' own reports and nothing else: the vitest JSON report of each
// run (scripts/run-tests.mjs: one per Node version, and the stress run) and the case lists the runtime runners
// write (<results>/runtimes/<project>/<runtime>.json). Log lines are never scraped, so a test's own output (e.g.
// the sdk's `workerd lifecycle: 16 passed, 0 failed`) is not a count.
//
//   node scripts/test-summary.mjs <results-dir> --run <run>... [--runtimes]
//
// It knows which runs to expect: each named run with every project its _run.json lists, and with --runtimes
// every `test:<runtime>` script (workerd, Deno, Bun, Chromium) once, since those do not depend on Node's
// version. A run that is missing, a project that ran no test, a runtime without its case list, or a stress test
// file that no run ran fails the summary.
//
// The table shows each run as its runner counted it. The closing line counts distinct cases: a case is its
// project, its file and its full name (the n-th case of that name in the file, when names repeat); the portable
// suites' cases in workerd, Deno, Bun and Chromium are the same cases as their vitest twins (the runners name
// them so; a runtime case without a twin is reported). A case passed when it passed in every run it ran in, and
// failed when it failed in any; a case skipped in one run and passed in another passed. Type tests (files that
// only hold expectTypeOf, checked by tsc in the typecheck step; at run time they assert nothing) are listed
// under their own heading and left out of the count. The last line is `N passed, M failed` (with `, K skipped`
// when K cases were skipped in every run that had them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { otherRuntimes, projectOf, root, slug, testProjects } from './workspace.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { run: { type: 'string', multiple: true, default: [] }, runtimes: { type: 'boolean', default: false } },
});
const dir = positionals[0] && resolve(positionals[0]);
if (!dir || values.run.length === 0) {
  console.error('usage: node scripts/test-summary.mjs <results-dir> --run <run>... [--runtimes]');
  process.exit(2);
}

const projects = testProjects();
const problems = [];
const typeTests = { files: new Set(), passed: 0, failed: 0, skipped: 0 };
const rows = [];
const typeTestCache = new Map();
/** Every distinct case: key → { label, statuses: Set of 'passed' | 'failed' | 'skipped' }. */
const cases = new Map();
/** The vitest files each run ran, for the stress-file check. */
const ranFiles = new Set();

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
const statusOf = (status) => (status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : SKIPPED.has(status) ? 'skipped' : 'failed');

/**
 * Records one run's cases (each { project, file relative to the project, fullName, status }) under their
 * distinct keys; a name that repeats in a file is told apart by its place among its namesakes.
 */
function record(runCases) {
  const seen = new Map();
  const keys = [];
  for (const c of runCases) {
    const base = `${c.project}\u0000${c.file}\u0000${c.fullName}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = `${base}\u0000${n}`;
    if (!cases.has(key)) cases.set(key, { label: `${c.project}: ${c.file} > ${c.fullName}`, statuses: new Set() });
    cases.get(key).statuses.add(c.status);
    keys.push(key);
  }
  return keys;
}

for (const run of values.run) {
  const meta = existsSync(join(dir, run, '_run.json')) ? JSON.parse(readFileSync(join(dir, run, '_run.json'), 'utf8')) : undefined;
  const label = meta?.stress ? `stress (Node ${meta.node})` : `Node ${meta?.node ?? '?'}`;
  if (!meta) {
    problems.push(`${run}: the run did not happen (no ${relative(root, join(dir, run, '_run.json'))})`);
    rows.push({ label: run, detail: 'did not run', passed: 0, failed: 0, skipped: 0 });
    continue;
  }
  const report = join(dir, run, 'vitest.json');
  if (!existsSync(report)) problems.push(`${run}: vitest wrote no report (${relative(root, report)})`);
  const total = { passed: 0, failed: 0, skipped: 0 };
  const perProject = new Map(meta.projects.map((name) => [name, 0]));
  const runCases = [];
  for (const suite of existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')).testResults ?? []) : []) {
    const project = projectOf(suite.name, projects);
    const name = project?.manifest.name ?? '(no project)';
    ranFiles.add(suite.name);
    if ((suite.assertionResults ?? []).length === 0 && suite.status === 'failed') {
      problems.push(`${run}: ${name}: ${relative(root, suite.name)} failed to run: ${String(suite.message ?? '').split('\n')[0]}`);
    }
    const types = isTypeTestFile(suite.name);
    for (const test of suite.assertionResults ?? []) {
      const status = statusOf(test.status);
      if (types) {
        // Counted once (the first run), under their own heading.
        if (run === values.run[0]) {
          typeTests.files.add(suite.name);
          typeTests[status]++;
        }
        continue;
      }
      total[status]++;
      perProject.set(name, (perProject.get(name) ?? 0) + 1);
      if (status === 'failed') problems.push(`${run}: ${name}: FAIL ${relative(root, suite.name)} > ${test.fullName ?? test.title}`);
      runCases.push({
        project: name,
        file: project ? relative(join(root, project.folder), suite.name) : relative(root, suite.name),
        fullName: test.fullName ?? test.title,
        status,
      });
    }
  }
  record(runCases);
  for (const [name, count] of perProject) if (count === 0) problems.push(`${run}: ${name} ran no runtime test`);
  const names = [...perProject.keys()];
  const detail = meta.stress
    ? `${names.length} project${names.length === 1 ? '' : 's'} (${names.map((n) => n.replace('@opentok/', '')).join(', ')}), vitest`
    : `${names.length} projects, vitest`;
  rows.push({ label, detail, ...total });
}

if (values.runtimes) {
  const expected = new Map();
  for (const { manifest } of projects) for (const runtime of otherRuntimes(manifest)) expected.set(runtime, [...(expected.get(runtime) ?? []), manifest.name]);
  const vitestKeys = new Set(cases.keys());
  for (const [runtime, names] of expected) {
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const name of names) {
      const file = join(dir, 'runtimes', slug(name), `${runtime}.json`);
      if (!existsSync(file)) {
        problems.push(`${runtime}: no case list from ${name} (${relative(root, file)})`);
        continue;
      }
      const result = JSON.parse(readFileSync(file, 'utf8'));
      if (result.passed + result.failed === 0) problems.push(`${runtime}: ${name} ran no test`);
      if (!result.ok)
        problems.push(
          `${runtime}: ${name}: ${result.passed} passed, ${result.failed} failed (exit code ${result.code}${result.cases.length === result.passed + result.failed ? '' : `; its case list holds ${result.cases.length} cases`})`,
        );
      const runCases = result.cases.map((c) => ({ project: name, file: c.file, fullName: c.fullName, status: statusOf(c.status) }));
      for (const c of runCases) {
        total[c.status]++;
        if (c.status === 'failed') problems.push(`${runtime}: ${name}: FAIL ${c.file} > ${c.fullName}`);
      }
      const twinless = record(runCases).filter((key) => !vitestKeys.has(key));
      if (vitestKeys.size > 0 && twinless.length > 0) {
        problems.push(
          `${runtime}: ${twinless.length} cases of ${name} have no twin in its vitest suite (its test/runtimes/run.mjs names them), e.g. ${cases.get(twinless[0]).label}`,
        );
      }
    }
    rows.push({ label: runtime, detail: `${names.length} projects (${names.map((n) => n.replace('@opentok/', '')).join(', ')})`, ...total });
  }
}

// Every stress test file ran in some run: a *.stress.test.ts in a project without a stress config would not.
for (const { folder } of projects) {
  const testDir = join(root, folder, 'test');
  if (!existsSync(testDir)) continue;
  for (const file of readdirSync(testDir, { recursive: true })) {
    if (String(file).endsWith('.stress.test.ts') && !ranFiles.has(join(testDir, String(file))))
      problems.push(`${folder}/test/${file}: a stress test that no run ran (is there a vitest.stress.config.ts beside its vitest.config.ts?)`);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const { statuses } of cases.values()) {
  if (statuses.has('failed')) failed++;
  else if (statuses.has('passed')) passed++;
  else skipped++;
}
const width = Math.max(...rows.map((row) => row.label.length), 10);
console.log('tests, each run as its runner counted it:');
for (const row of rows) {
  console.log(
    `  ${row.label.padEnd(width)}  ${`${row.passed} passed, ${row.failed} failed${row.skipped ? `, ${row.skipped} skipped` : ''}`.padEnd(34)} ${row.detail}`,
  );
}
// The .test-d.ts files vitest does not run (tsc alone checks them), named beside the ones it ran.
const tscOnly = projects.flatMap(({ folder }) => {
  const tests = join(root, folder, 'test');
  return existsSync(tests)
    ? readdirSync(tests)
        .filter((name) => /\.test-d\.[cm]?tsx?$/.test(name))
        .map((name) => join(tests, name))
    : [];
});
const unran = tscOnly.filter((file) => !typeTests.files.has(file));
if (typeTests.files.size + unran.length > 0) {
  const short = (files) => files.map((f) => relative(root, f).replace(/^packages\/([^/]+)\/test\//, '$1/')).join(', ');
  console.log(
    `  type tests (checked by tsc in the typecheck step, not counted): ${typeTests.passed + typeTests.failed + typeTests.skipped} in ${typeTests.files.size} files (${short([...typeTests.files])})` +
      (unran.length > 0 ? `, and ${unran.length} file(s) only tsc runs (${short(unran)})` : ''),
  );
}
const runs = rows.reduce((n, row) => n + row.passed + row.failed + row.skipped, 0);
console.log(
  `distinct cases: ${cases.size} (the ${runs} results above, each case counted once: passed when it passed in every run it ran in); skipped in every run: ${skipped}`,
);
if (problems.length > 0) {
  console.log(`problems (${problems.length}):`);
  for (const problem of problems.slice(0, 60)) console.log(`  ${problem}`);
  if (problems.length > 60) console.log(`  … and ${problems.length - 60} more`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
