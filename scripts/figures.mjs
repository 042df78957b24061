#!/usr/bin/env node
// The figures the READMEs show, measured: bundle sizes (from what scripts/size.mjs prints, and the same
// measurement for the imports it does not budget), the examples' bundles (from their own bundle scripts), the
// size of an install, and what the demo prints. Each lives in a README between two markers,
//
//   <!-- figures:NAME -->…<!-- /figures:NAME -->
//
// which this script rewrites (`npx -y pnpm@10.34.9 run figures`, after a build) or, with --check, compares
// and names every block that is stale (CI). Sizes must match exactly; the install size within 15 %; the
// demo's output once IDs, tokens and byte counts are masked.
//
//   node scripts/figures.mjs [--check]
import { execFile } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { bundleWorker } from '../examples/edge-token/scripts/bundle.mjs';
import { bundleLambda } from '../examples/serverless-archive/scripts/bundle.mjs';
import { kb, measureImport } from './measure-bundle.mjs';
import { root } from './workspace.mjs';

const run = promisify(execFile);
const check = process.argv.includes('--check');

// ---- measurements ---------------------------------------------------------------------------------------

/** What scripts/size.mjs prints, by import name: `{ gzip, target, own, ownTarget, withClient }` in bytes, and the floor line. */
async function sizeCheck() {
  const { stdout } = await run(process.execPath, [join(root, 'scripts/size.mjs')]).catch((error) => error);
  const rows = new Map();
  for (const line of stdout.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`(\w+)`/.exec(cells[1] ?? '')?.[1];
    if (!name) continue;
    const numbers = (cell = '') => cell.split('/').map((n) => Number(n.trim()));
    const [gzip, target] = numbers(cells[3]);
    const [own, ownTarget] = numbers(cells[4]);
    const [withClient] = numbers(cells[5]);
    rows.set(name, { gzip, target, own, ownTarget, withClient });
  }
  const floor = /ky alone (\d+) B gzip; ky \+ core's request .* (\d+) B gzip/.exec(stdout);
  if (rows.size === 0 || !floor) throw new Error(`scripts/size.mjs printed no table to read:\n${stdout}`);
  return { rows, ky: Number(floor[1]), floor: Number(floor[2]) };
}

const packageDir = (name) => join(root, 'packages', name);
const measured = (contents, from) => measureImport(contents, packageDir(from)).then(({ gzip }) => gzip);

/** Apparent bytes of the files under a directory, symlinks not followed and each hard-linked file counted once (as `du` does). */
function treeBytes(dir, seen = new Set()) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path, seen);
    else if (entry.isFile()) {
      const { ino, size } = lstatSync(path);
      if (!seen.has(ino)) total += size;
      seen.add(ino);
    }
  }
  return total;
}

/** The test runtimes in an install, by their folders in node_modules/.pnpm. */
const RUNTIMES = /^(@cloudflare\+workerd-|workerd@|@deno\+|deno@|bun@|@oven\+bun-|@sparticuz\+chromium@|playwright-core@)/;

function installSize() {
  const store = join(root, 'node_modules/.pnpm');
  let runtimes = 0;
  for (const entry of readdirSync(store, { withFileTypes: true }))
    if (entry.isDirectory() && RUNTIMES.test(entry.name)) runtimes += treeBytes(join(store, entry.name));
  return { total: treeBytes(join(root, 'node_modules')), runtimes };
}

const mb = (bytes) => `${Math.round(bytes / 10_000_000) * 10} MB`;

// ---- the blocks -----------------------------------------------------------------------------------------

