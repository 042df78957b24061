#!/usr/bin/env node
// Size check: bundles one operation per package (plus createClient) the way an app would (esbuild, minified, browser/worker
// target), prints min and gzip bytes, and fails when a bundle is over its budget or pulls in code it
// must not contain (ky or transport code in the token bundle, another capability package anywhere).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const resolveDir = fileURLToPath(new URL('../packages/sdk/', import.meta.url));
const CAPABILITIES = ['session', 'archive', 'broadcast', 'sip', 'signal'];
const KB = 1024;

const entries = [
  { name: 'generateToken', from: '@opentok/tokens', budget: 3 * KB, forbid: ['ky', 'core-transport', ...CAPABILITIES] },
  { name: 'createSession', from: '@opentok/session', budget: 8 * KB, forbid: ['tokens', ...CAPABILITIES.filter((c) => c !== 'session')] },
  { name: 'startArchive', from: '@opentok/archive', budget: 8 * KB, forbid: ['tokens', ...CAPABILITIES.filter((c) => c !== 'archive')] },
  { name: 'startBroadcast', from: '@opentok/broadcast', budget: 8 * KB, forbid: ['tokens', ...CAPABILITIES.filter((c) => c !== 'broadcast')] },
  { name: 'dialSip', from: '@opentok/sip', budget: 8 * KB, forbid: ['tokens', ...CAPABILITIES.filter((c) => c !== 'sip')] },
  { name: 'sendSignal', from: '@opentok/signal', budget: 8 * KB, forbid: ['tokens', ...CAPABILITIES.filter((c) => c !== 'signal')] },
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

let failed = false;
const rows = [];
for (const entry of entries) {
  const result = await build({
    // An operation cannot run without a client, so its bundle includes createClient as an app's would.
    stdin: { contents: `export { ${entry.name} } from '${entry.from}';${entry.from === '@opentok/tokens' ? '' : " export { createClient } from '@opentok/core';"}`, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((error) => ({ error }));
  if ('error' in result) {
    failed = true;
    rows.push(`| \`${entry.name}\` (${entry.from}) | — | — | ${entry.budget} | FAIL: ${String(result.error.message).split('\n')[0]} |`);
    continue;
  }
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.keys(result.metafile.inputs);
  const bad = [...new Set(inputs.map((input) => offender(input, entry.forbid)).filter(Boolean))];
  const ok = gzip <= entry.budget && bad.length === 0;
  failed ||= !ok;
  const verdict = ok ? 'ok' : `FAIL${gzip > entry.budget ? ' (over budget)' : ''}${bad.length ? ` (contains ${bad.join(', ')})` : ''}`;
  rows.push(`| \`${entry.name}\` (${entry.from}) | ${code.length} | ${gzip} | ${entry.budget} | ${verdict} |`);
}

console.log('| bundle of one import | min bytes | gzip bytes | gzip budget | verdict |');
console.log('|---|---:|---:|---:|---|');
for (const row of rows) console.log(row);
if (failed) {
  console.error('\nsize check failed');
  process.exit(1);
}
console.log('\nsize check passed');
