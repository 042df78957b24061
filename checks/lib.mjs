// Helpers shared by the checks: the workspace's published packages, running commands with a clean npm
// environment, and packing with pnpm.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository URL every published manifest names (package.json `repository`, `homepage`, `bugs`). */
export const REPOSITORY = 'https://github.com/opentok-ts/opentok-ts';

/** The published packages: every non-private package under packages/, as { dir, name, version, manifest }. */
export function publishedPackages(from = root) {
  return readdirSync(join(from, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(from, 'packages', entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(from, 'packages', entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { folder: `packages/${entry.name}`, dir, name: manifest.name, version: manifest.version, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The environment for npm and npx: without the npm_* variables a pnpm script inherits (pnpm exports its own
 * settings as npm_config_*, e.g. verify-deps-before-run, npm-globalconfig, _jsr-registry, and a
 * globalconfig that points at pnpm's rc file; npm warns about each one it does not know), and without colour.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/**
 * Runs a command; resolves with { code, stdout, stderr, output, ms }. Never rejects on a non-zero exit.
 * `timeoutMs` kills it (code -1).
 */
export function run(command, args, { cwd = root, env = cleanEnv(), timeoutMs = 300_000, input } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      output += chunk;
    });
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => (output += `\n${String(error)}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, output, ms: Date.now() - started });
    });
  });
}

/** How to call pnpm: the pnpm that runs this script when there is one, else `pnpm` from PATH. */
export function pnpmCommand() {
  const execpath = process.env.npm_execpath ?? '';
  if (/pnpm\.c?js$/.test(execpath)) return { command: process.execPath, prefix: [execpath] };
  return { command: 'pnpm', prefix: [] };
}

/** Runs pnpm with the given arguments (pnpm keeps the npm_* environment it needs). */
export function pnpm(args, options = {}) {
  const { command, prefix } = pnpmCommand();
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...(options.env ?? {}) };
  return run(command, [...prefix, ...args], { ...options, env });
}

/** Runs up to `limit` async jobs at a time; resolves with their results in order. */
export async function pool(items, limit, job) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await job(items[index], index);
      }
    }),
  );
  return results;
}

/** The tarball file name `pnpm pack` gives a package: `opentok-core-1.2.3.tgz` for @opentok/core 1.2.3. */
const tarballName = (pkg) => `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;

/**
 * `pnpm pack` of every published package into `destination` (workspace: ranges become versions, as `pnpm
 * publish` does), in one recursive pnpm run; resolves with the packages, each with its `tarball` path. The
 * packages must be built. Fails (a {@link CheckFailed}) naming a package whose tarball is missing.
 */
export async function packPublished(destination) {
  const packages = publishedPackages();
  if (packages.length === 0) fail('pack: no published package found under packages/');
  const result = await pnpm(['--recursive', ...packages.flatMap((pkg) => ['--filter', pkg.name]), 'pack', '--pack-destination', destination]);
  if (result.code !== 0) fail('pack: pnpm pack failed', result.output);
  return publishedTarballs(destination, result.output);
}

/**
 * The published packages with the tarballs a pack of them wrote into `dir` (CI packs once, in its pack step, and
 * the lint and the consumer test read them): each package with its `tarball` path. Fails naming a package whose
 * tarball is not there.
 */
export function publishedTarballs(dir, details = '') {
  const packages = publishedPackages();
  for (const pkg of packages) {
    pkg.tarball = join(dir, tarballName(pkg));
    if (!existsSync(pkg.tarball)) fail(`pack: no ${tarballName(pkg)} for ${pkg.folder} in ${dir}`, details);
  }
  return packages;
}

/** A check that failed: its message is the closing line, its details (tool output) are printed above it. */
export class CheckFailed extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

/** Fails the check (throws a {@link CheckFailed}). */
export function fail(message, details = '') {
  throw new CheckFailed(message, details);
}

/** Runs a check: a failure prints its details and message and sets exit code 1; anything else prints its stack. */
export async function main(check) {
  try {
    await check();
  } catch (error) {
    if (error instanceof CheckFailed) {
      if (error.details) console.error(String(error.details).trimEnd());
      console.error(error.message);
    } else {
      console.error(error?.stack ?? String(error));
    }
    process.exitCode = 1;
  }
}