const REST = [
  ['session', 'createSession', '`createSession`, streams, connections, force disconnect, force mute'],
  ['archive', 'startArchive', 'archives: start (with transcription), stop, get, delete, list, iterate, layout, streams'],
  ['broadcast', 'startBroadcast', 'live-streaming broadcasts: HLS and RTMP'],
  ['sip', 'dialSip', 'SIP dial, play DTMF'],
  ['signal', 'sendSignal', 'signals to a session or one connection'],
  ['render', 'startRender', 'Experience Composer: start, get, stop, list, iterate renders'],
  ['audio-connector', 'connectAudioToWebsocket', "Audio Connector: stream a session's audio to a WebSocket, disconnect"],
  ['captions', 'startCaptions', 'Live Captions: start, stop'],
];

const code = (text) => `\`${text}\``;
const link = (name) => `[${code(`@opentok/${name}`)}](packages/${name})`;

async function packagesTable(size) {
  const gzip = (name) => kb(size.rows.get(name).gzip);
  const rows = [
    [
      link('core'),
      'client config with either kind of credentials, REST auth (`Authorization: Bearer` RS256 or `X-OPENTOK-AUTH` HS256), transport (ky), typed errors, session-ID codec, pagination',
      `${code('createClient')} ${kb(await measured(`export { createClient } from '@opentok/core';`, 'core'))}; the transport comes with the first operation`,
    ],
    [
      link('tokens'),
      'client tokens (RS256 JWT for applications; HS256 JWT or legacy T1 for projects): `generateToken`, `verifyToken`; edge-pure',
      `${code('generateToken')} ${gzip('generateToken')}`,
    ],
    ...REST.map(([name, op, does]) => [link(name), does, `${code(op)} ${gzip(op)} (${kb(size.rows.get(op).withClient)} with ${code('createClient')})`]),
    [
      link('webhooks'),
      'typed callback events (`parseCallback`), signed-callback verification (`verifyCallback`, edge-pure), callback registration',
      `${code('verifyCallback')} ${gzip('verifyCallback')}`,
    ],
    [
      link('sdk'),
      'everything above plus the classic `OpenTok` facade',
      `the ${code('OpenTok')} facade ${kb(await measured(`export { OpenTok } from '@opentok/sdk';`, 'sdk'))}; ${code('export *')} of everything ${kb(await measured(`export * from '@opentok/sdk';`, 'sdk'))}; one function imported from it weighs what it weighs in its own package`,
    ],
    [
      link('emulator'),
      'local REST API emulator (Vonage applications and OpenTok projects): in-process `fetch` handler, HTTP server, CLI (`npx @opentok/emulator`)',
      'for tests and local runs, not app bundles',
    ],
  ];
  return ['| package | what it does | what it adds to an app (gzip) |', '|---|---|---:|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

function performanceTable(size) {
  const cell = (value, target) =>
    target === undefined || Number.isNaN(target) ? '—' : `${kb(value)} (target ${kb(target)}${value > target ? `, over by ${value - target} B` : ', met'})`;
  const rows = [...size.rows].map(
    ([name, { gzip, target, own, ownTarget }]) => `| ${code(name)} | ${cell(gzip, target)} | ${Number.isNaN(own) ? '—' : cell(own, ownTarget)} |`,
  );
  return [
    '| one import | bundle (gzip) | our own code in it (the bundle minus ky) |',
    '|---|---|---|',
    ...rows,
    '',
    `Every REST operation starts from a floor: ky ${kb(size.ky)} alone, and ky plus core's ${code('request')} (REST auth of either kind, retries, errors, bounded reads) ${kb(size.floor)}, before any code of the operation.`,
  ].join('\n');
}

const bundleLine = ({ min, gzip, packages }) => `${kb(min)} minified, ${kb(gzip)} gzip (${packages.map(code).join(', ')} and the example's own code)`;

/** Masks what changes from run to run of the demo: IDs, tokens, byte counts. */
function maskDemo(text) {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f-]*…?/g, 'UUID')
    .replace(/\b[12]_[A-Za-z0-9+/=_-]+…?/g, 'SESSION')
    .replace(/eyJ[A-Za-z0-9_.-]+…?/g, 'TOKEN')
    .replace(/\(\d+ chars/g, '(N chars')
    .replace(/[\d.]+ kB/g, 'N kB');
}

async function demoOutput() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(OPENTOK|VONAGE)_/.test(name)));
  const { stdout } = await run(process.execPath, [join(root, 'examples/quickstart/dist/main.js')], { env });
  return ['```text', '$ npx -y pnpm@10.34.9 run demo', '…', stdout.trimEnd(), '```'].join('\n');
}

