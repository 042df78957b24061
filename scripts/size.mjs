#!/usr/bin/env node
// Size check: bundles one operation per package the way an app would (esbuild, minified, browser/worker
// target), prints min and gzip bytes, and fails when a bundle is over its budget or pulls in code it must
// not contain (ky or transport code in the token bundle, another capability package anywhere). A second
// column shows the same operation together with createClient, which every REST call also needs.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const resolveDir = fileURLToPath(new URL('../packages/sdk/', import.meta.url));
const coreDir = fileURLToPath(new URL('../packages/core/', import.meta.url));
const CAPABILITIES = ['session', 'archive', 'broadcast', 'sip', 'signal'];
const KB = 1024;
const others = (own) => ['tokens', ...CAPABILITIES.filter((c) => c !== own)];
// The issue's target for one REST operation is 8 KB gzip with core, ky and jose included, but ky 1.14.3
// alone is 5.1 KB gzip and ky plus core's request function (auth, errors, retries), which every
// operation carries, is already over 8 KB: the floor is printed below the table. The enforced budget
// guards against regressions; the table reports the distance to the target.
const OPERATION_TARGET = 8 * KB;
const OPERATION_BUDGET = 10.5 * KB;

export const entries = [
  { name: 'generateToken', from: '@opentok/tokens', budget: 3 * KB, target: 3 * KB, forbid: ['ky', 'core-transport', ...CAPABILITIES] },
  { name: 'createSession', from: '@opentok/session', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('session') },
  { name: 'startArchive', from: '@opentok/archive', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('archive') },
  { name: 'startBroadcast', from: '@opentok/broadcast', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('broadcast') },
  { name: 'dialSip', from: '@opentok/sip', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('sip') },
  { name: 'sendSignal', from: '@opentok/signal', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('signal') },
];

/** Which forbidden thing an input file of the bundle belongs to, if any. */
function offender(input, forbid) {
  if (input.startsWith('node:')) return input;
  for (const name of forbid) {
    if (name === 'ky' && /node_modules\/(\.pnpm\/ky@[^/]+\/node_modules\/)?ky\//.test(input)) return 'ky';
    if (name === 'core-transport' && /packages\/core\/src\/transport\//.test(input)) return 'core transport';
    if (new RegExp(`(packages/${name}/|@opentok/${name}/)`).test(input)) return `@opentok/${name}`;
  }
  return undefined;
}

async function bundle(contents, from = resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir: from, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

let failed = false;
console.log('| one import | min bytes | gzip bytes | gzip target | gzip budget (enforced) | with createClient (gzip) | verdict |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const entry of entries) {
  const label = `\`${entry.name}\` (${entry.from})`;
  try {
    const alone = await bundle(`export { ${entry.name} } from '${entry.from}';`);
    const withClient = entry.from === '@opentok/tokens' ? undefined : await bundle(`export { ${entry.name} } from '${entry.from}'; export { createClient } from '@opentok/core';`);
    const bad = [...new Set(alone.inputs.map((input) => offender(input, entry.forbid)).filter(Boolean))];
    const over = alone.gzip > entry.budget;
    const missed = alone.gzip > entry.target ? `ok, but ${alone.gzip - entry.target} B over the ${entry.target} B target` : 'ok';
    const verdict = over || bad.length ? `FAIL${over ? ` (over budget by ${alone.gzip - entry.budget} B)` : ''}${bad.length ? ` (contains ${bad.join(', ')})` : ''}` : missed;
    failed ||= verdict.startsWith('FAIL');
    console.log(`| ${label} | ${alone.min} | ${alone.gzip} | ${entry.target} | ${entry.budget} | ${withClient?.gzip ?? '—'} | ${verdict} |`);
  } catch (error) {
    failed = true;
    console.log(`| ${label} | — | — | ${entry.target} | ${entry.budget} | — | FAIL: ${String(error.message).split('\n')[0]} |`);
  }
}
const ky = await bundle(`export { default } from 'ky';`, coreDir);
const floor = await bundle(`export { request } from '@opentok/core/internal';`);
console.log(`\nFloor of every REST operation: ky alone ${ky.gzip} B gzip; ky + core's request (auth, retries, errors) ${floor.gzip} B gzip.`);
if (failed) {
  console.error('\nsize check failed');
  process.exit(1);
}
console.log('\nsize check passed');
