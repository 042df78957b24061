#!/usr/bin/env node
// Size check: bundles one operation per package the way an app would (esbuild, minified, browser/worker
// target), prints min and gzip bytes, and fails when a bundle is over its budget or pulls in code it must
// not contain (ky or transport code in the token bundle, another capability package anywhere). A second
// column shows the same operation together with createClient, which every REST call also needs.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = (name) => fileURLToPath(new URL(`../packages/${name}/`, import.meta.url));
const resolveDir = packageDir('sdk');
const coreDir = packageDir('core');
const CAPABILITIES = ['session', 'archive', 'broadcast', 'sip', 'signal', 'render', 'audio-connector', 'captions', 'webhooks'];
const KB = 1024;
const others = (own) => ['tokens', ...CAPABILITIES.filter((c) => c !== own)];
// The issue's target for one REST operation is 8 KB gzip with core, ky and jose included, but ky 1.14.3
// alone is 5.1 KB gzip and ky plus core's request function (auth, errors, retries), which every
// operation carries, is already over 8 KB: the floor is printed below the table. The enforced budget
// guards against regressions; the table reports the distance to the target.
const OPERATION_TARGET = 8 * KB;
const OPERATION_BUDGET = 10.5 * KB;

export const entries = [
  // Both kinds of credentials: the target is 3.5 KB; the private-key checks and their messages (what to do
  // with a path, a public, encrypted, OpenSSH, non-RSA or truncated key) weigh about 1.6 KB of string
  // literals, so the enforced budget sits above it until a leaner wording is found.
  { name: 'generateToken', from: '@opentok/tokens', budget: 5 * KB, target: 3.5 * KB, forbid: ['ky', 'core-transport', ...CAPABILITIES] },
  { name: 'createSession', from: '@opentok/session', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('session') },
  { name: 'startArchive', from: '@opentok/archive', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('archive') },
  { name: 'startBroadcast', from: '@opentok/broadcast', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('broadcast') },
  { name: 'dialSip', from: '@opentok/sip', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('sip') },
  { name: 'sendSignal', from: '@opentok/signal', budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('signal') },
  // @opentok/sdk does not depend on these yet: resolved from each package itself (self-reference).
  { name: 'startRender', from: '@opentok/render', resolveDir: packageDir('render'), budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('render') },
  { name: 'connectAudioToWebsocket', from: '@opentok/audio-connector', resolveDir: packageDir('audio-connector'), budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('audio-connector') },
  { name: 'startCaptions', from: '@opentok/captions', resolveDir: packageDir('captions'), budget: OPERATION_BUDGET, target: OPERATION_TARGET, forbid: others('captions') },
  // @opentok/sdk does not depend on @opentok/webhooks: resolved from the package itself (self-reference).
  { name: 'verifyCallback', from: '@opentok/webhooks', resolveDir: packageDir('webhooks'), budget: 3 * KB, target: 3 * KB, forbid: ['ky', 'core-transport', ...others('webhooks')] },
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
  // Only the files that put code into the bundle: a module esbuild loaded and then shook out entirely is not in it.
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

let failed = false;
console.log('| one import | min bytes | gzip bytes | gzip target | gzip budget (enforced) | with createClient (gzip) | verdict |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const entry of entries) {
  const label = `\`${entry.name}\` (${entry.from})`;
  try {
    const alone = await bundle(`export { ${entry.name} } from '${entry.from}';`, entry.resolveDir);
    // Entries that must carry no transport are used without a client.
    const withClient = entry.forbid.includes('ky') ? undefined : await bundle(`export { ${entry.name} } from '${entry.from}'; export { createClient } from '@opentok/core';`, entry.resolveDir);
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