/** Every block: how to make it, and how to compare it when checking. */
function blocks() {
  const size = sizeCheck();
  const worker = bundleWorker();
  const lambda = bundleLambda();
  const install = installSize();
  return {
    packages: { make: async () => packagesTable(await size) },
    performance: { make: async () => performanceTable(await size) },
    'edge-token-bundle': { make: async () => bundleLine(await worker) },
    'edge-token-gzip': { make: async () => kb((await worker).gzip) },
    'serverless-archive-bundle': { make: async () => bundleLine(await lambda) },
    'serverless-archive-gzip': { make: async () => kb((await lambda).gzip) },
    'install-size': { make: async () => mb(install.total), tolerance: 0.15 },
    'install-runtimes': { make: async () => mb(install.runtimes), tolerance: 0.15 },
    'demo-output': { make: demoOutput, mask: maskDemo },
  };
}

// ---- rewriting and checking -----------------------------------------------------------------------------

const MARKER = /<!-- figures:([\w-]+) -->([\s\S]*?)<!-- \/figures:\1 -->/g;

/** The Markdown files that may hold blocks: the READMEs and docs/, outside node_modules. */
function markdownFiles() {
  const files = [join(root, 'README.md')];
  for (const parent of ['examples', 'packages']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) files.push(join(root, parent, entry.name, 'README.md'));
    }
  }
  const docs = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? docs(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
    );
  return [...files, ...docs(join(root, 'docs'))].filter((file) => {
    try {
      return lstatSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** Whether two versions of a block say the same: equal once masked, numbers within `tolerance` (relative). */
function same(current, fresh, { tolerance = 0, mask = (text) => text }) {
  const [a, b] = [mask(current), mask(fresh)];
  if (a === b) return true;
  if (tolerance === 0) return false;
  const split = (text) => text.split(/(\d+(?:\.\d+)?)/);
  const [x, y] = [split(a), split(b)];
  return x.length === y.length && x.every((part, i) => (i % 2 === 0 ? part === y[i] : Math.abs(Number(part) - Number(y[i])) <= tolerance * Number(y[i])));
}

const made = new Map();
const known = blocks();
const stale = [];
let rewritten = 0;
for (const file of markdownFiles()) {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(MARKER)];
  if (found.length === 0) continue;
  let next = text;
  for (const [whole, name, current] of found) {
    const block = known[name];
    if (!block) throw new Error(`${relative(root, file)}: no block "${name}" in scripts/figures.mjs (blocks: ${Object.keys(known).join(', ')})`);
    if (!made.has(name)) made.set(name, await block.make());
    const fresh = made.get(name);
    // A block on lines of its own keeps its content on lines of its own.
    const body = current.startsWith('\n') ? `\n${fresh}\n` : fresh;
    // A block that says the same (IDs aside, numbers within tolerance) is left as it is.
    if (same(current.trim(), fresh.trim(), block)) continue;
    stale.push(`${relative(root, file)}: ${name}`);
    if (!check) next = next.replace(whole, () => `<!-- figures:${name} -->${body}<!-- /figures:${name} -->`);
  }
  if (!check && next !== text) {
    writeFileSync(file, next);
    rewritten += 1;
  }
}

if (check) {
  if (stale.length > 0) {
    console.error(`README figures: ${stale.length} stale block(s), regenerate them with \`npx -y pnpm@10.34.9 run figures\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`README figures: ${made.size} kinds of figure checked, all current`);
} else {
  console.log(`README figures: ${made.size} kinds of figure measured, ${stale.length} block(s) in ${rewritten} file(s) rewritten`);
}
